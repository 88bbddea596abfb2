// Service worker: keeps the app on this device so the second visit works with
// the network off. Build id and file list are filled in by scripts/make_site.sh.
'use strict';
const BUILD = '__KINERJA_BUILD_ID__';
const CACHE = `kinerja-${BUILD}`;
const FILES = __KINERJA_FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  const url = new URL(req.url);
  // The published snapshot changes without a new build: network first, cache
  // as fallback. Its absence is the normal case (the city has not placed one):
  // answered as 204 No Content, so the page falls back to the demo figures
  // without a failed request in its console.
  // The city's root key (kunci-kota.json) is placed the same way, over the
  // demo key this build ships; a missing one stays missing (the app refuses
  // to check anything without it).
  const publik = url.pathname.endsWith('/publik.json');
  if (publik || url.pathname.endsWith('/kunci-kota.json')) {
    event.respondWith((async () => {
      try {
        const res = await fetch(req);
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
          return res;
        }
        if (res.status === 404 && publik) return new Response(null, { status: 204 });
        return res;
      } catch {
        return (await caches.match(req)) || new Response(null, { status: 204 });
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(req, { ignoreSearch: true });
    if (cached) return cached;
    if (req.mode === 'navigate') {
      const index = await caches.match('./index.html');
      try { return await fetch(req); } catch { if (index) return index; throw new Error('offline'); }
    }
    return fetch(req);
  })());
});
