import { describe, it, expect } from 'vitest';
import { isAliasBomb, measureExpansion } from './alias-guard';

describe('measureExpansion', () => {
  it('counts a tree without sharing the same both ways', () => {
    expect(measureExpansion({ a: [1, 2], b: { c: 'x' } })).toEqual({ written: 6, expanded: 6 });
    expect(measureExpansion('scalar')).toEqual({ written: 1, expanded: 1 });
  });

  it('counts shared nodes once as written and every time as expanded', () => {
    const shared = [1, 2, 3];
    expect(measureExpansion({ a: shared, b: shared, c: shared })).toEqual({
      written: 5,
      expanded: 13,
    });
  });

  it('measures a billion laughs without expanding it', () => {
    let level: unknown = ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol'];
    for (let i = 0; i < 9; i++) level = new Array(10).fill(level);
    const measured = measureExpansion({ bomb: level });
    expect(measured.written).toBeLessThan(200);
    expect(measured.expanded).toBeGreaterThan(1e9);
    expect(isAliasBomb(measured)).toBe(true);
  });

  it('survives nesting far deeper than the call stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(measureExpansion(deep).expanded).toBe(200_001);
  });
});

describe('isAliasBomb', () => {
  it('accepts ordinary anchor reuse', () => {
    expect(isAliasBomb({ written: 10_000, expanded: 20_000 })).toBe(false);
    expect(isAliasBomb({ written: 100, expanded: 1_000_000 })).toBe(true);
  });
});
