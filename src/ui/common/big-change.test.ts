import { describe, expect, it } from 'vitest';
import type { AbstractGraph, GraphNode } from '../../graph/types';
import { isBigChange } from './big-change';

const graph = (...ids: string[]) =>
  ({ nodes: ids.map((id) => ({ id }) as GraphNode), edges: [] }) as unknown as AbstractGraph;
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('isBigChange', () => {
  it('is true for a first graph and for a graph taken away', () => {
    expect(isBigChange(undefined, graph('a', 'b'))).toBe(true);
    expect(isBigChange(graph('a', 'b'), undefined)).toBe(true);
  });
  it('is false for the same graph or the same nodes in another order', () => {
    const g = graph('a', 'b');
    expect(isBigChange(g, g)).toBe(false);
    expect(isBigChange(undefined, undefined)).toBe(false);
    expect(isBigChange(graph('a', 'b'), graph('b', 'a'))).toBe(false);
  });
  it('is false for an edit that adds or removes a node of a big graph', () => {
    const many = ids('n', 300);
    expect(isBigChange(graph(...many), graph(...many, 'extra'))).toBe(false);
    expect(isBigChange(graph(...many), graph(...many.slice(1)))).toBe(false);
  });
  it('is true from 40 nodes added or gone in a big graph (a namespace expanded)', () => {
    const many = ids('n', 300);
    expect(isBigChange(graph(...many), graph(...many, ...ids('new', 39)))).toBe(false);
    expect(isBigChange(graph(...many), graph(...many, ...ids('new', 40)))).toBe(true);
    expect(isBigChange(graph(...many), graph(...many.slice(40)))).toBe(true);
    expect(isBigChange(graph(...many), graph(...many.slice(20), ...ids('new', 20)))).toBe(true);
  });
  it('is true from half of a small graph changed', () => {
    expect(isBigChange(graph(...ids('n', 10)), graph(...ids('n', 6)))).toBe(false);
    expect(isBigChange(graph(...ids('n', 10)), graph(...ids('n', 5)))).toBe(true);
    expect(isBigChange(graph(...ids('n', 20)), graph(...ids('n', 20), ...ids('m', 10)))).toBe(
      false,
    );
    expect(isBigChange(graph(...ids('n', 20)), graph(...ids('n', 20), ...ids('m', 20)))).toBe(true);
  });
});
