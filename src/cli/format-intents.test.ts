import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { checkIntents, parseIntents } from '../intents';
import { formatCheckJson, formatCheckMarkdown, formatCheckText } from './format-intents';

const CLUSTER = `apiVersion: v1
kind: Pod
metadata: {name: a, namespace: ns, labels: {app: a}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: ns, labels: {app: b}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-b, namespace: ns}
spec: {podSelector: {matchLabels: {app: b}}}
`;

function report(intents: string) {
  const parsed = parseIntents(intents, 'i.yaml');
  const analysis = analyze([{ name: 'c.yaml', text: CLUSTER }]);
  return { results: checkIntents(parsed.intents, analysis), errors: parsed.diagnostics };
}

describe('check formatters', () => {
  const r = report(
    '- {name: "a | b", from: ns/a, to: ns/b, port: 80, expect: allow}\n- {from: ns/b, to: ns/a, port: 80, expect: allow}\n- {from: ns/a, port: 80}\n',
  );

  it('text: a block per intent, reasons under failures, counts last', () => {
    expect(formatCheckText(r)).toBe(
      [
        '✗ FAIL  i.yaml:1  a | b (ns/a → ns/b on 80/TCP: allow)',
        '        fails: 1 of 1 connection is denied on 80/TCP (allow needs every source to reach every destination)',
        '        ns/a → ns/b: Denied: ns/b is isolated for ingress by ns/deny-b; no rule admits ns/a on 80/TCP (it has no rules).',
        '✓ pass  i.yaml:2  ns/b → ns/a on 80/TCP: allow',
        '        holds: the connection is allowed on 80/TCP',
        '2 intents: 1 passed, 1 failed, 2 errors in the intents file',
        '',
      ].join('\n'),
    );
  });

  it('md: escapes pipes in cells and lists the file errors', () => {
    const md = formatCheckMarkdown(r);
    expect(md).toContain('| ✗ **fail** | a \\| b (ns/a → ns/b on 80/TCP: allow) |');
    expect(md).toContain('- **error** `i.yaml` line 3: intent 3: "to" is required');
  });

  it('json: errors carry the line and the intent', () => {
    const json = JSON.parse(formatCheckJson(r));
    expect(json.errors).toEqual([
      { file: 'i.yaml', line: 3, col: 3, intent: 'intent 3', message: '"to" is required' },
      { file: 'i.yaml', line: 3, col: 3, intent: 'intent 3', message: '"expect" is required' },
    ]);
    expect(json.summary).toEqual({ total: 2, passed: 1, failed: 1, errors: 2 });
  });
});
