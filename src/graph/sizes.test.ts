import { describe, expect, it } from 'vitest';
import { chipRows, nodeSize, SIZE } from './sizes';

const text = (label: string, chips: string[] = [], badges = 0) => ({
  label,
  ports: chips.map((t) => ({ text: t })),
  badges: Array.from({ length: badges }, () => 'host-network' as const),
});

describe('nodeSize', () => {
  it('grows with the label, within bounds', () => {
    expect(nodeSize(text('db')).width).toBe(SIZE.minWidth);
    expect(nodeSize(text('a'.repeat(20))).width).toBe(Math.ceil(20 * 7.5 + 2 * SIZE.paddingX));
    expect(nodeSize(text('a'.repeat(200))).width).toBe(SIZE.maxWidth);
  });

  it('counts the detail line too', () => {
    const wide = nodeSize({ ...text('x'), detail: 'ExternalName → mydb.example.com' });
    expect(wide.width).toBeGreaterThan(SIZE.minWidth);
  });

  it('adds a row per wrapped line of chips and one for badges', () => {
    const bare = nodeSize(text('api')).height;
    expect(bare).toBe(SIZE.headerHeight);
    const oneRow = nodeSize(text('api', ['80/TCP'])).height;
    expect(oneRow).toBe(bare + SIZE.chipHeight + SIZE.chipGap);
    // At the minimum width, each of these chips needs a row of its own.
    expect(nodeSize(text('api', ['80 → 8080/TCP', 'nodePort 31080', '9090/TCP'])).height).toBe(
      bare + 3 * (SIZE.chipHeight + SIZE.chipGap),
    );
    expect(nodeSize(text('api', [], 2)).height).toBe(bare + SIZE.badgeRowHeight);
  });
});

describe('chipRows', () => {
  it('wraps chips to the row width, a chip wider than a row taking one row', () => {
    expect(chipRows([], 100)).toBe(0);
    expect(chipRows(['53/UDP', '53/TCP'], 200)).toBe(1);
    expect(chipRows(['53/UDP', '53/TCP'], 60)).toBe(2);
    expect(chipRows(['x'.repeat(100)], 50)).toBe(1);
  });
});
