// Admin › "Konsolidasi & publikasi", from the demo city, by clicking and typing
// on named widgets: consolidation counts, calibration against the curve (a
// reason is required; the distribution moves), a keberatan decided, the
// official evaluation document in a new tab (escaped, printable), and
// publishing publik.json only after approval — with no NIP or name in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, appState, screenshot, assertNotBlank,
  waitSaved, waitFrames, typeInto, widgets, desktop, phone, screensDir,
  reach, saveDownload, dropFiles, signedAsDemo, runCli, siteDir,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-admin-flow-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const flow = async (page) => (await appState(page)).admin.flow;

async function openFlow(page) {
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  await click(page, 'admin.tab.flow');
  assert.equal((await appState(page)).admin.tab, 'flow');
}

// The period buttons in the order shown (oldest first).
async function periodIds(page) {
  await findWidget(page, 'admin.flow.konsolidasi');
  return (await widgets(page)).filter((w) => w.id.startsWith('admin.flow.period.')).map((w) => w.id);
}

// Like lib's click, but first brings the widget away from the screen's edges
// (a row half under the bottom edge is seen but not hit).
async function clickInView(page, id) {
  let w = await findWidget(page, id);
  const vp = page.viewportSize();
  if (w.y + w.h > vp.height * 0.85 || w.y < vp.height * 0.15) {
    const screen = (await widgets(page)).find((x) => x.id === 'screen');
    await page.mouse.move(screen.x + screen.w / 2, screen.y + screen.h / 2);
    await page.mouse.wheel(0, w.y - vp.height / 2);
    await waitFrames(page, 4);
    w = await findWidget(page, id);
  }
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
}

// Console errors, except the 404 of the probe for a city's own publik.json
// beside the site (absent here: the public page then shows the demo figures).
const realProblems = (problems) => problems.filter((p) => !/status of 404/.test(p));

const downloadVia = (page, id) => saveDownload(page, () => clickInView(page, id), tmp);

async function shots(page, name) {
  const shot = await screenshot(page, name);
  assertNotBlank(shot.png, name);
}

test('consolidation: per-status counts cover every assessment of every period', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openFlow(page);
  const s0 = await appState(page);
  assert.equal(s0.admin.flow.section, '');
  assert.ok(s0.admin.flow.period, 'a default period is chosen');
  await shots(page, 'desktop-admin-flow-konsolidasi-default');

  const ids = await periodIds(page);
  assert.ok(ids.length >= 2, `periods shown: ${ids}`);
  let total = 0, dinilai = 0;
  for (const id of ids) {
    await click(page, id);
    const f = await flow(page);
    assert.equal(`admin.flow.period.${f.period}`, id);
    const k = f.konsolidasi;
    total += k.belum_mulai + k.diajukan + k.dinilai + k.terlambat;
    dinilai += k.dinilai;
    if (k.belum_mulai + k.diajukan + k.dinilai + k.terlambat > 0) assert.ok(k.units > 0);
  }
  const s = await appState(page);
  // Every scored employee × period is in exactly one status of one period.
  assert.equal(total, s.view.scores);
  assert.ok(dinilai > 0, 'the demo has rated assessments');
  assert.equal(s.admin.flow.konsolidasi.conflicts, s.conflicts);
  assert.equal(s.admin.flow.konsolidasi.left_out, s.view.left_out);

  // The first quarter (locked in the demo): rated and late people, the lists.
  await clickInView(page, 'admin.flow.period.p-2026-tw1');
  await shots(page, 'desktop-admin-flow-konsolidasi');
  await findWidget(page, 'admin.flow.to_data').catch(() => {});  // only when there are conflicts
  assert.deepEqual(realProblems(problems), []);
  await context.close();
});

