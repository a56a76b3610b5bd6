// Builds dist/sw.js: ./service-worker.js plus the list of this build's files. Plain JavaScript
// (typed in plugin.d.ts) so that vite.config.ts can import it with its real file name, as Vite's
// native config loader will require.
//
// Why not vite-plugin-pwa: it supports Vite 8, but it brings workbox-build (Babel, Rollup, terser
// and more) to produce what ~70 hand-written lines do here, and its generated worker is harder to
// read when checking what a visitor's browser keeps.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @typedef {import('./plugin.d.ts').BuiltFile} BuiltFile */
/** @typedef {import('./plugin.d.ts').PrecacheManifest} PrecacheManifest */

const TEMPLATE = new URL('./service-worker.js', import.meta.url);

/**
 * Files a visitor never needs offline: the preview image is read by link-preview crawlers, and
 * source maps only by developer tools.
 */
const NOT_PRECACHED = [/^sw\.js$/, /^social-preview\.png$/, /\.map$/];

/**
 * The string literal in service-worker.js that the build replaces with the manifest: a literal,
 * so the unbuilt file is still JavaScript that ESLint and Prettier can check.
 */
export const MANIFEST_PLACEHOLDER = "'__REACHMAP_PRECACHE__'";

/**
 * The precache list of one build. index.html is listed as `./`, the URL visitors open; the
 * version hashes every listed file's path and bytes.
 * @param {readonly BuiltFile[]} files
 * @param {string} assetsDir Vite's `build.assetsDir`, where every name carries a content hash.
 * @returns {PrecacheManifest}
 */
export function createPrecacheManifest(files, assetsDir) {
  const kept = files
    .filter((f) => !NOT_PRECACHED.some((pattern) => pattern.test(f.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = createHash('sha256');
  for (const file of kept) version.update(file.path).update('\0').update(file.content).update('\0');
  const assetsPrefix = `${assetsDir.replace(/^\/+|\/+$/g, '')}/`;
  /** @type {string[]} */
  const hashed = [];
  /** @type {string[]} */
  const fixed = [];
  for (const { path } of kept) {
    if (path.startsWith(assetsPrefix)) hashed.push(path);
    else fixed.push(path === 'index.html' ? './' : path);
  }
  return { version: version.digest('hex').slice(0, 16), hashed, fixed };
}

/**
 * The service worker's source with a build's manifest in place of the placeholder.
 * @param {string} template
 * @param {PrecacheManifest} manifest
 * @returns {string}
 */
export function renderServiceWorker(template, manifest) {
  const parts = template.split(MANIFEST_PLACEHOLDER);
  if (parts.length !== 2) {
    throw new Error(
      `service-worker.js must contain ${MANIFEST_PLACEHOLDER} once; found it ${parts.length - 1} times`,
    );
  }
  return `${parts[0]}${JSON.stringify(manifest)}${parts[1]}`;
}

/**
 * Every file under `dir`, by its `/`-separated path relative to `dir`.
 * @param {string} dir
 * @returns {BuiltFile[]}
 */
function readTree(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split(sep).join('/'), content: readFileSync(full) };
    });
}

/**
 * Emits `sw.js` into the build: the bundle, the module worker's chunks and the copied public
 * folder are its precache list.
 * @returns {import('vite').Plugin}
 */
export function serviceWorkerPlugin() {
  /** @type {import('vite').ResolvedConfig | undefined} */
  let config;
  return {
    name: 'reachmap:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite's own hooks have added index.html and the worker's chunks to the bundle.
      order: 'post',
      handler(_options, bundle) {
        if (!config)
          throw new Error('reachmap:service-worker: generateBundle before configResolved');
        const built = Object.values(bundle).map((file) => ({
          path: file.fileName,
          content: file.type === 'chunk' ? file.code : file.source,
        }));
        const { build, publicDir } = config;
        const copied = build.copyPublicDir && publicDir ? readTree(publicDir) : [];
        const manifest = createPrecacheManifest([...built, ...copied], build.assetsDir);
        this.emitFile({
          type: 'asset',
          fileName: 'sw.js',
          source: renderServiceWorker(readFileSync(TEMPLATE, 'utf8'), manifest),
        });
      },
    },
  };
}
