import { describe, expect, it } from 'vitest';
import type { AbstractGraph, GraphEdge, GraphNode } from '../../graph/types';
import type { Layout } from '../../layout';
import { createFlowMapper, DENIED_DRAW_LIMIT, toFlow } from './to-flow';

function node(fields: Pick<GraphNode, 'id' | 'kind' | 'label'> & Partial<GraphNode>): GraphNode {
  return { width: 140, height: 52, badges: [], ports: [], endpoints: [], ...fields };
}

function edge(fields: Pick<GraphEdge, 'id' | 'kind' | 'source' | 'target'> & Partial<GraphEdge>) {
  return { ports: [], label: '', ...fields };
}

// Children first on purpose: the adapter must put the group before them.
const graph: AbstractGraph = {
  nodes: [
    node({
      id: 'wl:prod/Deployment/api',
      kind: 'workload',
      parent: 'ns:prod',
      label: 'api',
      detail: 'Deployment ×3',
      badges: ['isolated-ingress'],
      ports: [{ text: '8080/TCP' }],
      expanded: false,
      selfPorts: [{ port: 8080, protocol: 'TCP' }],
      selfPartial: true,
    }),
    node({
      id: 'svc:prod/api',
      kind: 'service',
      parent: 'ns:prod',
      label: 'api',
      detail: 'NodePort',
      ports: [{ text: '80 → 8080/TCP' }, { text: 'nodePort 31080' }],
    }),
    node({ id: 'ns:prod', kind: 'namespace', label: 'prod', width: 0, height: 0 }),
    node({ id: 'outside', kind: 'outside', label: 'Outside the cluster' }),
  ],
  edges: [
    edge({
      id: 'allowed:outside->wl:prod/Deployment/api',
      kind: 'allowed',
      source: 'outside',
      target: 'wl:prod/Deployment/api',
      label: '8080/TCP',
      partial: true,
    }),
    edge({
      id: 'exposure:outside->svc:prod/api',
      kind: 'exposure',
      source: 'outside',
      target: 'svc:prod/api',
      label: 'NodePort 31080',
      blocked: true,
    }),
    edge({
      id: 'service-backend:svc:prod/api->wl:prod/Deployment/api',
      kind: 'service-backend',
      source: 'svc:prod/api',
      target: 'wl:prod/Deployment/api',
      label: '80 → 8080/TCP',
    }),
  ],
};

const layout: Layout = {
  positions: new Map([
    ['ns:prod', { x: 300, y: 0 }],
    ['wl:prod/Deployment/api', { x: 200, y: 40 }],
    ['svc:prod/api', { x: 16, y: 40 }],
    ['outside', { x: 0, y: 10 }],
  ]),
  sizes: new Map([
    ['ns:prod', { width: 380, height: 150 }],
    ['wl:prod/Deployment/api', { width: 140, height: 98 }],
    ['svc:prod/api', { width: 150, height: 76 }],
    ['outside', { width: 213, height: 52 }],
  ]),
  engine: 'elk-layered',
  ms: 1,
};

describe('toFlow', () => {
  it('puts groups first and children inside them, with layout positions and sizes', () => {
    const { nodes } = toFlow({ graph, layout });
    expect(nodes.map((n) => n.id)).toEqual([
      'ns:prod',
      'outside',
      'wl:prod/Deployment/api',
      'svc:prod/api',
    ]);
    const group = nodes[0]!;
    expect(group).toMatchObject({
      type: 'namespace',
      position: { x: 300, y: 0 },
      style: { width: 380, height: 150 },
      width: 380,
      height: 150,
      data: { label: 'prod', collapsed: false },
    });
    expect(group.parentId).toBeUndefined();
    expect(group.zIndex).toBeUndefined();
    expect(nodes[1]!.zIndex).toBe(1);
    expect(nodes[2]).toMatchObject({
      type: 'endpoint',
      parentId: 'ns:prod',
      extent: 'parent',
      position: { x: 200, y: 40 },
      measured: { width: 140, height: 98 },
      data: {
        kind: 'workload',
        detail: 'Deployment ×3',
        expanded: false,
        ports: ['8080/TCP'],
        badges: ['isolated-ingress'],
        self: '~8080/TCP',
      },
    });
    expect(nodes[2]!.ariaLabel).toBe('Workload api, Deployment ×3, isolated for ingress');
    expect(nodes[3]).toMatchObject({
      type: 'service',
      data: { ports: ['80 → 8080/TCP', 'nodePort 31080'] },
    });
  });

  it('gives every edge its kind as type and carries partial and blocked', () => {
    const { edges } = toFlow({ graph, layout });
    expect(edges.map((e) => [e.type, e.data?.partial, e.data?.blocked])).toEqual([
      ['allowed', true, false],
      ['exposure', false, true],
      ['service-backend', false, false],
    ]);
    expect(edges[1]!.ariaLabel).toBe('Exposed: Outside the cluster → api, NodePort 31080');
  });

  it('dims what the highlight leaves out and marks the selection', () => {
    const { nodes, edges } = toFlow({
      graph,
      layout,
      selection: { kind: 'node', id: 'outside' },
      highlight: {
        nodes: new Set(['wl:prod/Deployment/api']),
        edges: new Set(['allowed:outside->wl:prod/Deployment/api']),
      },
    });
    const byId = new Map(nodes.map((n) => [n.id, n.data]));
    expect(byId.get('outside')).toMatchObject({ selected: true, dimmed: false });
    expect(byId.get('wl:prod/Deployment/api')).toMatchObject({ selected: false, dimmed: false });
    expect(byId.get('svc:prod/api')).toMatchObject({ dimmed: true });
    // Not in the highlight, but it frames a highlighted child.
    expect(byId.get('ns:prod')).toMatchObject({ dimmed: false });
    expect(edges.map((e) => e.data?.dimmed)).toEqual([false, true, true]);
  });

  it('stacks the labels of edges joining the same two nodes', () => {
    const denied = edge({
      id: 'denied:outside->wl:prod/Deployment/api',
      kind: 'denied',
      source: 'outside',
      target: 'wl:prod/Deployment/api',
      label: '9090/TCP',
    });
    const { edges } = toFlow({ graph: { ...graph, edges: [...graph.edges, denied] }, layout });
    expect(edges.map((e) => e.data?.labelRow)).toEqual([0, 0, 0, 1]);
  });

  it('leaves out nodes the layout has not placed yet, and their edges', () => {
    const partial: Layout = { ...layout, positions: new Map(layout.positions) };
    partial.positions.delete('svc:prod/api');
    const { nodes, edges } = toFlow({ graph, layout: partial });
    expect(nodes.map((n) => n.id)).not.toContain('svc:prod/api');
    expect(edges.map((e) => e.id)).toEqual(['allowed:outside->wl:prod/Deployment/api']);
  });

  it('draws a child on its own when its group is missing from the graph', () => {
    const orphan = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'ns:prod') };
    const { nodes } = toFlow({ graph: orphan, layout });
    expect(nodes.every((n) => n.parentId === undefined)).toBe(true);
  });
});

