import { describe, it, expect } from 'vitest';
import type { Path } from './field-path';
import { findKey, indexNodes, locatePath } from './locate';

function locate(source: string, path: Path): string {
  const index = indexNodes(source);
  if (!index) throw new Error('did not parse');
  const offset = locatePath(source, index, path);
  return source.slice(
    offset,
    source.indexOf('\n', offset) < 0 ? undefined : source.indexOf('\n', offset),
  );
}

const yaml = `---
# a comment
kind: NetworkPolicy
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchExpressions:
        - key: app
          operator: in
          values: [a]
    ports:
      - port: 80
`;

describe('locatePath', () => {
  it('places mappings and sequences where their content starts', () => {
    expect(locate(yaml, [])).toBe('kind: NetworkPolicy');
    expect(locate(yaml, ['spec'])).toBe('podSelector: {}');
    expect(locate(yaml, ['spec', 'podSelector'])).toBe('{}');
    expect(locate(yaml, ['spec', 'ingress', 0])).toBe('from:');
    expect(locate(yaml, ['spec', 'ingress', 0, 'ports', 0])).toBe('port: 80');
  });

  it('places a scalar at its key', () => {
    expect(
      locate(yaml, [
        'spec',
        'ingress',
        0,
        'from',
        0,
        'podSelector',
        'matchExpressions',
        0,
        'operator',
      ]),
    ).toBe('operator: in');
    expect(locate(yaml, ['kind'])).toBe('kind: NetworkPolicy');
  });

  it('stops at the deepest existing node for a missing path', () => {
    expect(locate(yaml, ['spec', 'egress', 0])).toBe('podSelector: {}');
    expect(locate(yaml, ['metadata', 'name'])).toBe('kind: NetworkPolicy');
  });

  it('works on JSON', () => {
    const json =
      '{\n  "kind": "Pod",\n  "spec": {\n    "containers": [\n      {"name": "a", "ports": [{"containerPort": "80"}]}\n    ]\n  }\n}';
    const index = indexNodes(json);
    if (!index) throw new Error('did not parse');
    const offset = locatePath(json, index, ['spec', 'containers', 0, 'ports', 0, 'containerPort']);
    expect(json.slice(offset, offset + 15)).toBe('"containerPort"');
  });

  it('returns undefined for text that does not parse', () => {
    expect(indexNodes('a: [')).toBeUndefined();
  });
});

describe('findKey', () => {
  it('prefers the key at the mapping’s own column over nested ones', () => {
    const text = 'a:\n  name: inner\nname: outer\n';
    expect(findKey(text, 0, 'name')).toBe(text.indexOf('name: outer'));
  });

  it('finds quoted keys and keys with regex characters', () => {
    const text = '{"app.kubernetes.io/name": 1}';
    expect(findKey(text, 0, 'app.kubernetes.io/name')).toBe(1);
    expect(findKey('xapp: 1', 0, 'app')).toBeUndefined();
  });
});
