/**
 * How a value of plain data (primitives, arrays, plain objects, Maps: what the worker replies with)
 * changed since the last one sent, as structured clone can carry it:
 *
 * - `0`: unchanged; the page keeps its own value (the same object, so what it derived stays valid);
 * - `[1, value]`: the new value, whole;
 * - `[2, patches]`: an array, a patch per item (items past the old end come whole);
 * - `[3, patches]`: a plain object with the same keys in the same order, a patch per key;
 * - `[4, patches]`: a Map with the same keys in the same order, a patch per value;
 * - `[5, items]`: an array of objects with ids (graph nodes and edges), matched to the held one by
 *   id rather than by index: an item is `i` (the held array's item i, as it is), `[i, patch]` (that
 *   item patched) or `[-1, value]` (new). An edge added in the middle of 669 shifts every index after
 *   it; matched by index, each of those would come as a patch and reach the page as a new object,
 *   and React Flow would draw them all again.
 *
 * A policy edit at 1,000 endpoints changes a few kB of a 1.5 MB reply; cloning all of it out of
 * the worker and into the page cost more than evaluating the edit.
 */
export type PlainPatch =
  0 | [1, unknown] | [2, PlainPatch[]] | [3, PlainPatch[]] | [4, PlainPatch[]] | [5, KeyedItem[]];

/** An item of a `[5, …]` patch: see PlainPatch. */
export type KeyedItem = number | [number, PlainPatch] | [-1, unknown];

/**
 * The patch that turns `last` into `next`. Neither is changed; `next` may share parts with it.
 * Plain loops, no iterators or callbacks: it runs once per reply, mostly before the JIT has warmed.
 * Most of what it compares is unchanged, so a list of patches is made only once a part differs:
 * allocating one per object compared made each edit's garbage collections longer.
 */
export function diffPlain(next: unknown, last: unknown): PlainPatch {
  if (Object.is(next, last)) return 0;
  if (Array.isArray(next)) {
    if (!Array.isArray(last)) return [1, next];
    const byId = aligned(next, last) ? undefined : idIndex(next, last);
    if (byId) return diffById(next, last, byId);
    let patches: PlainPatch[] | undefined;
    let whole = 0;
    for (let i = 0; i < next.length; i++) {
      const patch: PlainPatch = i < last.length ? diffPart(next[i], last[i]) : [1, next[i]];
      if (patch === 0) continue;
      if (patch[0] === 1) whole++;
      patches ??= unchanged(next.length);
      patches[i] = patch;
    }
    return finish(2, patches, whole, next, next.length, next.length === last.length);
  }
  if (next instanceof Map) {
    if (!(last instanceof Map) || next.size !== last.size) return [1, next];
    const keys = Array.from(next.keys());
    const lastKeys = Array.from(last.keys());
    if (!sameKeys(keys, lastKeys)) return [1, next];
    let patches: PlainPatch[] | undefined;
    let whole = 0;
    for (let i = 0; i < keys.length; i++) {
      const patch = diffPart(next.get(keys[i]), last.get(lastKeys[i]));
      if (patch === 0) continue;
      if (patch[0] === 1) whole++;
      patches ??= unchanged(keys.length);
      patches[i] = patch;
    }
    return finish(4, patches, whole, next, keys.length, true);
  }
  if (isPlainObject(next) && isPlainObject(last)) {
    // The patch follows the held object's key order; `next` must have the same keys in it.
    const keys = Object.keys(last);
    let patches: PlainPatch[] | undefined;
    let whole = 0;
    let i = 0;
    for (const key in next) {
      if (key !== keys[i]) return [1, next];
      const patch = diffPart(next[key], last[key]);
      if (patch !== 0) {
        if (patch[0] === 1) whole++;
        patches ??= unchanged(keys.length);
        patches[i] = patch;
      }
      i++;
    }
    if (i !== keys.length) return [1, next];
    return finish(3, patches, whole, next, keys.length, true);
  }
  return [1, next];
}

function unchanged(length: number): PlainPatch[] {
  return new Array<PlainPatch>(length).fill(0);
}

