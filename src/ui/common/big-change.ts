import type { AbstractGraph } from '../../graph/types';

/** At least this many nodes added or gone make a big change, whatever the graph's size. */
const BIG_CHANGE_NODES = 40;

/**
 * Whether going from one graph to the next adds or removes many nodes: a file opened, a namespace
 * expanded, most of the graph replaced. An edit that adds or removes a node or two is not.
 * Many is BIG_CHANGE_NODES, or half of the larger graph when that is fewer.
 *
 * @example isBigChange(undefined, graphOf('a', 'b')) // → true (a first graph)
 */
export function isBigChange(
  previous: AbstractGraph | undefined,
  next: AbstractGraph | undefined,
): boolean {
  if (previous === next) return false;
  const before = previous?.nodes ?? [];
  const after = next?.nodes ?? [];
  const enough = Math.max(
    1,
    Math.min(BIG_CHANGE_NODES, Math.ceil(Math.max(before.length, after.length) / 2)),
  );
  const seen = new Set(before.map((n) => n.id));
  let changed = 0;
  let shared = 0;
  for (const n of after) {
    if (seen.has(n.id)) shared++;
    else if (++changed >= enough) return true;
  }
  return changed + before.length - shared >= enough;
}
