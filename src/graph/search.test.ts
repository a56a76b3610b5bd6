import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze';
import { snapshotOf } from '../worker/snapshot';
import { buildGraph } from './build-graph';
import {
  buildSearchIndex,
  revealStep,
  SEARCH_LIMIT,
  searchGraph,
  type SearchMatch,
} from './search';
import type { AbstractGraph, GraphView } from './types';

const samples = (...names: string[]): Analysis =>
  analyze(
    names.map((name) => ({
      name: `${name}.yaml`,
      text: readFileSync(join(process.cwd(), 'public', 'samples', `${name}.yaml`), 'utf8'),
    })),
  );

interface View {
  collapsed?: string[];
  expanded?: string[];
}

const graphOf = (a: Analysis, v: View = {}): AbstractGraph => {
  const view: GraphView = {
    collapsedNamespaces: new Set(v.collapsed ?? []),
    expandedWorkloads: new Set(v.expanded ?? []),
  };
  return buildGraph(a, view);
};

/** Searches the way the page does: the worker's snapshot and the graph on screen. */
const search = (a: Analysis, query: string, v: View = {}) =>
  searchGraph(buildSearchIndex(snapshotOf(a)), graphOf(a, v), query);

const brief = (m: SearchMatch) => `${m.kind} ${m.namespace ?? '-'}/${m.label}`;

const production = samples('production');
const both = samples('production', 'microservices');

describe('searchGraph ranking', () => {
  it('puts exact names before prefixes before substrings', () => {
    const found = search(production, 'api-server').map(brief);
    expect(found.slice(0, 3)).toEqual([
      'workload production/api-server',
      'service production/api-server',
      'label production/app=api-server',
    ]);
    expect(found).toContain('policy production/api-server-ingress');
    expect(found.indexOf('service production/api-server-lb')).toBeGreaterThan(2);
    // Only substrings: nothing is named `server`, so every hit contains it further in.
    const inner = search(production, 'server');
    expect(inner.length).toBeGreaterThan(0);
    for (const m of inner) expect(m.label.startsWith('server')).toBe(false);
  });

  it('finds the postgres workload first, then its label and the headless Service', () => {
    const [first, ...rest] = search(production, 'postgres');
    expect(first).toEqual({
      kind: 'workload',
      label: 'postgres',
      namespace: 'production',
      detail: 'StatefulSet ×3',
      target: { kind: 'node', id: 'wl:production/StatefulSet/postgres' },
    });
    expect(rest.map(brief)).toContain('service production/postgres-headless');
    expect(rest.find((m) => m.kind === 'service')?.target).toEqual({
      kind: 'node',
      id: 'svc:production/postgres-headless',
    });
  });

  it('matches ns/name and the endpoint id, ignoring case', () => {
    expect(search(production, 'Production/Frontend').map(brief)[0]).toBe(
      'workload production/frontend',
    );
    expect(search(production, 'production/Deployment/api').map(brief)[0]).toBe(
      'workload production/api-server',
    );
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(search(both, '   ')).toEqual([]);
    const index = buildSearchIndex(snapshotOf(both));
    const graph = graphOf(both);
    const all = searchGraph(index, graph, 'a', 10_000);
    expect(all.length).toBeGreaterThan(SEARCH_LIMIT);
    expect(searchGraph(index, graph, 'a')).toEqual(all.slice(0, SEARCH_LIMIT));
    expect(searchGraph(index, graph, 'a', 5)).toEqual(all.slice(0, 5));
  });

  it('finds namespaces, Outside and ipBlock peers by what the graph calls them', () => {
    expect(search(both, 'monitoring')[0]).toMatchObject({
      kind: 'namespace',
      target: { kind: 'node', id: 'ns:monitoring' },
    });
    expect(search(both, 'outside')[0]).toMatchObject({
      kind: 'outside',
      target: { id: 'outside' },
    });
    expect(search(both, '192.168.50.0/24')[0]).toMatchObject({
      kind: 'external',
      target: { id: 'ipblock:192.168.50.0/24' },
    });
    expect(search(both, '192.168.50.20')[0]).toMatchObject({
      kind: 'external',
      target: { id: 'external:192.168.50.20' },
    });
  });
});

