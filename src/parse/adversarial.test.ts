import { describe, it, expect } from 'vitest';
import { parseManifests } from './parse-manifests';

const NEIGHBOUR = '---\napiVersion: v1\nkind: Namespace\nmetadata: {name: neighbour}\n';

function parse(text: string, name = 'hostile.yaml') {
  return parseManifests([{ name, text }], { defaultNamespace: 'default' });
}

function billionLaughs(levels: number): string {
  const lines = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: lol}',
    'data:',
    '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ];
  for (let i = 1; i <= levels; i++) {
    const prev = `*a${i - 1}`;
    lines.push(`  a${i}: &a${i} [${new Array(10).fill(prev).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('adversarial input', () => {
  it('refuses a billion-laughs alias bomb and still loads the next document', () => {
    const { objects, diagnostics } = parse(billionLaughs(9) + NEIGHBOUR);
    expect(objects.namespaces.map((n) => n.name)).toEqual(['neighbour']);
    expect(objects.skipped).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ doc: 0, line: 1, col: 1, severity: 'error' });
    expect(diagnostics[0]?.message).toMatch(
      /YAML aliases expand this document to 1\.\de\+\d+ nodes .*alias bomb/,
    );
  });

  it('refuses a List whose items are thousands of aliases of one object', () => {
    const items = new Array(20_000).fill('- *p').join('\n');
    const text = `apiVersion: v1\nkind: List\nx: &p {apiVersion: v1, kind: Pod, metadata: {name: p, labels: {a: b, c: d}}, spec: {containers: [{name: c, ports: [{containerPort: 80}, {containerPort: 81}]}]}}\nitems:\n${items}\n`;
    const { objects, diagnostics } = parse(text + NEIGHBOUR);
    expect(objects.pods).toEqual([]);
    expect(objects.namespaces).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/alias bomb/);
  });

  it('accepts ordinary anchors and merge keys', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- &p {apiVersion: v1, kind: Pod, metadata: {name: a, labels: &l {app: web}}}\n- {apiVersion: v1, kind: Pod, metadata: {name: b, labels: *l}}\n- <<: *p\n  metadata: {name: c}\n';
    const { objects, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(objects.pods.map((p) => [p.name, p.labels])).toEqual([
      ['a', { app: 'web' }],
      ['b', { app: 'web' }],
      ['c', {}],
    ]);
  });

  it('reports 100,000 nested YAML brackets instead of overflowing the stack', () => {
    const { objects, diagnostics } = parse(`${'['.repeat(100_000)}\n${NEIGHBOUR}`);
    expect(objects.namespaces).toHaveLength(1);
    expect(diagnostics).toMatchObject([
      {
        doc: 0,
        line: 1,
        severity: 'error',
        message: 'the document nests deeper than 256 levels; refusing to read it',
      },
    ]);
  });

  it('reports deeply nested JSON, balanced or not', () => {
    const balanced = parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n${NEIGHBOUR}`);
    expect(balanced.objects.namespaces).toHaveLength(1);
    expect(balanced.diagnostics).toMatchObject([{ doc: 0, line: 1, severity: 'error' }]);
    expect(balanced.diagnostics[0]?.message).toMatch(
      /must be a Kubernetes object \(a map\), not a list/,
    );
    const objectsDeep = parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}\n${NEIGHBOUR}`);
    expect(objectsDeep.objects.namespaces).toHaveLength(1);
    expect(objectsDeep.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    const unbalanced = parse(`${'{"a":'.repeat(100_000)}\n${NEIGHBOUR}`);
    expect(unbalanced.objects.namespaces).toHaveLength(1);
    expect(unbalanced.diagnostics).toMatchObject([{ doc: 0, severity: 'error' }]);
  });

  it('loads a ~50 MB dump of Pod documents', () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50_000_000; i++) {
      const doc = `---
apiVersion: v1
kind: Pod
metadata:
  name: pod-${i}
  namespace: ns-${i % 40}
  labels: {app: app-${i % 300}, pod-template-hash: h${i}}
  managedFields:
  - {manager: kubelet, operation: Update, fieldsType: FieldsV1, fieldsV1: {"f:status": {"f:conditions": {".": {}}}}}
  annotations: {note: "${'x'.repeat(600)}"}
spec:
  containers:
  - name: web
    image: nginx:1.25
    ports:
    - {containerPort: 8080, name: http}
status:
  phase: Running
  podIP: 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}
`;
      parts.push(doc);
      size += doc.length;
    }
    const { objects, diagnostics } = parse(parts.join(''), 'dump.yaml');
    expect(diagnostics).toEqual([]);
    expect(objects.pods).toHaveLength(parts.length);
    expect(objects.pods[parts.length - 1]?.source.doc).toBe(parts.length - 1);
  });

  it('loads a 5 MB single-line JSON List', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `svc-${i}`, namespace: 'ns', annotations: { a: 'y'.repeat(150) } },
      spec: { selector: { app: `a${i}` }, ports: [{ port: 80 }] },
    }));
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
    expect(text.length).toBeGreaterThan(5_000_000);
    const { objects, diagnostics } = parse(text, 'one-line.json');
    expect(diagnostics).toEqual([]);
    expect(objects.services).toHaveLength(20_000);
  });

  it('reports a broken 5 MB single-line JSON document briefly', () => {
    const text = `{"apiVersion": "v1", "kind": "ConfigMap", "data": {"a": "${'z'.repeat(5_000_000)}"}, }}`;
    const { diagnostics } = parse(text + '\n' + NEIGHBOUR, 'broken.json');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ doc: 0, line: 1, severity: 'error' });
    expect(diagnostics[0]?.message.length).toBeLessThan(200);
  });

  it('loads a 1 MB label value, warning about it without quoting it whole', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    big: ${'v'.repeat(1_000_000)}\n`;
    const { objects, diagnostics } = parse(text);
    expect(objects.pods).toHaveLength(1);
    expect(diagnostics).toMatchObject([{ severity: 'warning', line: 6, col: 5 }]);
    expect(diagnostics[0]?.message.length).toBeLessThan(300);
  });

  it('reports null bytes, unknown tags and merge-key floods as errors', () => {
    for (const text of [
      'apiVersion: v1\nkind: Pod\nmetadata: {name: "a\0"}\n',
      'apiVersion: v1\nkind: Secret\ndata: !!binary aGVsbG8=\n',
      `base: &b {${Array.from({ length: 200 }, (_, i) => `k${i}: ${i}`).join(', ')}}\n${Array.from({ length: 100 }, (_, i) => `m${i}: {<<: *b}`).join('\n')}\n`,
    ]) {
      const { objects, diagnostics } = parse(text + NEIGHBOUR);
      expect(objects.namespaces).toHaveLength(1);
      expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
    }
  });
});
