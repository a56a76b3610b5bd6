import { describe, it, expect } from 'vitest';
import { findJsonChildren } from './json-offsets';

/** The text at each child's start, up to 12 characters. */
function children(text: string, at = 0): unknown {
  const starts = findJsonChildren(text, at);
  if (starts === undefined) return undefined;
  const show = (start: number) => text.slice(start, start + 12);
  return Array.isArray(starts)
    ? starts.map(show)
    : Object.fromEntries([...starts].map(([key, start]) => [key, show(start)]));
}

describe('findJsonChildren', () => {
  it('finds where each member and element starts', () => {
    const text = '{"a": 1, "b" : {"c": [true, null]},\n  "d": "x"}';
    expect(children(text)).toEqual({ a: '1, "b" : {"c', b: '{"c": [true,', d: '"x"}' });
    expect(children(text, text.indexOf('['))).toEqual(['true, null]}', 'null]},\n  "d']);
    expect(children('[]')).toEqual([]);
    expect(children('{ }')).toEqual({});
  });

  it('skips strings holding brackets, quotes and backslashes', () => {
    const text = '{"a": "}]\\"{", "b": ["\\\\", {"c": "]"}], "e": 2}';
    expect(children(text)).toEqual({ a: '"}]\\"{", "b"', b: '["\\\\", {"c":', e: '2}' });
  });

  it('keeps the last of duplicate members, as JSON.parse does, and unescapes keys', () => {
    const text = '{"a": 1, "\\u0061": [2], "x\\"y": 3}';
    expect(children(text)).toEqual({ a: '[2], "x\\"y":', 'x"y': '3}' });
  });

  it('gives up on text that is not JSON', () => {
    expect(children('{"a" 1}')).toBeUndefined();
    expect(children('{"a": [1, 2}')).toBeUndefined();
    expect(children('{"a": "open')).toBeUndefined();
    expect(children('x')).toBeUndefined();
  });
});
