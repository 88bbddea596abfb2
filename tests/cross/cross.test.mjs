// The app in another browser engine than Chromium: KINERJA_ENGINE=firefox
// (Firefox ESR) or webkit (WebKitGTK), run under xvfb-run (see README,
// "Browser engines"). Each journey is one the Chromium tests (tests/e2e) walk
// in more detail, with the same widget ids: every route renders; an employee,
// with the site's server gone, types a realisation, sends it and exports her
// file, which survives a reload; her supervisor imports that file and rates
// her; a second tab is read-only and follows the writer's save; the
// evaluation document is made for printing; a citizen answers the survey at
// the kiosk; a browser without WebGL2 gets the explanation and the HTML
// figures. No console errors anywhere.
//
// Files the app offers (a download, a document for a new tab) are taken from
// kinerjaShell in the page: the bytes the app hands over are what is checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open } from './driver.mjs';
import { startSite } from './site.mjs';
import { assertNotBlank, DEMO_NOW, siteDir } from '../e2e/lib.mjs';

const engine = process.env.KINERJA_ENGINE || 'firefox';
const routes = ['publik', 'pegawai', 'penilai', 'admin', 'kiosk'];
const OPEN_PERIOD = 'p-2026-tw4';  // contains the demo city's "today" (DEMO_NOW)

// Three origins, so three people's devices share nothing but the file between them.
let site, employeeSite, supervisorSite, tab;
before(async () => {
  [site, employeeSite, supervisorSite] = await Promise.all([startSite(siteDir), startSite(siteDir), startSite(siteDir)]);
  tab = await open(engine, { width: 1280, height: 800, clock: DEMO_NOW });
});
after(async () => {
  await tab?.close();
  for (const s of [site, employeeSite, supervisorSite]) await s?.close();
});

const shot = async (t, name) => {
  const { png } = await t.screenshot(name);
  assertNotBlank(png, `${engine} ${name}`);
  assert.equal(png.width, 1280, `${name}: the viewport is 1280 CSS px wide`);
};

const noErrors = async (t, what) => assert.deepEqual(await t.consoleErrors(), [], `${engine}: console errors (${what})`);

// Nothing waiting to be saved: after a visit that changed nothing the state is "idle".
async function waitStill(t) {
  await t.waitFor(() => ['idle', 'saved'].includes(globalThis.kinerja.state().save) && !globalThis.kinerja.syncing());
}
async function waitSaved(t) {
  await t.waitFor(() => globalThis.kinerja.state().save === 'saved' && !globalThis.kinerja.syncing());
}

// What the app hands to kinerjaShell.download / openDocument, kept in the page instead.
const catchFiles = (t) => t.evaluate(() => {
  const shell = globalThis.kinerjaShell;
  globalThis.__files = [];
  const keep = (kind) => (name, bytes, mime) => globalThis.__files.push({
    kind, name, mime: mime || '', size: bytes.length, text: new TextDecoder().decode(bytes),
  });
  shell.download = keep('download');
  shell.openDocument = keep('document');
});
async function caught(t, kind) {
  await t.waitFor((k) => globalThis.__files.some((f) => f.kind === k), kind);
  return (await t.evaluate(() => globalThis.__files)).filter((f) => f.kind === kind).pop();
}

async function pressIn(t, id) {
  await t.reach(id);
  return t.clickWidget(id);
}

test(`${engine}: every route renders its own screen`, async () => {
  await tab.openApp(site.url, '#/publik');
  const s = await tab.state();
  assert.equal(s.route, '#/publik');
  assert.equal(s.lang, 'id');
  assert.ok(s.records > 1000, `the demo city is made (${s.records} records)`);
  assert.equal(await tab.evaluate(() => document.getElementById('loading').hidden), true, 'loading overlay gone');
  assert.equal((await tab.findWidget('nav.staff')).text, 'Menu staf');
  for (const r of routes) {
    if (r !== 'publik') await tab.clickWidget(`nav.${r}`);
    assert.equal(await tab.evaluate(() => location.hash), `#/${r}`);
    assert.equal((await tab.state()).route, `#/${r}`);
    // The public page opens on the city's figures; the others on their guide.
    await tab.findWidget(r === 'publik' ? 'publik.kota' : `guide.${r}`);
    const ids = new Set((await tab.widgets()).filter((w) => w.visible).map((w) => w.id));
    for (const other of routes.filter((x) => x !== r)) assert.ok(!ids.has(`guide.${other}`), `${r} shows ${other}'s screen too`);
    await shot(tab, `route-${r}`);
  }
  // An unknown route falls back to the public page.
  await tab.evaluate(() => { location.hash = '#/tidak-ada'; });
  await tab.waitFor(() => globalThis.kinerja.state().route === '#/publik');
  await noErrors(tab, 'routes');
});

