import { describe, expect, it } from 'vitest';
import type { AppNode } from './types';
import { readingOrder } from './use-keyboard-selection';

const node = (id: string, x: number, y: number, height = 40, parentId?: string): AppNode =>
  ({
    id,
    type: 'endpoint',
    position: { x, y },
    height,
    ...(parentId !== undefined ? { parentId } : {}),
    data: {},
  }) as unknown as AppNode;

describe('readingOrder', () => {
  it('reads rows top to bottom and left to right, a group before what is inside it', () => {
    const order = readingOrder([
      node('ns:b', 600, 0, 300),
      node('ns:a', 0, 10, 300),
      node('outside', 0, 400),
      // Inside ns:a, positions relative to it; the second row starts below the first's middle.
      node('a-right', 200, 50, 40, 'ns:a'),
      node('a-left', 20, 55, 40, 'ns:a'),
      node('a-below', 20, 120, 40, 'ns:a'),
      node('b-only', 10, 50, 40, 'ns:b'),
    ]);
    expect(order).toEqual(['ns:a', 'a-left', 'a-right', 'a-below', 'ns:b', 'b-only', 'outside']);
  });

  it('treats a child whose group is missing as top-level', () => {
    expect(readingOrder([node('x', 50, 0), node('orphan', 0, 0, 40, 'ns:gone')])).toEqual([
      'orphan',
      'x',
    ]);
  });
});
