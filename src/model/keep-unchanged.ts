import type { Namespace } from './types';

/*
 * An edit of one policy re-reads only its file; every other object comes out of the parse cache as
 * the same object as before. Handing the evaluator the previous arrays and maps (not equal copies)
 * is what lets it see, by identity, that the endpoints did not change and keep its classes.
 */

/** Whether two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `previous` when it holds the same objects as `fresh`, else `fresh`. */
export function keepSameItems<T>(fresh: readonly T[], previous: readonly T[] | undefined) {
  return previous && sameItems(fresh, previous) ? previous : fresh;
}

/**
 * `previous` when it names the same namespaces, in the same order, with the same labels and
 * sources (namespaces are rebuilt on every run: their labels gain the implicit name label).
 */
export function keepSameNamespaces(
  fresh: ReadonlyMap<string, Namespace>,
  previous: ReadonlyMap<string, Namespace> | undefined,
): ReadonlyMap<string, Namespace> {
  if (!previous || previous.size !== fresh.size) return fresh;
  const before = previous.values();
  for (const ns of fresh.values()) {
    const old = before.next().value;
    if (
      !old ||
      old.name !== ns.name ||
      old.declared !== ns.declared ||
      old.source !== ns.source ||
      !sameLabels(old.labels, ns.labels)
    )
      return fresh;
  }
  return previous;
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