let employeeFile = null;  // { name, text }: what the employee sends her supervisor
let employee = null;      // { id, rater, indicator }

test(`${engine}: an employee with the server gone types a realisation, sends it and exports her file`, async () => {
  await tab.openApp(employeeSite.url, '#/pegawai');
  await waitSaved(tab);
  // The service worker has the whole site: then the server goes away.
  await tab.waitFor(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null));
  await employeeSite.close();
  assert.equal(await tab.evaluate(() => fetch('kinerja.wasm', { cache: 'no-store' }).then(() => 'cache').catch(() => 'gone')), 'cache',
    'the service worker answers for the site');

  await tab.typeInto('pegawai.search', '199001');
  let s = (await tab.state()).pegawai;
  assert.ok(s.matches.length > 0, 'part of a NIP finds an employee');
  await tab.clickWidget(`pegawai.pick.${s.matches[0]}`);
  await pressIn(tab, `pegawai.period.${OPEN_PERIOD}`);
  s = (await tab.state()).pegawai;
  assert.equal(s.period_id, OPEN_PERIOD);
  assert.equal(s.locked, false);
  assert.ok(s.penilai.id, 'the employee sees who rates her');
  const indicator = s.indicators.find((i) => !i.terukur);  // a typed one: measured ones have no field
  assert.ok(indicator, 'the SKP has a typed indicator');
  employee = { id: s.employee_id, rater: s.penilai, indicator: indicator.id };

  await pressIn(tab, `pegawai.value.${indicator.id}`);
  await tab.type('97');
  await tab.waitFrames(3);
  await tab.waitFor(() => globalThis.kinerja.state().pegawai.drafts > 0);
  const live = (await tab.state()).pegawai.indicators.find((i) => i.id === indicator.id);
  assert.equal(typeof live.live, 'number', 'the capaian is computed while typing');
  await pressIn(tab, `pegawai.link.${indicator.id}`);
  await tab.type('https://dokumen.example/samarinda/bukti-tw4.pdf');
  await tab.waitFrames(3);
  await pressIn(tab, `pegawai.save.${indicator.id}`);
  await waitSaved(tab);
  await tab.waitFor((id) => globalThis.kinerja.state().pegawai.indicators.some((i) => i.id === id && i.realisasi === 97), indicator.id);
  await pressIn(tab, 'pegawai.submit');
  await waitSaved(tab);
  assert.equal((await tab.state()).pegawai.status, 'diajukan', 'sent to the supervisor');
  await shot(tab, 'pegawai-submitted');

  await catchFiles(tab);
  await pressIn(tab, 'pegawai.export');
  const file = await caught(tab, 'download');
  assert.match(file.name, /\.json$/);
  const sent = JSON.parse(file.text);
  assert.equal(sent.scope.kind, 'pegawai');
  assert.ok(sent.data.realisations.some((r) => r.indicator_id === indicator.id && r.period_id === OPEN_PERIOD && r.value === 97),
    'the exported file holds the realisation');
  employeeFile = { name: file.name, text: file.text };
  // The downloads folder of this engine is not needed: keep a copy beside the screenshots.
  fs.writeFileSync(path.join(path.dirname((await tab.screenshot('pegawai-exported')).file), 'pegawai-export.json'), file.text);
  await noErrors(tab, 'employee');
});

