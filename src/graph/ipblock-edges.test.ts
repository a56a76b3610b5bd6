import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { buildGraph } from './build-graph';
import { ipBlockNodeId } from './ipblock-edges';
import { formatPort } from './ports';

const view = { collapsedNamespaces: new Set<string>(), expandedWorkloads: new Set<string>() };

describe('ipBlock peer nodes', () => {
  const a = analyzeYaml(
    yamlDocs(
      pod('x', 'api', { labels: { app: 'api' }, ports: ['http:8080', '9090'] }),
      pod('x', 'worker', { labels: { app: 'worker' }, ports: ['8080'] }),
      pod('x', 'open', { labels: { app: 'open' }, ports: ['8080'] }),
      policy(
        'x',
        'api',
        `
podSelector: {matchLabels: {app: api}}
policyTypes: [Ingress, Egress]
ingress:
  - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [192.168.0.0/16, 10.0.0.0/8]}}]
    ports: [{port: http}]
egress:
  - to: [{ipBlock: {cidr: 198.51.100.0/24}}]
    ports: [{port: 443}, {port: 8000, endPort: 8100}, {protocol: UDP}, {port: named}]
`,
      ),
      policy(
        'x',
        'worker',
        `
podSelector: {matchLabels: {app: worker}}
policyTypes: [Egress]
egress:
  - to: [{ipBlock: {cidr: 198.51.100.0/24}}]
`,
      ),
    ),
  );
  const g = buildGraph(a, view);
  const WORLD = 'ipblock:0.0.0.0/0 except 10.0.0.0/8, 192.168.0.0/16';
  const RANGE = 'ipblock:198.51.100.0/24';
  const edge = (s: string, t: string) =>
    g.edges.find((e) => e.kind === 'allowed' && e.source === s && e.target === t);

  it('has one node per distinct block, excepts sorted in the id', () => {
    expect(ipBlockNodeId({ cidr: '0.0.0.0/0', except: ['192.168.0.0/16', '10.0.0.0/8'] })).toBe(
      WORLD,
    );
    expect(g.nodes.filter((n) => n.id.startsWith('ipblock:')).map((n) => n.id)).toEqual([
      WORLD,
      RANGE,
    ]);
    expect(g.nodes.find((n) => n.id === WORLD)).toMatchObject({
      kind: 'ipblock',
      label: '0.0.0.0/0',
      detail: 'except 10.0.0.0/8, 192.168.0.0/16',
    });
  });

  it('draws ingress rules from the block with the probes they admit', () => {
    expect(edge(WORLD, 'pod:x/api')?.ports.map(formatPort)).toEqual(['8080/TCP']);
    // Nothing names the block for pods no policy isolates: Outside covers them.
    expect(edge(WORLD, 'pod:x/open')).toBeUndefined();
  });

  it("draws egress rules to the block with the rule's own ports", () => {
    expect(edge('pod:x/api', RANGE)?.label).toBe('443/TCP, 8000-8100/TCP, all/UDP');
    expect(edge('pod:x/worker', RANGE)?.label).toBe('all/SCTP, all/TCP, all/UDP');
  });
});
