import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, type Rect } from './geometry';
import { makeRoom, wouldCrowd } from './make-room';

const box = (x: number, y: number, width = 100, height = 50): Rect => ({ x, y, width, height });

describe('makeRoom', () => {
  it('moves the siblings to the right only as far as the growth needs', () => {
    const boxes = new Map([
      ['g', box(0, 0, 160, 50)], // grown from 100 wide
      ['near', box(120, 0)],
      ['far', box(400, 0)],
      ['left', box(-200, 0)],
    ]);
    makeRoom(boxes, 'g', box(0, 0), 10);
    expect(boxes.get('near')?.x).toBe(170); // 160 + gap
    expect(boxes.get('far')?.x).toBe(450); // same shift: the row keeps its shape
    expect(boxes.get('left')?.x).toBe(-200);
  });

  it('moves nothing when the growth fits in the gap, and never a fixed box', () => {
    const boxes = new Map([
      ['g', box(0, 0, 100, 90)],
      ['below', box(0, 200)],
      ['pinned', box(120, 0)],
    ]);
    makeRoom(boxes, 'g', box(0, 0), 10, new Set(['pinned']));
    expect(boxes.get('below')).toEqual(box(0, 200));
    const wide = new Map([...boxes, ['g', box(0, 0, 300, 90)]]);
    makeRoom(wide, 'g', box(0, 0, 100, 90), 10, new Set(['pinned']));
    expect(wide.get('pinned')).toEqual(box(120, 0));
  });

  it('never creates an overlap among siblings that did not overlap', () => {
    // Non-overlapping boxes: one per cell of a coarse grid, anywhere inside its cell.
    const cell = fc.record({
      dx: fc.integer({ min: 0, max: 60 }),
      dy: fc.integer({ min: 0, max: 60 }),
      w: fc.integer({ min: 10, max: 80 }),
      h: fc.integer({ min: 10, max: 80 }),
    });
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (cells, pick, growW, growH) => {
          const boxes = new Map<string, Rect>();
          cells.forEach((c, i) =>
            boxes.set(`n${i}`, box((i % 5) * 150 + c.dx, Math.floor(i / 5) * 150 + c.dy, c.w, c.h)),
          );
          const id = `n${pick % cells.length}`;
          const grown = boxes.get(id) as Rect;
          const before = { ...grown };
          grown.width += growW;
          grown.height += growH;
          makeRoom(boxes, id, before, 5);
          const all = [...boxes.values()];
          for (let i = 0; i < all.length; i++) {
            for (let j = i + 1; j < all.length; j++) {
              expect(overlaps(all[i] as Rect, all[j] as Rect)).toBe(false);
            }
          }
        },
      ),
    );
  });
});

describe('wouldCrowd', () => {
  it('tells whether growing comes within the gap of a sibling it kept clear of', () => {
    const boxes = new Map([
      ['g', box(0, 0)],
      ['right', box(130, 0)],
    ]);
    expect(wouldCrowd(boxes, 'g', box(0, 0), box(0, 0, 100, 200), 20)).toBe(false);
    expect(wouldCrowd(boxes, 'g', box(0, 0), box(0, 0, 120, 50), 20)).toBe(true);
  });
});