test('calibration, keberatan, evaluation document and publishing, end to end', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openFlow(page);
  // Triwulan II of the demo: rated, with a CKO per unit, and not locked (Triwulan I is).
  await clickInView(page, 'admin.flow.period.p-2026-tw2');

  // --- Kalibrasi: the first unit listed has a curve warning (warnings first).
  await clickInView(page, 'admin.flow.kalibrasi');
  let f = await flow(page);
  assert.equal(f.section, 'kalibrasi');
  assert.ok(f.kalibrasi, 'a unit with a CKO is shown');
  assert.ok(f.kalibrasi.peringatan > 0, `the demo has a unit with a curve warning (${JSON.stringify(f.kalibrasi)})`);
  const unit = f.kalibrasi.unit;
  const before = f.kalibrasi.jumlah;
  await shots(page, 'desktop-admin-flow-kalibrasi');

  const who = f.kalibrasi.pegawai[0];
  assert.ok(who, 'the unit has rated employees');
  await clickInView(page, `admin.flow.kal.${who}`);
  f = await flow(page);
  assert.equal(f.kalibrasi_employee_id, who);
  const current = f.kalibrasi_current;
  const target = current === 'sangat-baik' ? 'baik' : 'sangat-baik';
  await clickInView(page, `admin.flow.kalibrasi_predikat.${target}`);
  await clickInView(page, 'admin.flow.kalibrasi_save');  // no reason yet: refused, nothing stored
  f = await flow(page);
  assert.match(f.kalibrasi_error, /alasan kalibrasi/i);
  assert.deepEqual(f.kalibrasi.jumlah, before);
  await shots(page, 'desktop-admin-flow-kalibrasi-editor');
  await reach(page, 'admin.flow.kalibrasi_note');  // a half-shown field would not take the typing
  await typeInto(page, 'admin.flow.kalibrasi_note', 'Capaian tim melampaui target kota; dibahas dalam rapat kalibrasi');
  await clickInView(page, 'admin.flow.kalibrasi_save');
  await waitSaved(page);
  // The view is rebuilt on the frame after the save lands.
  await page.waitForFunction(([t, n]) => globalThis.kinerja.state().admin.flow.kalibrasi.jumlah[t] === n,
    [target, before[target] + 1], { timeout: 15000 }).catch(() => {});
  f = await flow(page);
  assert.equal(f.kalibrasi_error, '');
  assert.equal(f.kalibrasi_employee_id, '');
  assert.equal(f.kalibrasi.unit, unit);
  assert.equal(f.kalibrasi.jumlah[target], before[target] + 1, 'the distribution moved');
  assert.equal(f.kalibrasi.jumlah[current], before[current] - 1);
  assert.match(f.done, /tersimpan/);
  await shots(page, 'desktop-admin-flow-kalibrasi-saved');

  // --- Keberatan: the demo's pending objections are in Triwulan I, which is
  // locked: the editor says so and leads to the locks; unlock, then decide.
  await clickInView(page, 'admin.flow.period.p-2026-tw1');
  await clickInView(page, 'admin.flow.keberatan');
  f = await flow(page);
  assert.ok(f.keberatan.count > 0, 'the demo has objections');
  const pending = f.keberatan.pending;
  assert.ok(pending > 0);
  await shots(page, 'desktop-admin-flow-keberatan');
  const objection = f.keberatan.pending_ids[0];
  await clickInView(page, `admin.flow.kb.${objection}`);
  f = await flow(page);
  assert.equal(f.keberatan_evaluation_id, objection);
  await shots(page, 'desktop-admin-flow-keberatan-locked');
  await clickInView(page, 'admin.flow.to_locks');
  assert.equal((await appState(page)).admin.tab, '');
  await click(page, 'period.p-2026-tw1');  // "Buka kunci" in Data & berkas
  await waitSaved(page);
  await click(page, 'admin.tab.flow');
  f = await flow(page);
  assert.equal(f.section, 'keberatan');
  assert.equal(f.keberatan_evaluation_id, objection, 'the objection stays open while the admin unlocks');
  await clickInView(page, 'admin.flow.keberatan_decision.diterima');
  await clickInView(page, 'admin.flow.keberatan_save');  // no final predikat, no grounds: refused
  f = await flow(page);
  assert.match(f.keberatan_error, /predikat akhir/i);
  assert.match(f.keberatan_error, /pertimbangan/i);
  await clickInView(page, 'admin.flow.keberatan_predikat.baik');
  await typeInto(page, 'admin.flow.keberatan_note', 'Bukti dukung diperiksa ulang dan ternyata lengkap');
  await shots(page, 'desktop-admin-flow-keberatan-editor');
  await clickInView(page, 'admin.flow.keberatan_save');
  await waitSaved(page);
  await page.waitForFunction((n) => globalThis.kinerja.state().admin.flow.keberatan.pending === n, pending - 1,
    { timeout: 15000 }).catch(() => {});
  f = await flow(page);
  assert.equal(f.keberatan_error, '');
  assert.equal(f.keberatan.pending, pending - 1);
  await shots(page, 'desktop-admin-flow-keberatan-saved');

  // --- A hostile name, brought in the way data arrives: a file dropped on the app.
  await click(page, 'admin.tab.data');
  const exported = JSON.parse(fs.readFileSync(await downloadVia(page, 'data.export_all'), 'utf8'));
  const emp = exported.data.employees.find((e) => e.id === who);
  assert.ok(emp);
  const hostile = { ...emp, name: 'Ana & <b>Budi</b> "Samarinda"', ver: { ...emp.ver, 'dev-e2e-flow': 1 },
    hlc: '2026-11-28T23:59:00.000Z/0000/dev-e2e-flow', updated: '2026-11-28T23:59:00Z' };
  const bundle = { format: 'kinerja-samarinda/bundle', schema: 1, created: '2026-11-28T23:59:00Z', origin: 'dev-e2e-flow',
    scope: { kind: 'bkpsdm' }, data: { employees: [hostile] } };
  // as BKPSDM's own device would write it: signed by the admin (demo keys)
  await dropFiles(page, [{ name: 'ganti-nama.json', text: signedAsDemo(JSON.stringify(bundle)) }]);
  await click(page, 'import.apply');
  await waitSaved(page);

  // --- Lembar evaluasi (Triwulan II, where the calibration was): search, open in a new tab, escaped, printable.
  await click(page, 'admin.tab.flow');
  await clickInView(page, 'admin.flow.period.p-2026-tw2');
  await clickInView(page, 'admin.flow.lembar');
  await typeInto(page, 'admin.flow.search', 'ana & <b>');
  await shots(page, 'desktop-admin-flow-lembar');
  const [doc] = await Promise.all([context.waitForEvent('page'), clickInView(page, `admin.flow.doc.${who}`)]);
  await doc.waitForLoadState('load');
  const html = await doc.content();
  assert.ok(html.includes('Ana &amp; &lt;b&gt;Budi&lt;/b&gt;'), 'the name is escaped');
  assert.ok(!html.includes('<b>Budi'), 'no markup from data');
  assert.equal(await doc.evaluate(() => document.querySelectorAll('b').length > 0 &&
    [...document.querySelectorAll('b')].every((b) => !b.textContent.includes('Budi'))), true);
  const labels = { 'sangat-baik': 'Sangat Baik', baik: 'Baik' };
  assert.equal((await doc.textContent('#predikat')).trim(), labels[target], 'the calibrated predikat is printed');
  for (const part of ['EVALUASI KINERJA PEGAWAI', 'HASIL KERJA', 'PERILAKU KERJA', 'RATING HASIL KERJA',
    'RATING PERILAKU KERJA', 'PREDIKAT KINERJA PEGAWAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA'])
    assert.ok(html.includes(part), part);
  assert.ok(await doc.isVisible('#cetak'));
  // the city's root key, so a reader can check the electronic records behind the paper
  const cityKey = JSON.parse(fs.readFileSync(path.join(path.resolve(siteDir), 'kunci-kota.json'), 'utf8'));
  assert.match(await doc.textContent('#kunci-kota'), new RegExp(`Sidik jari kunci induk Kota Samarinda: ${cityKey.fingerprint} \\(DEMO\\)`));
  await doc.setViewportSize({ width: 900, height: 1200 });
  await doc.screenshot({ path: path.join(screensDir, 'desktop-admin-flow-lembar-document.png'), fullPage: true });
  await doc.emulateMedia({ media: 'print' });
  assert.equal(await doc.isVisible('#cetak'), false, 'the print button does not print');
  await doc.screenshot({ path: path.join(screensDir, 'desktop-admin-flow-lembar-document-print.png'), fullPage: true });
  await doc.pdf({ path: path.join(tmp, 'lembar.pdf'), format: 'A4', preferCSSPageSize: true });
  assert.ok(fs.statSync(path.join(tmp, 'lembar.pdf')).size > 10000);
  await doc.close();
  assert.equal((await flow(page)).doc_employee_id, who);

  // --- Terbitkan: disabled until approved; then publik.json with aggregates only.
  await clickInView(page, 'admin.flow.terbitkan');
  f = await flow(page);
  assert.equal(f.approved, false);
  // the attacker's audit ran before anything can be published, and says so
  assert.equal(f.audit_lulus, true);
  assert.match(f.audit_line, /^Audit lulus: [\d.]+ angka diperiksa dan [\d.]+ kelompok diuji; tidak ada kelompok di bawah 5 orang yang dapat dihitung/);
  await clickInView(page, 'admin.flow.audit_hidden');
  await waitFrames(page, 5);
  await shots(page, 'desktop-admin-flow-terbitkan-audit');
  let early = null;
  page.once('download', (d) => { early = d; });
  await clickInView(page, 'admin.flow.publish');
  await waitFrames(page, 10);
  assert.equal(early, null, 'no download before approval');
  await shots(page, 'desktop-admin-flow-terbitkan');
  await clickInView(page, 'admin.flow.approve');
  assert.equal((await flow(page)).approved, true);
  const file = await downloadVia(page, 'admin.flow.publish');
  assert.equal(path.basename(file), 'publik.json');
  const text = fs.readFileSync(file, 'utf8');
  const publik = JSON.parse(text);
  assert.equal(publik.format, 'kinerja-samarinda/publik');
  assert.ok(publik.periods.length > 0);
  assert.equal(publik.audit.lulus, true);
  assert.ok(publik.audit.angka_diperiksa > 0);
  // signed by the admin's key, as the public page requires; the CLI checks it as the page does
  assert.equal(publik.tanda_tangan.registration.peran, 'admin');
  assert.match(runCli(['verify', file]), /ditandatangani bkpsdm-demo/);
  for (const e of exported.data.employees) {
    if (e.nip) assert.ok(!text.includes(e.nip), `NIP ${e.nip} leaked`);
    if (e.name) assert.ok(!text.includes(`"${e.name}"`), `name ${e.name} leaked`);
  }
  assert.ok(!/\d{18}/.test(text), 'no 18-digit number (NIP) in publik.json');
  assert.ok(!text.includes('Budi'));
  assert.match((await flow(page)).done, /publik\.json/);
  await shots(page, 'desktop-admin-flow-terbitkan-published');
  assert.deepEqual(realProblems(problems), []);
  await context.close();
});

