// The page around the canvas: loads the app, mounts IndexedDB storage before
// main() runs, and carries what GLFW in the browser lacks — high-DPI sizing,
// the system clipboard, the on-screen keyboard, hash routes, storage
// persistence and the offline cache. The C++ side reaches this file only
// through globalThis.kinerjaShell (called from web/platform_web.cpp).
'use strict';
(() => {
  // Without WebGL2 the app is never loaded (no Module): every hook below then does nothing.
  const appRunning = () => typeof Module !== 'undefined' && Module.calledRun;
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const canvas = $('canvas');
  const ime = $('ime');
  const overlay = $('loading');
  const loadingText = $('loading-text');
  const progress = $('loading-progress');

  // kinerja.ready settles once: { app: true } after the app's first frame, or
  // { app: false } at once on a page without WebGL2, where the app never
  // starts, and when it fails to load or stops before that frame (resolved,
  // not rejected: that page is a normal outcome, and an await on it must not
  // throw; the hooks below then answer "nothing").
  let resolveReady;
  let firstFrameMs = null;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  function showFatal(message) {
    resolveReady({ app: false });  // the app did not start (or stopped): the HTML figures are the page
    overlay.hidden = false;
    loadingText.textContent = message;
    progress.hidden = true;
  }

  function webgl2Available() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch { return false; }
  }

  // ---------------------------------------------------------------- storage
  // FS.syncfs(false) flushes /data to IndexedDB. Calls are coalesced: one sync
  // at a time, and one more if anything changed meanwhile.
  const sync = { running: false, again: false };
  const saveLog = [];  // when each sync to IndexedDB finished (benchmarks read it)
  let writer = true;  // decided by the Web Lock before main() runs
  const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel('kinerja-samarinda') : null;
  function syncToIndexedDB() {
    // A read-only tab never writes: its copy may be older than the writer's,
    // and a sync would replace the writer's files with it.
    if (!writer) {
      Module.ccall('kinerja_on_saved', null, ['number', 'string'], [0, 'read-only tab']);
      return;
    }
    if (sync.running) { sync.again = true; return; }
    sync.running = true;
    const started = performance.now();
    Module.FS.syncfs(false, (err) => {
      sync.running = false;
      // The name carries the reason that matters (QuotaExceededError).
      const message = err ? `${err.name || 'Error'}: ${err.message || err}` : '';
      Module.ccall('kinerja_on_saved', null, ['number', 'string'], [err ? 0 : 1, message]);
      if (!err && channel) channel.postMessage('saved');
      saveLog.push({ started, at: performance.now(), ok: !err });
      if (saveLog.length > 100) saveLog.shift();
      if (sync.again) { sync.again = false; syncToIndexedDB(); }
    });
  }

  function requestPersistentStorage() {
    if (!navigator.storage || !navigator.storage.persist) {
      Module.ccall('kinerja_on_persist_answer', null, ['number'], [0]);
      return;
    }
    navigator.storage.persist()
      .then((granted) => Module.ccall('kinerja_on_persist_answer', null, ['number'], [granted ? 1 : 0]))
      .catch(() => Module.ccall('kinerja_on_persist_answer', null, ['number'], [0]));
  }

  // ---------------------------------------------------------------- one writer
  // Exactly one tab writes (Web Locks). The others are read-only, follow the
  // writer's saves, and the first in line takes over when the writer closes.
  function decideWriter(done) {
    if (!navigator.locks) { writer = true; done(); return; }
    navigator.locks.request('kinerja-writer', { ifAvailable: true }, (lock) => {
      if (lock) {
        writer = true;
        done();
        return new Promise(() => {});  // held until this tab closes
      }
      writer = false;
      done();
      navigator.locks.request('kinerja-writer', () => new Promise(() => {
        // The writer is gone: take the newest data from IndexedDB, then write.
        Module.FS.syncfs(true, () => {
          writer = true;
          if (appRunning()) Module._kinerja_set_writer(1);
        });
      }));
      return undefined;
    });
  }
  if (channel) {
    channel.onmessage = () => {
      if (writer || !appRunning()) return;
      Module.FS.syncfs(true, (err) => { if (!err) Module._kinerja_reload_data(); });
    };
  }

  // ---------------------------------------------------------------- device keys ("Kunci saya")
  // Each person's Ed25519 key pair, made by the browser's WebCrypto with the
  // private half non-extractable: it is kept in its own IndexedDB database as
  // a CryptoKey (never as bytes), never written into /data and never into a
  // file. The app knows only the public halves (/kunci-perangkat.json before
  // main) and asks for signatures, which come back through kinerja_signed.
  const KEY_DB = 'kinerja-kunci';
  function keyStore(mode) {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(KEY_DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('keys', { keyPath: 'identity' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result.transaction('keys', mode).objectStore('keys'));
    });
  }
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const toHex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  async function deviceKeys() {
    try { return await request((await keyStore('readonly')).getAll()); } catch { return []; }
  }
  async function createKey(identity) {
    let error = '';
    let publicHex = '';
    try {
      const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
      publicHex = toHex(await crypto.subtle.exportKey('raw', pair.publicKey));
      const created = new Date().toISOString();
      await request((await keyStore('readwrite')).put({ identity, privateKey: pair.privateKey, publicKey: publicHex, created }));
    } catch (err) {
      error = `${err && err.name ? err.name : 'Error'}: ${err && err.message ? err.message : err}`;
    }
    Module.ccall('kinerja_key_created', null, ['string', 'string', 'string'], [identity, publicHex, error]);
  }
  async function sign(identity, payload, id) {
    let sig = null;
    try {
      const entry = await request((await keyStore('readonly')).get(identity));
      if (entry) sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, entry.privateKey, payload));
    } catch (err) {
      console.warn('sign:', err);
    }
    const ptr = Module._malloc(64);
    if (sig) Module.HEAPU8.set(sig, ptr);
    Module._kinerja_signed(id, sig ? ptr : 0, sig ? sig.length : 0);
    Module._free(ptr);
  }

  // ---------------------------------------------------------------- files in and out
  // gzip in the browser's own streams: a ".json.gz" the app names is written
  // compressed (the canonical JSON inside), and a compressed file is read
  // whatever its name (it starts with 1f 8b).
  const gzipped = (bytes) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const through = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  async function download(name, bytes, mime) {
    if (name.endsWith('.gz')) {
      if (typeof CompressionStream === 'function') bytes = await through(bytes, new CompressionStream('gzip'));
      else { name = name.slice(0, -3); mime = 'application/json'; }  // an old browser: the plain file
    }
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  const importProgressLog = [];  // the bar's values during the last import (tests read it)
  const MAX_IMPORT_BYTES = 100e6;  // the core refuses more; such a file is never read
  async function importFiles(files) {
    if (!appRunning() || !files || !files.length) return;
    overlay.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    Module._kinerja_import_begin();
    let i = 0;
    for (const file of files) {
      loadingText.textContent = `Membaca berkas ${file.name}… / Reading ${file.name}…`;
      if (file.size > MAX_IMPORT_BYTES) {
        Module.ccall('kinerja_import_file_refused', null, ['string', 'number', 'number'], [file.name, 1, file.size]);
      } else {
        let bytes = new Uint8Array(await file.arrayBuffer());
        let name = file.name;
        let refused = 0;  // 1: too big once inflated, 2: damaged compression (told to the app, which says so)
        if (gzipped(bytes)) {
          loadingText.textContent = `Membuka kompresi ${file.name}… / Decompressing ${file.name}…`;
          try {
            bytes = await through(bytes, new DecompressionStream('gzip'));
            name = name.replace(/\.gz$/i, '');
          } catch {
            refused = 2;
          }
        }
        if (!refused && bytes.length > MAX_IMPORT_BYTES) refused = 1;
        if (refused) {
          Module.ccall('kinerja_import_file_refused', null, ['string', 'number', 'number'], [file.name, refused, bytes.length]);
        } else {
          // Written once, into the string the app keeps (no copy of 90 MB inside).
          const ptr = Module.ccall('kinerja_import_file_room', 'number', ['string', 'number'], [name, bytes.length]);
          Module.HEAPU8.set(bytes, ptr);
        }
      }
      progress.value = Math.round((++i / files.length) * 20);  // reading the files: the first fifth
    }
    // Reading and checking a city's quarter takes seconds: one step at a time,
    // with the bar and the words drawn between steps.
    const phaseText = [
      'Membaca isi berkas… / Reading the files…',
      'Memeriksa tanda tangan… / Checking the signatures…',
      'Membandingkan dengan data tersimpan… / Comparing with the stored data…',
    ];
    // two frames: the bar and the words are on screen before the next step holds the page
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    importProgressLog.length = 0;
    loadingText.textContent = phaseText[0];
    await nextFrame();
    Module._kinerja_import_end();
    for (;;) {
      const done = Module._kinerja_import_step();
      const value = 20 + (done / 1000) * 80;
      importProgressLog.push(value);
      if (done >= 1000) break;
      progress.value = value;
      loadingText.textContent = phaseText[Module._kinerja_import_phase()] || phaseText[0];
      await nextFrame();
    }
    overlay.hidden = true;
  }
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.multiple = true;
  picker.accept = '.json,application/json,.gz,application/gzip,.csv,text/csv';
  picker.hidden = true;
  picker.addEventListener('change', () => { importFiles([...picker.files]); picker.value = ''; });
  document.body.appendChild(picker);
  function openFilePicker() { picker.click(); }

  // A whole HTML document (the official evaluation form) in a new tab, to read
  // and print; a download when the browser blocks new tabs.
  function openDocument(name, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: 'text/html;charset=utf-8' }));
    const win = window.open(url, '_blank');
    if (!win) download(name, bytes, 'text/html;charset=utf-8');
    setTimeout(() => URL.revokeObjectURL(url), 600000);
  }
  function requestFullscreen() {
    const el = document.documentElement;
    if (!document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => {});
  }

  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dropping'); });
  document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dropping');
    importFiles([...(e.dataTransfer ? e.dataTransfer.files : [])]);
  });

  window.addEventListener('beforeunload', (e) => {
    if (appRunning() && Module._kinerja_has_unexported()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // ---------------------------------------------------------------- clipboard
  function copyText(text) {
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch { /* nothing more to try */ }
      area.remove();
      canvas.focus();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  }

  // A link to a page of this site: the address without its query (test
  // switches) and with the page's own hash.
  function pageLink(hash) {
    const url = new URL(location.href);
    url.search = '';
    url.hash = hash;
    return url.toString();
  }
  // The phone's share sheet where there is one (WhatsApp, e-mail …), else the link copied.
  let lastShare = null;
  function shareLink(title, hash) {
    const url = pageLink(hash);
    lastShare = { title, url, via: 'copy' };
    if (navigator.share) {
      lastShare.via = 'share';
      navigator.share({ title, url }).catch(() => {});
    } else {
      copyText(url);
    }
  }

  // A citizen's submission code as a message: the phone's share sheet
  // (WhatsApp, e-mail) where there is one, else copied to paste anywhere.
  function shareText(title, text) {
    lastShare = { title, text, via: 'copy' };
    if (navigator.share) {
      lastShare.via = 'share';
      navigator.share({ title, text }).catch(() => {});
    } else {
      copyText(text);
    }
  }

  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text || !appRunning()) return;
    e.preventDefault();
    Module.ccall('kinerja_paste', null, ['string'], [text]);
  });

  // ---------------------------------------------------------------- on-screen keyboard
  // A tap on a text field focuses a hidden input inside the same user gesture,
  // which is what makes phones show their keyboard. Its text goes to the app.
  let textInputActive = false;
  let lastKeyCode = 0;
  function setTextInputActive(active) {
    textInputActive = active;
    if (!active && document.activeElement === ime) { ime.blur(); canvas.focus(); }
  }
  // Touch: a finger that moves scrolls the content under it (as on any phone
  // page); one that lifts where it landed is a tap, given to the app as a
  // mouse click there. GLFW's own touch handling sees neither: it would turn
  // every swipe into a drag. (Registered before GLFW's listeners, so these run first.)
  const TAP_SLOP_CSS = 8;
  let touch = null;  // { x0, y0, x, y, scrolling }
  const mouseAt = (type, x, y) => canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, button: 0, buttons: type === 'mousedown' ? 1 : 0 }));
  canvas.addEventListener('touchstart', (e) => {
    e.stopImmediatePropagation();
    const t = e.changedTouches[0];
    if (!t || e.touches.length > 1) { touch = null; return; }
    touch = { x0: t.clientX, y0: t.clientY, x: t.clientX, y: t.clientY, scrolling: false };
    mouseAt('mousemove', t.clientX, t.clientY);  // the wheel goes to the window under the finger
  }, { capture: true, passive: true });
  canvas.addEventListener('touchmove', (e) => {
    e.stopImmediatePropagation();
    const t = e.changedTouches[0];
    if (!touch || !t) return;
    if (e.cancelable) e.preventDefault();
    if (!touch.scrolling && Math.hypot(t.clientX - touch.x0, t.clientY - touch.y0) > TAP_SLOP_CSS) touch.scrolling = true;
    if (touch.scrolling && appRunning()) Module._kinerja_touch_scroll(t.clientX - touch.x, t.clientY - touch.y);
    touch.x = t.clientX;
    touch.y = t.clientY;
  }, { capture: true, passive: false });
  canvas.addEventListener('touchcancel', (e) => { e.stopImmediatePropagation(); touch = null; }, { capture: true });
  canvas.addEventListener('touchend', (e) => {
    e.stopImmediatePropagation();
    // No emulated mouse events after a touch: their mousedown would take
    // focus from the keyboard input below.
    if (e.cancelable) e.preventDefault();
    const t = e.changedTouches[0];
    const was = touch;
    touch = null;
    if (!t || !was || was.scrolling || !appRunning()) return;
    mouseAt('mousemove', t.clientX, t.clientY);
    mouseAt('mousedown', t.clientX, t.clientY);
    requestAnimationFrame(() => mouseAt('mouseup', t.clientX, t.clientY));
    const r = canvas.getBoundingClientRect();
    if (Module._kinerja_is_text_field_at(t.clientX - r.left, t.clientY - r.top)) ime.focus({ preventScroll: true });
  }, { capture: true, passive: false });
  ime.addEventListener('keydown', (e) => { lastKeyCode = e.keyCode; });
  ime.addEventListener('keypress', (e) => e.stopPropagation());  // text comes through 'input' below
  ime.addEventListener('beforeinput', (e) => {
    if (e.inputType === 'deleteContentBackward' && lastKeyCode === 229) {
      Module._kinerja_key(8, 1);
      Module._kinerja_key(8, 0);
    }
  });
  ime.addEventListener('input', (e) => {
    if (e.data) Module.ccall('kinerja_text_input', null, ['string'], [e.data]);
    ime.value = '';
  });

  // ---------------------------------------------------------------- size and routes
  const cssWidth = () => Math.max(1, window.innerWidth);
  const cssHeight = () => Math.max(1, window.innerHeight);
  function resize() {
    if (appRunning()) Module._kinerja_resize(cssWidth(), cssHeight(), window.devicePixelRatio || 1);
  }
  window.addEventListener('resize', resize);
  (function watchPixelRatio() {
    const mq = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    mq.addEventListener('change', () => { resize(); watchPixelRatio(); }, { once: true });
  })();

  function setHash(route) { if (location.hash !== route) history.pushState(null, '', route); }
  function routeChanged() {
    // Without WebGL2 the app never loads (no Module): the HTML view follows the hash on its own.
    if (appRunning()) Module.ccall('kinerja_set_route', null, ['string'], [location.hash]);
  }
  window.addEventListener('hashchange', routeChanged);
  window.addEventListener('popstate', routeChanged);

  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showFatal('Tampilan grafis terhenti. Muat ulang halaman untuk melanjutkan — data Anda tetap tersimpan. / The display stopped; reload the page, your data is kept.');
  });

  // ---------------------------------------------------------------- the app
  globalThis.kinerjaShell = {
    testMode: params.get('test') === '1',
    syncToIndexedDB, requestPersistentStorage, copyText, shareLink, shareText, pageLink, setTextInputActive, setHash, createKey, sign,
    cssWidth, cssHeight, download, openFilePicker, openDocument, requestFullscreen,
    isWriter: () => writer,
    firstFrame() {
      firstFrameMs = performance.now();  // since navigation started
      performance.mark('kinerja:first-frame');  // with the marks above: where the time before it went
      overlay.hidden = true;
      resolveReady({ app: true });
    },
  };

  // What tests (and curious admins) can ask the running app.
  globalThis.kinerja = {
    ready,
    widgets: () => (appRunning() ? JSON.parse(Module.UTF8ToString(Module._kinerja_widgets_json())) : []),
    frames: () => (appRunning() ? Module._kinerja_frame_count() : 0),
    inputPending: () => (appRunning() ? Module._kinerja_input_pending() : 0),
    // True once every input has been used and the frames it asked for are drawn.
    settled: () => (appRunning() ? Module._kinerja_settled() === 1 : false),
    state: () => (appRunning() ? JSON.parse(Module.UTF8ToString(Module._kinerja_state_json())) : null),
    textInputActive: () => textInputActive,
    syncing: () => sync.running,
    saveLog: () => saveLog.slice(),
    importProgress: () => importProgressLog.slice(),
    // wasm memory never shrinks: its size is the peak the app has needed so far.
    heapBytes: () => (appRunning() ? Module.HEAPU8.length : 0),
    firstFrameMs: () => firstFrameMs,
    lastShare: () => lastShare,
    frameTimes: () => (appRunning() ? JSON.parse(Module.UTF8ToString(Module._kinerja_frame_times_json())) : { count: 0, ms: [] }),
    importFiles,
  };

  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').catch((err) => console.warn('service worker:', err));
  }

  if (!webgl2Available()) {
    document.body.classList.add('no-webgl');
    overlay.hidden = true;
    $('no-webgl').hidden = false;
    resolveReady({ app: false });
    return;
  }

  // Asked for now, while the app's code downloads and compiles, rather than
  // after: main() waits for both.
  const cityKeyEarly = fetch('kunci-kota.json', { cache: 'no-store' })
    .then((res) => (res.ok ? res.arrayBuffer() : null))
    .catch(() => null);
  const deviceKeysEarly = deviceKeys();

  let totalDeps = 0;
  globalThis.Module = {
    canvas,
    preRun: [() => {
      performance.mark('kinerja:wasm-ready');
      // IndexedDB is loaded into /data before main() so no screen ever reads stale or empty data.
      Module.FS.mkdir('/data');
      Module.FS.mount(Module.IDBFS || IDBFS, {}, '/data');
      Module.addRunDependency('kinerja-indexeddb');
      loadingText.textContent = 'Membuka data tersimpan…';
      Module.FS.syncfs(true, (err) => {
        if (err) console.warn('IndexedDB load failed, starting empty:', err);
        performance.mark('kinerja:indexeddb-read');
        decideWriter(() => { performance.mark('kinerja:writer-decided'); Module.removeRunDependency('kinerja-indexeddb'); });
      });
      // The public halves of this device's own keys: main() reads /kunci-perangkat.json.
      Module.addRunDependency('kinerja-kunci-perangkat');
      deviceKeysEarly.then((keys) => {
        const list = keys.map((k) => ({ identity: k.identity, public_key: k.publicKey, created: k.created }));
        Module.FS.writeFile('/kunci-perangkat.json', JSON.stringify(list));
        performance.mark('kinerja:device-keys');
        Module.removeRunDependency('kinerja-kunci-perangkat');
      });
      // The city's root key, beside index.html: main() reads /kunci-kota.json.
      // Without it the app runs but refuses every import (it can check nothing).
      Module.addRunDependency('kinerja-kunci-kota');
      cityKeyEarly.then((buf) => {
        if (buf) Module.FS.writeFile('/kunci-kota.json', new Uint8Array(buf));
        performance.mark('kinerja:city-key');
        Module.removeRunDependency('kinerja-kunci-kota');
      });
    }],
    setStatus(text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) progress.value = Math.round((Number(m[1]) / Number(m[2])) * 90);
      if (text) loadingText.textContent = 'Memuat aplikasi…';
    },
    monitorRunDependencies(left) {
      totalDeps = Math.max(totalDeps, left);
      if (totalDeps) progress.value = Math.max(progress.value, 90 + Math.round(((totalDeps - left) / totalDeps) * 10));
    },
    onRuntimeInitialized: () => performance.mark('kinerja:main'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showFatal(`Aplikasi berhenti: ${what}. Muat ulang halaman. / The app stopped; reload the page.`),
  };

  const script = document.createElement('script');
  script.src = 'kinerja.js';
  script.onerror = () => showFatal('Aplikasi tidak dapat dimuat. Periksa koneksi, lalu muat ulang. / The app could not be loaded.');
  document.body.appendChild(script);
})();
