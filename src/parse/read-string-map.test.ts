import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import { readStringMap } from './read-string-map';
import { Yaml11Boolean } from './yaml-schema';

describe('readStringMap', () => {
  it('rejects numbers and booleans with a hint to quote them', () => {
    const ctx = createMemoryContext();
    const labels = readStringMap(
      ctx,
      { labels: { app: 'web', version: 2, on: true } },
      'labels',
      [],
      true,
    );
    expect(labels).toEqual({ app: 'web' });
    expect(ctx.issues.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['error', ['labels', 'version'], 'must be a string, not a number (2) (quote it: "2")'],
      ['error', ['labels', 'on'], 'must be a string, not a boolean (true) (quote it: "true")'],
    ]);
  });

  it('rejects unquoted YAML 1.1 booleans such as on', () => {
    const ctx = createMemoryContext();
    readStringMap(ctx, { labels: { enabled: new Yaml11Boolean('on') } }, 'labels', [], true);
    expect(ctx.issues[0]?.message).toMatch(
      /^must be a string, not a boolean \(unquoted on.*quote it: "on"/,
    );
  });

  it('reads a null value as "" with a warning', () => {
    const ctx = createMemoryContext();
    expect(readStringMap(ctx, { labels: { app: null } }, 'labels', [], true)).toEqual({ app: '' });
    expect(ctx.issues[0]?.severity).toBe('warning');
  });

  it('warns about invalid label syntax', () => {
    const ctx = createMemoryContext();
    expect(readStringMap(ctx, { labels: { 'bad key': 'bad value' } }, 'labels', [], true)).toEqual({
      'bad key': 'bad value',
    });
    expect(ctx.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('keeps a __proto__ key as data', () => {
    const ctx = createMemoryContext();
    const input = JSON.parse('{"labels": {"__proto__": "x"}}') as Record<string, unknown>;
    const labels = readStringMap(ctx, input, 'labels', [], false);
    expect(Object.hasOwn(labels ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
  });

  it('rejects a list', () => {
    const ctx = createMemoryContext();
    expect(readStringMap(ctx, { labels: ['a'] }, 'labels', [], true)).toBeUndefined();
    expect(ctx.issues[0]?.message).toBe('must be a map, not a list');
  });
});
