import { describe, it, expect } from 'vitest';
import { skipToContent } from './skip-to-content';

describe('skipToContent', () => {
  it('skips whitespace, comments, a document marker and directives', () => {
    const text = '%YAML 1.2\n---  # c\n\n  # more\n  kind: Pod';
    expect(text.slice(skipToContent(text, 0))).toBe('kind: Pod');
  });

  it('does not skip a plain scalar starting with dashes', () => {
    expect(skipToContent('---x', 0)).toBe(0);
  });

  it('stops at the end of the text', () => {
    expect(skipToContent('  # only\n', 0)).toBe(9);
  });

  it('starts from the given offset', () => {
    expect(skipToContent('spec:\n  a: 1', 5)).toBe(8);
  });
});
