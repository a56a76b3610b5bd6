import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url';
import {
  adler32,
  decodeWorkspaceLink,
  encodeWorkspaceLink,
  MAX_WORKSPACE_BYTES,
} from './link-codec';
import { sampleWorkspace, workspaceArbitrary } from './test-workspaces';
import type { Workspace } from './workspace';

/** A v1 link around any JSON text, to reach the decoder's checks past the compression. */
const linkOf = (json: string) => `v1.${toBase64Url(zlibSync(strToU8(json)))}`;

const errorOf = (fragment: string, maxBytes?: number) => {
  const result = decodeWorkspaceLink(fragment, maxBytes === undefined ? {} : { maxBytes });
  if (result.ok) throw new Error(`decoded ${fragment.slice(0, 40)}…`);
  return result.error;
};

describe('encodeWorkspaceLink / decodeWorkspaceLink', () => {
  it('gives back exactly the workspace it was given, unicode and all', () => {
    fc.assert(
      fc.property(workspaceArbitrary, (w) => {
        const link = encodeWorkspaceLink(w);
        expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
        expect(decodeWorkspaceLink(link)).toStrictEqual({ ok: true, workspace: w });
        expect(decodeWorkspaceLink(`#${link}`)).toStrictEqual({ ok: true, workspace: w });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the fields of a Workspace and nothing else (no ids, no extra state)', () => {
    const w = sampleWorkspace();
    const withExtras = { ...w, theme: 'dark', files: w.files.map((f) => ({ id: 'f9', ...f })) };
    expect(encodeWorkspaceLink(withExtras as Workspace)).toBe(encodeWorkspaceLink(w));
  });
});

describe('a damaged link', () => {
  it('never throws, and a cut-short link is always refused', () => {
    fc.assert(
      fc.property(workspaceArbitrary, fc.nat(), (w, at) => {
        const link = encodeWorkspaceLink(w);
        const cut = link.slice(0, at % link.length);
        const error = errorOf(cut);
        expect(error.kind).toBe('damaged');
        expect(error.message).toMatch(
          /^This link is damaged or cut short \(.+\)\. Nothing was loaded\.$/,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when characters are changed, added or removed, and never opens a different workspace', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/% #';
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      at: fc.nat(),
      char: fc.constantFrom(...alphabet),
    });
    fc.assert(
      fc.property(
        workspaceArbitrary,
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (w, edits) => {
          let link = encodeWorkspaceLink(w);
          for (const e of edits) {
            const i = e.at % (link.length + 1);
            if (e.kind === 'replace') link = link.slice(0, i) + e.char + link.slice(i + 1);
            else if (e.kind === 'insert') link = link.slice(0, i) + e.char + link.slice(i);
            else link = link.slice(0, i) + link.slice(i + 1);
          }
          const result = decodeWorkspaceLink(link);
          // An edit can leave the content intact (padding bits deflate ignores): that is no damage.
          if (result.ok) expect(result.workspace).toStrictEqual(w);
          else expect(result.error.message).toMatch(/Nothing was loaded\.$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(decodeWorkspaceLink(text).ok).toBe(false);
        expect(decodeWorkspaceLink(`v1.${text}`).ok).toBe(false);
      }),
    );
  });

  it('says what is wrong', () => {
    const link = encodeWorkspaceLink(sampleWorkspace());
    expect(errorOf('').reason).toBe('it does not start with a format version such as "v1."');
    expect(errorOf('#hello').kind).toBe('damaged');
    expect(errorOf('v1.').reason).toBe('the compressed data ends early');
    expect(errorOf(link.slice(0, -1)).kind).toBe('damaged');
    expect(errorOf(`${link.slice(0, 3)}!${link.slice(4)}`).reason).toBe(
      'a character is wrong or missing in the compressed data',
    );
    // The deflate stream, its checksum: a zlib with the last four bytes of another.
    const other = encodeWorkspaceLink({ ...sampleWorkspace(), showDenied: true });
    expect(errorOf(`${link.slice(0, -6)}${other.slice(-6)}`).kind).toBe('damaged');
    expect(errorOf(linkOf('{"files": [')).reason).toBe('its content is not JSON');
    expect(errorOf(linkOf('{"files": []}')).reason).toBe(
      'its content is not a workspace: tab is not one of graph, matrix, exposure',
    );
    expect(errorOf(`v1.${toBase64Url(strToU8('not zlib at all'))}`).reason).toBe(
      'the compressed data does not start as written',
    );
  });

  it('tells a link from a newer release apart from a damaged one', () => {
    const error = errorOf('v2.eNqrVkrLzClJLVKyUlAqS8wpTVWqBQA');
    expect(error.kind).toBe('newer-version');
    expect(error.message).toBe(
      'This link was made by a newer version of reachmap (link format v2; this version reads v1). Nothing was loaded.',
    );
    expect(errorOf('v0.abc').kind).toBe('damaged');
    expect(errorOf('v01.abc').kind).toBe('damaged');
  });

  it('refuses a link that unpacks to more than it may (a decompression bomb) before building it', () => {
    expect(MAX_WORKSPACE_BYTES).toBe(32 * 1024 * 1024);
    const maxBytes = 100_000;
    const bomb = `v1.${toBase64Url(deflateSync(new Uint8Array(maxBytes * 10).fill(32)))}`;
    expect(bomb.length).toBeLessThan(2_000);
    const error = errorOf(bomb, maxBytes);
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(
      'This link is too large to open (it unpacks to more than 100 KB, more than reachmap opens). Nothing was loaded.',
    );
    const fits = encodeWorkspaceLink(sampleWorkspace());
    expect(decodeWorkspaceLink(fits, { maxBytes: 1_000 }).ok).toBe(true);
    expect(errorOf(fits, 100).kind).toBe('too-large');
    expect(errorOf(`v1.${'A'.repeat(2 * 1024 * 1024)}`).kind).toBe('too-large');
  });
});

describe('links written by earlier releases', () => {
  // Written once by v1 (production.yaml, an edge of api-server selected, every field set) and never
  // regenerated: every later release must open it to this same workspace.
  const fixture = (name: string) =>
    readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

  it('opens the v1 link to its workspace', () => {
    const result = decodeWorkspaceLink(fixture('v1-link.txt').trim());
    expect(result).toStrictEqual({
      ok: true,
      workspace: JSON.parse(fixture('v1-workspace.json')) as Workspace,
    });
    if (!result.ok) return;
    expect(result.workspace.files.map((f) => f.name)).toEqual([
      'production.yaml',
      'notes — ünïcødé ✓.yaml',
    ]);
    expect(result.workspace.files[0]!.text).toContain('name: api-server-ingress');
    expect(result.workspace.selection).toEqual({
      kind: 'edge',
      id: 'denied:wl:monitoring/Deployment/prometheus->wl:production/Deployment/api-server',
    });
    expect(result.workspace.focusNode).toBe('wl:production/Deployment/api-server');
  });
});

describe('adler32', () => {
  it('matches the reference value', () => {
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    // Long enough to need the modulo inside the loop; zlib's own sum is the stream's last 4 bytes.
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(adler32(bytes)).toBe(deflateSync(bytes).readUInt32BE(deflateSync(bytes).length - 4));
  });
});
