import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../graph/types';
import { gridOrder } from './grid-order';
import { graphNode } from './test-graphs';

const backend = (service: string, target: string): GraphEdge => ({
  id: `${service}->${target}`,
  kind: 'service-backend',
  source: service,
  target,
  ports: [],
  label: '',
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('gridOrder', () => {
  const children = [
    graphNode('svc:a/api', 'service', 'ns:a'),
    graphNode('svc:a/db', 'service', 'ns:a'),
    graphNode('svc:a/lonely', 'service', 'ns:a'),
    graphNode('wl:a/api', 'workload', 'ns:a'),
    graphNode('wl:a/db-0', 'workload', 'ns:a'),
    graphNode('wl:a/db-1', 'workload', 'ns:a'),
    graphNode('wl:a/tool', 'workload', 'ns:a'),
  ];

  it('keeps id order when there are no backends', () => {
    expect(ids(gridOrder(children, []))).toEqual(ids(children));
  });

  it('puts each Service just before its first backend, the rest in id order', () => {
    const edges = [
      backend('svc:a/db', 'wl:a/db-1'),
      backend('svc:a/db', 'wl:a/db-0'),
      backend('svc:a/api', 'wl:a/api'),
      backend('svc:elsewhere', 'wl:a/tool'),
      { ...backend('wl:a/tool', 'wl:a/api'), kind: 'allowed' as const },
    ];
    const order = ids(gridOrder(children, edges));
    expect(order).toEqual([
      'svc:a/lonely',
      'svc:a/api',
      'wl:a/api',
      'svc:a/db',
      'wl:a/db-0',
      'wl:a/db-1',
      'wl:a/tool',
    ]);
    // Whatever the order of the edges.
    expect(ids(gridOrder(children, [...edges].reverse()))).toEqual(order);
  });

  it('keeps every child exactly once, even when a graph names a Service as a backend', () => {
    const order = gridOrder(children, [
      backend('svc:a/api', 'svc:a/db'),
      backend('svc:a/db', 'wl:a/db-0'),
    ]);
    expect([...ids(order)].sort()).toEqual(ids(children));
    expect(ids(order).indexOf('svc:a/db')).toBe(ids(order).indexOf('wl:a/db-0') - 1);
  });
});