test('every section at phone size', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openFlow(page);
  await periodIds(page);
  await clickInView(page, 'admin.flow.period.p-2026-tw2');
  for (const section of ['konsolidasi', 'kalibrasi', 'keberatan', 'lembar', 'terbitkan']) {
    await clickInView(page, `admin.flow.${section}`);
    await shots(page, `phone-admin-flow-${section}`);
    // The section's content, one screen further down (a thumb's swipe).
    const screen = (await widgets(page)).find((w) => w.id === 'screen');
    await page.mouse.move(screen.x + screen.w / 2, screen.y + screen.h / 2);
    await page.mouse.wheel(0, 650);
    await waitFrames(page, 4);
    await shots(page, `phone-admin-flow-${section}-content`);
    await page.mouse.wheel(0, -3000);
    await waitFrames(page, 4);
  }
  // Scrolled into the calibration table and the editor, as a phone user would.
  await clickInView(page, 'admin.flow.kalibrasi');
  await clickInView(page, `admin.flow.kal.${(await flow(page)).kalibrasi.pegawai[0]}`);
  await findWidget(page, 'admin.flow.kalibrasi_note');
  await shots(page, 'phone-admin-flow-kalibrasi-editor');
  assert.deepEqual(realProblems(problems), []);
  await context.close();
});
