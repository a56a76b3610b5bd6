import { describe, it, expect } from 'vitest';
import { load } from 'js-yaml';
import { MANIFEST_SCHEMA, Yaml11Boolean } from './yaml-schema';

function read(text: string): Record<string, unknown> {
  return load(text, { schema: MANIFEST_SCHEMA }) as Record<string, unknown>;
}

describe('MANIFEST_SCHEMA', () => {
  it('marks unquoted YAML 1.1 boolean words, and only those', () => {
    const doc = read('a: yes\nb: off\nc: y\nd: "yes"\ne: true\nf: yesterday');
    expect(doc['a']).toBeInstanceOf(Yaml11Boolean);
    expect((doc['a'] as Yaml11Boolean).value).toBe(true);
    expect((doc['b'] as Yaml11Boolean).value).toBe(false);
    expect((doc['c'] as Yaml11Boolean).value).toBe(true);
    expect(doc['d']).toBe('yes');
    expect(doc['e']).toBe(true);
    expect(doc['f']).toBe('yesterday');
  });

  it('keeps such words as plain keys', () => {
    expect(Object.keys(read('on: 1\ny: 2\nn: 3'))).toEqual(['on', 'y', 'n']);
  });

  it('is a plain object, not a String subclass, that prints as its word', () => {
    const word = read('a: Off')['a'];
    expect(word).not.toBeInstanceOf(String);
    expect(String(word)).toBe('Off');
    expect(Object.prototype.toString.call(word)).toBe('[object Yaml11Boolean]');
  });

  it('keeps dates as strings and numbers as numbers', () => {
    expect(read('date: 2024-01-01\nport: 8080\nhex: 0x1F\nratio: 1.5\nnull: ~')).toEqual({
      date: '2024-01-01',
      port: 8080,
      hex: 31,
      ratio: 1.5,
      null: null,
    });
  });

  it('supports merge keys', () => {
    expect(read('base: &b {x: 1}\nderived:\n  <<: *b\n  z: 2')).toEqual({
      base: { x: 1 },
      derived: { x: 1, z: 2 },
    });
  });
});
