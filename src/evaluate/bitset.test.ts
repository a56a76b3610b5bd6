import { describe, expect, it } from 'vitest';
import { andInto, createBitset, fillBitset, forEachBit, hasBit, orInto, setBit } from './bitset';

describe('bitset', () => {
  it('sets and tests bits across word boundaries', () => {
    const b = createBitset(70);
    expect(b.length).toBe(3);
    for (const i of [0, 31, 32, 69]) setBit(b, i);
    expect([0, 1, 31, 32, 33, 69].map((i) => hasBit(b, i))).toEqual([
      true,
      false,
      true,
      true,
      false,
      true,
    ]);
  });
  it('fills only the bits inside the size', () => {
    const b = fillBitset(createBitset(33), 33);
    expect(hasBit(b, 32)).toBe(true);
    expect(b[1]).toBe(1);
  });
  it('ors and ands word by word', () => {
    const a = createBitset(40);
    const c = createBitset(40);
    setBit(a, 1);
    setBit(c, 35);
    orInto(a, c);
    expect(hasBit(a, 1) && hasBit(a, 35)).toBe(true);
    const d = createBitset(40);
    setBit(d, 35);
    andInto(a, d);
    expect(hasBit(a, 1)).toBe(false);
    expect(hasBit(a, 35)).toBe(true);
  });
});

describe('forEachBit', () => {
  it('visits every set bit in order, including bit 31 of a word', () => {
    const b = createBitset(100);
    for (const i of [0, 5, 31, 32, 63, 99]) setBit(b, i);
    const seen: number[] = [];
    forEachBit(b, (i) => seen.push(i));
    expect(seen).toEqual([0, 5, 31, 32, 63, 99]);
  });
});
