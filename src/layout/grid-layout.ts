import type { GraphEdge, GraphNode } from '../graph/types';
import { fitGroup, GROUP_PADDING, NODE_GAP, TOP_GAP } from './geometry';
import { gridOrder } from './grid-order';
import type { Hierarchy } from './hierarchy';
import type { FreshLayout, Point, Size } from './types';

export interface Block extends Size {
  /** Top-left of each item, relative to the block's top-left. */
  positions: Map<string, Point>;
}

type Item = { id: string } & Size;

/**
 * A square-ish grid of the items in the given order, row by row: columns as wide as their widest
 * item, rows as tall as their tallest, so nothing overlaps whatever the sizes.
 */
export function packGrid(items: readonly Item[], gap: number): Block {
  const positions = new Map<string, Point>();
  if (items.length === 0) return { positions, width: 0, height: 0 };
  const avgW = items.reduce((s, i) => s + i.width, 0) / items.length;
  const avgH = items.reduce((s, i) => s + i.height, 0) / items.length;
  const ideal = Math.sqrt((items.length * (avgH + gap)) / (avgW + gap));
  const cols = Math.min(items.length, Math.max(1, Math.round(ideal)));
  const rows = Math.ceil(items.length / cols);
  const colX = new Array<number>(cols + 1).fill(0);
  const rowY = new Array<number>(rows + 1).fill(0);
  items.forEach((item, i) => {
    colX[(i % cols) + 1] = Math.max(colX[(i % cols) + 1] ?? 0, item.width + gap);
    rowY[Math.floor(i / cols) + 1] = Math.max(
      rowY[Math.floor(i / cols) + 1] ?? 0,
      item.height + gap,
    );
  });
  for (let c = 1; c <= cols; c++) colX[c] = (colX[c] ?? 0) + (colX[c - 1] ?? 0);
  for (let r = 1; r <= rows; r++) rowY[r] = (rowY[r] ?? 0) + (rowY[r - 1] ?? 0);
  items.forEach((item, i) => {
    positions.set(item.id, { x: colX[i % cols] ?? 0, y: rowY[Math.floor(i / cols)] ?? 0 });
  });
  return { positions, width: (colX[cols] ?? gap) - gap, height: (rowY[rows] ?? gap) - gap };
}

/** Screens are wider than tall: rows of top-level items aim for this width : height. */
const ROW_ASPECT = 1.6;

/** Shelf packing in the given order: left to right, a new row when the target width is reached. */
export function packRows(items: readonly Item[], gap: number): Block {
  const positions = new Map<string, Point>();
  const area = items.reduce((s, i) => s + (i.width + gap) * (i.height + gap), 0);
  const widest = items.reduce((m, i) => Math.max(m, i.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * ROW_ASPECT));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > rowWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    positions.set(item.id, { x, y });
    width = Math.max(width, x + item.width);
    rowHeight = Math.max(rowHeight, item.height);
    x += item.width + gap;
  }
  return { positions, width, height: items.length === 0 ? 0 : y + rowHeight };
}

/** Traffic comes from outside: outside and ipBlock nodes lead, then namespaces, by id. */
const KIND_RANK: Partial<Record<GraphNode['kind'], number>> = { outside: 0, ipblock: 1 };
const rank = (node: GraphNode): number => KIND_RANK[node.kind] ?? 2;

/**
 * The layout for large graphs: each group's children in a grid in id order, each Service beside
 * its backends (gridOrder), then the top-level items packed in rows. Linear in the graph (a few
 * ms for 5,000 nodes), and an added node only moves nodes after it in that order.
 */
export function layoutWithGrid(hierarchy: Hierarchy, edges: readonly GraphEdge[]): FreshLayout {
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  for (const node of hierarchy.topLevel) {
    const children = hierarchy.children.get(node.id);
    if (!children) {
      sizes.set(node.id, { width: node.width, height: node.height });
      continue;
    }
    const block = packGrid(gridOrder(children, edges), NODE_GAP);
    for (const child of children) {
      const p = block.positions.get(child.id) ?? { x: 0, y: 0 };
      positions.set(child.id, { x: p.x + GROUP_PADDING.left, y: p.y + GROUP_PADDING.top });
      sizes.set(child.id, { width: child.width, height: child.height });
    }
    const inner = { x: GROUP_PADDING.left, y: GROUP_PADDING.top, ...block };
    sizes.set(node.id, fitGroup([inner], node));
  }
  const order = [...hierarchy.topLevel].sort((a, b) => rank(a) - rank(b));
  const top = packRows(
    order.map((n) => {
      const size = sizes.get(n.id) ?? n;
      return { id: n.id, width: size.width, height: size.height };
    }),
    TOP_GAP,
  );
  for (const [id, p] of top.positions) positions.set(id, p);
  return { positions, sizes };
}