test(`${engine}: her realisation survives a reload, still with the server gone`, async () => {
  assert.ok(employee, 'needs the employee journey');
  await tab.reload();
  await tab.appReady();
  const s = await tab.state();
  assert.equal(s.route, '#/pegawai');
  await tab.typeInto('pegawai.search', '199001');
  await tab.clickWidget(`pegawai.pick.${employee.id}`);
  await pressIn(tab, `pegawai.period.${OPEN_PERIOD}`);
  const p = (await tab.state()).pegawai;
  assert.equal(p.indicators.find((i) => i.id === employee.indicator).realisasi, 97, 'the realisation is kept');
  assert.equal(p.status, 'diajukan', 'and it is still sent');
  await shot(tab, 'pegawai-after-reload');
  await noErrors(tab, 'reload');
});

test(`${engine}: the supervisor imports her file and rates her`, async () => {
  assert.ok(employeeFile, 'needs the employee journey');
  await tab.openApp(supervisorSite.url, '#/penilai');
  await waitSaved(tab);
  await tab.evaluate((name, text) => globalThis.kinerja.importFiles([new File([text], name, { type: 'application/json' })]),
    employeeFile.name, employeeFile.text);
  await tab.waitFrames(3);
  let s = await tab.state();
  assert.ok(s.import_open, 'the import preview opens');
  assert.deepEqual(s.import_file_errors, [], 'the file is accepted');
  await tab.clickWidget('import.apply');
  await tab.waitFor(() => !globalThis.kinerja.state().import_open);
  await waitSaved(tab);

  await tab.typeInto('penilai.rater_search', employee.rater.nip);
  await tab.clickWidget(`penilai.rater.${employee.rater.id}`);
  await pressIn(tab, `penilai.period.${OPEN_PERIOD}`);
  s = (await tab.state()).penilai;
  assert.equal(s.rater_id, employee.rater.id);
  assert.equal(s.members[employee.id].status, 'diajukan', 'the imported file shows as submitted');
  await pressIn(tab, `penilai.open.${employee.id}`);
  await pressIn(tab, 'penilai.hk.di-atas');
  await pressIn(tab, 'penilai.pk.sesuai');
  const reason = 'Realisasi triwulan IV melampaui target dan didukung bukti laporan.';
  await pressIn(tab, 'penilai.reason');
  await tab.type(reason);
  await tab.waitFor((r) => globalThis.kinerja.state().penilai.open.reason === r, reason);
  await pressIn(tab, 'penilai.save');
  await waitSaved(tab);
  s = (await tab.state()).penilai;
  assert.equal(s.error, '');
  assert.equal(s.members[employee.id].rating_hasil_kerja, 'di-atas');
  assert.equal(s.members[employee.id].predikat, 'baik', 'di atas × sesuai is Baik');
  await shot(tab, 'penilai-rated');
  // And it is stored: a reload finds the rating.
  await tab.reload();
  await tab.appReady();
  await tab.typeInto('penilai.rater_search', employee.rater.nip);
  await tab.clickWidget(`penilai.rater.${employee.rater.id}`);
  await pressIn(tab, `penilai.period.${OPEN_PERIOD}`);
  assert.equal((await tab.state()).penilai.members[employee.id].predikat, 'baik', 'the rating survives a reload');
  await noErrors(tab, 'supervisor');
});

test(`${engine}: a second tab is read-only and sees the writer's save`, async () => {
  await tab.openApp(site.url, '#/admin');
  await waitStill(tab);
  const second = await tab.newTab();
  try {
    await second.openApp(site.url, '#/admin');
    assert.equal((await tab.state()).writer, true);
    assert.equal((await second.state()).writer, false);
    await second.findWidget('banner.read_only');
    await shot(second, 'second-tab-read-only');

    await tab.front();
    const button = await tab.findWidget('period.p-2026-tahunan');
    const wasLocked = button.text === 'Buka kunci';
    await tab.clickAt(button);
    await waitSaved(tab);
    assert.equal((await tab.findWidget(button.id)).text, wasLocked ? 'Kunci' : 'Buka kunci');
    const written = (await tab.state()).last_seq;
    await second.front();
    await second.findWidget(button.id);
    try {
      await second.waitFor((id, text) => globalThis.kinerja.widgets().some((w) => w.id === id && w.text === text),
        button.id, wasLocked ? 'Kunci' : 'Buka kunci');
    } catch (e) {
      const seen = await second.evaluate(() => ({ state: globalThis.kinerja.state(), frames: globalThis.kinerja.frames(), visible: document.visibilityState }));
      throw new Error(`the read-only tab did not follow (writer at last_seq ${written}; reader ${JSON.stringify({ last_seq: seen.state.last_seq, writer: seen.state.writer, frames: seen.frames, visible: seen.visible })})`, { cause: e });
    }
    // An edit in the read-only tab is refused with a message.
    await second.clickWidget(button.id);
    assert.match((await second.state()).message, /hanya-baca/);
    await noErrors(second, 'second tab');
  } finally {
    await second.closeTab();
    await tab.front();
  }
  await noErrors(tab, 'two tabs');
});

