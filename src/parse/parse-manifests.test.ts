import { describe, it, expect } from 'vitest';
import type { Diagnostic } from '../model/diagnostic';
import { parseManifests, type InputFile } from './parse-manifests';
import helmOutput from '../../fixtures/parse/helm-output.yaml?raw';
import kubectlList from '../../fixtures/parse/kubectl-list.yaml?raw';
import brokenMiddle from '../../fixtures/parse/broken-middle.yaml?raw';
import podListJson from '../../fixtures/parse/pod-list.json?raw';

function parse(text: string, name = 'input.yaml') {
  return parseManifests([{ name, text }], { defaultNamespace: 'default' });
}

/** 1-based line and column of the n-th occurrence of `needle`. */
function find(text: string, needle: string, nth = 0): { line: number; col: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}

function errors(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

describe('parseManifests', () => {
  it('reads Helm output: comments, # Source lines, empty documents', () => {
    const { objects, diagnostics } = parse(helmOutput, 'helm.yaml');
    expect(errors(diagnostics)).toEqual([]);
    expect(objects.services.map((s) => s.name)).toEqual(['shop-web']);
    expect(objects.workloads.map((w) => [w.kind, w.name, w.replicas])).toEqual([
      ['Deployment', 'shop-web', 2],
    ]);
    expect(objects.policies.map((p) => p.name)).toEqual(['shop-web']);
    expect(objects.skipped).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        name: 'shop',
        source: { file: 'helm.yaml', doc: 0, ...find(helmOutput, 'apiVersion') },
      },
    ]);
    expect(diagnostics).toEqual([
      {
        file: 'helm.yaml',
        doc: 0,
        ...find(helmOutput, 'apiVersion'),
        severity: 'info',
        message: 'kind ServiceAccount is not modelled; skipped',
        object: 'ServiceAccount shop',
      },
    ]);
    // The empty template is document 1, so the Service is document 2.
    expect(objects.services[0]?.source).toEqual({
      file: 'helm.yaml',
      doc: 2,
      ...find(helmOutput, 'apiVersion', 1),
    });
    expect(objects.policies[0]?.ingress[0]?.source).toEqual({
      file: 'helm.yaml',
      doc: 4,
      ...find(helmOutput, 'from:'),
    });
  });

  it('reads the same objects and positions with CRLF line endings and a BOM', () => {
    const plain = parse(helmOutput);
    const windows = parse(`\uFEFF${helmOutput.replace(/\n/g, '\r\n')}`);
    expect(windows).toEqual(plain);
  });

  it('reads a kubectl List, placing each item and an error deep inside the third one', () => {
    const { objects, diagnostics } = parse(kubectlList, 'dump.yaml');
    expect(objects.pods.map((p) => [p.name, p.ip, p.ports])).toEqual([
      ['web-0', '10.244.0.5', [{ name: 'http', port: 8080, protocol: 'TCP' }]],
    ]);
    expect(objects.pods[0]?.source).toEqual({
      file: 'dump.yaml',
      doc: 0,
      ...find(kubectlList, 'apiVersion: v1\n  kind: Pod'),
    });
    expect(objects.services[0]?.source.line).toBe(find(kubectlList, 'kind: Service').line - 1);
    expect(objects.policies.map((p) => p.name)).toEqual(['allow-web']);
    expect(diagnostics).toEqual([
      {
        file: 'dump.yaml',
        doc: 0,
        ...find(kubectlList, 'operator: Equals'),
        severity: 'error',
        message:
          'spec.ingress[0].from[0].podSelector.matchExpressions[0].operator: invalid operator "Equals"; expected In, NotIn, Exists or DoesNotExist',
        object: 'NetworkPolicy shop/bad-operator',
      },
    ]);
    const rules = objects.policies[0]?.ingress.map((r) => r.source);
    expect(rules).toEqual([
      { file: 'dump.yaml', doc: 0, ...find(kubectlList, 'from:', 1) },
      { file: 'dump.yaml', doc: 0, ...find(kubectlList, 'from:', 2) },
    ]);
  });

  it('loads the other documents when the middle one is broken', () => {
    const { objects, diagnostics } = parse(brokenMiddle, 'multi.yaml');
    expect(objects.namespaces.map((n) => [n.name, n.source?.doc, n.source?.line])).toEqual([
      ['shop', 0, 1],
      ['billing', 2, find(brokenMiddle, 'apiVersion', 2).line],
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'multi.yaml', doc: 1, severity: 'error' });
    expect(diagnostics[0]?.message).toMatch(/^YAML syntax error: /);
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(
      find(brokenMiddle, 'labels: {app: [web').line,
    );
    expect(diagnostics[0]?.line).toBeLessThan(find(brokenMiddle, 'apiVersion', 2).line);
  });

  it('reads a JSON PodList whose items omit kind, placing an error on its line', () => {
    const { objects, diagnostics } = parse(podListJson, 'pods.json');
    expect(objects.pods.map((p) => [p.name, p.ips])).toEqual([['api-0', ['10.244.1.2']]]);
    expect(objects.pods[0]?.source).toEqual({ file: 'pods.json', doc: 0, line: 4, col: 9 });
    expect(diagnostics).toEqual([
      {
        file: 'pods.json',
        doc: 0,
        ...find(podListJson, '"containerPort": "9090"'),
        severity: 'error',
        message:
          'spec.containers[0].ports[0].containerPort: must be a whole number, not a string ("9090")',
        object: 'Pod shop/api-1',
      },
    ]);
  });

  it('places the rules of policies in a JSON List at their maps, pretty-printed or compact', () => {
    const policy = (name: string, ingress: unknown[]) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name, namespace: 'shop', annotations: { note: '"ingress": [{"from": []}]' } },
      spec: { podSelector: {}, ingress, egress: [{ to: [{ podSelector: {} }] }] },
    });
    const list = {
      apiVersion: 'v1',
      items: [
        policy('a', [{ from: [{ podSelector: {} }] }, { ports: [{ port: 80 }] }]),
        policy('b', [null, {}]),
      ],
      kind: 'List',
    };
    for (const text of [JSON.stringify(list, null, 4), JSON.stringify(list)]) {
      const { objects, diagnostics } = parse(text, 'policies.json');
      const at = (offset: number) => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        return { file: 'policies.json', doc: 0, line, col: offset - before.lastIndexOf('\n') };
      };
      const bIngress = text.indexOf('[', text.indexOf('"ingress"', text.lastIndexOf('"spec"')));
      const [first, second] = objects.policies;
      expect(first?.ingress.map((r) => r.source)).toEqual([
        at(text.lastIndexOf('{', text.indexOf('"from"'))),
        at(text.lastIndexOf('{', text.indexOf('"ports"'))),
      ]);
      expect(first?.egress[0]?.source).toEqual(at(text.lastIndexOf('{', text.indexOf('"to"'))));
      // A null rule is placed at its list, as its warning is.
      expect(second?.ingress.map((r) => r.source)).toEqual([
        at(bIngress),
        at(text.indexOf('{}', bIngress)),
      ]);
      expect(diagnostics).toEqual([
        {
          ...at(bIngress),
          severity: 'warning',
          message:
            'spec.ingress[0]: is empty (null); Kubernetes reads it as {}, which allows all traffic',
          object: 'NetworkPolicy shop/b',
        },
      ]);
    }
  });

  it('places items of compact JSON by re-parsing', () => {
    const text = JSON.stringify({
      kind: 'List',
      apiVersion: 'v1',
      items: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } },
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b', labels: { n: 1 } } },
      ],
    });
    const { objects, diagnostics } = parse(text, 'compact.json');
    expect(objects.namespaces[0]?.source).toEqual({
      file: 'compact.json',
      doc: 0,
      line: 1,
      col: text.indexOf('{"apiVersion"') + 1,
    });
    expect(diagnostics[0]).toMatchObject({
      line: 1,
      col: text.indexOf('"n":') + 1,
      object: 'Namespace b',
    });
  });

  it('reads nested Lists and top-level arrays', () => {
    const nested = parse(
      'kind: List\napiVersion: v1\nitems:\n- kind: List\n  apiVersion: v1\n  items:\n  - {apiVersion: v1, kind: Namespace, metadata: {name: inner}}\n',
    );
    expect(nested.objects.namespaces.map((n) => [n.name, n.source?.line])).toEqual([['inner', 7]]);
    const array = parse(
      '- {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n- {apiVersion: v1, kind: Namespace, metadata: {name: b}}\n',
    );
    expect(array.objects.namespaces.map((n) => [n.name, n.source?.line, n.source?.col])).toEqual([
      ['a', 1, 3],
      ['b', 2, 3],
    ]);
  });

  it('merges several files and ignores empty ones', () => {
    const files: InputFile[] = [
      { name: 'a.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' },
      { name: 'empty.yaml', text: '' },
      { name: 'comments.yaml', text: '# nothing here\n---\n---\n' },
      {
        name: 'b.json',
        text: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}',
      },
    ];
    const { objects, diagnostics } = parseManifests(files, { defaultNamespace: 'default' });
    expect(diagnostics).toEqual([]);
    expect(objects.namespaces.map((n) => [n.name, n.source?.file])).toEqual([
      ['a', 'a.yaml'],
      ['b', 'b.json'],
    ]);
  });

  it('reports a document that is not an object', () => {
    expect(parse('just some text\n').diagnostics).toEqual([
      {
        file: 'input.yaml',
        doc: 0,
        line: 1,
        col: 1,
        severity: 'error',
        message:
          'the document must be a Kubernetes object (a map), not a string ("just some text")',
      },
    ]);
  });

  it('accepts duplicate keys with a warning at the second one', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n';
    const { objects, diagnostics } = parse(text);
    expect(objects.namespaces.map((n) => n.name)).toEqual(['b']);
    expect(diagnostics).toMatchObject([{ severity: 'warning', line: 5, col: 3 }]);
  });

  it('reports an unquoted YAML 1.1 boolean in a label, as Kubernetes would', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    canary: yes\n';
    const { objects, diagnostics } = parse(text);
    expect(objects.pods).toEqual([]);
    expect(diagnostics).toMatchObject([
      { severity: 'error', line: 6, col: 5, object: 'Pod default/p' },
    ]);
  });

  it('reads `...` end markers', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n...\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n...\n';
    expect(
      parse(text).objects.namespaces.map((n) => [n.name, n.source?.doc, n.source?.line]),
    ).toEqual([
      ['a', 0, 1],
      ['b', 1, 6],
    ]);
  });
});
