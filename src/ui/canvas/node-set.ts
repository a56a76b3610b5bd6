/**
 * Whether the drawn node set changed enough to re-fit the view: less than half of the ids in
 * either set are in both (a new file, a different sample, most namespaces collapsed at once).
 * Expanding a workload or an edit that adds a node keeps the user's viewport.
 *
 * @example nodeSetChangedALot(['a', 'b', 'c'], ['a', 'b', 'c', 'd']) // → false
 */
export function nodeSetChangedALot(
  previous: ReadonlySet<string>,
  next: ReadonlySet<string>,
): boolean {
  if (previous.size === 0) return next.size > 0;
  let shared = 0;
  for (const id of next) if (previous.has(id)) shared++;
  const union = previous.size + next.size - shared;
  return shared < union / 2;
}

/**
 * The group every new node of `next` sits in, when they all sit in one (a namespace just
 * expanded); undefined otherwise.
 *
 * @example expandedGroup(new Set(['ns:a']), [{ id: 'ns:a' }, { id: 'x', parentId: 'ns:a' }]) // 'ns:a'
 */
export function expandedGroup(
  previous: ReadonlySet<string>,
  next: readonly { id: string; parentId?: string | undefined }[],
): string | undefined {
  let group: string | undefined;
  for (const n of next) {
    if (previous.has(n.id)) continue;
    if (n.parentId === undefined || (group !== undefined && n.parentId !== group)) return undefined;
    group = n.parentId;
  }
  return group;
}
