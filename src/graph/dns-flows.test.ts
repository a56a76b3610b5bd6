import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { buildGraph } from './build-graph';
import { withoutDnsFlows } from './dns-flows';
import { flowEdge } from './edge-set';
import { formatPort } from './ports';
import type { GraphView } from './types';

const sample = (name: string) =>
  analyze([
    {
      name: `${name}.yaml`,
      text: readFileSync(join(process.cwd(), 'public', 'samples', `${name}.yaml`), 'utf8'),
    },
  ]);

const view = (v: Partial<GraphView> = {}): GraphView => ({
  collapsedNamespaces: new Set(),
  expandedWorkloads: new Set(),
  ...v,
});

const COREDNS = 'wl:kube-system/Deployment/coredns';
const API = 'wl:production/Deployment/api-server';

describe('withoutDnsFlows', () => {
  const dns = new Set(['dns']);

  it('drops an edge that only carried lookups and keeps the other ports of a mixed one', () => {
    const only = flowEdge(
      'allowed',
      'a',
      'dns',
      [
        { port: 53, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ],
      false,
    );
    const mixed = flowEdge(
      'allowed',
      'b',
      'dns',
      [
        { port: 53, protocol: 'UDP' },
        { port: 9153, protocol: 'TCP' },
      ],
      false,
    );
    const r = withoutDnsFlows([only, mixed], dns);
    expect(r.hidden).toBe(2);
    expect(r.edges).toHaveLength(1);
    expect(r.edges[0]!.ports.map(formatPort)).toEqual(['9153/TCP']);
    expect(r.edges[0]!.label).toBe('9153/TCP');
  });

  it('keeps port 53 to a node that serves no DNS, ranges covering 53, and denied edges', () => {
    const elsewhere = flowEdge('allowed', 'a', 'db', [{ port: 53, protocol: 'UDP' }], false);
    const range = flowEdge(
      'allowed',
      'a',
      'dns',
      [{ port: 1, endPort: 65535, protocol: 'TCP' }],
      true,
    );
    const denied = flowEdge('denied', 'a', 'dns', [{ port: 53, protocol: 'UDP' }], false);
    const r = withoutDnsFlows([elsewhere, range, denied], dns);
    expect(r.hidden).toBe(0);
    expect(r.edges).toEqual([elsewhere, range, denied]);
  });
});

describe('hideDnsFlows on the samples', () => {
  it('takes the lookups off the edges into CoreDNS, found through the kube-dns Service', () => {
    const a = sample('production');
    const shown = buildGraph(a, view());
    const hidden = buildGraph(a, view({ hideDnsFlows: true }));
    const into = (g: typeof shown) =>
      g.edges.filter((e) => e.kind === 'allowed' && e.target === COREDNS);
    expect(into(shown).some((e) => e.source === API)).toBe(true);
    expect(into(hidden).some((e) => e.source === API)).toBe(false);
    const lookups = into(shown).filter((e) =>
      e.ports.some((p) => p.port === 53 && p.endPort === undefined),
    );
    expect(hidden.hiddenDnsFlows).toBe(lookups.length);
    // Nothing else changes: every non-DNS edge is the same.
    const other = (g: typeof shown) => g.edges.filter((e) => e.target !== COREDNS);
    expect(other(hidden)).toEqual(other(shown));
    expect(shown.hiddenDnsFlows).toBeUndefined();
  });

  it('works on a collapsed kube-system too, and cuts the microservices clutter', () => {
    const a = sample('microservices');
    const shown = buildGraph(a, view());
    const hidden = buildGraph(a, view({ hideDnsFlows: true }));
    expect(hidden.hiddenDnsFlows).toBeGreaterThanOrEqual(15);
    expect(hidden.edges.length).toBeLessThan(shown.edges.length - 10);
    const collapsed = buildGraph(
      a,
      view({ hideDnsFlows: true, collapsedNamespaces: new Set(['kube-system']) }),
    );
    const lookups = collapsed.edges.filter(
      (e) =>
        e.kind === 'allowed' &&
        e.target === 'ns:kube-system' &&
        e.ports.some((p) => p.port === 53 && p.endPort === undefined),
    );
    expect(lookups).toEqual([]);
  });
});
