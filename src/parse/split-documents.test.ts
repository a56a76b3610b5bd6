import { describe, it, expect } from 'vitest';
import { splitDocuments, stripBom } from './split-documents';

function shape(text: string) {
  return splitDocuments(text).map((d) => [d.index, d.line, d.text]);
}

describe('splitDocuments', () => {
  it('splits on --- and keeps each start line', () => {
    expect(shape('a: 1\n---\nb: 2\n---\nc: 3\n')).toEqual([
      [0, 0, 'a: 1\n'],
      [1, 1, '---\nb: 2\n'],
      [2, 3, '---\nc: 3\n'],
    ]);
  });

  it('does not count comments before the first --- as a document', () => {
    expect(shape('# header\n\n---\na: 1\n')).toEqual([[0, 2, '---\na: 1\n']]);
  });

  it('counts empty --- documents, as YAML does', () => {
    expect(shape('---\n# Source: chart/a.yaml\n---\na: 1\n---\n')).toEqual([
      [0, 0, '---\n# Source: chart/a.yaml\n'],
      [1, 2, '---\na: 1\n'],
      [2, 4, '---\n'],
    ]);
  });

  it('accepts content, comments and tabs after ---', () => {
    expect(shape('--- # c\na: 1\n---\t\nb: 2\n--- {c: 3}\n---#x\n').map((d) => d[1])).toEqual([
      0, 2, 4, 5,
    ]);
  });

  it('does not split on --- inside a line or longer dashes', () => {
    expect(shape('a: ---\n----\nb: |\n  ---\n')).toHaveLength(1);
  });

  it('ends a document at ... and drops a comment-only remainder', () => {
    expect(shape('a: 1\n...\n# trailing\n---\nb: 2\n')).toEqual([
      [0, 0, 'a: 1\n'],
      [1, 3, '---\nb: 2\n'],
    ]);
    expect(shape('a: 1\n...\nb: 2\n')).toEqual([
      [0, 0, 'a: 1\n'],
      [1, 2, 'b: 2\n'],
    ]);
  });

  it('handles CRLF line endings and a BOM', () => {
    expect(shape('\uFEFFa: 1\r\n---\r\nb: 2\r\n')).toEqual([
      [0, 0, 'a: 1\r\n'],
      [1, 1, '---\r\nb: 2\r\n'],
    ]);
  });

  it('returns nothing for empty or comment-only files', () => {
    expect(shape('')).toEqual([]);
    expect(shape('\n\n# nothing\n')).toEqual([]);
  });

  it('keeps a single JSON document whole', () => {
    expect(shape('{\n  "kind": "List"\n}\n')).toEqual([[0, 0, '{\n  "kind": "List"\n}\n']]);
  });
});

describe('stripBom', () => {
  it('removes only a leading BOM', () => {
    expect(stripBom('\uFEFFa')).toBe('a');
    expect(stripBom('a\uFEFF')).toBe('a\uFEFF');
  });
});
