import { describe, expect, it } from 'vitest';
import { markdownTable, markdownText } from './markdown-table';

describe('markdownText', () => {
  it('escapes what would end the cell, escape the next character or open HTML', () => {
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('a\\b')).toBe('a\\\\b');
    expect(markdownText('<script>')).toBe('&lt;script>');
    expect(markdownText('two\r\nlines')).toBe('two lines');
  });
});

describe('markdownTable', () => {
  it('writes a header, a delimiter row and one row per line, lines of a cell joined by <br>', () => {
    expect(markdownTable(['A', 'B'], [['x|y', ['1', '2']]])).toBe(
      '| A | B |\n| --- | --- |\n| x\\|y | 1<br>2 |\n',
    );
  });

  it('has the header and delimiter only when there are no rows', () => {
    expect(markdownTable(['A'], [])).toBe('| A |\n| --- |\n');
  });
});
