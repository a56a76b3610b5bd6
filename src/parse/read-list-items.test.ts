import { describe, it, expect } from 'vitest';
import type { Diagnostic } from '../model/diagnostic';
import { emptyManifestObjects } from '../model/types';
import { readDocument } from './parse-manifests';
import { readListItems, type ReadTarget } from './read-list-items';
import { splitDocuments } from './split-documents';
import kubectlList from '../../fixtures/parse/kubectl-list.yaml?raw';
import podListJson from '../../fixtures/parse/pod-list.json?raw';
import helmOutput from '../../fixtures/parse/helm-output.yaml?raw';

/** Reads a file document by document, item by item where possible, or every document whole. */
function read(text: string, itemByItem: boolean) {
  const target = { objects: emptyManifestObjects(), diagnostics: [] as Diagnostic[] };
  for (const doc of splitDocuments(text)) {
    readDocument(
      'f',
      doc,
      { defaultNamespace: 'default' },
      target.objects,
      target.diagnostics,
      itemByItem,
    );
  }
  return target;
}

/** Whether the file's only document is read item by item. */
function byItems(text: string): boolean {
  const [doc] = splitDocuments(text);
  const target: ReadTarget = { objects: emptyManifestObjects(), diagnostics: [] };
  return doc !== undefined && readListItems('f', doc, target, () => {});
}

const ns = (name: string, extra = '') =>
  `{apiVersion: v1, kind: Namespace, metadata: {name: ${name}${extra}}}`;

const policyList = `apiVersion: networking.k8s.io/v1
items:
- metadata: {name: np, namespace: a}
  spec:
    podSelector: {}
    ingress:
    - from:
      - podSelector:
          matchExpressions:
          - {key: a, operator: Equals}
    -
    - ports: [{port: 99999}]
    egress:
    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
    policyTypes: [Ingress, Bogus]
- 7
- kind: List
  apiVersion: v1
  items:
  - ${ns('inner', ', labels: {x: yes}')}
  - [1]
kind: NetworkPolicyList
metadata: {resourceVersion: ""}
`;

const jsonPolicies = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'np', namespace: 'a', labels: { name: 3 } },
        spec: {
          podSelector: { matchLabels: { name: 1 } },
          ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 'x' }] }, null, {}],
          egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }],
        },
      },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b', labels: { 'a b': 'c' } } },
    ],
  },
  null,
  4,
);

const cases: Record<string, string> = {
  kubectlList,
  podListJson,
  helmOutput,
  policyList,
  jsonPolicies,
  crlf: policyList.replace(/\n/g, '\r\n'),
  indented: `apiVersion: v1\nkind: List\nitems:\n  # first\n  - ${ns('a')}\n\n  - apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: b\n      labels: {x: on}\n`,
  array: `# c\n- ${ns('a')}\n- 5\n-\n  apiVersion: v1\n  kind: Namespace\n  metadata: {name: b, labels: {x: [1]}}\n`,
  jsonArray: JSON.stringify(
    [{ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'a' } }, { kind: 'Pod' }],
    null,
    2,
  ),
  cron: `apiVersion: v1\nkind: List\nitems:\n- apiVersion: batch/v1\n  kind: CronJob\n  metadata: {name: c}\n  spec: {schedule: '*/5 * * * *'}\n- ${ns('a', ', labels: {x: 1}')}\n`,
  anchors: `apiVersion: v1\nkind: List\nitems:\n- &a ${ns('a')}\n- *a\n`,
  duplicate: `apiVersion: v1\nkind: List\nitems:\n- ${ns('a')}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b, name: c}\n`,
  broken: `apiVersion: v1\nkind: List\nitems:\n- ${ns('a', ', labels: {x: 1}')}\n- {apiVersion: v1,\n- ${ns('c')}\n`,
  quoteAcross: `apiVersion: v1\nkind: List\na: "x\nitems:\n- ${ns('a')}\ny"\nitems:\n`,
  emptyEntry: `apiVersion: v1\nkind: List\nitems:\n- metadata:\n    labels:\n    -\n- ${ns('b')}\n`,
  notAList: `apiVersion: v1\nitems:\n- ${ns('a')}\nkind: ConfigMap\nmetadata: {name: cm}\n`,
  flow: `apiVersion: v1\nkind: List\nitems: [${ns('a')}]\n`,
  compact: JSON.stringify({
    kind: 'List',
    items: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', labels: { x: 1 } } }],
  }),
  tooDeep: `apiVersion: v1\nkind: List\nitems:\n- ${'['.repeat(254)}${']'.repeat(254)}\n`,
};

describe('readListItems', () => {
  it('gives exactly what loading each document whole gives', () => {
    for (const [name, text] of Object.entries(cases)) {
      expect(read(text, true), name).toEqual(read(text, false));
    }
  });

  it('reads block-style Lists and top-level sequences, YAML or pretty JSON, item by item', () => {
    for (const name of ['kubectlList', 'podListJson', 'policyList', 'jsonPolicies', 'crlf']) {
      expect(byItems(cases[name] ?? ''), name).toBe(true);
    }
    for (const name of ['indented', 'array', 'jsonArray', 'cron']) {
      expect(byItems(cases[name] ?? ''), name).toBe(true);
    }
  });

  it('leaves to the whole-document load what an item alone cannot tell', () => {
    for (const name of [
      'anchors',
      'duplicate',
      'broken',
      'quoteAcross',
      'emptyEntry',
      'notAList',
      'flow',
      'compact',
      'tooDeep',
    ]) {
      expect(byItems(cases[name] ?? ''), name).toBe(false);
    }
  });

  it('takes back what it read before an item failed', () => {
    const [doc] = splitDocuments(cases['broken'] ?? '');
    const objects = emptyManifestObjects();
    objects.namespaces.push({ name: 'before', labels: {}, declared: true });
    const diagnostics: Diagnostic[] = [
      { file: 'x', doc: 0, line: 1, col: 1, severity: 'info', message: 'm' },
    ];
    const target = { objects, diagnostics };
    let read = 0;
    expect(doc && readListItems('f', doc, target, () => (read += 1))).toBe(false);
    expect(read).toBe(1);
    expect(objects.namespaces.map((n) => n.name)).toEqual(['before']);
    expect(diagnostics).toHaveLength(1);
  });

  it('reports the items’ shape problems before the objects’ diagnostics, as a whole load does', () => {
    const messages = read(cases['policyList'] ?? '', true).diagnostics.map((d) => d.message);
    expect(messages.slice(0, 2)).toEqual([
      'items[1]: a list item must be a Kubernetes object (a map), not a number (7)',
      'items[2].items[1]: a list item must be a Kubernetes object (a map), not a list',
    ]);
    expect(messages.length).toBeGreaterThan(4);
  });
});
