// reachmap's offline cache, built into dist/sw.js by ./plugin.js. It runs in the browser, not in
// Node: it lives here because it is a build input, not a public file copied as is.
//
// Cache-first for the files of one build, nothing else: every other request goes to the network
// untouched. A new build gives a new sw.js (the manifest below holds a hash of every file), which
// the browser installs beside the old one; it takes over once no tab runs the old version, so a
// page never mixes files of two builds (its lazily loaded chunks stay in the old cache until then).

/** @type {{ version: string, hashed: string[], fixed: string[] }} */
const PRECACHE = '__REACHMAP_PRECACHE__';

// Everything is resolved against the registration scope (the folder sw.js is in), so the same file
// works at the root of a host and under a GitHub Pages sub-path.
const scope = self.registration.scope;
// Cache Storage is shared by the whole origin: every project site of one GitHub user lives on
// <user>.github.io. Naming caches by scope keeps this one from deleting another site's caches.
const CACHE_PREFIX = `reachmap ${scope} `;
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const SHELL = new URL('./', scope).href;
const SHELL_ALIASES = new Set([SHELL, new URL('index.html', scope).href]);
const PRECACHED = new Set(
  [...PRECACHE.hashed, ...PRECACHE.fixed].map((p) => new URL(p, scope).href),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([
        // A content-hashed file in the HTTP cache is the right bytes: no need to download it again.
        ...PRECACHE.hashed.map((p) => new Request(new URL(p, scope))),
        // index.html and public files keep their names across deploys; GitHub Pages lets the HTTP
        // cache keep them for 10 minutes, which could pair an old index.html with new assets.
        ...PRECACHE.fixed.map((p) => new Request(new URL(p, scope), { cache: 'no-cache' })),
      ]),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const stale = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(stale.map((name) => caches.delete(name)));
      // The first visit's page was loaded from the network with this very build: take it over so
      // that it works offline without a second visit.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  let key = url.href;
  if (request.mode === 'navigate') {
    url.search = '';
    if (SHELL_ALIASES.has(url.href)) key = SHELL;
  }
  if (!PRECACHED.has(key)) return;
  event.respondWith(
    // Evicted under storage pressure or cleared by the user: the network still has it (online).
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});