describe('createFlowMapper', () => {
  it('returns the same arrays for the same inputs, even with a new selection object', () => {
    const map = createFlowMapper();
    const a = map({ graph, layout, selection: { kind: 'node', id: 'outside' } });
    const b = map({ graph, layout, selection: { kind: 'node', id: 'outside' } });
    expect(b).toBe(a);
  });

  it('re-creates only the elements whose emphasis changed', () => {
    const map = createFlowMapper();
    const nodes = new Set(['ns:prod', 'outside', 'wl:prod/Deployment/api', 'svc:prod/api']);
    const allowed = 'allowed:outside->wl:prod/Deployment/api';
    const before = map({ graph, layout, highlight: { nodes, edges: new Set([allowed]) } });
    const after = map({
      graph,
      layout,
      highlight: { nodes, edges: new Set([allowed, 'exposure:outside->svc:prod/api']) },
    });
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).not.toBe(before.edges);
    expect(after.edges[0]).toBe(before.edges[0]);
    expect(after.edges[1]).not.toBe(before.edges[1]);
    expect(after.edges[1]!.data).toMatchObject({ dimmed: false, highlighted: true });
    expect(after.edges[2]).toBe(before.edges[2]);
  });

  it('re-creates only a moved node when the layout changes', () => {
    const map = createFlowMapper();
    const before = map({ graph, layout });
    const moved: Layout = { ...layout, positions: new Map(layout.positions) };
    moved.positions.set('outside', { x: 0, y: 200 });
    const after = map({ graph, layout: moved });
    expect(after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id)).toEqual([
      'outside',
    ]);
    expect(after.edges).toBe(before.edges);
  });
});

describe('denied edges', () => {
  const many = (n: number): AbstractGraph => {
    const targets = Array.from({ length: n }, (_, i) =>
      node({ id: `wl:prod/Deployment/w${i}`, kind: 'workload', parent: 'ns:prod', label: `w${i}` }),
    );
    return {
      nodes: [...graph.nodes, ...targets],
      edges: [
        ...graph.edges,
        ...targets.map((t) =>
          edge({
            id: `denied:outside->${t.id}`,
            kind: 'denied',
            source: 'outside',
            target: t.id,
            label: '9090/TCP',
          }),
        ),
      ],
    };
  };
  const placed = (g: AbstractGraph): Layout => ({
    ...layout,
    positions: new Map([...g.nodes.map((n) => [n.id, { x: 0, y: 0 }] as const)]),
    sizes: new Map([...g.nodes.map((n) => [n.id, { width: 100, height: 50 }] as const)]),
  });

  it(`draws up to ${DENIED_DRAW_LIMIT} of them`, () => {
    const g = many(DENIED_DRAW_LIMIT);
    const flow = toFlow({ graph: g, layout: placed(g) });
    expect(flow.edges.filter((e) => e.type === 'denied')).toHaveLength(DENIED_DRAW_LIMIT);
    expect(flow.deniedNotDrawn).toBe(0);
  });

  it('draws none above the limit but the selected one, and counts the rest', () => {
    const g = many(DENIED_DRAW_LIMIT + 1);
    const flow = toFlow({ graph: g, layout: placed(g) });
    expect(flow.edges.filter((e) => e.type === 'denied')).toHaveLength(0);
    expect(flow.deniedNotDrawn).toBe(DENIED_DRAW_LIMIT + 1);
    expect(flow.edges).toHaveLength(graph.edges.length);

    const id = 'denied:outside->wl:prod/Deployment/w7';
    const selected = toFlow({ graph: g, layout: placed(g), selection: { kind: 'edge', id } });
    expect(selected.edges.filter((e) => e.type === 'denied').map((e) => e.id)).toEqual([id]);
    expect(selected.deniedNotDrawn).toBe(DENIED_DRAW_LIMIT);
  });
});
