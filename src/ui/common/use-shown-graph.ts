import { useShallow } from 'zustand/react/shallow';
import type { FlowChange } from '../../diff';
import { withChangeEdges, type ChangeOverlay } from '../../graph/change-edges';
import type { AbstractGraph } from '../../graph/types';
import { useAppStore, type AppState } from '../../store/app-store';

const selector = (s: AppState) => ({
  graph: s.drawn?.graph,
  flows: s.tab === 'compare' ? s.compareFlows : undefined,
});

let last:
  { graph: AbstractGraph; flows: readonly FlowChange[]; overlay: ChangeOverlay } | undefined;

/** One overlay per graph and diff, shared by the canvas and the inspector (both ask each render). */
function overlayOf(graph: AbstractGraph, flows: readonly FlowChange[]): ChangeOverlay {
  if (last?.graph !== graph || last.flows !== flows) {
    last = { graph, flows, overlay: withChangeEdges(graph, flows) };
  }
  return last.overlay;
}

/**
 * The graph the canvas and the inspector show: the drawn graph, with the changed connections
 * drawn over it while the Compare tab has a result.
 */
export function useShownGraph(): { graph: AbstractGraph | undefined; overlay?: ChangeOverlay } {
  const { graph, flows } = useAppStore(useShallow(selector));
  if (!graph || !flows) return { graph };
  const overlay = overlayOf(graph, flows);
  return { graph: overlay.graph, overlay };
}