test(`${engine}: the evaluation document is made for printing and opens`, async () => {
  await tab.openApp(site.url, '#/admin');
  await catchFiles(tab);
  await tab.clickWidget('admin.tab.flow');
  await pressIn(tab, 'admin.flow.period.p-2026-tw2');
  await pressIn(tab, 'admin.flow.lembar');
  const row = (await tab.widgets()).find((w) => w.id.startsWith('admin.flow.doc.') && w.visible);
  assert.ok(row, 'the evaluation sheets are listed');
  await tab.clickAt(row);
  const doc = await caught(tab, 'document');
  assert.match(doc.name, /\.html$/);
  for (const part of ['EVALUASI KINERJA PEGAWAI', 'HASIL KERJA', 'PERILAKU KERJA', 'PREDIKAT KINERJA PEGAWAI', 'PEJABAT PENILAI KINERJA'])
    assert.ok(doc.text.includes(part), `the document has ${part}`);
  const cityKey = JSON.parse(fs.readFileSync(path.join(siteDir, 'kunci-kota.json'), 'utf8'));
  // The document as this engine opens it, in a tab of its own. The shell
  // opens it on a blob: address; WebDriver cannot follow one into a new
  // window in every engine, so the same bytes are served beside the site.
  const url = site.put('lembar-evaluasi.html', doc.text);
  const reader = await tab.newTab();
  try {
    await reader.goto(url);
    const seen = await reader.waitFor(() => document.readyState === 'complete' && document.getElementById('predikat') && ({
      predikat: document.getElementById('predikat').textContent.trim(),
      key: document.getElementById('kunci-kota').textContent,
      print: !!document.getElementById('cetak'),
    }));
    assert.ok(['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'].includes(seen.predikat), `predikat "${seen.predikat}"`);
    assert.ok(seen.key.includes(cityKey.fingerprint), 'the city key fingerprint is printed');
    assert.ok(seen.print, 'the document has its print button');
    const { png } = await reader.screenshot('lembar-document');
    assertNotBlank(png, `${engine} evaluation document`);
    await noErrors(reader, 'document');
  } finally {
    await reader.closeTab();
    await tab.front();
  }
  await noErrors(tab, 'document');
});

test(`${engine}: a citizen answers the survey at the kiosk`, async () => {
  await tab.openApp(site.url, '#/kiosk');
  const kiosk = async () => (await tab.state()).kiosk;
  assert.equal((await kiosk()).mode, 'setup');
  await tab.findWidget('kiosk.choose_unit_first');
  const unit = (await tab.widgets()).find((w) => w.id.startsWith('kiosk.unit.') && /Puskesmas/.test(w.text));
  assert.ok(unit, 'a Puskesmas is offered');
  await tab.clickAt(unit);
  let k = await tab.waitFor(() => { const x = globalThis.kinerja.state().kiosk; return x.unit_id && x; });
  assert.ok(k.period_id, 'a period contains today');
  const responses = k.responses;
  await pressIn(tab, 'kiosk.start');
  await tab.waitFor(() => globalThis.kinerja.state().kiosk.mode === 'start');
  await pressIn(tab, 'kiosk.go_skm');
  await tab.waitFor(() => globalThis.kinerja.state().kiosk.mode === 'skm');
  assert.equal((await tab.findWidget('kiosk.answer.4')).text, 'Sangat sesuai');
  const answers = [4, 3, 4, 4, 3, 4, 4, 2, 3];
  for (let i = 0; i < answers.length; i += 1) {
    assert.equal((await kiosk()).step, i, `on unsur ${i + 1}`);
    await pressIn(tab, `kiosk.answer.${answers[i]}`);
    await tab.waitFor((n) => globalThis.kinerja.state().kiosk.step === n, i + 1);
  }
  await shot(tab, 'kiosk-about-you');
  await pressIn(tab, 'kiosk.send');
  k = await tab.waitFor(() => { const x = globalThis.kinerja.state().kiosk; return x.mode === 'thanks' && x; });
  assert.match(k.last_stored, /^skm-kios-/);
  assert.deepEqual(k.answers, [0, 0, 0, 0, 0, 0, 0, 0, 0], 'the answers are cleared for the next citizen');
  await shot(tab, 'kiosk-thanks');
  await waitSaved(tab);
  assert.equal((await kiosk()).responses, responses + 1, 'the unit has one more response');
  await noErrors(tab, 'kiosk');
});

