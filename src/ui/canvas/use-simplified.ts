import { useStore, type ReactFlowState } from '@xyflow/react';
import { OVERVIEW_ZOOM } from './overview';

/** Below this zoom nodes draw their label only and edges drop their labels. */
export const SIMPLE_ZOOM = 0.45;
/** From this zoom on every edge shows its label; between the two, only the ones that matter. */
export const ALL_LABELS_ZOOM = 1.2;

// Module scope, and values that change only at the thresholds: components re-render when a
// threshold is crossed, not on every zoom step.
const simplifiedSelector = (s: ReactFlowState) => s.transform[2] < SIMPLE_ZOOM;
const labelLevelSelector = (s: ReactFlowState): LabelLevel =>
  s.transform[2] < SIMPLE_ZOOM ? 'none' : s.transform[2] < ALL_LABELS_ZOOM ? 'key' : 'all';

const overviewSelector = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

export type LabelLevel = 'none' | 'key' | 'all';

export function useSimplified(): boolean {
  return useStore(simplifiedSelector);
}

export function useLabelLevel(): LabelLevel {
  return useStore(labelLevelSelector);
}

/** Zoomed out past the overview threshold (whether the graph is big enough is the caller's). */
export function useOverviewZoom(): boolean {
  return useStore(overviewSelector);
}
