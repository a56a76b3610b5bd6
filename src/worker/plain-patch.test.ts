import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlainPatch, diffPlain } from './plain-patch';

/** Plain data as the worker replies with it: JSON values, and Maps of them. */
const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 5 }),
    fc
      .array(fc.tuple(fc.string({ maxLength: 3 }), tie('value')), { maxLength: 4 })
      .map((e) => new Map(e)),
  ),
})).value;

/** `value` with some of its parts replaced, the rest shared (as the next reply shares them). */
function edit(value: unknown, replacement: unknown, path: number[]): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value) && value.length > 0) {
    const i = step % value.length;
    return value.map((v, j) => (j === i ? edit(v, replacement, rest) : v));
  }
  if (value instanceof Map && value.size > 0) {
    const i = step % value.size;
    return new Map([...value].map(([k, v], j) => [k, j === i ? edit(v, replacement, rest) : v]));
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Map)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[step % keys.length]!;
    return { ...value, [key]: edit((value as Record<string, unknown>)[key], replacement, rest) };
  }
  return replacement;
}

describe('diffPlain and applyPlainPatch', () => {
  it('rebuild the next value from the held one, across structured clone', () => {
    fc.assert(
      fc.property(plain, plain, fc.array(fc.nat(), { maxLength: 4 }), (last, part, path) => {
        const next = edit(last, part, path);
        const held = structuredClone(last);
        const patch = structuredClone(diffPlain(next, last));
        expect(applyPlainPatch(patch, held)).toEqual(next);
      }),
      { numRuns: 500 },
    );
  });

  it('rebuild any value from any other', () => {
    fc.assert(
      fc.property(plain, plain, (last, next) => {
        expect(applyPlainPatch(structuredClone(diffPlain(next, last)), last)).toEqual(next);
      }),
      { numRuns: 500 },
    );
  });

  it('send only what changed and keep the page its own objects for the rest', () => {
    const last = { endpoints: [{ id: 'a' }, { id: 'b' }], positions: new Map([['a', { x: 1 }]]) };
    const next = { ...last, endpoints: [last.endpoints[0], { id: 'c' }] };
    const patch = diffPlain(next, last);
    expect(patch).toEqual([3, [[5, [0, [-1, { id: 'c' }]]], 0]]);
    const held = structuredClone(last);
    const got = applyPlainPatch(structuredClone(patch), held) as typeof last;
    expect(got.endpoints[0]).toBe(held.endpoints[0]);
    expect(got.positions).toBe(held.positions);
    expect(diffPlain(structuredClone(last), last)).toBe(0);
  });

  it('match arrays of objects with ids by id: items added, removed, moved or changed', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), v: plain });
    const items = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 6 });
    fc.assert(
      fc.property(items, items, fc.boolean(), (last, fresh, mix) => {
        // Half the time the next array reuses held items (as the worker's next graph does).
        const byId = new Map(last.map((i) => [i.id, i]));
        const next = mix ? fresh.map((i) => byId.get(i.id) ?? i) : fresh;
        const held = structuredClone(last);
        const got = applyPlainPatch(structuredClone(diffPlain(next, last)), held) as typeof last;
        expect(got).toEqual(next);
        for (const [i, n] of next.entries())
          if (byId.get(n.id) === n) expect(got[i]).toBe(held[last.indexOf(n)]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the page its objects when an item is added in the middle', () => {
    const last = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, ports: [i] }));
    const next = [...last.slice(0, 10), { id: 'new', ports: [1] }, ...last.slice(10)];
    const held = structuredClone(last);
    const patch = diffPlain(next, last);
    const got = applyPlainPatch(structuredClone(patch), held) as typeof last;
    expect(got).toEqual(next);
    expect(got.filter((e, i) => e !== held[i < 10 ? i : i - 1])).toEqual([
      { id: 'new', ports: [1] },
    ]);
    expect(JSON.stringify(patch).length).toBeLessThan(250);
    // Duplicate ids in the held array: matched by index, still exact.
    const twice = [last[0]!, last[0]!];
    expect(applyPlainPatch(diffPlain([last[1]!, last[0]!], twice), twice)).toEqual([
      last[1],
      last[0],
    ]);
  });

  it('sends a value whole when nothing of it is kept, or its keys changed', () => {
    expect(diffPlain([1, 2], [3, 4])).toEqual([1, [1, 2]]);
    expect(diffPlain({ b: 1, a: 2 }, { a: 2, b: 1 })).toEqual([1, { b: 1, a: 2 }]);
    expect(diffPlain(new Map([['a', 1]]), new Map([['b', 1]]))).toEqual([1, new Map([['a', 1]])]);
  });
});
