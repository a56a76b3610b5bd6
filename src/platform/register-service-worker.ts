/**
 * Installs the offline cache (`sw.js`, built by scripts/service-worker/) so that the app opens
 * without a network after the first visit. Production builds only: in development the worker
 * would answer with cached files while Vite serves fresh modules. Failing to register (a browser
 * without service workers, a private window that refuses them) only costs the offline mode.
 *
 * @example
 * registerServiceWorker(); // in main.tsx, once
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Beside index.html, wherever that is served from: the worker's scope is that folder, and the
  // GitHub Pages sub-path never has to be known.
  const url = new URL(`${import.meta.env.BASE_URL}sw.js`, document.baseURI);
  const register = () => {
    navigator.serviceWorker
      // 'none': look for a new sw.js on every visit, not only when the HTTP cache lets go of it.
      .register(url, { updateViaCache: 'none' })
      .catch((error: unknown) => console.warn('reachmap: offline mode is unavailable:', error));
  };
  // Installing fetches every file of the build into the cache: not while the page is loading.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
