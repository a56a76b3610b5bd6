import { describe, it, expect } from 'vitest';
import { findJsonItemSpans } from './json-item-spans';

function items(text: string, rootIsArray = false, count?: number): unknown[] | undefined {
  const parsed = JSON.parse(text) as { items?: unknown[] } | unknown[];
  const n = count ?? (Array.isArray(parsed) ? parsed.length : (parsed.items?.length ?? 0));
  return findJsonItemSpans(text, rootIsArray, n)?.map((s) =>
    JSON.parse(text.slice(s.start, s.end)),
  );
}

const list = {
  apiVersion: 'v1',
  items: [
    {
      kind: 'Pod',
      metadata: { name: 'a' },
      spec: { volumes: [{ configMap: { items: [{ key: 'k' }] } }] },
    },
    { kind: 'Pod', metadata: { name: 'b' } },
  ],
  kind: 'List',
};

describe('findJsonItemSpans', () => {
  it('finds the items of kubectl-style JSON (4 spaces) and JSON.stringify output (2 spaces)', () => {
    expect(items(JSON.stringify(list, null, 4))).toEqual(list.items);
    expect(items(JSON.stringify(list, null, 2))).toEqual(list.items);
    expect(items(JSON.stringify(list, null, '\t'))).toEqual(list.items);
    expect(items(JSON.stringify(list, null, 2).replace(/\n/g, '\r\n'))).toEqual(list.items);
  });

  it('finds the items of a top-level array', () => {
    expect(items(JSON.stringify(list.items, null, 2), true)).toEqual(list.items);
  });

  it('handles empty lists and single-line items', () => {
    expect(items(JSON.stringify({ kind: 'List', items: [] }, null, 2))).toEqual([]);
    const text = '{\n  "items": [\n    {"kind": "Pod"},\n    {"kind": "Service"}\n  ]\n}';
    expect(items(text)).toEqual([{ kind: 'Pod' }, { kind: 'Service' }]);
  });

  it('gives up on compact JSON or a count mismatch', () => {
    expect(items(JSON.stringify(list))).toBeUndefined();
    expect(items(JSON.stringify(list, null, 2), false, 3)).toBeUndefined();
    expect(items('{\n  "kind": "List"\n}', false, 1)).toBeUndefined();
  });
});
