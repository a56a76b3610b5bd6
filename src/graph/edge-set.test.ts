import { describe, expect, it } from 'vitest';
import { createEdgeSet } from './edge-set';

describe('createEdgeSet', () => {
  it('merges edges of the same kind and ends, and drops self-edges', () => {
    const set = createEdgeSet();
    const tcp = (port: number) => ({ port, protocol: 'TCP' as const });
    set.add({
      kind: 'exposure',
      source: 'outside',
      target: 'ns:a',
      ports: [tcp(80)],
      label: 'NodePort 80',
      blocked: true,
    });
    set.add({
      kind: 'exposure',
      source: 'outside',
      target: 'ns:a',
      ports: [tcp(443), tcp(80)],
      label: 'LoadBalancer 443',
      blocked: false,
    });
    set.add({ kind: 'service-backend', source: 'ns:a', target: 'ns:a', ports: [], label: 'x' });
    set.add({
      kind: 'service-backend',
      source: 'svc:a/s',
      target: 'wl:a/Deployment/d',
      ports: [tcp(8080)],
      label: '80 → 8080/TCP',
    });
    expect(set.edges()).toEqual([
      {
        id: 'exposure:outside->ns:a',
        kind: 'exposure',
        source: 'outside',
        target: 'ns:a',
        ports: [tcp(80), tcp(443)],
        label: 'NodePort 80; LoadBalancer 443',
      },
      {
        id: 'service-backend:svc:a/s->wl:a/Deployment/d',
        kind: 'service-backend',
        source: 'svc:a/s',
        target: 'wl:a/Deployment/d',
        ports: [tcp(8080)],
        label: '80 → 8080/TCP',
      },
    ]);
  });

  it('keeps blocked only when every merged edge is blocked, and caps long labels', () => {
    const set = createEdgeSet();
    for (const label of ['a', 'b', 'c', 'd', 'e'])
      set.add({
        kind: 'exposure',
        source: 'outside',
        target: 'ns:x',
        ports: [],
        label,
        blocked: true,
      });
    expect(set.edges()[0]).toMatchObject({ label: 'a; b; c +2', blocked: true });
  });
});
