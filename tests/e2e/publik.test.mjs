// The Publik workspace (#/publik, the landing page): the demo city's figures
// load when the site has no publik.json; a city's own publik.json beside the
// site wins when BKPSDM signed it; a broken, unsigned or tampered one shows a
// warning and no figures at all; without WebGL the same figures (checked the
// same way) are an HTML table; and a group smaller than k shows "—" in both
// the canvas and the table. Pengaturan shows the city's root key fingerprint.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import {
  siteDir, launchBrowser, watchConsole, openApp, findWidget, appState, screenshot, assertNotBlank,
  click, tap, reach, widgets, waitFrames, desktop, phone, signedAsDemo,
  contextWithoutWebgl,
} from './lib.mjs';

const DASH = '\u2014';
const demoFile = JSON.parse(fs.readFileSync(path.join(path.resolve(siteDir), 'publik-demo.json'), 'utf8'));
const cityKey = JSON.parse(fs.readFileSync(path.join(path.resolve(siteDir), 'kunci-kota.json'), 'utf8'));

// A copy of the site with extra files (a city's publik.json), on its own port.
const servers = [];
async function serveSite(extra = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-publik-'));
  fs.cpSync(path.resolve(siteDir), dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  const server = await serve(dir, 0);
  const s = { url: `http://127.0.0.1:${server.address().port}/`, dir,
    close: () => new Promise((r) => server.close(r)).then(() => fs.rmSync(dir, { recursive: true, force: true })) };
  servers.push(s);
  return s;
}

// A city's own snapshot, different from the demo in every visible way: its
// own period, a unit with more than a thousand employees (Indonesian grouping
// "1.237"), and a unit whose group is smaller than k, so every figure of it is
// null as the core's suppression leaves it.
const none = { 'sangat-kurang': null, kurang: null, 'butuh-perbaikan': null, baik: null, 'sangat-baik': null };
const cityFile = {
  format: 'kinerja-samarinda/publik', schema: 1, created: '2026-11-28T08:00:00Z', min_group: 5,
  rules: [{ id: 'ikm', version: '2026.1' }, { id: 'sp4n-lapor', version: '2026.1' }],
  units: [
    { id: 'u-contoh', name: 'Dinas Contoh Terbit', kind: 'opd' },
    { id: 'u-kecil', name: 'Kecamatan Kecil', kind: 'kecamatan' },
    { id: 'u-pkm-contoh', name: 'Puskesmas Contoh', kind: 'uptd', parent_id: 'u-contoh' },
    { id: 'u-pkm-sepi', name: 'Puskesmas Sepi', kind: 'uptd', parent_id: 'u-contoh' },
  ],
  periods: [{
    period_id: 'p-2027-tw1', name: 'Triwulan I 2027', jenis: 'triwulanan', year: 2027,
    start: '2027-01-01', end: '2027-03-31',
    kota: { pegawai: 1240, predikat: { 'sangat-kurang': null, kurang: 40, 'butuh-perbaikan': 100, baik: 1000, 'sangat-baik': null },
      persen_tepat_waktu: 91.5, median_capaian: 100.2 },
    units: [
      { unit_id: 'u-contoh', pegawai: 1237, predikat: { 'sangat-kurang': null, kurang: 40, 'butuh-perbaikan': 100, baik: 997, 'sangat-baik': null },
        persen_tepat_waktu: 91.6, median_capaian: 100.3 },
      { unit_id: 'u-kecil', pegawai: null, predikat: none, persen_tepat_waktu: null, median_capaian: null },
    ],
    layanan: [{ unit_id: 'u-pkm-contoh', responden: 120, ikm: 88.31, mutu: 'A', pengaduan: 9, median_hari_tanggapan: 1.5,
      persen_tanggapan_tepat_waktu: 88.9, median_hari_selesai: 6.5, persen_selesai_tepat_waktu: 44.4,
      persen_belum_ditanggapi: 0, persen_belum_selesai: 11.1, populasi: 5000, sampel_minimum: 357, sampel_memadai: false },
    // five complaints, one answered: no median (it would be one complaint's time), 80 % still waiting
    { unit_id: 'u-pkm-sepi', responden: null, ikm: null, mutu: '', pengaduan: 5, median_hari_tanggapan: null,
      persen_tanggapan_tepat_waktu: 20, median_hari_selesai: null, persen_selesai_tepat_waktu: null,
      persen_belum_ditanggapi: 80, persen_belum_selesai: 80 }],
    responden_kota: 120, pengaduan_kota: 14,
  }],
  tren: [],
};

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

// An absent publik.json is the normal case (no city file): the service worker
// answers it without a failed request, so the console stays clean (sw.js) and
// every test below asserts there was no console error at all.

async function waitPublik(page) {
  await page.waitForFunction(() => {
    const s = globalThis.kinerja.state();
    const root = document.getElementById('publik-html');
    return s && s.publik.has_figures && root.dataset.app === 'ready';
  }, null, { timeout: 30000 });
  return (await appState(page)).publik;
}

const cardIds = async (page) => (await widgets(page))
  .filter((w) => /^publik\.unit\.[a-z0-9-]+$/.test(w.id));

const domCell = (page, period, table, unit, col) => page.evaluate(
  ([p, t, u, c]) => {
    const td = document.querySelector(`#publik-html section[data-period="${p}"] table[data-table="${t}"] tr[data-unit="${u}"] [data-col="${c}"]`);
    return td ? { text: td.textContent, suppressed: td.classList.contains('suppressed') } : null;
  }, [period, table, unit, col]);

test('(a) no publik.json: the demo city loads in the canvas and as an HTML table', async () => {
  const site = await serveSite();
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '');
  const s = await waitPublik(page);
  assert.equal(s.source, 'demo');
  assert.equal(s.error, '');
  assert.equal(s.created, demoFile.created);
  // The period shown is the latest with the city's employees assessed.
  const expected = demoFile.periods.filter((p) => p.kota.pegawai !== null).at(-1);
  assert.equal(s.period_shown, expected.period_id);
  assert.equal(s.city.pegawai, expected.kota.pegawai);
  assert.equal(s.unit_cards, expected.units.length);
  assert.ok(s.unit_cards >= 5, 'the demo city has several OPD/kecamatan');
  assert.deepEqual(s.units.map((u) => u.id), expected.units.map((u) => u.unit_id));
  // The demo has suppressed cells: the city's predikat row is never complete.
  assert.ok(s.city.predikat.some((c) => c === null), 'the demo city shows no suppressed predikat count');

  // The canvas: a card per unit, three to a row on a desktop.
  const first = await findWidget(page, `publik.unit.${s.units[0].id}`);
  assert.ok(first.w > 250 && first.w < 640, `card width ${first.w}`);
  const cards = await cardIds(page);
  const sameRow = cards.filter((c) => Math.abs(c.y - first.y) < 2);
  assert.ok(sameRow.length >= 2, 'cards are not side by side on a desktop');
  const { png } = await screenshot(page, 'desktop-publik-landing');
  assertNotBlank(png, 'publik landing');

  // The HTML: demo source, the shown period's city row equals the canvas, "—" for suppressed.
  const root = await page.evaluate(() => {
    const r = document.getElementById('publik-html');
    return { source: r.dataset.source, rows: r.querySelectorAll('tbody tr').length,
      dashes: [...r.querySelectorAll('td.suppressed')].filter((td) => td.textContent === '\u2014').length,
      footnote: r.querySelector('#publik-html-footnote')?.textContent || '',
      status: r.querySelector('#publik-html-status')?.textContent || '',
      html: r.innerHTML };
  });
  assert.equal(root.source, 'demo');
  assert.ok(root.rows > 10, `only ${root.rows} table rows`);
  assert.ok(root.dashes > 0, 'no "—" for suppressed figures in the HTML table');
  assert.match(root.footnote, /disembunyikan karena kelompok kurang dari 5 orang/);
  assert.match(root.status, /Data contoh \(kota demo\), dibuat 15 Juli 2026/);
  // the audit's result travels inside the signed figures and is shown to the citizen
  assert.ok(demoFile.audit.lulus);
  assert.equal(await page.textContent('#publik-html-audit'),
    `Diaudit sebelum terbit: ${new Intl.NumberFormat('id-ID').format(demoFile.audit.angka_diperiksa)} angka diperiksa; ` +
    'tidak ada kelompok di bawah 5 orang yang dapat dihitung dari gabungan angka mana pun.');
  const cityCell = await domCell(page, expected.period_id, 'predikat', 'kota', 'pegawai');
  assert.equal(cityCell.text, new Intl.NumberFormat('id-ID').format(expected.kota.pegawai));
  const firstNull = Object.entries(expected.kota.predikat).find(([, v]) => v === null)[0];
  assert.deepEqual(await domCell(page, expected.period_id, 'predikat', 'kota', firstNull), { text: DASH, suppressed: true });
  // Indonesian decimals: "76,3%" style, on the first row whose share survived the audit.
  const withPct = [...expected.units, { ...expected.kota, unit_id: 'kota' }].find((r) => r.persen_tepat_waktu !== null);
  assert.ok(withPct, 'no share on time published in the shown period');
  const pct = await domCell(page, expected.period_id, 'predikat', withPct.unit_id, 'persen_tepat_waktu');
  assert.equal(pct.text, `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1 }).format(withPct.persen_tepat_waktu)}%`);

  // Another period from the selector.
  const other = demoFile.periods.find((p) => p.kota.pegawai !== null && p.period_id !== expected.period_id);
  await click(page, `publik.period.${other.period_id}`);
  const s2 = (await appState(page)).publik;
  assert.equal(s2.period_shown, other.period_id);
  assert.equal(s2.ui.period_id, other.period_id);
  assert.equal(s2.city.pegawai, other.kota.pegawai);

  // A card further down, with its services (IKM with mutu, complaint times).
  const dinkes = s2.units.find((u) => u.services.length > 0);
  assert.ok(dinkes, 'no unit with service units');
  await findWidget(page, `publik.unit.${dinkes.id}.bar`);
  await screenshot(page, 'desktop-publik-cards');
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 450);
  await waitFrames(page, 3);
  await page.mouse.move(2, 790);  // no tooltip in the picture
  await waitFrames(page, 2);
  await screenshot(page, 'desktop-publik-services');

  // The app draws first: the HTML figures' checker is fetched only after
  // the app's first frame (it no longer competes with the app's start).
  const t = await page.evaluate(() => ({
    frame: performance.getEntriesByName('kinerja:first-frame')[0].startTime,
    checker: performance.getEntriesByType('resource').filter((r) => /kinerja-periksa\.(js|wasm)$/.test(r.name)).map((r) => r.startTime),
  }));
  assert.equal(t.checker.length, 2, 'the checker\'s script and code were fetched once each');
  for (const start of t.checker) assert.ok(start >= t.frame, `the checker was fetched at ${start} ms, before the first frame at ${t.frame} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('(a) when the app cannot load, the HTML figures are checked and shown all the same', async () => {
  const site = await serveSite();
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await page.route('**/kinerja.js', (route) => route.abort());
  await page.goto(site.url);
  await page.waitForSelector('#publik-html[data-state="ready"]', { state: 'attached' });
  assert.deepEqual(await page.evaluate(() => globalThis.kinerja.ready), { app: false });
  assert.match(await page.textContent('#loading-text'), /Aplikasi tidak dapat dimuat/);
  assert.ok(await page.evaluate(() => document.querySelectorAll('#publik-html table td').length) > 0, 'no figures in the HTML');
  assert.equal(await page.evaluate(() => document.getElementById('publik-html').dataset.app), undefined);
  await context.close();
});

test('(a) an app that neither draws nor fails is not waited for; it gets the file when it starts', async () => {
  const site = await serveSite();
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  // The app's code arrives 11 s late: until then no first frame, and no failure either.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/kinerja.wasm', async (route) => { await held; await route.continue(); });
  const t0 = Date.now();
  await page.goto(site.url);
  const timer = setTimeout(release, 11000);
  try {
    await page.waitForSelector('#publik-html[data-state="ready"]', { state: 'attached', timeout: 30000 });
    const waited = Date.now() - t0;
    assert.ok(waited >= 7000, `the figures did not wait for the app first (${waited} ms)`);
    assert.ok(await page.evaluate(() => document.querySelectorAll('#publik-html table td').length) > 0, 'no figures in the HTML');
    const settled = await page.evaluate(() => Promise.race([globalThis.kinerja.ready.then(() => 'settled'),
      new Promise((r) => setTimeout(() => r('pending'), 100))]));
    assert.equal(settled, 'pending', 'the app had already started: this test proves nothing');
    assert.equal(await page.evaluate(() => document.getElementById('publik-html').dataset.app), undefined);
    // Once it draws, the app is handed the same file and shows its figures.
    const s = await waitPublik(page);
    assert.equal(s.source, 'demo');
  } finally {
    clearTimeout(timer);
    release();  // a failed check must not leave the app's code held
    await context.close();
  }
});

test('(a) phone: one card per row, nothing wider than the screen', async () => {
  const site = await serveSite();
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/publik');
  const s = await waitPublik(page);
  assert.equal(s.source, 'demo');
  const { png } = await screenshot(page, 'phone-publik-landing');
  assertNotBlank(png, 'phone publik landing');
  await findWidget(page, `publik.unit.${s.units[1].id}`);
  // Both cards' rectangles from one frame (the page may have scrolled to find the second).
  const frame = await widgets(page);
  const a = frame.find((w) => w.id === `publik.unit.${s.units[0].id}`);
  const b = frame.find((w) => w.id === `publik.unit.${s.units[1].id}`);
  assert.ok(a && b, 'both cards are drawn');
  assert.ok(Math.abs(a.x - b.x) < 2 && b.y > a.y, 'phone cards are not stacked in one column');
  assert.ok(a.x >= 0 && a.x + a.w <= 390, `card ${a.x}+${a.w} wider than the phone`);
  await screenshot(page, 'phone-publik-cards');
  // Further down the second card: its service units (IKM, complaints).
  const svc = s.units.find((u) => u.services.length > 0);
  await findWidget(page, `publik.unit.${svc.id}.bar`);
  for (let i = 0; i < 4; i += 1) {
    await page.mouse.move(195, 500);
    await page.mouse.wheel(0, 600);
    await waitFrames(page, 3);
  }
  await page.mouse.move(2, 840);  // no tooltip in the picture
  await waitFrames(page, 2);
  await screenshot(page, 'phone-publik-services');
  // Period buttons work by touch.
  const other = demoFile.periods.find((p) => p.kota.pegawai !== null && p.period_id !== s.period_shown);
  await reach(page, 'publik.period');  // the period selector, back at the top of the page
  await tap(page, `publik.period.${other.period_id}`);
  assert.equal((await appState(page)).publik.period_shown, other.period_id);
  assert.deepEqual(problems, []);
  await context.close();
});

test('(b, e) a publik.json beside the site wins; a group smaller than k is "—" in both views', async () => {
  const site = await serveSite({ 'publik.json': signedAsDemo(JSON.stringify(cityFile)) });
  for (const [size, name] of [[desktop, 'desktop'], [phone, 'phone']]) {
    const context = await browser.newContext(size);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openApp(page, site.url, '');
    const s = await waitPublik(page);
    assert.equal(s.source, 'origin');
    assert.equal(s.error, '');
    assert.equal(s.created, cityFile.created);
    assert.equal(s.period_shown, 'p-2027-tw1');
    assert.equal(s.unit_cards, 2);
    assert.equal(s.city.pegawai, 1240);
    assert.deepEqual(s.city.predikat, [null, 40, 100, 1000, null]);
    const kecil = s.units.find((u) => u.id === 'u-kecil');
    assert.equal(kecil.pegawai, null, 'the small group is not suppressed in the canvas state');
    assert.deepEqual(kecil.predikat, [null, null, null, null, null]);
    const contoh = s.units.find((u) => u.id === 'u-contoh');
    assert.equal(contoh.pegawai, 1237);
    assert.deepEqual(contoh.services, [
      { id: 'u-pkm-contoh', ikm: 88.31, mutu: 'A', pengaduan: 9, median_hari_tanggapan: 1.5, persen_belum_ditanggapi: 0,
        sampel_memadai: false },
      { id: 'u-pkm-sepi', ikm: null, mutu: null, pengaduan: 5, median_hari_tanggapan: null, persen_belum_ditanggapi: 80,
        sampel_memadai: null }]);
    await findWidget(page, 'publik.unit.u-kecil');
    await findWidget(page, 'publik.unit.u-contoh');

    const html = await page.evaluate(() => {
      const r = document.getElementById('publik-html');
      return { source: r.dataset.source, status: r.querySelector('#publik-html-status').textContent,
        sections: [...r.querySelectorAll('section')].map((x) => x.dataset.period) };
    });
    assert.equal(html.source, 'origin');
    assert.equal(html.status, 'Sumber: publik.json kota, dibuat 28 November 2026. Ditandatangani BKPSDM (kunci bkpsdm-demo) ' +
      `pada 28 November 2026; sidik jari kunci induk kota ${cityKey.fingerprint} (DEMO).`);
    assert.equal((await appState(page)).publik_signer, 'bkpsdm-demo');
    assert.deepEqual(html.sections, ['p-2027-tw1']);
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'predikat', 'kota', 'pegawai'), { text: '1.240', suppressed: false });
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'predikat', 'u-contoh', 'pegawai'), { text: '1.237', suppressed: false });
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'predikat', 'u-contoh', 'median_capaian'), { text: '100,3%', suppressed: false });
    for (const col of ['pegawai', 'sangat-baik', 'baik', 'persen_tepat_waktu', 'median_capaian'])
      assert.deepEqual(await domCell(page, 'p-2027-tw1', 'predikat', 'u-kecil', col), { text: DASH, suppressed: true }, col);
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-contoh', 'ikm'), { text: '88,31', suppressed: false });
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-contoh', 'mutu'), { text: 'A', suppressed: false });
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-contoh', 'median_hari_tanggapan'), { text: '1,50 hari', suppressed: false });
    // too few answered complaints: "—" with the reason, the share still waiting beside it
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-sepi', 'median_hari_tanggapan'), { text: DASH, suppressed: true });
    assert.equal(await page.getAttribute('#publik-html tr[data-unit="u-pkm-sepi"] [data-col="median_hari_tanggapan"]', 'title'),
      'kurang dari 5 pengaduan yang sudah ditanggapi');
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-sepi', 'persen_belum_ditanggapi'), { text: '80,0%', suppressed: false });
    assert.match(await page.textContent('#publik-html'), /Median waktu hanya ditampilkan bila sedikitnya 5 pengaduan sudah ditanggapi/);
    // the survey sample against Krejcie–Morgan for the unit's population
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-contoh', 'sampel'),
      { text: 'belum memadai: minimal 357 responden untuk 5.000 penerima layanan', suppressed: false });
    assert.deepEqual(await domCell(page, 'p-2027-tw1', 'layanan', 'u-pkm-sepi', 'sampel'), { text: DASH, suppressed: true });
    const { png } = await screenshot(page, `${name}-publik-origin`);
    assertNotBlank(png, `${name} publik origin`);
    await findWidget(page, 'publik.unit.u-contoh.bar');
    await screenshot(page, `${name}-publik-origin-cards`);
    // further down the card: its service units, one with too few answered complaints
    const vp = page.viewportSize();
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, name === 'phone' ? 1900 : 650);
    await waitFrames(page, 6);
    await screenshot(page, `${name}-publik-origin-services`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// A refused publik.json: the app and the HTML both say why, and show no figure.
async function assertRefused(page, name, why) {
  await page.waitForFunction(() => {
    const s = globalThis.kinerja.state();
    return s && s.publik.error !== '' && document.getElementById('publik-html').dataset.app === 'ready';
  }, null, { timeout: 30000 });
  const s = (await appState(page)).publik;
  assert.equal(s.has_figures, false, `${name}: the app shows figures`);
  assert.match(s.error, why, `${name}: app error ${s.error}`);
  const box = await findWidget(page, 'publik.error', { scroll: false });
  assert.ok(box.h > 0);
  const html = await page.evaluate(() => {
    const r = document.getElementById('publik-html');
    return { source: r.dataset.source, state: r.dataset.state, tables: r.querySelectorAll('table').length,
      error: r.querySelector('#publik-html-error')?.textContent || '' };
  });
  assert.deepEqual([html.source, html.state, html.tables], ['none', 'refused', 0], name);
  assert.match(html.error, /^Peringatan: angka publik di situs ini tidak sah dan tidak ditampilkan/);
  assert.match(html.error, why, `${name}: html error ${html.error}`);
}

test('(c) a broken, unsigned or tampered publik.json shows a warning and no figures', async () => {
  const signed = signedAsDemo(JSON.stringify(cityFile));
  // A figure raised after BKPSDM signed: the signature no longer matches.
  const tampered = JSON.parse(signed);
  tampered.periods[0].units[0].predikat['sangat-baik'] = 500;
  // Signed by a key the city's root key never registered.
  const foreign = JSON.parse(signed);
  foreign.tanda_tangan.registration.root_signature = '00'.repeat(64);
  // Valid JSON, signed, that the core's reader refuses (a negative count).
  const wrong = JSON.parse(JSON.stringify(cityFile));
  wrong.periods[0].kota.pegawai = -5;
  const cases = [
    ['broken', '{"format": "kinerja-samarinda/publik", "schema": 1, "created": ', /JSON/],
    ['unsigned', JSON.stringify(cityFile), /tidak bertanda tangan BKPSDM/],
    ['tampered', JSON.stringify(tampered), /angka publik telah diubah setelah ditandatangani/],
    ['foreign-key', JSON.stringify(foreign), /tidak ditandatangani kunci induk kota/],
    ['refused', signedAsDemo(JSON.stringify(wrong)), /\/periods\/0\/kota\/pegawai/],
  ];
  for (const [name, text, why] of cases) {
    const site = await serveSite({ 'publik.json': text });
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openApp(page, site.url, '');
    await assertRefused(page, name, why);
    await screenshot(page, `desktop-publik-${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('(g) Pengaturan shows the city root key fingerprint the site ships, marked DEMO', async () => {
  const site = await serveSite();
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '');
  await waitPublik(page);
  const key = (await appState(page)).city_key;
  assert.deepEqual(key, { fingerprint: `${cityKey.fingerprint} (DEMO)`, demo: true, error: '' });
  await click(page, 'settings.toggle');
  await waitFrames(page, 3);
  await screenshot(page, 'desktop-settings-city-key');
  assert.deepEqual(problems, []);
  await context.close();
});

test('(d) without WebGL2 the figures are a visible HTML table (desktop and phone)', async () => {
  const site = await serveSite();
  for (const [size, name] of [[desktop, 'desktop'], [phone, 'phone']]) {
    const context = await contextWithoutWebgl(browser, size);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(site.url);
    await page.waitForSelector('#publik-html[data-state="ready"]');
    assert.equal(await page.isVisible('#no-webgl'), true);
    assert.equal(await page.isVisible('#publik-html'), true);
    assert.equal(await page.isVisible('#publik-html table'), true, 'the table is not visible');
    const t = await page.evaluate(() => {
      const r = document.getElementById('publik-html');
      const box = r.getBoundingClientRect();
      return { source: r.dataset.source, w: box.width, tables: r.querySelectorAll('table').length,
        captions: [...r.querySelectorAll('caption')].map((c) => c.textContent) };
    });
    assert.equal(t.source, 'demo');
    assert.ok(t.w > 300, `table area only ${t.w}px wide`);
    assert.ok(t.tables >= 4);
    assert.ok(t.captions.some((c) => /^Predikat kinerja pegawai per unit kerja, Triwulan/.test(c)), t.captions.join(' | '));
    assert.ok(t.captions.some((c) => /^Layanan untuk warga/.test(c)));
    // Visible means on top: nothing (the no-WebGL note) covers the table.
    const onTop = await page.evaluate(() => {
      const table = document.querySelector('#publik-html table');
      table.scrollIntoView();
      const b = table.getBoundingClientRect();
      const hit = document.elementFromPoint(b.left + Math.min(b.width, innerWidth) / 4, b.top + 10);
      return !!hit && table.contains(hit);
    });
    assert.ok(onTop, 'something covers the HTML table');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.body.scrollTo(0, 0));
    await screenshot(page, `${name}-publik-no-webgl-top`);
    await page.evaluate(() => document.getElementById('publik-html').scrollIntoView());
    await screenshot(page, `${name}-publik-no-webgl`);
    await page.evaluate(() => document.querySelector('#publik-html table[data-table="layanan"]').scrollIntoView());
    await screenshot(page, `${name}-publik-no-webgl-layanan`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('(f) without WebGL2 a tampered publik.json is refused by the same check: a warning, no table', async () => {
  const tampered = JSON.parse(signedAsDemo(JSON.stringify(cityFile)));
  tampered.periods[0].kota.pegawai = 2000;
  const site = await serveSite({ 'publik.json': JSON.stringify(tampered) });
  for (const [size, name] of [[desktop, 'desktop'], [phone, 'phone']]) {
    const context = await contextWithoutWebgl(browser, size);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(site.url);
    await page.waitForSelector('#publik-html[data-state="refused"]');
    assert.equal(await page.isVisible('#publik-html-error'), true);
    assert.equal(await page.locator('#publik-html table').count(), 0);
    assert.match(await page.textContent('#publik-html-error'), /angka publik telah diubah setelah ditandatangani/);
    await page.evaluate(() => document.getElementById('publik-html').scrollIntoView());
    await screenshot(page, `${name}-publik-no-webgl-tampered`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
