import { describe, expect, it } from 'vitest';
import type { AbstractGraph, GraphNode } from '../../graph/types';
import { firstEndpointOf, nodeOfEndpoint, reachLists } from './reach-lists';
import { loadSample } from './test-support';

const API = 'wl:production/Deployment/api-server';
const FRONTEND = 'wl:production/Deployment/frontend';

describe('reachLists on the production sample', () => {
  const { graph } = loadSample({ deniedFor: API });

  it('lists who the frontend reaches, with ports and the edge to select', () => {
    const rows = reachLists(graph, FRONTEND).canReach;
    expect(rows.find((r) => r.other === API)).toMatchObject({
      otherLabel: 'production/api-server',
      ports: '8080/TCP',
      edgeId: `allowed:${FRONTEND}->${API}`,
      partial: false,
    });
  });

  it('shows that only the frontend reaches api-server, and what is denied both ways', () => {
    const lists = reachLists(graph, API);
    expect(lists.reachedBy.map((r) => [r.otherLabel, r.ports])).toEqual([
      ['production/frontend', '8080/TCP'],
    ]);
    expect(lists.canReach.map((r) => r.otherLabel)).toEqual([
      'kube-system/coredns',
      'production/postgres',
    ]);
    expect(lists.deniedFrom.map((r) => r.otherLabel)).toContain('monitoring/prometheus');
    expect(lists.deniedTo.find((r) => r.otherLabel === 'kube-system/coredns')?.ports).toBe(
      '9153/TCP',
    );
  });

  it('sees from the other end only the denied edges drawn for the focused node', () => {
    const lists = reachLists(graph, FRONTEND);
    expect(lists.deniedTo.map((r) => [r.other, r.ports])).toEqual([[API, '9090/TCP']]);
    expect(lists.deniedFrom.map((r) => [r.other, r.ports])).toEqual([[API, '3000/TCP']]);
  });

  it('maps nodes to endpoints and back', () => {
    expect(firstEndpointOf(graph, API)).toBe('production/Deployment/api-server');
    expect(firstEndpointOf(graph, 'outside')).toBeUndefined();
    expect(nodeOfEndpoint(graph, 'production/Deployment/api-server')).toBe(API);
  });
});

describe("reachLists for an expanded workload's pods", () => {
  const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
    id,
    kind: 'pod',
    label: id,
    width: 1,
    height: 1,
    badges: [],
    ports: [],
    endpoints: [id],
    ...extra,
  });
  const graph: AbstractGraph = {
    nodes: [
      node('wl', { kind: 'workload', expanded: true, endpoints: ['p1'] }),
      node('p1', { owner: 'wl', parent: 'ns:a' }),
      node('db', { parent: 'ns:a' }),
    ],
    edges: [
      {
        id: 'e1',
        kind: 'allowed',
        source: 'p1',
        target: 'db',
        ports: [{ port: 1, endPort: 65535, protocol: 'TCP' }],
        label: '',
        partial: true,
      },
    ],
  };

  it("counts the pods' edges as the workload's, marked with the pod", () => {
    expect(reachLists(graph, 'wl').canReach).toEqual([
      { edgeId: 'e1', other: 'db', otherLabel: 'a/db', ports: 'all/TCP', partial: true, via: 'p1' },
    ]);
    expect(nodeOfEndpoint(graph, 'p1')).toBe('p1');
  });
});
