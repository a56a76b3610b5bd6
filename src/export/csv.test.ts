import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, parseCsv, renderCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('prod/Deployment/api')).toBe('prod/Deployment/api');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });
});

describe('renderCsv', () => {
  it('ends every record, the header included, in CRLF', () => {
    expect(renderCsv(['a', 'b'], [['x,y', '1']])).toBe('a,b\r\n"x,y",1\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n1,,3,\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['1', '', '3', ''],
    ]);
  });

  it('takes LF records and a missing final line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('refuses what RFC 4180 does not allow', () => {
    expect(() => parseCsv('"open')).toThrow(/unclosed/);
    expect(() => parseCsv('a"b,c')).toThrow(/unquoted/);
    expect(() => parseCsv('"a"b')).toThrow(/after a field/);
  });

  it('reads back whatever renderCsv wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(
              fc.array(field, { minLength: width, maxLength: width }),
              fc.array(fc.array(field, { minLength: width, maxLength: width })),
            ),
          ),
        ([header, rows]) => {
          expect(parseCsv(renderCsv(header, rows))).toEqual([header, ...rows]);
        },
      ),
    );
  });
});
