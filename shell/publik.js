// The public figures for everyone: fetches publik.json from this site's own
// origin (placed there by the city after an admin approved a snapshot), or
// the demo city's publik-demo.json when there is none.
// Figures are shown only from a file BKPSDM signed: kinerja-periksa.wasm (the
// core's check, web/publik_check) verifies the signature under the city's
// root key, kunci-kota.json beside this page. A tampered, unsigned or
// unreadable publik.json shows a warning and no figures at all.
// (a) writes the figures as accessible HTML tables into #publik-html —
//     for screen readers, search engines and browsers without WebGL;
// (b) hands the bytes to the app (kinerja_set_publik) once it runs, where the
//     core checks them again and the Publik screen draws them.
// The file comes from a server: its text is only ever set as textContent.
'use strict';
(() => {
  const root = document.getElementById('publik-html');
  if (!root) return;

  const DASH = '\u2014';
  const count = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
  const dec1 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dec2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
    'Oktober', 'November', 'Desember'];
  // Column order of the lampiran, best first as on the canvas.
  const PREDIKAT = [['sangat-baik', 'Sangat Baik'], ['baik', 'Baik'], ['butuh-perbaikan', 'Butuh Perbaikan'],
    ['kurang', 'Kurang/Misconduct'], ['sangat-kurang', 'Sangat Kurang']];

  const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
  const fmtCount = (v) => (isNum(v) ? count.format(v) : DASH);
  const fmtPercent = (v) => (isNum(v) ? `${dec1.format(v)}%` : DASH);
  const fmtDec2 = (v) => (isNum(v) ? dec2.format(v) : DASH);
  function fmtDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof iso === 'string' ? iso : '');
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return typeof iso === 'string' ? iso : '';
    return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  }

  // An element with text content and attributes; children appended as given.
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  }
  // A cell: "—" for a suppressed (null) figure, marked so tests and styles can find it.
  function cell(tag, text, suppressed, attrs, why) {
    const c = el(tag, text, attrs);
    c.setAttribute('role', 'cell');
    if (suppressed) {
      c.classList.add('suppressed');
      c.setAttribute('title', why || 'disembunyikan: kelompok terlalu kecil');
      if (why) c.setAttribute('aria-label', `${DASH}, ${why}`);
    }
    return c;
  }

  async function fetchBytes(name, init) {
    try {
      const res = await fetch(name, init);
      // 204: the service worker saying "there is no publik.json" (sw.js).
      if (!res.ok || res.status === 204) return { status: res.status };
      return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
    } catch (err) {
      return { status: 0, failure: String(err && err.message ? err.message : err) };
    }
  }

  // The signature check, in the core compiled on its own (no WebGL needed).
  let checker = null;
  function loadChecker() {
    if (!checker) {
      checker = new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = 'kinerja-periksa.js';
        s.onload = () => globalThis.KinerjaPeriksa().then(resolve, reject);
        s.onerror = () => reject(new Error('kinerja-periksa.js tidak dapat dimuat'));
        document.head.appendChild(s);
      });
    }
    return checker;
  }
  // The core's verdict: {ok, signer, signed, ...} or {ok: false, file, pointer, message_id}.
  async function verify(bytes, kunci) {
    try {
      const m = await loadChecker();
      const put = (b) => { const p = m._malloc(Math.max(1, b.length)); m.HEAPU8.set(b, p); return p; };
      const a = put(bytes), k = put(kunci);
      const out = JSON.parse(m.UTF8ToString(m._kinerja_periksa_publik(a, bytes.length, k, kunci.length)));
      m._free(a);
      m._free(k);
      return out;
    } catch (err) {
      return { ok: false, file: 'publik.json', pointer: '/', message_id: `pemeriksa tanda tangan gagal (${err.message || err})` };
    }
  }
  const refusal = (v) => `${v.file}${v.pointer && v.pointer !== '/' ? ` ${v.pointer}` : ''}: ${v.message_id}`;

  // A first look (the core checks everything again): valid UTF-8 JSON of the right format.
  function parse(bytes) {
    let data;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (err) {
      return { error: `bukan JSON yang sah (${err.message})` };
    }
    if (!data || typeof data !== 'object' || data.format !== 'kinerja-samarinda/publik' || !Array.isArray(data.periods))
      return { error: 'bukan berkas angka publik Kinerja Samarinda (format "kinerja-samarinda/publik")' };
    return { data };
  }

  const hasValue = (row, keys) => !!row && keys.some((k) => isNum(row[k]));
  function periodHasFigures(p) {
    const rowKeys = ['pegawai', 'persen_tepat_waktu', 'median_capaian'];
    const predikatKnown = (row) => !!row && row.predikat && PREDIKAT.some(([k]) => isNum(row.predikat[k]));
    const layananKeys = ['responden', 'ikm', 'pengaduan', 'median_hari_tanggapan', 'median_hari_selesai',
      'persen_belum_ditanggapi', 'persen_belum_selesai'];
    return hasValue(p.kota, rowKeys) || predikatKnown(p.kota) || isNum(p.responden_kota) || isNum(p.pengaduan_kota) ||
      (p.units || []).some((u) => hasValue(u, rowKeys) || predikatKnown(u)) ||
      (p.layanan || []).some((l) => hasValue(l, layananKeys));
  }

  // Explicit roles keep the table a table for screen readers when the phone
  // layout (style.css) shows each row as a card; each cell carries its
  // column's name for that layout.
  function finishTable(t) {
    t.setAttribute('role', 'table');
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent);
    for (const g of t.querySelectorAll('thead, tbody')) g.setAttribute('role', 'rowgroup');
    for (const tr of t.querySelectorAll('tr')) tr.setAttribute('role', 'row');
    for (const th of t.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
    for (const tr of t.querySelectorAll('tbody tr'))
      [...tr.children].forEach((c, i) => { if (c.tagName === 'TD') c.dataset.label = heads[i] || ''; });
    return t;
  }

  // A unit's own page (#/publik/<unit id>), as in the app; "" for the whole city.
  function unitFromHash() {
    const m = /^#\/publik\/([A-Za-z0-9._-]{1,64})$/.exec(location.hash);
    return m ? m[1] : '';
  }
  // The top-level unit a unit belongs to (its own id when it has no known parent).
  function topOf(d, id) {
    const parent = new Map();
    for (const u of Array.isArray(d.units) ? d.units : []) if (u && typeof u.id === 'string') parent.set(u.id, u.parent_id);
    const seen = new Set();
    let at = id;
    while (parent.has(parent.get(at)) && !seen.has(at)) { seen.add(at); at = parent.get(at); }
    return at;
  }

  function predikatTable(d, p, names, unit) {
    const wrap = el('div', null, { class: 'publik-table-wrap' });
    const t = el('table', null, { 'data-table': 'predikat', 'data-period': p.period_id });
    t.appendChild(el('caption', `Predikat kinerja pegawai per unit kerja, ${p.name || p.period_id} (${fmtDate(p.start)} – ${fmtDate(p.end)})`));
    const head = el('tr');
    head.appendChild(el('th', 'Unit kerja', { scope: 'col' }));
    head.appendChild(el('th', 'Pegawai dinilai', { scope: 'col' }));
    for (const [, label] of PREDIKAT) head.appendChild(el('th', label, { scope: 'col' }));
    head.appendChild(el('th', 'Dinilai tepat waktu', { scope: 'col' }));
    head.appendChild(el('th', 'Median capaian', { scope: 'col' }));
    t.appendChild(el('thead')).appendChild(head);
    const body = t.appendChild(el('tbody'));
    const row = (r, name, city) => {
      const tr = el('tr', null, { 'data-unit': city ? 'kota' : r.unit_id, role: 'row' });
      if (city) tr.classList.add('city');
      const th = tr.appendChild(el('th', city || unit ? name : null, { scope: 'row', role: 'rowheader' }));
      if (!city && !unit) th.appendChild(el('a', name, { href: `#/publik/${r.unit_id}` }));  // the unit's own page
      tr.appendChild(cell('td', fmtCount(r.pegawai), !isNum(r.pegawai), { 'data-col': 'pegawai' }));
      for (const [key] of PREDIKAT) {
        const v = r.predikat ? r.predikat[key] : null;
        tr.appendChild(cell('td', fmtCount(v), !isNum(v), { 'data-col': key }));
      }
      tr.appendChild(cell('td', fmtPercent(r.persen_tepat_waktu), !isNum(r.persen_tepat_waktu), { 'data-col': 'persen_tepat_waktu' }));
      tr.appendChild(cell('td', fmtPercent(r.median_capaian), !isNum(r.median_capaian), { 'data-col': 'median_capaian' }));
      body.appendChild(tr);
    };
    if (!unit) row(p.kota || {}, 'Seluruh Kota Samarinda', true);
    for (const u of p.units || []) if (!unit || u.unit_id === unit) row(u, names.get(u.unit_id) || u.unit_id, false);
    wrap.appendChild(finishTable(t));
    return wrap;
  }

  function layananTable(d, p, names, unit) {
    const wrap = el('div', null, { class: 'publik-table-wrap' });
    const t = el('table', null, { 'data-table': 'layanan', 'data-period': p.period_id });
    t.appendChild(el('caption', `Layanan untuk warga: kepuasan (IKM) dan waktu tanggapan pengaduan, ${p.name || p.period_id}`));
    const head = el('tr');
    for (const label of ['Unit layanan', 'IKM (25–100)', 'Mutu', 'Responden survei', 'Sampel survei (Krejcie–Morgan)', 'Pengaduan',
      'Median hari sampai tanggapan pertama', 'Ditanggapi dalam batas waktu', 'Belum ditanggapi',
      'Median hari sampai selesai', 'Selesai dalam batas waktu', 'Belum selesai'])
      head.appendChild(el('th', label, { scope: 'col' }));
    t.appendChild(el('thead')).appendChild(head);
    const body = t.appendChild(el('tbody'));
    for (const l of p.layanan || []) {
      if (unit && l.unit_id !== unit && topOf(d, l.unit_id) !== unit) continue;
      const tr = el('tr', null, { 'data-unit': l.unit_id, role: 'row' });
      tr.appendChild(el('th', names.get(l.unit_id) || l.unit_id, { scope: 'row', role: 'rowheader' }));
      tr.appendChild(cell('td', fmtDec2(l.ikm), !isNum(l.ikm), { 'data-col': 'ikm' }));
      const mutu = typeof l.mutu === 'string' && l.mutu ? l.mutu : null;
      tr.appendChild(cell('td', mutu || DASH, !mutu, { 'data-col': 'mutu' }));
      tr.appendChild(cell('td', fmtCount(l.responden), !isNum(l.responden), { 'data-col': 'responden' }));
      const sampel = !isNum(l.populasi) || !isNum(l.sampel_minimum) ? null
        : `${l.sampel_memadai === true ? 'memadai: ' : l.sampel_memadai === false ? 'belum memadai: ' : ''}minimal ` +
          `${fmtCount(l.sampel_minimum)} responden untuk ${fmtCount(l.populasi)} penerima layanan`;
      tr.appendChild(cell('td', sampel || DASH, !sampel, { 'data-col': 'sampel' }, sampel ? null : 'jumlah penerima layanan belum dicatat'));
      tr.appendChild(cell('td', fmtCount(l.pengaduan), !isNum(l.pengaduan), { 'data-col': 'pengaduan' }));
      // A median missing while the shares are there rests on too few answered (resolved) complaints.
      const counted = isNum(l.persen_belum_ditanggapi);
      const k = isNum(d.min_group) ? d.min_group : 5;
      tr.appendChild(cell('td', isNum(l.median_hari_tanggapan) ? `${dec2.format(l.median_hari_tanggapan)} hari` : DASH,
        !isNum(l.median_hari_tanggapan), { 'data-col': 'median_hari_tanggapan' },
        counted ? `kurang dari ${k} pengaduan yang sudah ditanggapi` : null));
      tr.appendChild(cell('td', fmtPercent(l.persen_tanggapan_tepat_waktu), !isNum(l.persen_tanggapan_tepat_waktu), { 'data-col': 'persen_tanggapan_tepat_waktu' }));
      tr.appendChild(cell('td', fmtPercent(l.persen_belum_ditanggapi), !counted, { 'data-col': 'persen_belum_ditanggapi' }));
      tr.appendChild(cell('td', isNum(l.median_hari_selesai) ? `${dec2.format(l.median_hari_selesai)} hari` : DASH,
        !isNum(l.median_hari_selesai), { 'data-col': 'median_hari_selesai' },
        counted ? `kurang dari ${k} pengaduan yang sudah selesai` : null));
      tr.appendChild(cell('td', fmtPercent(l.persen_selesai_tepat_waktu), !isNum(l.persen_selesai_tepat_waktu), { 'data-col': 'persen_selesai_tepat_waktu' }));
      tr.appendChild(cell('td', fmtPercent(l.persen_belum_selesai), !isNum(l.persen_belum_selesai), { 'data-col': 'persen_belum_selesai' }));
      body.appendChild(tr);
    }
    wrap.appendChild(finishTable(t));
    const k = isNum(d.min_group) ? d.min_group : 5;
    wrap.appendChild(el('p', `Median waktu hanya ditampilkan bila sedikitnya ${k} pengaduan sudah ditanggapi (atau selesai); ` +
      'bagian pengaduan yang belum ditanggapi dan belum selesai selalu ditampilkan di sampingnya.', { class: 'publik-footnote' }));
    return wrap;
  }

  // `refused`: why the city's publik.json must not be shown (then nothing is).
  let rendered = null;
  function render(shown, refused) {
    rendered = { shown, refused };
    const heading = root.querySelector('h2');
    root.replaceChildren();
    root.appendChild(heading || el('h2', 'Kinerja layanan Kota Samarinda'));
    const status = el('p', null, { id: 'publik-html-status' });
    root.appendChild(status);
    if (refused) {
      root.appendChild(el('p', `Peringatan: angka publik di situs ini tidak sah dan tidak ditampilkan (${refused}). ` +
        'Berkas mungkin telah diubah setelah ditandatangani BKPSDM. Hubungi BKPSDM Kota Samarinda.',
      { id: 'publik-html-error', role: 'alert', class: 'publik-warning' }));
    }
    if (!shown) {
      root.dataset.source = 'none';
      root.dataset.state = refused ? 'refused' : 'failed';
      status.textContent = refused ? 'Tidak ada angka yang ditampilkan.'
        : 'Angka publik belum dapat dimuat. Periksa koneksi, lalu muat ulang halaman.';
      return;
    }
    const d = shown.data;
    root.dataset.source = shown.source;
    root.dataset.state = 'ready';
    const v = shown.verdict;
    status.textContent = (shown.source === 'origin'
      ? `Sumber: publik.json kota, dibuat ${fmtDate(d.created)}.`
      : `Data contoh (kota demo), dibuat ${fmtDate(d.created)}.`) +
      ` Ditandatangani BKPSDM (kunci ${v.signer}) pada ${fmtDate(v.signed)}; sidik jari kunci induk kota ${v.fingerprint}${v.demo ? ' (DEMO)' : ''}.`;
    if (d.audit && d.audit.lulus === true && isNum(d.audit.angka_diperiksa))
      root.appendChild(el('p', `Diaudit sebelum terbit: ${fmtCount(d.audit.angka_diperiksa)} angka diperiksa; tidak ada kelompok ` +
        `di bawah ${isNum(d.min_group) ? d.min_group : 5} orang yang dapat dihitung dari gabungan angka mana pun.`, { id: 'publik-html-audit' }));
    if (typeof d.note === 'string' && d.note) root.appendChild(el('p', d.note, { class: 'publik-note' }));
    root.appendChild(el('p', 'Hanya angka gabungan per unit, tidak pernah nilai seseorang. Penilaian kinerja untuk pengembangan, bukan hukuman: hasilnya dipakai untuk umpan balik dan pelatihan. IKM adalah Indeks Kepuasan Masyarakat (25–100, mutu A sangat baik sampai D tidak baik); waktu pengaduan dibandingkan dengan batas SP4N-LAPOR!.'));
    const names = new Map();
    for (const u of Array.isArray(d.units) ? d.units : []) if (u && typeof u.id === 'string') names.set(u.id, typeof u.name === 'string' ? u.name : u.id);
    const k = isNum(d.min_group) ? d.min_group : 5;
    const unit = unitFromHash();
    if (unit) {
      root.appendChild(names.has(unit)
        ? el('h3', `Halaman unit: ${names.get(unit)}`, { id: 'publik-html-unit' })
        : el('p', 'Unit ini tidak ada dalam angka yang diterbitkan. Periksa tautannya.', { id: 'publik-html-unit-missing' }));
      root.appendChild(el('p')).appendChild(el('a', 'Kembali ke seluruh kota', { href: '#/publik', id: 'publik-html-back' }));
    }
    const mine = (rows, key) => (rows || []).some((r) => r && (r[key] === unit || (key === 'unit_id' && topOf(d, r[key]) === unit)));
    for (const p of d.periods) {
      if (!p || typeof p !== 'object') continue;
      if (unit && !mine(p.units, 'unit_id') && !mine(p.layanan, 'unit_id')) continue;
      const section = el('section', null, { 'data-period': p.period_id });
      section.appendChild(el('h3', p.name || p.period_id));
      if (!periodHasFigures(p)) {
        section.appendChild(el('p', 'Belum ada angka terbit untuk periode ini: penilaiannya belum selesai, atau setiap kelompok masih terlalu kecil untuk ditampilkan.'));
      } else {
        const rowKeys = ['pegawai', 'persen_tepat_waktu', 'median_capaian'];
        const known = (r) => hasValue(r, rowKeys) || (!!r && !!r.predikat && PREDIKAT.some(([key]) => isNum(r.predikat[key])));
        const rows = unit ? (p.units || []).filter((u) => u && u.unit_id === unit) : [p.kota, ...(p.units || [])];
        if (rows.some(known)) section.appendChild(predikatTable(d, p, names, unit));
        else if (!unit || rows.length) section.appendChild(el('p', 'Predikat pegawai belum terbit untuk periode ini: penilaiannya belum selesai, atau kelompoknya masih terlalu kecil.'));
        if ((p.layanan || []).some((l) => !unit || l.unit_id === unit || topOf(d, l.unit_id) === unit))
          section.appendChild(layananTable(d, p, names, unit));
      }
      root.appendChild(section);
    }
    root.appendChild(el('p', `${DASH} = disembunyikan karena kelompok kurang dari ${count.format(k)} orang, agar tidak ada pegawai yang bisa dikenali (termasuk angka lain yang dapat membukanya).`,
      { class: 'publik-footnote', id: 'publik-html-footnote' }));
  }

  // The bytes go into the app's memory as they are (UTF-8), with their length.
  function handToApp(bytes, source) {
    const ptr = Module._malloc(Math.max(1, bytes.length));
    Module.HEAPU8.set(bytes, ptr);
    Module.ccall('kinerja_set_publik', null, ['number', 'number', 'string'], [ptr, bytes.length, source]);
    Module._free(ptr);
  }

  const domReady = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });

  // A file's figures when it reads and its signature verifies; else why not.
  async function check(bytes, kunci) {
    const parsed = parse(bytes);
    if (!parsed.data) return { error: `publik.json: ${parsed.error}` };
    if (!kunci) return { error: 'kunci-kota.json tidak ada di situs ini, jadi tanda tangan tidak dapat diperiksa' };
    const verdict = await verify(bytes, kunci);
    return verdict.ok ? { data: parsed.data, verdict } : { error: refusal(verdict) };
  }

  const APP_WAIT_MS = 8000;

  // Resolves true once the app has drawn its first frame, false when it
  // cannot run (no WebGL2, or it failed to load: kinerja.ready says so).
  async function appStarted() {
    await domReady;  // app.js, after this file, has defined kinerja by then
    if (!globalThis.kinerja || !globalThis.kinerja.ready) return false;
    return (await globalThis.kinerja.ready).app !== false;
  }

  async function load() {
    root.dataset.state = 'loading';
    // Asked at once, not after the service worker takes over (on a first
    // visit that waits for the whole app to be cached). Where the city has not
    // placed a publik.json the network answers 404, the normal case; once the
    // worker is in charge it answers 204 instead (sw.js).
    // Network first: a new snapshot replaces the old without a new build.
    const files = Promise.all([fetchBytes('publik.json', { cache: 'no-store' }),
      fetchBytes('kunci-kota.json', { cache: 'no-store' })]);
    // Where the app runs, its first frame comes first: the checker's
    // download, compile and check (below) took the two cores of a cheap
    // phone from it and put the first frame 0.2 s later. Without the app,
    // this HTML is the page and is checked at once. An app that neither
    // draws nor fails within APP_WAIT_MS (a very slow phone, or a hang) is
    // not waited for any longer: these figures come first, and the app gets
    // the file when it does start.
    const started = appStarted();
    const app = await Promise.race([started, new Promise((resolve) => setTimeout(() => resolve(null), APP_WAIT_MS))]);
    loadChecker().catch(() => {});  // fetched while the files come
    const [origin, kunci] = await files;
    let shown = null;
    let refused = '';
    let handed = null;
    if (origin.bytes) {
      handed = { bytes: origin.bytes, source: 'origin' };
    } else {
      // No city file: the demo city's, which verifies only under the demo key.
      const demo = await fetchBytes('publik-demo.json');
      if (demo.bytes) handed = { bytes: demo.bytes, source: 'demo' };
    }
    // The app checks the same file again and shows it, or says why not.
    const give = (ok) => {
      if (ok && handed) handToApp(handed.bytes, handed.source);
      if (ok) root.dataset.app = 'ready';
    };
    if (app !== null) give(app);
    else started.then(give, () => {});
    if (handed) {
      const c = await check(handed.bytes, kunci.bytes);
      if (c.data) shown = { data: c.data, verdict: c.verdict, source: handed.source };
      else if (handed.source === 'origin') refused = c.error;
    }
    render(shown, refused);
  }

  // A unit's link opened or left: the same figures, that unit's page.
  window.addEventListener('hashchange', () => {
    if (rendered && root.dataset.state === 'ready') render(rendered.shown, rendered.refused);
  });

  globalThis.kinerjaPublik = { loaded: load().catch((err) => {
    root.dataset.state = 'failed';
    console.warn('publik:', err);
  }) };
})();
