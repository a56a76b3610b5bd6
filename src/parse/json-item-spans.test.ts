import { describe, it, expect } from 'vitest';
import { findJsonItems, findJsonItemSpans } from './json-item-spans';

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

describe('findJsonItems', () => {
  it('finds the brackets around the items and counts lines', () => {
    const text = JSON.stringify(list, null, 4);
    const layout = findJsonItems(text, false);
    expect(layout && `${text[layout.open]}${text[layout.close]}`).toBe('[]');
    expect(layout?.spans.map((s) => JSON.parse(text.slice(s.start, s.end)) as unknown)).toEqual(
      list.items,
    );
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
    for (const [i, offset] of (layout?.lines.offsets ?? []).entries()) {
      expect(layout?.lines.lines[i]).toBe(lineOf(offset));
    }
    expect(layout?.lines.offsets).toContain(text.lastIndexOf('\n', layout?.spans[1]?.start) + 1);
  });

  it('requires nothing but commas and whitespace between the items', () => {
    const pretty = JSON.stringify({ items: [{ a: 1 }, { b: 2 }] }, null, 2);
    expect(findJsonItems(pretty, false)?.spans).toHaveLength(2);
    expect(findJsonItems(pretty.replace('},', '}'), false)).toBeUndefined();
    expect(findJsonItems(pretty.replace('},', '},,'), false)).toBeUndefined();
    expect(findJsonItems(pretty.replace('  ]', '  ],'), false)?.spans).toHaveLength(2);
    expect(findJsonItems(pretty.replace('},', '},\n    "x": 1,'), false)).toBeUndefined();
  });
});
