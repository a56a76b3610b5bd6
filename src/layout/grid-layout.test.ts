import { describe, expect, it } from 'vitest';
import { overlaps } from './geometry';
import { layoutWithGrid, packGrid, packRows } from './grid-layout';
import { buildHierarchy } from './hierarchy';
import { graphNode } from './test-graphs';

const items = (n: number, width = 180, height = 56) =>
  Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, width, height }));

describe('packGrid', () => {
  it('makes a square-ish grid, row by row in the given order', () => {
    const block = packGrid(items(16, 80, 80), 20);
    expect(block.positions.get('n000')).toEqual({ x: 0, y: 0 });
    expect(block.positions.get('n001')).toEqual({ x: 100, y: 0 });
    expect(block.positions.get('n004')).toEqual({ x: 0, y: 100 });
    expect(block).toMatchObject({ width: 380, height: 380 });
  });

  it('sizes columns and rows to their largest item, so mixed sizes never overlap', () => {
    const mixed = items(7).map((it, i) => ({ ...it, width: 60 + i * 30, height: 20 + i * 10 }));
    const block = packGrid(mixed, 8);
    const rects = mixed.map(
      (it) => ({ ...it, ...block.positions.get(it.id) }) as typeof it & { x: number; y: number },
    );
    for (const a of rects) for (const b of rects) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });
});

describe('packRows', () => {
  it('fills rows left to right up to a landscape width', () => {
    const block = packRows(items(12, 100, 100), 10);
    expect(block.width).toBeGreaterThan(block.height);
    expect(block.positions.get('n000')).toEqual({ x: 0, y: 0 });
    expect(block.positions.get('n001')).toEqual({ x: 110, y: 0 });
  });
});

describe('layoutWithGrid', () => {
  it('puts outside nodes first, then namespaces by id, children sorted by id inside', () => {
    const layout = layoutWithGrid(
      buildHierarchy({
        nodes: [
          graphNode('b', 'namespace'),
          graphNode('b/2', 'workload', 'b'),
          graphNode('b/1', 'workload', 'b'),
          graphNode('a', 'namespace'),
          graphNode('world', 'outside'),
        ],
        edges: [],
      }),
      [],
    );
    expect(layout.positions.get('world')).toEqual({ x: 0, y: 0 });
    const [a, b] = [layout.positions.get('a'), layout.positions.get('b')];
    expect(a && b && (a.y < b.y || (a.y === b.y && a.x < b.x))).toBe(true); // reading order
    expect(layout.positions.get('b/1')).toEqual({ x: 16, y: 40 });
    expect(layout.positions.get('b/2')?.y).toBeGreaterThan(40);
  });
});
