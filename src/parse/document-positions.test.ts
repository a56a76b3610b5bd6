import { describe, it, expect } from 'vitest';
import { createDocumentPositions } from './document-positions';
import { loadDocument } from './load-document';

function positions(text: string, line = 10) {
  const loaded = loadDocument(text);
  if (!loaded.ok) throw new Error('test document did not load');
  const doc = { index: 3, text, line };
  return {
    value: loaded.doc.value as { items: object[] },
    positions: createDocumentPositions('f.yaml', doc, loaded.doc),
  };
}

const yamlList = `---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
  # a comment between items
  - apiVersion: v1
    kind: Pod
    metadata:
      name: b
      labels:
        x: 1
`;

describe('createDocumentPositions', () => {
  it('adds the document’s first line and index to every position', () => {
    const { positions: p } = positions('---\n# c\nkind: Pod\n');
    expect(p.atOffset(0)).toEqual({ file: 'f.yaml', doc: 3, line: 11, col: 1 });
    expect(p.at([])).toEqual({ file: 'f.yaml', doc: 3, line: 13, col: 1 });
  });

  it('places YAML List items and paths inside them', () => {
    const { value, positions: p } = positions(yamlList, 0);
    const second = p.forObject(value.items[1] as object, ['items', 1]);
    expect(second.source).toEqual({ file: 'f.yaml', doc: 3, line: 9, col: 5 });
    expect(second.at([])).toBe(second.source);
    expect(second.at(['metadata', 'labels', 'x'])).toEqual({
      file: 'f.yaml',
      doc: 3,
      line: 14,
      col: 9,
    });
    expect(second.at(['spec', 'containers'])).toEqual({ file: 'f.yaml', doc: 3, line: 9, col: 5 });
  });

  it('places pretty-printed JSON List items', () => {
    const text = JSON.stringify(
      { kind: 'List', items: [{ kind: 'Pod' }, { kind: 'Pod', spec: { a: 'b' } }] },
      null,
      2,
    );
    const { value, positions: p } = positions(text, 0);
    const second = p.forObject(value.items[1] as object, ['items', 1]);
    expect(second.source).toMatchObject({ line: 7, col: 5 });
    expect(second.at(['spec', 'a'])).toMatchObject({ line: 10, col: 9 });
  });

  it('falls back to the whole document for items it cannot place by span', () => {
    const text = '{"kind": "List", "items": [{"kind": "Pod"}, {"kind": "Pod", "spec": {"a": 1}}]}';
    const { value, positions: p } = positions(text, 0);
    const second = p.forObject(value.items[1] as object, ['items', 1]);
    expect(second.source).toMatchObject({
      line: 1,
      col: text.indexOf('{"kind": "Pod", "spec"') + 1,
    });
    expect(second.at(['spec', 'a'])).toMatchObject({ line: 1, col: text.indexOf('"a"') + 1 });
  });

  it('places a document root at its first content', () => {
    const { value, positions: p } = positions('# Source: x\nkind: Pod\nspec:\n  a: 1\n', 0);
    const root = p.forObject(value as unknown as object, []);
    expect(root.source).toMatchObject({ line: 2, col: 1 });
    expect(root.at(['spec', 'a'])).toMatchObject({ line: 4, col: 3 });
  });
});
