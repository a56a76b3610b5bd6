import { describe, it, expect } from 'vitest';
import { createMemoryContext } from './read-context';
import {
  getField,
  isMap,
  readBoolean,
  readInteger,
  readMapList,
  rejectUnknownFields,
  requireString,
} from './read-fields';
import { PORT_RANGE } from './read-port';
import { Yaml11Boolean } from './yaml-schema';

describe('getField', () => {
  it('reads null as absent and ignores inherited properties', () => {
    expect(getField({ a: null }, 'a')).toBeUndefined();
    expect(getField({}, 'constructor')).toBeUndefined();
    expect(getField(JSON.parse('{"__proto__": 1}') as Record<string, unknown>, '__proto__')).toBe(
      1,
    );
  });
});

describe('isMap', () => {
  it('excludes lists, null and YAML 1.1 boolean words', () => {
    expect(isMap({})).toBe(true);
    expect(isMap([])).toBe(false);
    expect(isMap(null)).toBe(false);
    expect(isMap(new Yaml11Boolean('on'))).toBe(false);
  });
});

describe('requireString', () => {
  it('reports a missing or empty field', () => {
    const ctx = createMemoryContext();
    expect(requireString(ctx, {}, 'name', ['metadata'])).toBeUndefined();
    expect(requireString(ctx, { name: '' }, 'name', ['metadata'])).toBeUndefined();
    expect(ctx.issues).toEqual([
      { severity: 'error', path: ['metadata', 'name'], message: 'is required' },
      { severity: 'error', path: ['metadata', 'name'], message: 'is required' },
    ]);
  });

  it('reports a wrong type once', () => {
    const ctx = createMemoryContext();
    requireString(ctx, { name: 3 }, 'name', []);
    expect(ctx.issues).toHaveLength(1);
    expect(ctx.issues[0]?.message).toBe('must be a string, not a number (3)');
  });
});

describe('readInteger', () => {
  it('checks type and range', () => {
    const ctx = createMemoryContext();
    expect(readInteger(ctx, { port: 80 }, 'port', [], PORT_RANGE)).toBe(80);
    expect(readInteger(ctx, { port: 0 }, 'port', [], PORT_RANGE)).toBeUndefined();
    expect(readInteger(ctx, { port: 70000 }, 'port', [], PORT_RANGE)).toBeUndefined();
    expect(readInteger(ctx, { port: 8.5 }, 'port', [], PORT_RANGE)).toBeUndefined();
    expect(readInteger(ctx, { port: '80' }, 'port', [], PORT_RANGE)).toBeUndefined();
    expect(ctx.issues.map((i) => i.message)).toEqual([
      'must be between 1 and 65535, not 0',
      'must be between 1 and 65535, not 70000',
      'must be a whole number, not a number (8.5)',
      'must be a whole number, not a string ("80")',
    ]);
  });
});

describe('readMapList', () => {
  it('reads null items as empty maps and reports scalars', () => {
    const ctx = createMemoryContext();
    expect(readMapList(ctx, { items: [null, { a: 1 }, 3] }, 'items', [])).toEqual([{}, { a: 1 }]);
    expect(ctx.issues[0]?.path).toEqual(['items', 2]);
  });
});

describe('readBoolean', () => {
  it('reads YAML 1.1 boolean words as Kubernetes does', () => {
    const ctx = createMemoryContext();
    expect(readBoolean(ctx, { a: new Yaml11Boolean('yes') }, 'a', [])).toBe(true);
    expect(readBoolean(ctx, { a: new Yaml11Boolean('off') }, 'a', [])).toBe(false);
    expect(readBoolean(ctx, { a: 'true' }, 'a', [])).toBeUndefined();
    expect(ctx.issues).toHaveLength(1);
  });
});

describe('rejectUnknownFields', () => {
  it('names each unknown field with an optional hint', () => {
    const ctx = createMemoryContext();
    rejectUnknownFields(ctx, { matchLabels: {}, app: 'web' }, ['podSelector'], ['matchLabels'], {
      app: 'labels go under matchLabels',
    });
    expect(ctx.issues).toEqual([
      {
        severity: 'error',
        path: ['podSelector', 'app'],
        message: 'unknown field; expected one of matchLabels (labels go under matchLabels)',
      },
    ]);
  });
});
