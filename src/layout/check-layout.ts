import type { AbstractGraph } from '../graph/types';
import { overlaps, type Rect } from './geometry';
import { buildHierarchy } from './hierarchy';
import type { Layout } from './types';

/**
 * What is wrong with a layout of this graph, as readable lines (none when it is sound): a node
 * without a finite position or size, siblings that overlap, a child outside its group. Overlaps
 * involving `exempt` ids (pinned nodes, which the user may drop anywhere) are not reported.
 */
export function layoutProblems(
  graph: AbstractGraph,
  layout: Layout,
  exempt: ReadonlySet<string> = new Set(),
): string[] {
  const h = buildHierarchy(graph);
  const problems: string[] = [];
  const rect = (id: string): Rect | undefined => {
    const p = layout.positions.get(id);
    const s = layout.sizes.get(id);
    if (!p || !s || ![p.x, p.y, s.width, s.height].every(Number.isFinite)) {
      problems.push(`${id}: no finite position and size`);
      return undefined;
    }
    return { ...p, ...s };
  };
  const checkSiblings = (ids: readonly string[]): void => {
    const rects = ids.flatMap((id) => {
      const r = rect(id);
      return r ? [{ id, r }] : [];
    });
    rects.sort((a, b) => a.r.x - b.r.x);
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i];
      for (let j = i + 1; a && j < rects.length; j++) {
        const b = rects[j];
        if (!b || b.r.x >= a.r.x + a.r.width) break;
        if (overlaps(a.r, b.r) && !exempt.has(a.id) && !exempt.has(b.id)) {
          problems.push(`${a.id} overlaps ${b.id}`);
        }
      }
    }
  };
  checkSiblings(h.topLevel.map((n) => n.id));
  for (const [groupId, kids] of h.children) {
    checkSiblings(kids.map((k) => k.id));
    const group = layout.sizes.get(groupId);
    for (const kid of kids) {
      const r = layout.positions.get(kid.id);
      const s = layout.sizes.get(kid.id);
      if (!group || !r || !s || exempt.has(kid.id)) continue;
      if (r.x < 0 || r.y < 0 || r.x + s.width > group.width || r.y + s.height > group.height) {
        problems.push(`${kid.id} lies outside its group ${groupId}`);
      }
    }
  }
  return problems;
}
