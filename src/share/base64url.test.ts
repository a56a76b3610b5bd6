import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

describe('base64url', () => {
  it('agrees with RFC 4648 test vectors (URL alphabet, no padding)', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(toBase64Url(ascii(''))).toBe('');
    expect(toBase64Url(ascii('f'))).toBe('Zg');
    expect(toBase64Url(ascii('fo'))).toBe('Zm8');
    expect(toBase64Url(ascii('foo'))).toBe('Zm9v');
    expect(toBase64Url(ascii('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('matches Node’s encoder and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and altered final bits', () => {
    expect(fromBase64Url('Zm9v+A')).toBeUndefined();
    expect(fromBase64Url('Zm9v=')).toBeUndefined();
    expect(fromBase64Url('Zm9 v')).toBeUndefined();
    expect(fromBase64Url('Zm9vé')).toBeUndefined();
    expect(fromBase64Url('Zm9vY')).toBeUndefined(); // 5 characters: no encoder writes that
    expect(fromBase64Url('Zh')).toBeUndefined(); // "Zg" with a low bit set that "f" never has
    expect(fromBase64Url('Zg')).toEqual(new Uint8Array([102]));
  });
});