/**
 * Unchanged when every part is (no patches) and the shape is the same; whole when no part of it is
 * kept (nothing to save then).
 */
function finish(
  tag: 2 | 3 | 4,
  patches: PlainPatch[] | undefined,
  whole: number,
  next: unknown,
  length: number,
  sameShape: boolean,
): PlainPatch {
  if (!patches && sameShape) return 0;
  if (whole === length) return [1, next];
  return [tag, patches ?? unchanged(length)];
}

/** Same length, and item by item the same object or the same id (or neither has one). */
function aligned(next: unknown[], last: unknown[]): boolean {
  if (next.length !== last.length) return false;
  for (let i = 0; i < next.length; i++)
    if (next[i] !== last[i] && idOf(next[i]) !== idOf(last[i])) return false;
  return true;
}

/**
 * Where each id sits in `last`, when both arrays hold only plain objects with string ids and
 * `last`'s ids are unique; otherwise undefined (the arrays are matched by index).
 */
function idIndex(next: unknown[], last: unknown[]): Map<string, number> | undefined {
  if (next.length === 0 || last.length === 0) return undefined;
  for (let i = 0; i < next.length; i++) if (idOf(next[i]) === undefined) return undefined;
  const index = new Map<string, number>();
  for (let i = 0; i < last.length; i++) {
    const id = idOf(last[i]);
    if (id === undefined || index.has(id)) return undefined;
    index.set(id, i);
  }
  return index;
}

function idOf(item: unknown): string | undefined {
  if (!isPlainObject(item)) return undefined;
  const id = item['id'];
  return typeof id === 'string' ? id : undefined;
}

/** Only for arrays that are not `aligned`, so never unchanged. */
function diffById(next: unknown[], last: unknown[], byId: Map<string, number>): PlainPatch {
  const items = new Array<KeyedItem>(next.length);
  let kept = 0;
  for (let i = 0; i < next.length; i++) {
    const at = byId.get(idOf(next[i])!);
    const patch = at === undefined ? undefined : diffPlain(next[i], last[at]);
    if (at === undefined || (patch !== 0 && patch![0] === 1)) {
      items[i] = [-1, next[i]];
      continue;
    }
    kept++;
    items[i] = patch === 0 ? at : [at, patch!];
  }
  if (kept === 0) return [1, next];
  return [5, items];
}

/** diffPlain without a call for the parts that are primitives, most of them. */
function diffPart(next: unknown, last: unknown): PlainPatch {
  if (typeof next !== 'object' || next === null) return Object.is(next, last) ? 0 : [1, next];
  return diffPlain(next, last);
}

/** `patch` applied to `held` (the value the last patches built). Unchanged parts are `held`'s own. */
export function applyPlainPatch(patch: PlainPatch, held: unknown): unknown {
  if (patch === 0) return held;
  const [tag, body] = patch;
  switch (tag) {
    case 1:
      return body;
    case 2: {
      const old = held as unknown[];
      const out = new Array<unknown>(body.length);
      for (let i = 0; i < body.length; i++) out[i] = applyPlainPatch(body[i]!, old[i]);
      return out;
    }
    case 3: {
      const old = held as Record<string, unknown>;
      const keys = Object.keys(old);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++)
        out[keys[i]!] = applyPlainPatch(body[i]!, old[keys[i]!]);
      return out;
    }
    case 4: {
      const old = held as Map<unknown, unknown>;
      const out = new Map<unknown, unknown>();
      let i = 0;
      for (const [k, v] of old) out.set(k, applyPlainPatch(body[i++]!, v));
      return out;
    }
    case 5: {
      const old = held as unknown[];
      const out = new Array<unknown>(body.length);
      for (let i = 0; i < body.length; i++) {
        const item = body[i]!;
        if (typeof item === 'number') out[i] = old[item];
        else if (item[0] === -1) out[i] = item[1];
        else out[i] = applyPlainPatch(item[1] as PlainPatch, old[item[0]]);
      }
      return out;
    }
  }
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (typeof o !== 'object' || o === null) return false;
  const proto = Object.getPrototypeOf(o) as unknown;
  return proto === Object.prototype || proto === null;
}
