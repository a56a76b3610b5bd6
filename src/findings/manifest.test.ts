import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { policy, yamlDocs } from '../testing/yaml-cluster';
import { findFindings, lintFindings } from './index';
import { withId } from './test-support';

const withPorts = (ports: string) =>
  policy(
    'shop',
    'api',
    `podSelector: {}\ningress:\n  - from: [{podSelector: {}}]\n    ports:\n${ports}`,
  );

function analyseText(text: string) {
  return analyze([{ name: 'a.yaml', text }]);
}

describe('end-port-with-named-port', () => {
  it('fires where the parser rejects endPort beside a named port, naming rule and port', () => {
    const text = yamlDocs(
      withPorts('      - port: 8080\n      - port: http\n        endPort: 8090'),
    );
    const [f] = withId(findFindings(analyseText(text)), 'end-port-with-named-port');
    expect(f).toMatchObject({
      severity: 'error',
      objects: ['shop/NetworkPolicy/api'],
      message:
        'shop/api ingress rule 1, port 2 sets endPort with a named port, which the API server rejects (a range needs a numeric port), so the whole policy is left out of the evaluation.',
    });
    const lines = text.split('\n');
    expect(f!.source).toMatchObject({
      file: 'a.yaml',
      doc: 0,
      line: lines.findIndex((l) => l.includes('endPort: 8090')) + 1,
    });
  });

  it('near miss: endPort with a numeric port is a range', () => {
    const text = yamlDocs(withPorts('      - port: 8080\n        endPort: 8090'));
    const a = analyseText(text);
    expect(a.diagnostics).toEqual([]);
    expect(withId(findFindings(a), 'end-port-with-named-port')).toEqual([]);
  });
});

describe('invalid-object', () => {
  it('lint reports every other error diagnostic; findFindings leaves them to the editor', () => {
    const text = yamlDocs(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 99999}]}]}',
      withPorts('      - port: http\n        endPort: 8090'),
    );
    const a = analyseText(text);
    expect(findFindings(a).map((f) => f.id)).toEqual(['end-port-with-named-port']);
    const lint = lintFindings(a);
    expect(lint.map((f) => f.id)).toEqual(['invalid-object', 'end-port-with-named-port']);
    expect(lint[0]).toMatchObject({ severity: 'error', objects: ['shop/Pod/web'] });
    expect(lint[0]!.message).toMatch(
      /^Pod shop\/web cannot be read \(spec\.containers\[0\]\.ports\[0\]\.containerPort: .+\), so it is left out of the evaluation\.$/,
    );
  });

  it('names the document when the YAML itself is broken', () => {
    const [f] = lintFindings(analyseText('a: [1\n'));
    expect(f).toMatchObject({ id: 'invalid-object', objects: [] });
    expect(f!.message).toMatch(/^Document 0 of a\.yaml cannot be read \(YAML syntax error/);
  });

  it('near miss: warnings and skipped kinds are not findings', () => {
    const a = analyseText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    expect(a.diagnostics.length).toBeGreaterThan(0);
    expect(lintFindings(a)).toEqual([]);
  });
});
