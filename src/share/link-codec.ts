import { Inflate, strFromU8, strToU8, zlibSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { formatBytes, MAX_LINK_CHARS } from './link-size';
import { canonicalWorkspace, checkWorkspace, type Workspace } from './workspace';

/*
 * A link's fragment is `v<version>.<payload>`. Version 1's payload is base64url (no padding) of a
 * zlib stream (RFC 1950: deflate plus an Adler-32 of the content) of the UTF-8 JSON of a Workspace.
 * Every part is a standard, so a v1 link can be read back by any zlib for as long as links are kept.
 * Decoders for old versions stay here forever; a change of the payload gets a new version.
 */

/** The version written now. */
export const LINK_VERSION = 1;

/**
 * More decompressed JSON than this is refused before it is built: a link under the 2 MiB URL limit
 * holds about 20 MB of YAML at the ~10:1 that manifests compress to, while deflate can expand
 * ~1000:1, so an unbounded inflate would let a hostile link exhaust the tab's memory.
 */
export const MAX_WORKSPACE_BYTES = 32 * 1024 * 1024;

// Small input steps bound how far one step of inflate can overshoot the limit (~1032:1 at most).
const INFLATE_STEP = 4096;

export type LinkErrorKind = 'damaged' | 'newer-version' | 'too-large';

export interface LinkError {
  kind: LinkErrorKind;
  /** What is wrong, for a message about a link, a file or stored data. */
  reason: string;
  /** The sentence to show when the link came from the address bar. */
  message: string;
}

export type LinkDecodeResult = { ok: true; workspace: Workspace } | { ok: false; error: LinkError };

/**
 * The workspace as a link fragment (without the `#`).
 *
 * @example
 * location.hash = encodeWorkspaceLink(workspace); // "#v1.eNrtWW1v2zYQ…"
 */
export function encodeWorkspaceLink(workspace: Workspace): string {
  const json = JSON.stringify(canonicalWorkspace(workspace));
  // The default level: 9 makes links ~1.5% shorter at 2.4× the time (32 vs 13 ms on the 500 KB
  // microservices dump), and the autosave runs this after every pause in typing.
  return `v${LINK_VERSION}.${toBase64Url(zlibSync(strToU8(json), { level: 6 }))}`;
}

/**
 * Reads a link fragment (with or without its `#`). Never throws: anything that is not a whole,
 * intact link of a known version is an error result with a sentence for the user. `maxBytes`
 * bounds the unpacked JSON.
 *
 * @example
 * const result = decodeWorkspaceLink(location.hash);
 * if (!result.ok) showBanner(result.error.message);
 */
export function decodeWorkspaceLink(
  fragment: string,
  { maxBytes = MAX_WORKSPACE_BYTES }: { maxBytes?: number } = {},
): LinkDecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_CHARS) {
    return failure(
      'too-large',
      `it is ${text.length.toLocaleString('en')} characters long, more than browsers keep in a URL`,
    );
  }
  const match = /^v([1-9]\d{0,5})\.([^]*)$/.exec(text);
  if (!match) return failure('damaged', 'it does not start with a format version such as "v1."');
  const version = Number(match[1]);
  if (version === 1) return decodeV1(match[2]!, maxBytes);
  return failure('newer-version', `link format v${version}; this version reads v${LINK_VERSION}`);
}

function decodeV1(payload: string, maxBytes: number): LinkDecodeResult {
  const bytes = fromBase64Url(payload);
  if (!bytes) {
    return failure('damaged', 'a character is wrong or missing in the compressed data');
  }
  const inflated = unzlib(bytes, maxBytes);
  if (typeof inflated === 'string') return failure('damaged', inflated);
  if (inflated === TOO_LARGE) {
    return failure(
      'too-large',
      `it unpacks to more than ${formatBytes(maxBytes)}, more than reachmap opens`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflated));
  } catch {
    return failure('damaged', 'its content is not JSON');
  }
  const check = checkWorkspace(value);
  if (!check.ok) return failure('damaged', `its content is not a workspace: ${check.problem}`);
  return { ok: true, workspace: check.workspace };
}

const TOO_LARGE = Symbol('too large');

/** The content of a zlib stream, or why it is not one: fflate checks neither the header nor the sum. */
function unzlib(bytes: Uint8Array, maxBytes: number): Uint8Array | string | typeof TOO_LARGE {
  if (bytes.length < 6) return 'the compressed data ends early';
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  // Deflate with a window of at most 32 KiB, a valid header check, and no preset dictionary.
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || flg & 32) {
    return 'the compressed data does not start as written';
  }
  const body = bytes.subarray(2, bytes.length - 4);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    for (let at = 0; ; at += INFLATE_STEP) {
      const last = at + INFLATE_STEP >= body.length;
      inflate.push(body.subarray(at, at + INFLATE_STEP), last);
      if (total > maxBytes) return TOO_LARGE;
      if (last) break;
    }
  } catch (e) {
    // fflate's errors carry a code; 0 is "unexpected EOF".
    const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
    return code === 0 ? 'the compressed data ends early' : 'the compressed data is corrupt';
  }
  const content = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    content.set(c, offset);
    offset += c.length;
  }
  const expected =
    ((bytes[bytes.length - 4]! << 24) |
      (bytes[bytes.length - 3]! << 16) |
      (bytes[bytes.length - 2]! << 8) |
      bytes[bytes.length - 1]!) >>>
    0;
  if (adler32(content) !== expected) return 'its checksum does not match its content';
  return content;
}

/**
 * Adler-32 (RFC 1950 §8.2).
 *
 * @example
 * adler32(new TextEncoder().encode('Wikipedia')) // 0x11e60398
 */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 is the largest run whose sums cannot overflow 2^32 before the modulo (zlib's NMAX).
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function failure(kind: LinkErrorKind, reason: string): LinkDecodeResult {
  const message =
    kind === 'newer-version'
      ? `This link was made by a newer version of reachmap (${reason}). Nothing was loaded.`
      : kind === 'too-large'
        ? `This link is too large to open (${reason}). Nothing was loaded.`
        : `This link is damaged or cut short (${reason}). Nothing was loaded.`;
  return { ok: false, error: { kind, reason, message } };
}
