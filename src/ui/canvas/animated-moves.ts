import type { Point } from './drag-positions';
import type { AppNode } from './types';

/** Moves longer than this many nodes are not animated: frames would cost more than they show. */
export const MAX_ANIMATED_NODES = 300;
export const MOVE_MS = 260;

export interface Move {
  from: Point;
  to: Point;
}

/**
 * The nodes that changed place between two drawings, keyed by id: same parent (a position is
 * relative to its group, so a node that changed group has no common frame to glide in) and a
 * different position. New nodes simply appear where they belong.
 */
export function movesBetween(
  shown: ReadonlyMap<string, { position: Point; parentId: string | undefined }>,
  next: readonly AppNode[],
): Map<string, Move> {
  const moves = new Map<string, Move>();
  for (const n of next) {
    const before = shown.get(n.id);
    if (!before || before.parentId !== n.parentId) continue;
    if (before.position.x === n.position.x && before.position.y === n.position.y) continue;
    moves.set(n.id, { from: before.position, to: n.position });
  }
  return moves;
}

/** Ease-out cubic: quick start, gentle landing, so the eye follows where a node went. */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}

/** The nodes at fraction `t` of their moves; nodes that do not move keep their objects. */
export function framePositions(
  nodes: readonly AppNode[],
  moves: ReadonlyMap<string, Move>,
  t: number,
): AppNode[] {
  const k = easeOut(t);
  return nodes.map((n) => {
    const m = moves.get(n.id);
    if (!m || k >= 1) return n;
    return {
      ...n,
      position: { x: m.from.x + (m.to.x - m.from.x) * k, y: m.from.y + (m.to.y - m.from.y) * k },
    };
  });
}
