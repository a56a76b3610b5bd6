import { useEffect, useMemo, useState } from 'react';
import { afterNextPaint } from '../../worker/after-paint';
import { nodeSetChangedALot } from './node-set';

/** Children newly drawn per frame when many appear at once. */
export const NODES_PER_FRAME = 25;

interface Held {
  graph: ReadonlySet<string>;
  drawn: ReadonlySet<string>;
  /** Ids of children to draw but not drawn yet, in the order they will be. */
  back: readonly string[];
}

/** A node as far as this hook cares: its id and its group. */
type Placed = { id: string; parentId?: string | undefined };

/**
 * Children about to be drawn that are held back, to be drawn a batch per frame: React Flow
 * measures every node in the frame it appears, and leaving the overview with two open namespaces
 * in view (a namespace expanded from there, or a zoom past it) mounted 225 children in one frame
 * of ~750 ms, 322 ms of it measuring. Only on a graph already on screen: a new graph (most ids
 * new) is fitted to its nodes, which must all be there; its edges come in batches instead
 * (useProgressiveEdges).
 *
 * @param graph every node of the graph
 * @param drawn the nodes handed to React Flow (the overview leaves children out)
 */
export function useHeldBackNodes(
  graph: readonly Placed[],
  drawn: readonly Placed[],
): ReadonlySet<string> {
  const graphIds = useMemo(() => new Set(graph.map((n) => n.id)), [graph]);
  const drawnIds = useMemo(() => new Set(drawn.map((n) => n.id)), [drawn]);
  const [held, setHeld] = useState<Held>({ graph: graphIds, drawn: drawnIds, back: [] });
  let back = held.back;
  // By content: the drawn nodes are a new array on every render that moves a node.
  if (held.graph !== graphIds || !sameIds(held.drawn, drawnIds)) {
    // Adjusted while rendering, so the held-back children are not drawn for one frame first.
    const still = back.filter((id) => drawnIds.has(id));
    const onScreen = held.drawn.size > 0 && !nodeSetChangedALot(held.graph, graphIds);
    const appearing = onScreen
      ? drawn.filter((n) => n.parentId !== undefined && !held.drawn.has(n.id)).map((n) => n.id)
      : [];
    // What the user just opened first, then children the overview had left out.
    const fresh = [
      ...appearing.filter((id) => !held.graph.has(id)),
      ...appearing.filter((id) => held.graph.has(id)),
    ];
    back = fresh.length > NODES_PER_FRAME ? [...still, ...fresh.slice(NODES_PER_FRAME)] : still;
    setHeld({ graph: graphIds, drawn: drawnIds, back });
  }
  useEffect(() => {
    if (back.length === 0) return;
    return afterNextPaint(() =>
      setHeld((h) => (h.back === back ? { ...h, back: back.slice(NODES_PER_FRAME) } : h)),
    );
  }, [back]);
  return useMemo(() => new Set(back), [back]);
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
