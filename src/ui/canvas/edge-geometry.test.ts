import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { bowedPath, labelPoint } from './edge-geometry';

describe('labelPoint', () => {
  const cases = [
    [
      { x: 0, y: 0 },
      { x: 300, y: 120 },
    ],
    [
      { x: 400, y: 50 },
      { x: 100, y: -80 },
    ],
  ] as const;

  it.each(cases)('matches the centre React Flow computes for %o → %o', (s, t) => {
    const [, labelX, labelY] = getBezierPath({
      sourceX: s.x,
      sourceY: s.y,
      sourcePosition: Position.Right,
      targetX: t.x,
      targetY: t.y,
      targetPosition: Position.Left,
    });
    const p = labelPoint(s, t, 'middle');
    expect(p.x).toBeCloseTo(labelX, 6);
    expect(p.y).toBeCloseTo(labelY, 6);
  });

  it('keeps backward edges at the middle', () => {
    const s = { x: 300, y: 0 };
    const t = { x: 0, y: 100 };
    expect(labelPoint(s, t, 'source')).toEqual(labelPoint(s, t, 'middle'));
  });

  it('keeps short edges at the middle', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 100, y: 50 };
    expect(labelPoint(s, t, 'target')).toEqual(labelPoint(s, t, 'middle'));
  });

  it('puts source and target labels near each end', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 400, y: 100 };
    const near = labelPoint(s, t, 'source');
    const far = labelPoint(s, t, 'target');
    expect(near.x).toBeLessThan(200);
    expect(far.x).toBeGreaterThan(200);
    expect(near.x + far.x).toBeCloseTo(400, 6);
  });
});

describe('bowedPath', () => {
  it("is React Flow's own bezier when not bowed", () => {
    const [path] = getBezierPath({
      sourceX: 10,
      sourceY: 20,
      sourcePosition: Position.Right,
      targetX: 310,
      targetY: 140,
      targetPosition: Position.Left,
    });
    expect(bowedPath({ x: 10, y: 20 }, { x: 310, y: 140 }, 0)).toBe(path);
  });

  it('passes ¾ of the bow below the middle, where its label sits', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 400, y: 0 };
    expect(bowedPath(s, t, 32)).toBe('M0,0 C200,32 200,32 400,0');
    expect(labelPoint(s, t, 'middle', 0.25, 32)).toEqual({ x: 200, y: 24 });
  });
});
