import type { GraphEdge } from '../graph/types';
import { toElkGraph } from './elk-layout';
import type { Hierarchy } from './hierarchy';
import PRECOMPUTED from './precomputed-layouts.json';
import type { FreshLayout } from './types';

/** A stored ELK result: top-left and size per node id, as `[x, y]` and `[width, height]`. */
export interface PrecomputedEntry {
  positions: Record<string, [number, number]>;
  sizes: Record<string, [number, number]>;
}

// JSON imports type tuples as arrays; the script writes [x, y] pairs.
const TABLE = PRECOMPUTED as unknown as Readonly<Record<string, PrecomputedEntry>>;

/**
 * What ELK is asked, reduced to a key: the ELK graph (ids, sizes, groups, edges, options) as JSON,
 * hashed (cyrb53, 53 bits). Equal keys mean equal questions, so an equal answer.
 */
export function layoutKey(part: Hierarchy, edges: readonly GraphEdge[]): string {
  const text = JSON.stringify(toElkGraph(part, edges));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * ELK's layout of the bundled samples' first views, computed ahead (scripts/precompute-layouts.ts)
 * because loading and warming ELK (~1 s on a 2-core machine) would otherwise be most of the wait
 * before the sample first appears. ELK is deterministic, and precomputed.test.ts recomputes every
 * entry and fails when one is stale, so an entry is always exactly what ELK would answer; any
 * other graph misses and gets ELK.
 */
export function precomputedLayout(
  part: Hierarchy,
  edges: readonly GraphEdge[],
  table: Readonly<Record<string, PrecomputedEntry>> = TABLE,
): FreshLayout | undefined {
  const entry = table[layoutKey(part, edges)];
  if (!entry) return undefined;
  const layout: FreshLayout = { positions: new Map(), sizes: new Map() };
  for (const [id, [x, y]] of Object.entries(entry.positions)) layout.positions.set(id, { x, y });
  for (const [id, [width, height]] of Object.entries(entry.sizes))
    layout.sizes.set(id, { width, height });
  return layout;
}

/** The stored form of an ELK result. */
export function toEntry(layout: FreshLayout): PrecomputedEntry {
  const positions: PrecomputedEntry['positions'] = {};
  const sizes: PrecomputedEntry['sizes'] = {};
  for (const [id, p] of [...layout.positions].sort(([a], [b]) => (a < b ? -1 : 1)))
    positions[id] = [p.x, p.y];
  for (const [id, s] of [...layout.sizes].sort(([a], [b]) => (a < b ? -1 : 1)))
    sizes[id] = [s.width, s.height];
  return { positions, sizes };
}
