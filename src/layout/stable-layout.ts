import type { GraphNode } from '../graph/types';
import { findFreeSpot } from './free-spot';
import { boundsOf, fitGroup, NODE_GAP, TOP_GAP, type Rect } from './geometry';
import { packGrid } from './grid-layout';
import type { Hierarchy } from './hierarchy';
import { makeRoom, wouldCrowd } from './make-room';
import type { FreshLayout, Layout, Point, Size } from './types';

/**
 * Lays out part of the graph from scratch (ELK or the grid): `new` top-level items, or the
 * insides of kept groups whose children are all new (`regrouped`, a namespace just expanded).
 */
export type RunEngine = (
  part: Hierarchy,
  why: 'new' | 'regrouped',
) => Promise<FreshLayout> | FreshLayout;

/** Top-level items wider than this (width : height) take new items below them, not beside. */
const WIDE = 1.6;

/**
 * The stability policy of layoutGraph (documented there). Without `previous` every node is new
 * and this is exactly the engine's layout, with pins applied.
 */
export async function layoutStably(
  h: Hierarchy,
  run: RunEngine,
  previous?: Layout,
  pinned: ReadonlyMap<string, Point> = new Map(),
): Promise<FreshLayout> {
  const prevPos = previous?.positions ?? new Map<string, Point>();
  const prevSize = previous?.sizes ?? new Map<string, Size>();
  const isPinned = (id: string): boolean => pinned.has(id);
  const model = (n: GraphNode): Size => ({ width: n.width, height: n.height });

  const keptTop = h.topLevel.filter((n) => prevPos.has(n.id));
  const newTop = h.topLevel.filter((n) => !prevPos.has(n.id));
  // Kept groups none of whose children are kept (just expanded, or every pod renamed).
  const regrouped = keptTop.filter((n) => h.children.get(n.id)?.every((c) => !prevPos.has(c.id)));
  const freshNew = newTop.length > 0 ? await run(subHierarchy(h, newTop), 'new') : undefined;
  const freshRegrouped =
    regrouped.length > 0 ? await run(subHierarchy(h, regrouped), 'regrouped') : undefined;
  const regroupedIds = new Set(regrouped.map((n) => n.id));

  // Where each node starts, and the size it had there: kept nodes from `previous`, the rest from
  // a fresh run. Pins override positions.
  const pos = new Map<string, Point>();
  const base = new Map<string, Size>();
  const place = (n: GraphNode, from: FreshLayout | undefined): void => {
    const p = pinned.get(n.id) ?? from?.positions.get(n.id) ?? prevPos.get(n.id);
    if (p) pos.set(n.id, { ...p });
    base.set(n.id, from?.sizes.get(n.id) ?? prevSize.get(n.id) ?? model(n));
  };
  for (const top of h.topLevel) {
    const from = prevPos.has(top.id) ? undefined : freshNew;
    place(top, from);
    const kidsFrom = regroupedIds.has(top.id) ? freshRegrouped : from;
    for (const kid of h.children.get(top.id) ?? []) place(kid, kidsFrom);
  }

  const size = new Map<string, Size>();
  for (const n of h.byId.values()) if (!h.children.has(n.id)) size.set(n.id, model(n));

  // Inside each group: make room for children that grew, then place the new ones.
  const topBoxes = boxesOf(keptTop, pos, base);
  for (const [groupId, kids] of h.children) {
    const boxes = boxesOf(
      kids.filter((k) => pos.has(k.id)),
      pos,
      base,
    );
    growInPlace(boxes, size, NODE_GAP, pinnedIds(kids, isPinned));
    const unplaced = kids.filter((k) => !pos.has(k.id));
    const groupBase = base.get(groupId) ?? { width: 0, height: 0 };
    if (unplaced.length > 0) {
      const block = packGrid(unplaced, NODE_GAP);
      const groupBox = topBoxes.get(groupId);
      const crowds = (grown: Size): boolean =>
        groupBox !== undefined &&
        wouldCrowd(topBoxes, groupId, groupBox, { ...groupBox, ...grown }, NODE_GAP);
      const at = findFreeSpot([...boxes.values()], block, groupBase, NODE_GAP, crowds);
      for (const kid of unplaced) {
        const p = block.positions.get(kid.id) ?? { x: 0, y: 0 };
        boxes.set(kid.id, { x: at.x + p.x, y: at.y + p.y, ...model(kid) });
      }
    }
    for (const [id, b] of boxes) pos.set(id, { x: b.x, y: b.y });
    // A group holding its children grows to fit them and never shrinks, so nothing jitters.
    const floor = regroupedIds.has(groupId)
      ? maxSize(model(h.byId.get(groupId) as GraphNode), freshRegrouped?.sizes.get(groupId))
      : maxSize(groupBase, undefined);
    size.set(groupId, fitGroup(boxes.values(), floor));
  }

  // Top level: kept items make room for those that grew; new items, laid out among themselves,
  // go beside the kept ones.
  growInPlace(topBoxes, size, NODE_GAP, pinnedIds(keptTop, isPinned));
  const newBoxes = boxesOf(
    newTop.filter((n) => !isPinned(n.id)),
    pos,
    base,
  );
  growInPlace(newBoxes, size, NODE_GAP, new Set());
  const kept = boundsOf(topBoxes.values());
  const added = boundsOf(newBoxes.values());
  if (kept && added) {
    const below = kept.width / Math.max(1, kept.height) > WIDE;
    const dx = below ? kept.x - added.x : kept.x + kept.width + TOP_GAP - added.x;
    const dy = below ? kept.y + kept.height + TOP_GAP - added.y : kept.y - added.y;
    for (const b of newBoxes.values()) {
      b.x += dx;
      b.y += dy;
    }
  }
  for (const [id, b] of [...topBoxes, ...newBoxes]) pos.set(id, { x: b.x, y: b.y });
  return { positions: pos, sizes: size };
}

