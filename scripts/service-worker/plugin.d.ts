import type { Plugin } from 'vite';

/** One file of the build, by its path relative to the output folder (`/`-separated). */
export interface BuiltFile {
  path: string;
  content: string | Uint8Array;
}

/** What dist/sw.js caches on install; paths relative to sw.js (the registration scope). */
export interface PrecacheManifest {
  /** Changes whenever a precached file changes, so each build gets its own cache. */
  version: string;
  /** Content-hashed names (Vite's `assets/`): a copy under the same name is the same bytes. */
  hashed: string[];
  /** Fixed names (index.html as `./`, public/): fetched past the HTTP cache on install. */
  fixed: string[];
}

/** The string literal in service-worker.js that the build replaces with the manifest. */
export const MANIFEST_PLACEHOLDER: string;

/**
 * The precache list of one build; sw.js, the social preview image and source maps are left out.
 *
 * @example
 * createPrecacheManifest([{ path: 'index.html', content: '<!doctype html>' }], 'assets');
 * // { version: '…16 hex digits', hashed: [], fixed: ['./'] }
 */
export function createPrecacheManifest(
  files: readonly BuiltFile[],
  assetsDir: string,
): PrecacheManifest;

/** The service worker's source with a build's manifest in place of the placeholder. */
export function renderServiceWorker(template: string, manifest: PrecacheManifest): string;

/** Emits `sw.js`, with this build's precache list, into the build. */
export function serviceWorkerPlugin(): Plugin;
