import type { Point, Size } from './types';

export interface Rect extends Point, Size {}

/** Room for a namespace's label above its children, and a margin on the other sides. */
export const GROUP_PADDING = { top: 40, left: 16, bottom: 16, right: 16 } as const;
/** Gap between siblings inside a group. */
export const NODE_GAP = 24;
/** Gap between top-level items (namespaces, outside nodes). */
export const TOP_GAP = 48;

/** Whether two rectangles overlap, or come closer than `gap`. Touching edges do not overlap. */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Bounding box of the rectangles, or undefined for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity
    ? undefined
    : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The size a group needs to hold children at these relative rectangles, at least `min`. */
export function fitGroup(children: Iterable<Rect>, min: Size): Size {
  let width = min.width;
  let height = min.height;
  for (const c of children) {
    width = Math.max(width, c.x + c.width + GROUP_PADDING.right);
    height = Math.max(height, c.y + c.height + GROUP_PADDING.bottom);
  }
  return { width, height };
}