/** Boxes of the nodes at their start position and start size, in the nodes' order. */
function boxesOf(
  nodes: readonly GraphNode[],
  pos: ReadonlyMap<string, Point>,
  base: ReadonlyMap<string, Size>,
): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const n of nodes) {
    const p = pos.get(n.id);
    const s = base.get(n.id);
    if (p && s) boxes.set(n.id, { x: p.x, y: p.y, width: s.width, height: s.height });
  }
  return boxes;
}

/** Sets each box to its final size, one by one in id order, making room for those that grew. */
function growInPlace(
  boxes: Map<string, Rect>,
  size: ReadonlyMap<string, Size>,
  gap: number,
  fixed: ReadonlySet<string>,
): void {
  for (const [id, box] of [...boxes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const final = size.get(id);
    if (!final) continue;
    const before = { ...box };
    box.width = final.width;
    box.height = final.height;
    if (final.width > before.width || final.height > before.height) {
      makeRoom(boxes, id, before, gap, fixed);
    }
  }
}

function pinnedIds(nodes: readonly GraphNode[], isPinned: (id: string) => boolean): Set<string> {
  return new Set(nodes.filter((n) => isPinned(n.id)).map((n) => n.id));
}

function maxSize(a: Size, b: Size | undefined): Size {
  return b ? { width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) } : a;
}

/** The part of the hierarchy under these top-level nodes. */
function subHierarchy(h: Hierarchy, tops: readonly GraphNode[]): Hierarchy {
  const part: Hierarchy = {
    byId: new Map(),
    topLevel: [...tops],
    children: new Map(),
    parentOf: new Map(),
  };
  for (const top of tops) {
    part.byId.set(top.id, top);
    const kids = h.children.get(top.id);
    if (!kids) continue;
    part.children.set(top.id, kids);
    for (const kid of kids) {
      part.byId.set(kid.id, kid);
      part.parentOf.set(kid.id, top.id);
    }
  }
  return part;
}
