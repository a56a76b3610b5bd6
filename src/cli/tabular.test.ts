import { describe, it, expect } from 'vitest';
import { csvField, dotString, renderCsv, renderMarkdownTable, renderTextTable } from './tabular';

describe('renderTextTable', () => {
  it('pads columns to the widest cell and trims the last one', () => {
    expect(
      renderTextTable(
        ['FROM', 'TO'],
        [
          ['a', 'bbbbbb'],
          ['cccccc', 'd'],
        ],
      ),
    ).toBe('FROM    TO\na       bbbbbb\ncccccc  d\n');
  });

  it('prints only the header when there are no rows', () => {
    expect(renderTextTable(['A', 'B'], [])).toBe('A  B\n');
  });
});

describe('renderMarkdownTable', () => {
  it('writes a header, a delimiter row and escaped cells', () => {
    expect(renderMarkdownTable(['A', 'B'], [['x|y', 'z']])).toBe(
      '| A | B |\n| --- | --- |\n| x\\|y | z |\n',
    );
  });
});

describe('csv', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('renders a header and records', () => {
    expect(renderCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\n1,"x,y"\n');
  });
});

describe('dotString', () => {
  it('quotes and escapes quotes, backslashes and newlines', () => {
    expect(dotString('prod/api-0')).toBe('"prod/api-0"');
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });
});
