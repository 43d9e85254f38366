// The service worker: written into each build by scripts/post-build.mjs,
// which fills in the build's files and a version made from their contents.
// Each version keeps its own cache, so a page never mixes files of two
// builds; a new version waits until the page asks it to take over.
const VERSION = '__VERSION__';
const FILES = [/* __FILES__ */];
// Files only some users need (the public institution's questions): kept
// when first fetched, never downloaded ahead onto a volunteer's phone.
// Their names carry their contents' hash, so a copy an older version kept
// is the same file: a new version takes it along and stays offline-ready.
const LATER = [/* __LATER__ */];
const CACHE = `katilim-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    await cache.addAll(FILES);
    for (const url of LATER) {
      const kept = await caches.match(url);
      if (kept) await cache.put(url, kept);
    }
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('katilim-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page's "update now" button.
self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

// A later file being kept, by its path: two requests at once (two of the
// scanner's workers loading) keep it once, the second if the first fails.
const keeping = new Map();

/**
 * Keeps a later file whole or not at all: the body is read to its end
 * before it is put, so a download cut off (the page reloaded, the network
 * went) never replaces the copy already kept. Seen in the offline scan
 * test: a second worker's cut-off copy of the decoder's wasm left the
 * cache without it.
 */
function keep(cache, key, response) {
  const put = () => response.arrayBuffer()
    .then((body) => cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })))
    .then(() => true, () => false);
  // While another copy is on its way, this one is kept only if that one
  // was cut off.
  const before = keeping.get(key);
  const done = (before ? before.then((kept) => kept || put()) : put());
  keeping.set(key, done);
  done.then(() => { if (keeping.get(key) === done) keeping.delete(key); });
  return done;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Every route of the app is the same page.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key);
      if (cached) return cached;
      const response = await fetch(request);
      if (LATER.includes(key) && response.ok) event.waitUntil(keep(cache, key, response.clone()));
      return response;
    }),
  );
});