describe('searchGraph on policies and labels', () => {
  it('finds a policy by name and targets its id, not a node', () => {
    const [first] = search(production, 'api-server-ingress');
    expect(first).toEqual({
      kind: 'policy',
      label: 'api-server-ingress',
      namespace: 'production',
      detail: 'Ingress, Egress · selects 1 endpoint',
      target: { kind: 'policy', id: 'production/api-server-ingress' },
    });
  });

  it('reads app=frontend and app:frontend as a label and counts who carries it', () => {
    for (const q of ['app=frontend', 'app:frontend', 'APP = frontend']) {
      expect(search(production, q)[0]).toEqual({
        kind: 'label',
        label: 'app=frontend',
        namespace: 'production',
        detail: '1 endpoint',
        count: 1,
        target: {
          kind: 'node',
          id: 'wl:production/Deployment/frontend',
          endpoint: 'production/Deployment/frontend',
        },
      });
    }
    // Two clusters' frontends: production's workload and storefront's four pods.
    const across = search(both, 'app=frontend')[0]!;
    expect(across).toMatchObject({ label: 'app=frontend', count: 5 });
    expect(across.namespace).toBeUndefined();
    expect(across.target).toMatchObject({ id: 'wl:production/Deployment/frontend' });
  });

  it('leads a label to the workload carrying it, opening a collapsed namespace but no workload', () => {
    expect(search(both, 'app=cart')[0]?.target).toEqual({
      kind: 'node',
      id: 'wl:shop/Deployment/cart',
      endpoint: 'shop/cart-8tnmj7wl7p-89zq2',
    });
    const view = { collapsed: ['shop'] };
    const [label] = search(both, 'app=cart', view);
    expect(label).toMatchObject({ shownAs: 'ns:shop', target: { anyHolder: true } });
    if (label?.target.kind !== 'node') throw new Error('expected a node target');
    expect(revealStep(graphOf(both, view), label.target, label.namespace)).toEqual({
      kind: 'expand-namespace',
      node: 'ns:shop',
    });
    expect(revealStep(graphOf(both), label.target, label.namespace)).toEqual({
      kind: 'select',
      node: 'wl:shop/Deployment/cart',
    });
  });

  it('finds a label by its value alone, and lists a key’s values for `key=`', () => {
    expect(search(production, 'frontend').map(brief)).toContain('label production/app=frontend');
    const apps = search(production, 'app=').map((m) => m.label);
    expect(apps).toEqual(
      expect.arrayContaining(['app=api-server', 'app=frontend', 'app=postgres', 'app=prometheus']),
    );
    expect(search(production, 'nosuchkey=frontend')).toEqual([]);
  });
});

describe('hidden endpoints', () => {
  it('names the collapsed namespace that stands for a workload or Service', () => {
    const found = search(production, 'postgres', { collapsed: ['production'] });
    expect(found[0]).toMatchObject({
      kind: 'workload',
      target: { id: 'wl:production/StatefulSet/postgres' },
      shownAs: 'ns:production',
    });
    expect(found.find((m) => m.kind === 'service')).toMatchObject({
      target: { id: 'svc:production/postgres-headless' },
      shownAs: 'ns:production',
      detail: 'ClusterIP · in collapsed namespace',
    });
  });

  it('names the workload a dump’s pod is folded into', () => {
    const [pod] = search(both, 'cart-8tnmj7wl7p-89zq2');
    expect(pod).toEqual({
      kind: 'pod',
      label: 'cart-8tnmj7wl7p-89zq2',
      namespace: 'shop',
      detail: 'Pod · in cart',
      target: {
        kind: 'node',
        id: 'pod:shop/cart-8tnmj7wl7p-89zq2',
        endpoint: 'shop/cart-8tnmj7wl7p-89zq2',
      },
      shownAs: 'wl:shop/Deployment/cart',
    });
    const drawn = search(both, 'cart-8tnmj7wl7p-89zq2', { expanded: ['wl:shop/Deployment/cart'] });
    expect(drawn[0]?.shownAs).toBeUndefined();
  });

  it('leads to a pod in a collapsed namespace one level at a time', () => {
    const view = { collapsed: ['shop'], expanded: [] as string[] };
    const [pod] = search(both, 'checkout-z5bvn4cnst-blj22', view);
    expect(pod?.shownAs).toBe('ns:shop');
    if (pod?.target.kind !== 'node') throw new Error('expected a node target');

    // What the page does: apply each step, redraw, ask again.
    const steps = [];
    for (let i = 0; i < 5; i++) {
      const step = revealStep(graphOf(both, view), pod.target, pod.namespace);
      steps.push(step);
      if (step.kind === 'expand-namespace') view.collapsed = [];
      else if (step.kind === 'expand-workload') view.expanded.push(step.node);
      else break;
    }
    expect(steps).toEqual([
      { kind: 'expand-namespace', node: 'ns:shop' },
      { kind: 'expand-workload', node: 'wl:shop/Deployment/checkout' },
      { kind: 'select', node: 'pod:shop/checkout-z5bvn4cnst-blj22' },
    ]);
  });

  it('opens the namespace of a Service, and falls back to the node standing for a target', () => {
    const collapsed = graphOf(production, { collapsed: ['production'] });
    expect(
      revealStep(collapsed, { kind: 'node', id: 'svc:production/api-server' }, 'production'),
    ).toEqual({
      kind: 'expand-namespace',
      node: 'ns:production',
    });
    const open = graphOf(production);
    expect(
      revealStep(open, { kind: 'node', id: 'svc:production/api-server' }, 'production'),
    ).toEqual({
      kind: 'select',
      node: 'svc:production/api-server',
    });
    // A pod id that never gets a node of its own (here: a template), selected through its holder.
    expect(
      revealStep(
        open,
        { kind: 'node', id: 'pod:production/x', endpoint: 'production/Deployment/frontend' },
        'production',
      ),
    ).toEqual({ kind: 'select', node: 'wl:production/Deployment/frontend' });
    expect(revealStep(open, { kind: 'node', id: 'svc:gone/x' }, 'gone')).toEqual({ kind: 'none' });
  });
});
