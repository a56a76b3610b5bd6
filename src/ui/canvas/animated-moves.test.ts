import { describe, expect, it } from 'vitest';
import { easeOut, framePositions, movesBetween } from './animated-moves';
import type { AppNode } from './types';

const node = (id: string, x: number, y: number, parentId?: string): AppNode =>
  ({ id, position: { x, y }, data: {}, ...(parentId ? { parentId } : {}) }) as unknown as AppNode;

describe('movesBetween', () => {
  const shown = new Map([
    ['a', { position: { x: 0, y: 0 }, parentId: 'ns:x' }],
    ['b', { position: { x: 10, y: 10 }, parentId: 'ns:x' }],
    ['c', { position: { x: 5, y: 5 }, parentId: 'ns:x' }],
  ]);

  it('moves only nodes that changed place within the same group', () => {
    const next = [
      node('a', 0, 0, 'ns:x'), // stayed
      node('b', 40, 10, 'ns:x'), // moved
      node('c', 50, 50, 'ns:y'), // changed group: no common frame
      node('d', 1, 1, 'ns:x'), // new
    ];
    expect([...movesBetween(shown, next)]).toEqual([
      ['b', { from: { x: 10, y: 10 }, to: { x: 40, y: 10 } }],
    ]);
  });
});

describe('framePositions', () => {
  const nodes = [node('a', 0, 0), node('b', 100, 200)];
  const moves = new Map([['b', { from: { x: 0, y: 0 }, to: { x: 100, y: 200 } }]]);

  it('starts where the node was and lands where the layout put it', () => {
    expect(framePositions(nodes, moves, 0)[1]!.position).toEqual({ x: 0, y: 0 });
    expect(framePositions(nodes, moves, 1)[1]).toBe(nodes[1]);
  });

  it('keeps the objects of nodes that do not move, and is past halfway at half time', () => {
    const mid = framePositions(nodes, moves, 0.5);
    expect(mid[0]).toBe(nodes[0]);
    expect(mid[1]!.position.x).toBeGreaterThan(50);
    expect(mid[1]!.position.x).toBeLessThan(100);
  });

  it('eases within 0..1 and clamps outside', () => {
    expect(easeOut(-1)).toBe(0);
    expect(easeOut(2)).toBe(1);
    expect(easeOut(0.5)).toBeCloseTo(0.875);
  });
});
