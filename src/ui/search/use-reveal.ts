import { useCallback, useEffect, useRef } from 'react';
import { revealStep, type SearchMatch } from '../../graph/search';
import { useAppStore } from '../../store/app-store';

interface Pending {
  match: SearchMatch;
  /** Namespaces and workloads already opened for it: never toggle one back shut. */
  opened: Set<string>;
}

/**
 * Picks a search match: a policy is selected at once; a node is selected and centred once it is
 * drawn, opening the collapsed namespace or folded workload that hides it first. Each opening is a
 * redraw by the worker, so the reveal advances whenever a new graph arrives. Choosing something
 * else meanwhile (a click on the canvas) abandons it.
 */
export function useReveal(): (match: SearchMatch) => void {
  const pending = useRef<Pending | undefined>(undefined);

  const advance = useCallback(() => {
    const p = pending.current;
    const s = useAppStore.getState();
    if (!p || p.match.target.kind !== 'node' || !s.drawn) return;
    const step = revealStep(s.drawn.graph, p.match.target, p.match.namespace);
    if (step.kind === 'select' || step.kind === 'none' || p.opened.has(step.node)) {
      pending.current = undefined;
      if (step.kind === 'none') return;
      s.select({ kind: 'node', id: step.node });
      s.centre(step.node);
      return;
    }
    p.opened.add(step.node);
    if (step.kind === 'expand-namespace') s.toggleNamespace(step.node);
    else s.toggleWorkload(step.node);
  }, []);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (!pending.current) return;
        if (state.selection !== previous.selection) pending.current = undefined;
        else if (state.drawn !== previous.drawn) advance();
      }),
    [advance],
  );

  return useCallback(
    (match: SearchMatch) => {
      if (match.target.kind === 'policy') {
        pending.current = undefined;
        useAppStore.getState().select({ kind: 'policy', id: match.target.id });
        return;
      }
      pending.current = { match, opened: new Set() };
      advance();
    },
    [advance],
  );
}
