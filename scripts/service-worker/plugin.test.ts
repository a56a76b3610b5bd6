import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrecacheManifest, MANIFEST_PLACEHOLDER, renderServiceWorker } from './plugin.js';

const BUILD = [
  { path: 'index.html', content: '<!doctype html><script src="./assets/index-abc123.js">' },
  { path: 'assets/index-abc123.js', content: 'console.log(1)' },
  { path: 'assets/analyze.worker-def456.js', content: 'self.onmessage = null' },
  { path: 'assets/index-abc123.js.map', content: '{}' },
  { path: 'favicon.svg', content: '<svg/>' },
  { path: 'samples/production.yaml', content: new TextEncoder().encode('kind: Pod\n') },
  { path: 'social-preview.png', content: new Uint8Array([137, 80, 78, 71]) },
  { path: 'sw.js', content: '// an older sw.js' },
];

describe('createPrecacheManifest', () => {
  it('lists hashed assets apart from fixed names, index.html as ./', () => {
    const manifest = createPrecacheManifest(BUILD, 'assets');
    expect(manifest.hashed).toEqual(['assets/analyze.worker-def456.js', 'assets/index-abc123.js']);
    expect(manifest.fixed).toEqual(['favicon.svg', './', 'samples/production.yaml']);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('leaves out what no visitor needs offline: source maps, the preview image, itself', () => {
    const { hashed, fixed } = createPrecacheManifest(BUILD, 'assets');
    expect([...hashed, ...fixed].filter((p) => /\.map$|\.png$|sw\.js$/.test(p))).toEqual([]);
  });

  it('gives a new version when a file changes, and the same one for the same files', () => {
    const version = createPrecacheManifest(BUILD, 'assets').version;
    expect(createPrecacheManifest([...BUILD].reverse(), 'assets').version).toBe(version);
    const edited = BUILD.map((f) =>
      f.path === 'samples/production.yaml' ? { ...f, content: 'kind: Service\n' } : f,
    );
    expect(createPrecacheManifest(edited, 'assets').version).not.toBe(version);
  });

  it('does not let the left-out files change the version', () => {
    const version = createPrecacheManifest(BUILD, 'assets').version;
    const other = BUILD.map((f) => (f.path === 'sw.js' ? { ...f, content: '// newer' } : f));
    expect(createPrecacheManifest(other, 'assets').version).toBe(version);
  });

  it('follows a configured assets folder', () => {
    const files = [{ path: 'static/app-1a2b.js', content: '' }];
    expect(createPrecacheManifest(files, '/static/').hashed).toEqual(['static/app-1a2b.js']);
  });
});

describe('renderServiceWorker', () => {
  const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');

  it('puts the manifest into the service worker as a literal', () => {
    const manifest = { version: '0123456789abcdef', hashed: ['assets/a-1.js'], fixed: ['./'] };
    const source = renderServiceWorker(template, manifest);
    expect(source).not.toContain(MANIFEST_PLACEHOLDER);
    expect(source).toContain(`const PRECACHE = ${JSON.stringify(manifest)};`);
  });

  it('refuses a template without exactly one placeholder', () => {
    const manifest = { version: '0', hashed: [], fixed: [] };
    expect(() => renderServiceWorker('const PRECACHE = {};', manifest)).toThrow(/once/);
  });
});
