import { overlaps, type Rect } from './geometry';

/**
 * Opens space around `id`, which grew in place from `before` (same top-left) to its size in
 * `boxes`. Siblings entirely right of its old right edge all move right by one amount, then those
 * entirely below its old bottom all move down by one amount: the least that keeps `gap` to the
 * grown box, never more than the growth, and nothing when it already fits. Moving a whole side by
 * one amount keeps every pair of siblings as far apart as before in that direction, so no overlap
 * is created and the arrangement reads the same. `fixed` boxes (pinned by the user) never move,
 * and may end up overlapped. Mutates `boxes`.
 */
export function makeRoom(
  boxes: Map<string, Rect>,
  id: string,
  before: Rect,
  gap: number,
  fixed: ReadonlySet<string> = new Set(),
): void {
  const after = boxes.get(id);
  if (!after) return;
  const movable = [...boxes]
    .filter(([other]) => other !== id && !fixed.has(other))
    .map(([, b]) => b);

  const dx = after.width - before.width;
  if (dx > 0) {
    const oldRight = before.x + before.width;
    const right = movable.filter((b) => b.x >= oldRight);
    const inBand = right.filter(
      (b) => b.y < after.y + after.height + gap && after.y < b.y + b.height + gap,
    );
    const nearest = Math.min(...inBand.map((b) => b.x - oldRight));
    const shift = inBand.length === 0 ? 0 : clamp(dx + gap - nearest, 0, dx);
    for (const b of right) b.x += shift;
  }
  const dy = after.height - before.height;
  if (dy > 0) {
    const oldBottom = before.y + before.height;
    const below = movable.filter((b) => b.y >= oldBottom);
    const inBand = below.filter(
      (b) => b.x < after.x + after.width + gap && after.x < b.x + b.width + gap,
    );
    const nearest = Math.min(...inBand.map((b) => b.y - oldBottom));
    const shift = inBand.length === 0 ? 0 : clamp(dy + gap - nearest, 0, dy);
    for (const b of below) b.y += shift;
  }
}

/**
 * Whether `id`, grown to `after`, would come within `gap` of a sibling it kept clear of at
 * `before` (the siblings makeRoom would have to move).
 */
export function wouldCrowd(
  boxes: ReadonlyMap<string, Rect>,
  id: string,
  before: Rect,
  after: Rect,
  gap: number,
): boolean {
  for (const [other, b] of boxes) {
    if (other !== id && overlaps(after, b, gap) && !overlaps(before, b, gap)) return true;
  }
  return false;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
