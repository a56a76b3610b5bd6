import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { OVERVIEW_ZOOM } from './overview';

/** Below this zoom nodes draw their label only and edges drop their labels. */
export const SIMPLE_ZOOM = 0.45;
/** From this zoom on every edge shows its label; between the two, only the ones that matter. */
export const ALL_LABELS_ZOOM = 1.2;

// Module scope, and values that change only at the thresholds: components re-render when a
// threshold is crossed, not on every zoom step.
const labelLevelSelector = (s: ReactFlowState): LabelLevel =>
  s.transform[2] < SIMPLE_ZOOM ? 'none' : s.transform[2] < ALL_LABELS_ZOOM ? 'key' : 'all';

const overviewSelector = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

export type LabelLevel = 'none' | 'key' | 'all';

interface ZoomBand {
  simplified: boolean;
  labelLevel: LabelLevel;
}

const ZoomBandContext = createContext<ZoomBand>({ simplified: false, labelLevel: 'all' });

/**
 * Hands the zoom band to nodes and edges through context: one subscription to React Flow's store
 * instead of one per node and edge. The store calls every subscriber's selector on each of its
 * updates, so 800 of them made every edit's edge update slower.
 */
export function ZoomBandProvider({ children }: { children: ReactNode }) {
  const labelLevel = useStore(labelLevelSelector);
  const band = useMemo(() => ({ simplified: labelLevel === 'none', labelLevel }), [labelLevel]);
  return <ZoomBandContext value={band}>{children}</ZoomBandContext>;
}

export function useSimplified(): boolean {
  return useContext(ZoomBandContext).simplified;
}

export function useLabelLevel(): LabelLevel {
  return useContext(ZoomBandContext).labelLevel;
}

/** Zoomed out past the overview threshold (whether the graph is big enough is the caller's). */
export function useOverviewZoom(): boolean {
  return useStore(overviewSelector);
}
