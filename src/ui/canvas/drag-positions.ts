import type { AppNode } from './types';

export interface Point {
  x: number;
  y: number;
}

/**
 * The nodes with the positions the user dragged them to, until the owner's next layout takes over.
 * Only moved nodes get new objects; without moves the array itself is returned.
 *
 * @example withPositions(nodes, new Map([['outside', { x: 0, y: 300 }]]))
 */
export function withPositions(
  nodes: AppNode[],
  moved: ReadonlyMap<string, Point> | undefined,
): AppNode[] {
  if (!moved || moved.size === 0) return nodes;
  return nodes.map((n) => {
    const p = moved.get(n.id);
    return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: p } : n;
  });
}
