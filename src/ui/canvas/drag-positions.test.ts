import { describe, expect, it } from 'vitest';
import { withPositions } from './drag-positions';
import type { AppNode } from './types';

const common = { selected: false, dimmed: false, highlighted: false, badges: [], ports: [] };
const nodes: AppNode[] = [
  { id: 'a', type: 'outside', position: { x: 0, y: 0 }, data: { ...common, label: 'a' } },
  { id: 'b', type: 'ipblock', position: { x: 10, y: 0 }, data: { ...common, label: 'b' } },
];

describe('withPositions', () => {
  it('returns the same array when nothing moved', () => {
    expect(withPositions(nodes, undefined)).toBe(nodes);
    expect(withPositions(nodes, new Map())).toBe(nodes);
  });

  it('replaces only the moved nodes', () => {
    const moved = withPositions(nodes, new Map([['b', { x: 50, y: 60 }]]));
    expect(moved[0]).toBe(nodes[0]);
    expect(moved[1]).toMatchObject({ id: 'b', position: { x: 50, y: 60 } });
  });
});
