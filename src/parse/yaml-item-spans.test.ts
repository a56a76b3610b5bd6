import { describe, it, expect } from 'vitest';
import { findYamlItems } from './yaml-item-spans';

/** The items' texts, and what follows the sequence. */
function items(text: string): { items: string[]; rest: string } | undefined {
  const layout = findYamlItems(text);
  if (!layout) return undefined;
  const { itemStarts, regionEnd } = layout;
  return {
    items: itemStarts.map((start, i) => text.slice(start, itemStarts[i + 1] ?? regionEnd)),
    rest: text.slice(regionEnd),
  };
}

describe('findYamlItems', () => {
  it('splits a kubectl List at its `- ` lines, up to the next root key', () => {
    const text =
      'apiVersion: v1\nitems:\n- kind: Pod\n  spec:\n    containers:\n    - name: a\n- kind: Service\nkind: List\nmetadata: {}\n';
    expect(items(text)).toEqual({
      items: ['- kind: Pod\n  spec:\n    containers:\n    - name: a\n', '- kind: Service\n'],
      rest: 'kind: List\nmetadata: {}\n',
    });
  });

  it('handles indented sequences, comments, blank lines, CRLF and block scalars', () => {
    const text =
      'items:   # all\r\n  # first\r\n  - a: |\r\n      - not an item\r\n\r\n# between\r\n  -\r\n    b: 1\r\nkind: List\r\n';
    expect(items(text)?.items).toEqual([
      '  - a: |\r\n      - not an item\r\n\r\n# between\r\n',
      '  -\r\n    b: 1\r\n',
    ]);
  });

  it('splits a document that is a sequence, to its end', () => {
    expect(items('---\n# c\n- a\n- b: [1]\n')).toEqual({
      items: ['- a\n', '- b: [1]\n'],
      rest: '',
    });
  });

  it('counts lines on the way', () => {
    const layout = findYamlItems('a: 1\nitems:\n- x\n\n- y\n');
    expect(layout?.lines).toEqual({ offsets: [0, 12, 17], lines: [0, 2, 4] });
  });

  it('declines other shapes', () => {
    for (const text of [
      'kind: Pod\n',
      'items: [a, b]\n',
      'items:\n  a: 1\n',
      'spec:\n  items:\n  - a\n',
      'items:\n  - a\n - b\n',
      '- a\nkind: List\n',
      // js-yaml reads the second `-` as an entry of the empty one's sequence.
      'items:\n- a:\n  -\n- b\n',
      'items:\n- - \n- b\n',
    ]) {
      expect(findYamlItems(text), text).toBeUndefined();
    }
  });
});