// The accessibility mirror (shell/a11y.js) in this engine: the screen as named
// controls and text in reading order, Tab moving the app's own focus, Enter pressing.
test(`${engine}: a screen reader's copy of the screen, and Tab and Enter work the app`, async () => {
  await tab.openApp(site.url, '#/pegawai');
  await waitStill(tab);
  const heard = await tab.evaluate(() => globalThis.kinerjaA11y.read());
  const said = heard.map((x) => `${x.role}: ${x.name.split('\n')[0]}`);
  assert.equal(said[0], 'title: Kinerja Samarinda', said.join(' | '));
  assert.ok(said.includes('heading: Penilaian diri pegawai'), said.join(' | '));
  assert.ok(said.some((x) => x.startsWith('textbox: Cari nama atau NIP')), 'the search field is named by its label');
  assert.deepEqual(heard.filter((x) => !x.name.trim()).map((x) => x.id), [], 'nothing without a name');
  await tab.evaluate(() => document.activeElement && document.activeElement.blur());
  let reached = false;
  for (let i = 0; i < 30 && !reached; i += 1) {
    await tab.press('Tab');
    await tab.waitFrames(3);
    reached = (await tab.evaluate(() => globalThis.kinerjaA11y.focusedId())) === 'nav.penilai';
  }
  assert.ok(reached, 'Tab reaches the Penilai button');
  await tab.waitFor(() => Number(document.activeElement.dataset.uid) === globalThis.kinerjaA11y.appFocus());
  await tab.press('Enter');
  await tab.waitFor(() => globalThis.kinerja.state().route === '#/penilai');
  await tab.findWidget('guide.penilai');  // the Penilai screen is drawn, not only chosen
  await shot(tab, 'a11y-penilai-by-keyboard');
  await noErrors(tab, 'mirror');
});

test(`${engine}: without WebGL2 the page explains itself and shows the figures as HTML`, async () => {
  const plain = await open(engine, { width: 1280, height: 800, clock: DEMO_NOW, noWebgl: true });
  try {
    await plain.goto(`${site.url}?test=1#/publik`);
    assert.equal(await plain.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), false, 'WebGL2 is off');
    // kinerja.ready settles ({ app: false }) and the hooks answer "nothing" instead of throwing.
    const hooks = await plain.evaluate(async () => ({
      ready: await globalThis.kinerja.ready,
      frames: globalThis.kinerja.frames(),
      pending: globalThis.kinerja.inputPending(),
      state: globalThis.kinerja.state(),
      widgets: globalThis.kinerja.widgets(),
    }));
    assert.deepEqual(hooks, { ready: { app: false }, frames: 0, pending: 0, state: null, widgets: [] });
    const page = await plain.waitFor(() => document.getElementById('publik-html').dataset.state === 'ready' && {
      notice: document.getElementById('no-webgl').hidden ? '' : document.getElementById('no-webgl').textContent,
      figures: document.getElementById('publik-html').getBoundingClientRect().height > 100,
    });
    assert.match(page.notice, /tidak mendukung WebGL2/);
    assert.ok(page.figures, 'the public figures are shown as HTML');
    const { png } = await plain.screenshot('no-webgl');
    assertNotBlank(png, `${engine} no-webgl page`);
    await noErrors(plain, 'no WebGL2');
  } finally {
    await plain.close();
  }
});
