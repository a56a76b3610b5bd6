import { GROUP_PADDING, overlaps, type Rect } from './geometry';
import type { Point, Size } from './types';

/** Beyond this many candidate corners, only the first row and column are tried (rare, irregular groups). */
const MAX_CANDIDATES = 20_000;

/**
 * Where a block of new children goes inside a group that keeps its other children. Candidates are
 * the group's top-left corner and the corners right of and below each child, tried row by row:
 * the first spot that fits inside the group as it is wins; failing that, a spot where the group
 * grows without crowding its neighbours (`crowds`) is preferred, then the one that keeps the group
 * squarest, then the one that grows it least.
 */
export function findFreeSpot(
  siblings: readonly Rect[],
  block: Size,
  group: Size,
  gap: number,
  crowds: (grown: Size) => boolean,
): Point {
  const xs = unique([GROUP_PADDING.left, ...siblings.map((s) => s.x + s.width + gap)]);
  const ys = unique([GROUP_PADDING.top, ...siblings.map((s) => s.y + s.height + gap)]);
  const candidates: Point[] = [];
  if (xs.length * ys.length <= MAX_CANDIDATES) {
    for (const y of ys) for (const x of xs) candidates.push({ x, y });
  } else {
    for (const y of ys) candidates.push({ x: GROUP_PADDING.left, y });
    for (const x of xs) candidates.push({ x, y: GROUP_PADDING.top });
  }

  let best: { spot: Point; crowded: boolean; side: number; added: number } | undefined;
  for (const spot of candidates) {
    const rect = { ...spot, ...block };
    if (siblings.some((s) => overlaps(rect, s, gap))) continue;
    const grown = {
      width: Math.max(group.width, spot.x + block.width + GROUP_PADDING.right),
      height: Math.max(group.height, spot.y + block.height + GROUP_PADDING.bottom),
    };
    const added = grown.width * grown.height - group.width * group.height;
    if (added === 0) return spot;
    const crowded = crowds(grown);
    const side = Math.max(grown.width, grown.height);
    if (!best || better({ crowded, side, added }, best)) best = { spot, crowded, side, added };
  }
  // Unreachable in practice: the spot below the lowest child is always free.
  return best?.spot ?? { x: GROUP_PADDING.left, y: GROUP_PADDING.top };
}

/** Not crowding first; then the squarer group (its longer side); then the smaller one. */
function better(
  a: { crowded: boolean; side: number; added: number },
  b: { crowded: boolean; side: number; added: number },
): boolean {
  if (a.crowded !== b.crowded) return !a.crowded;
  if (a.side !== b.side) return a.side < b.side;
  return a.added < b.added;
}

function unique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
