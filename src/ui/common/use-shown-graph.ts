import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FlowChange } from '../../diff';
import { withChangeEdges, type ChangeOverlay } from '../../graph/change-edges';
import type { AbstractGraph } from '../../graph/types';
import type { Layout } from '../../layout';
import { useAppStore, type AppState } from '../../store/app-store';
import { isBigChange } from './big-change';

const selector = (s: AppState) => ({
  drawn: s.drawn,
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
 *
 * `deferred` (the canvas): a graph with many new nodes (a file opened, a namespace expanded) is
 * rendered in a transition, after the rest of the page has taken the reply. React then renders it
 * in slices of a few milliseconds and runs its effects in a task of their own; rendered at once,
 * a 2,000-pod dump's reply was one task of 40–110 ms.
 */
export function useShownGraph(deferred = false): {
  graph: AbstractGraph | undefined;
  layout: Layout | undefined;
  overlay?: ChangeOverlay;
} {
  const { drawn: now, flows } = useAppStore(useShallow(selector));
  const later = useDeferredValue(now);
  // An edit adds or removes a node or two: drawn at once, as a transition's extra render would
  // only delay it.
  const big = useMemo(
    () => deferred && isBigChange(later?.graph, now?.graph),
    [deferred, later, now],
  );
  const drawn = big ? later : now;
  const graph = drawn?.graph;
  const layout = drawn?.layout;
  if (!graph || !flows) return { graph, layout };
  const overlay = overlayOf(graph, flows);
  return { graph: overlay.graph, layout, overlay };
}
