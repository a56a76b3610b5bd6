import { useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../../worker/after-paint';
import { nodeSetChangedALot } from './node-set';

/** Edges added per frame while a new graph comes in. */
export const EDGES_PER_FRAME = 60;

interface Progress {
  ids: ReadonlySet<string>;
  /** How many of the edges are drawn; Infinity once all of them are. */
  shown: number;
}

/**
 * A new graph (a file opened, a sample chosen) is drawn nodes first, then its edges a batch per
 * frame. React Flow measures new nodes in the frame they appear and fits the view there; mounting
 * every edge's SVG in that same frame made it one task of 150–250 ms when a 2,000-pod dump landed.
 * An edit or an expansion keeps most nodes and gets every edge at once, as do a graph with no more
 * edges than one batch and the first graph the canvas mounts with (the sample).
 */
export function useProgressiveEdges<N extends { id: string }, E>(
  nodes: readonly N[],
  edges: E[],
): E[] {
  const ids = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const [progress, setProgress] = useState<Progress>({ ids, shown: Infinity });
  let shown = progress.shown;
  if (progress.ids !== ids) {
    // Adjusted while rendering, so a new graph's edges are not drawn for one frame first.
    if (nodeSetChangedALot(progress.ids, ids) && edges.length > EDGES_PER_FRAME) shown = 0;
    setProgress({ ids, shown });
  }
  const total = edges.length;
  const done = shown >= total;
  useEffect(() => {
    if (done) return;
    return afterNextPaint(() =>
      setProgress((p) => {
        if (p.ids !== ids) return p;
        const next = p.shown + EDGES_PER_FRAME;
        return { ids, shown: next >= total ? Infinity : next };
      }),
    );
  }, [done, shown, ids, total]);
  return useMemo(() => (done ? edges : edges.slice(0, shown)), [done, edges, shown]);
}
