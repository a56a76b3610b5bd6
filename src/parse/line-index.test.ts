import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
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

describe('createLineIndex with checkpoints', () => {
  const text = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
  const expected = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, col: offset - (before.lastIndexOf('\n') + 1) };
  };

  it('answers lookups in any order, forward and backward', () => {
    const index = createLineIndex(text);
    for (const offset of [text.length - 3, 5, 9000, 8999, 1, 12000, 0, text.length]) {
      expect(index.position(offset)).toEqual(expected(offset));
    }
  });

  it('uses line starts a scanner already counted', () => {
    const start = text.indexOf('line 1500');
    const index = createLineIndex(text, { offsets: [0, start], lines: [0, 1500] });
    expect(index.position(start + 2)).toEqual({ line: 1500, col: 2 });
    expect(index.position(text.indexOf('line 1999'))).toEqual(expected(text.indexOf('line 1999')));
    expect(index.position(text.indexOf('line 700'))).toEqual(expected(text.indexOf('line 700')));
    expect(index.lineStart(start + 4)).toBe(start);
  });
});

describe('createLineIndex, property', () => {
  it('agrees with counting from the top, for any text, known line starts and order of lookups', () => {
    const textArb = fc
      .array(fc.oneof(fc.constantFrom('\n', '\r\n', 'x', 'yy'), fc.string({ maxLength: 40 })), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.nat(),
        (text, picks, every) => {
          const naive = (offset: number) => {
            const before = text.slice(0, offset);
            return {
              line: before.split('\n').length - 1,
              col: offset - (before.lastIndexOf('\n') + 1),
            };
          };
          // Known line starts: some of the real ones, as a scanner would hand them over.
          const known = { offsets: [0], lines: [0] };
          for (
            let i = text.indexOf('\n'), line = 1;
            i >= 0;
            i = text.indexOf('\n', i + 1), line++
          ) {
            if (every > 0 && line % ((every % 5) + 1) === 0) {
              known.offsets.push(i + 1);
              known.lines.push(line);
            }
          }
          const index = createLineIndex(text, known);
          for (const pick of picks) {
            const offset = pick % (text.length + 1);
            expect(index.position(offset)).toEqual(naive(offset));
          }
        },
      ),
    );
  });
});
