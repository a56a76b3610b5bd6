import type { Point } from './drag-positions';

/** Where an edge's label sits along it: near the far end from a selected node, else halfway. */
export type LabelAt = 'source' | 'middle' | 'target';

/** Graph units below which an edge's label stays at its middle. */
const SHORT_EDGE = 240;
const AT: Readonly<Record<LabelAt, number>> = { source: 0.3, middle: 0.5, target: 0.7 };

/**
 * The point at `at` along the bezier React Flow draws from a right-hand source handle to a
 * left-hand target handle (getBezierPath's control points, default curvature), so a label can
 * sit off the crowded middle: edges fanning into a selected node spread their labels out near
 * their sources instead of piling them up by the node (backward and short edges keep the
 * middle).
 *
 * @example labelPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 'middle') // → { x: 50, y: 0 }
 */
export function labelPoint(
  source: Point,
  target: Point,
  at: LabelAt,
  curvature = 0.25,
  bow = 0,
): Point {
  const dx = target.x - source.x;
  const [c1, c2] = controlPoints(source, target, curvature, bow);
  // A backward edge loops out of its source first, and on a short edge either end is beside a
  // node: both keep the middle.
  const short = Math.hypot(dx, target.y - source.y) < SHORT_EDGE;
  const t = dx < 0 || short ? AT.middle : AT[at];
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * source.x + b * c1.x + c * c2.x + d * target.x,
    y: a * source.y + b * c1.y + c * c2.y + d * target.y,
  };
}

/** getBezierPath's control points, both moved down by `bow`. */
function controlPoints(source: Point, target: Point, curvature: number, bow: number) {
  const dx = target.x - source.x;
  const offset = dx >= 0 ? 0.5 * dx : curvature * 25 * Math.sqrt(-dx);
  return [
    { x: source.x + offset, y: source.y + bow },
    { x: target.x - offset, y: target.y + bow },
  ] as const;
}

/**
 * React Flow's bezier from a right-hand source handle to a left-hand target handle, bowed down by
 * `bow` graph units in the middle (¾ of it): a second edge between the same two nodes (compare
 * mode's closed flow beside the one that replaced it) stays visible instead of under the first.
 *
 * @example bowedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 24) // 'M0,0 C50,24 50,24 100,0'
 */
export function bowedPath(source: Point, target: Point, bow: number, curvature = 0.25): string {
  const [c1, c2] = controlPoints(source, target, curvature, bow);
  return `M${source.x},${source.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${target.x},${target.y}`;
}
