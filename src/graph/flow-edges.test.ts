import { describe, expect, it } from 'vitest';
import { analyzeYaml, pod, policy, yamlDocs } from '../testing/yaml-cluster';
import { createClassFlows } from './class-flows';
import { allowedFlowEdges, deniedFlowEdges, type FlowNodes } from './flow-edges';
import { createNode } from './place-nodes';
import type { GraphNode } from './types';

describe('flow edges', () => {
  const a = analyzeYaml(
    yamlDocs(
      pod('x', 'a', { labels: { app: 'a' }, ports: ['80'] }),
      pod('x', 'b', { labels: { app: 'b' }, ports: ['80', '81'] }),
      policy(
        'x',
        'b',
        `
podSelector: {matchLabels: {app: b}}
ingress:
  - from: [{podSelector: {matchLabels: {app: a}}}]
    ports: [{port: 80}]
`,
      ),
    ),
  );
  const r = a.reachability;
  const flows = createClassFlows(r);
  const ids = ['n:a', 'n:b'];
  const flowNodes: FlowNodes = {
    ids,
    classes: new Map([
      ['n:a', flows.classesOf([r.indexOf('x/a')!])],
      ['n:b', flows.classesOf([r.indexOf('x/b')!])],
    ]),
  };
  const nodes = new Map<string, GraphNode>(
    [...ids, 'outside'].map((id) => [id, createNode({ id, kind: 'pod', label: id })]),
  );

  it('draws allowed flows per node pair, from Outside too', () => {
    const edges = allowedFlowEdges(flowNodes, flows, nodes);
    expect(edges.map((e) => `${e.source} → ${e.target} ${e.label}`)).toEqual([
      'n:a → n:b 80/TCP',
      'n:b → n:a 80/TCP',
      'outside → n:a 80/TCP',
    ]);
  });

  it('draws denied flows for the focus, both ways, or from Outside for every node', () => {
    expect(
      deniedFlowEdges('n:b', flowNodes, flows).map((e) => `${e.source} → ${e.target} ${e.label}`),
    ).toEqual(['n:a → n:b 81/TCP', 'outside → n:b 80/TCP, 81/TCP']);
    expect(deniedFlowEdges('outside', flowNodes, flows).map((e) => e.id)).toEqual([
      'denied:outside->n:b',
    ]);
    expect(deniedFlowEdges('nowhere', flowNodes, flows)).toEqual([]);
  });
});
