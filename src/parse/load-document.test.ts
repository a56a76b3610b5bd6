import { describe, it, expect } from 'vitest';
import { loadDocument, type LoadResult } from './load-document';
import { Yaml11Boolean } from './yaml-schema';

function value(result: LoadResult): unknown {
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.doc.value;
}

describe('loadDocument', () => {
  it('reads JSON with JSON.parse, after an optional --- line', () => {
    const result = loadDocument('---\n{"kind": "Pod", "on": "yes"}\n');
    expect(result.ok && result.doc.format).toBe('json');
    expect(value(result)).toEqual({ kind: 'Pod', on: 'yes' });
  });

  it('falls back to YAML for flow YAML and JSON with comments', () => {
    expect(value(loadDocument('{kind: Pod}'))).toEqual({ kind: 'Pod' });
    const commented = loadDocument('# Source: x\n{"kind": "Pod"}\n# trailing');
    expect(commented.ok && commented.doc.format).toBe('yaml');
    expect(value(commented)).toEqual({ kind: 'Pod' });
  });

  it('reads YAML with the manifest schema', () => {
    const doc = value(loadDocument('---\nkind: Pod\nflag: on\n')) as Record<string, unknown>;
    expect(doc['kind']).toBe('Pod');
    expect(doc['flag']).toBeInstanceOf(Yaml11Boolean);
  });

  it('reads an empty document as undefined or null', () => {
    expect(value(loadDocument('---\n# nothing\n'))).toBeFalsy();
    expect(value(loadDocument(''))).toBeFalsy();
  });

  it('reports a syntax error with its offset', () => {
    const text = 'kind: Pod\nmetadata:\n  name: [a\n';
    const result = loadDocument(text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/^YAML syntax error: /);
    expect(result.problems[0]?.offset).toBeGreaterThan(text.indexOf('['));
  });

  it('reports broken JSON at the position js-yaml finds', () => {
    const text = '{\n  "kind": "Pod",\n  "metadata": {"name": "x"\n}';
    const result = loadDocument(text);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toBe(
      'YAML syntax error: unexpected end of the stream within a flow collection',
    );
    expect(result.problems[0]?.offset).toBe(text.length);
  });

  it('accepts duplicate keys with a warning, the last value winning', () => {
    const text = 'kind: Pod\nmetadata:\n  name: a\n  name: b\n';
    const result = loadDocument(text);
    expect(value(result)).toEqual({ kind: 'Pod', metadata: { name: 'b' } });
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        offset: text.lastIndexOf('name'),
        message:
          'duplicated mapping key; the last value wins (kubectl --validate=strict rejects this)',
      },
    ]);
  });

  it('records item spans for YAML Lists', () => {
    const text =
      'apiVersion: v1\nitems:\n- kind: Pod\n  metadata: {name: a}\n- kind: Pod\n  metadata: {name: b}\nkind: List\n';
    const result = loadDocument(text);
    if (!result.ok) throw new Error('load failed');
    const items = (result.doc.value as { items: object[] }).items;
    const spans = items.map((item) => result.doc.spans?.get(item));
    expect(spans.map((s) => s && text.slice(s.start, s.end).trim())).toEqual([
      'kind: Pod\n  metadata: {name: a}',
      'kind: Pod\n  metadata: {name: b}',
    ]);
  });

  it('refuses nesting deeper than the limit without throwing', () => {
    const result = loadDocument('['.repeat(100_000));
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toBe(
      'the document nests deeper than 256 levels; refusing to read it',
    );
  });
});
