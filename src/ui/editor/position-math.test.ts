import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, clampLineNumber, lineAt, tokenSpan } from './position-math';

describe('clampLineNumber', () => {
  it('keeps lines in range and clamps the rest', () => {
    expect(clampLineNumber(3, 10)).toBe(3);
    expect(clampLineNumber(0, 10)).toBe(1);
    expect(clampLineNumber(-4, 10)).toBe(1);
    expect(clampLineNumber(11, 10)).toBe(10);
    expect(clampLineNumber(2.7, 10)).toBe(2);
  });

  it('survives nonsense', () => {
    expect(clampLineNumber(Number.NaN, 10)).toBe(1);
    expect(clampLineNumber(Infinity, 10)).toBe(1);
    expect(clampLineNumber(5, 0)).toBe(1);
  });
});

describe('lineAt', () => {
  it('finds a line of a CodeMirror document, clamped', () => {
    const doc = Text.of(['a: 1', 'b: 2']);
    expect(lineAt(doc, 2)).toMatchObject({ from: 5, text: 'b: 2' });
    expect(lineAt(doc, 40)).toMatchObject({ from: 5, text: 'b: 2' });
    expect(lineAt(Text.of(['']), 3)).toMatchObject({ from: 0, text: '' });
  });
});

describe('tokenSpan', () => {
  it('covers the token at the column', () => {
    expect(tokenSpan('  name: web', 3)).toEqual({ from: 2, to: 7 });
    expect(tokenSpan('  name: web', 9)).toEqual({ from: 8, to: 11 });
    expect(tokenSpan('  name: web', 5)).toEqual({ from: 4, to: 7 });
  });

  it('moves to the next token from whitespace', () => {
    expect(tokenSpan('    port: 80', 1)).toEqual({ from: 4, to: 9 });
  });

  it('stops at flow punctuation', () => {
    expect(tokenSpan('{"a":1,"b":2}', 2)).toEqual({ from: 1, to: 6 });
    expect(tokenSpan('{"a":1,"b":2}', 7)).toEqual({ from: 6, to: 7 });
    expect(tokenSpan('ports: [80, 443]', 9)).toEqual({ from: 8, to: 10 });
  });

  it('covers a whole flow collection that starts at the column', () => {
    expect(tokenSpan('selector: [app, web] # x', 11)).toEqual({ from: 10, to: 20 });
    expect(tokenSpan('a: {b: {c: 1}}, d', 4)).toEqual({ from: 3, to: 14 });
    expect(tokenSpan('a: [b,  ', 4)).toEqual({ from: 3, to: 6 });
    expect(tokenSpan(`[${'1,'.repeat(500)}1]`, 1)).toEqual({ from: 0, to: MAX_TOKEN_LENGTH });
  });

  it('marks the line content when only whitespace follows the column', () => {
    expect(tokenSpan('  key:   ', 8)).toEqual({ from: 2, to: 6 });
    expect(tokenSpan('  key:', 40)).toEqual({ from: 2, to: 6 });
  });

  it('is empty on a blank line, within the line', () => {
    expect(tokenSpan('', 5)).toEqual({ from: 0, to: 0 });
    expect(tokenSpan('   ', 2)).toEqual({ from: 1, to: 1 });
  });

  it('caps a token on a long minified line', () => {
    const span = tokenSpan('x'.repeat(10_000), 1);
    expect(span).toEqual({ from: 0, to: MAX_TOKEN_LENGTH });
  });

  it('treats a bad column as the first', () => {
    expect(tokenSpan('a: 1', Number.NaN)).toEqual({ from: 0, to: 2 });
    expect(tokenSpan('a: 1', -3)).toEqual({ from: 0, to: 2 });
  });
});
