import { describe, it, expect } from 'vitest';
import { createLineIndex } from './line-index';

describe('createLineIndex', () => {
  it('maps offsets to 0-based lines and columns', () => {
    const index = createLineIndex('ab\ncd\r\n\nef');
    expect(index.position(0)).toEqual({ line: 0, col: 0 });
    expect(index.position(2)).toEqual({ line: 0, col: 2 });
    expect(index.position(3)).toEqual({ line: 1, col: 0 });
    expect(index.position(5)).toEqual({ line: 1, col: 2 });
    expect(index.position(7)).toEqual({ line: 2, col: 0 });
    expect(index.position(9)).toEqual({ line: 3, col: 1 });
    expect(index.lineStart(9)).toBe(8);
  });

  it('handles empty text', () => {
    expect(createLineIndex('').position(0)).toEqual({ line: 0, col: 0 });
  });
});
