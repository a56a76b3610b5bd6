// RFC 4648 §5, without padding. Written out because the core has neither btoa (DOM) nor Buffer
// (Node), and because decoding must reject, not skip, characters a damaged link may contain.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * Bytes as URL-safe base64 (`-` and `_`, no `=`): nothing in it needs escaping in a URL.
 *
 * @example
 * toBase64Url(new Uint8Array([251, 255])) // "-_8"
 */
export function toBase64Url(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      ALPHABET[n >>> 18]! +
      ALPHABET[(n >>> 12) & 63]! +
      ALPHABET[(n >>> 6) & 63]! +
      ALPHABET[n & 63]!;
    // Joining chunks keeps a megabyte of output from becoming one deep rope of tiny strings.
    if (out.length >= 8192) {
      chunks.push(out);
      out = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
  }
  chunks.push(out);
  return chunks.join('');
}

/**
 * The bytes of URL-safe base64, or undefined when the text has a character outside the alphabet or
 * a length no encoder produces (a link cut at the wrong place).
 *
 * @example
 * fromBase64Url('-_8') // Uint8Array [251, 255]
 * fromBase64Url('a+b') // undefined
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >>> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, as an encoder leaves them; otherwise the last character was altered.
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}
