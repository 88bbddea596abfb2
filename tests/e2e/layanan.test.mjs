// Indicators measured from service data, end to end in the browser:
// - kiosk answers entered at a Puskesmas counter, exported and imported by the
//   admin, become a Puskesmas employee's measured IKM, its capaian and the
//   suggested rating;
// - in Admin › Layanan a day's register total changes the measured patients per
//   day; an SP4N-LAPOR! export with a bad row is refused naming the row, and
//   the fixed file comes in as complaints on channel "lapor";
// - a citizen answers the survey on the unit's public page, gets a code, and
//   the admin's paste records it once (a second paste is refused).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, findWidget, appState, widgets, click, typeInto, reach,
  screenshot, assertNotBlank, waitSaved, waitFrames, desktop, phone, saveDownload, runCli,
  fill as libFill, choose as libChoose,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-layanan-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const UNIT = 'u-pkm-palaran';
const real = (problems) => problems.filter((p) => !/status of 404/.test(p));
const peg = async (page) => (await appState(page)).pegawai;
const layanan = async (page) => (await appState(page)).admin.layanan;
const kiosk = async (page) => (await appState(page)).kiosk;

// A staff member (not the head) of Puskesmas Palaran in the demo city.
function palaranStaff() {
  const file = path.join(tmp, 'demo.json');
  runCli(['demo', '-o', file]);
  const demo = JSON.parse(fs.readFileSync(file, 'utf8'));
  const e = demo.data.employees.find((x) => x.unit_id === UNIT && !x.is_unit_head);
  assert.ok(e, 'the demo city has staff in Puskesmas Palaran');
  return e;
}

async function until(page, read, pred, what) {
  const end = Date.now() + 15000;
  for (;;) {
    const v = await read(page);
    if (pred(v)) return v;
    if (Date.now() > end) throw new Error(`never reached: ${what} (${JSON.stringify(v).slice(0, 600)})`);
    await waitFrames(page, 2);
  }
}

async function press(page, id) {
  await reach(page, id);
  return click(page, id);
}

// Fields and combos brought into view first (Admin › Layanan is a long page).
const fill = (page, id, text) => libFill(page, id, text, { clickFn: press });
const choose = (page, combo, item) => libChoose(page, combo, item, { clickFn: press });

async function importFile(page, name, text, type = 'text/csv') {
  await page.evaluate(async ({ n, t, ty }) => {
    await globalThis.kinerja.importFiles([new File([t], n, { type: ty })]);
    while (!globalThis.kinerja.state().import_open) await new Promise((r) => setTimeout(r, 20));
  }, { n: name, t: text, ty: type });
  await waitFrames(page, 3);
}

async function pickEmployee(page, nip) {
  await typeInto(page, 'pegawai.search', nip);
  const s = await peg(page);
  assert.equal(s.matches.length, 1, `one employee matches ${nip}`);
  await click(page, `pegawai.pick.${s.matches[0]}`);
  return until(page, peg, (x) => x.employee_id === s.matches[0], 'the profile open');
}

const measured = (s, jenis) => s.indicators.find((i) => i.terukur && i.terukur.jenis === jenis);

test('kiosk answers at the counter, imported by the admin, become a Puskesmas employee\'s measured IKM and suggestion', async () => {
  const staff = palaranStaff();

  // BKPSDM's device: the employee's Triwulan IV has no survey answers yet.
  const office = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await office.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/pegawai');
  await waitSaved(page);
  let s = await pickEmployee(page, staff.nip);
  assert.equal(s.period_id, 'p-2026-tw4');
  // In a realised quarter of the demo city all three are measured from the unit's data
  // (in Triwulan II only four complaints were answered: too few for a median, and it says so).
  await press(page, 'pegawai.period.p-2026-tw1');
  s = await until(page, peg, (x) => x.period_id === 'p-2026-tw1', 'Triwulan I');
  for (const jenis of ['ikm', 'tanggapan-median', 'volume-harian']) {
    const m = measured(s, jenis);
    assert.ok(m && typeof m.terukur.nilai === 'number', `${jenis} measured in Triwulan I (${JSON.stringify(m)})`);
    assert.match(m.terukur.asal, /Triwulan I 2026 — UPTD Puskesmas Palaran$/);
    assert.equal(typeof m.capaian, 'number');
  }
  assert.match(measured(s, 'volume-harian').terukur.asal, /^Rata-rata [\d,]+ per hari \(Rawat jalan, [\d.]+ dalam \d+ hari tercatat\)/);
  await reach(page, `pegawai.terukur.${measured(s, 'tanggapan-median').id}`);
  assertNotBlank((await screenshot(page, 'layanan-pegawai-tw1')).png, 'employee in Triwulan I');
  await press(page, 'pegawai.period.p-2026-tw4');
  s = await until(page, peg, (x) => x.period_id === 'p-2026-tw4', 'back to Triwulan IV');
  let ikm = measured(s, 'ikm');
  assert.ok(ikm, `the Puskesmas employee's SKP has a measured IKM (${JSON.stringify(s.indicators)})`);
  assert.equal(ikm.terukur.nilai, null);
  assert.match(ikm.terukur.asal, /^Baru 0 responden SKM \(minimal 5/);
  assert.equal(ikm.capaian, null);
  const patients = measured(s, 'volume-harian');
  assert.ok(patients, 'patients per day are measured too');
  const response = measured(s, 'tanggapan-median');
  assert.ok(response, 'and the complaint response time');
  const saranBefore = s.saran_teks;
  await reach(page, `pegawai.terukur.${ikm.id}`);
  assertNotBlank((await screenshot(page, 'layanan-pegawai-before')).png, 'employee before');

  // The counter: five citizens answer the survey on the kiosk, which exports them.
  const counter = await browser.newContext({ ...phone, acceptDownloads: true });
  const kp = await counter.newPage();
  const kioskProblems = watchConsole(kp);
  await openApp(kp, site.url, '#/kiosk');
  await press(kp, `kiosk.unit.${UNIT}`);
  await until(kp, kiosk, (k) => k.unit_id === UNIT, 'Puskesmas Palaran chosen');
  await press(kp, 'kiosk.start');
  await until(kp, kiosk, (k) => k.mode === 'start', 'kiosk started');
  for (let citizen = 0; citizen < 5; citizen += 1) {
    await press(kp, 'kiosk.go_skm');
    await until(kp, kiosk, (k) => k.mode === 'skm' && k.step === 0, 'questionnaire');
    for (let step = 0; step < 9; step += 1) {
      await press(kp, 'kiosk.answer.4');
      await until(kp, kiosk, (k) => k.step === step + 1, `unsur ${step + 1}`);
    }
    await press(kp, 'kiosk.send');
    await until(kp, kiosk, (k) => k.mode === 'thanks', 'thanks');
    await press(kp, 'kiosk.done');
    await until(kp, kiosk, (k) => k.mode === 'start', 'next citizen');
  }
  await waitSaved(kp);
  await press(kp, 'kiosk.exit');
  await press(kp, 'kiosk.exit_confirm');
  await until(kp, kiosk, (k) => k.mode === 'setup', 'officer view');
  const file = await saveDownload(kp, () => press(kp, 'kiosk.export'), tmp);
  assert.deepEqual(real(kioskProblems), []);
  await counter.close();

  // The admin imports the kiosk's file; the employee's realisation is measured from it.
  await importFile(page, path.basename(file), fs.readFileSync(file, 'utf8'), 'application/json');
  const st = await appState(page);
  assert.deepEqual(st.import_file_errors, []);
  assert.equal(st.import_counts.new, 5);
  await click(page, 'import.apply');
  await waitSaved(page);
  s = await until(page, peg, (x) => measured(x, 'ikm').terukur.nilai !== null, 'the IKM measured');
  ikm = measured(s, 'ikm');
  assert.equal(ikm.terukur.nilai, 100);
  assert.equal(ikm.terukur.dasar, 5);
  assert.match(ikm.terukur.asal, /^IKM 100,00 \(mutu A\) dari 5 responden SKM, Triwulan IV\S* 2026 — UPTD Puskesmas Palaran$/);
  assert.ok(Math.abs(ikm.capaian - (100 / 82) * 100) < 1e-6, `capaian ${ikm.capaian}`);
  assert.notEqual(s.saran_teks, saranBefore, 'the suggested rating takes the new capaian in');
  await reach(page, `pegawai.terukur.${ikm.id}`);
  assertNotBlank((await screenshot(page, 'layanan-pegawai-after')).png, 'employee after');

  // Admin › Layanan shows the same figure and where it comes from.
  await openApp(page, site.url, '#/admin');
  await click(page, 'admin.tab.layanan');
  await choose(page, 'admin.layanan.unit', UNIT);
  await choose(page, 'admin.layanan.period', 'p-2026-tw4');
  const l = await until(page, layanan, (x) => x.unit_id === UNIT && x.period_id === 'p-2026-tw4', 'the unit and quarter');
  assert.equal(l.responden, 5);
  const t = l.terukur.find((x) => x.jenis === 'ikm');
  assert.equal(t.nilai, 100);
  assertNotBlank((await screenshot(page, 'layanan-admin-tw4')).png, 'admin layanan');
  assert.deepEqual(real(problems), []);
  await office.close();
});

test('Admin › Layanan: a day\'s register total, an SP4N-LAPOR! file refused by row then imported, a citizen\'s code recorded once', async () => {
  const staff = palaranStaff();
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  await click(page, 'admin.tab.layanan');
  await choose(page, 'admin.layanan.unit', UNIT);
  await choose(page, 'admin.layanan.period', 'p-2026-tw4');
  let l = await until(page, layanan, (x) => x.unit_id === UNIT && x.period_id === 'p-2026-tw4', 'the unit and quarter');
  assert.deepEqual(l.volume, [], 'no register totals in Triwulan IV yet');
  const lapor0 = l.per_kanal.lapor || 0, web0 = l.per_kanal.web || 0, responden0 = l.responden;

  // A day's total with a bad count is refused at its field; a good one is stored.
  await fill(page, 'admin.layanan.tanggal', '2026-11-27');
  await fill(page, 'admin.layanan.layanan', 'Rawat jalan');
  await fill(page, 'admin.layanan.jumlah', 'enam puluh');
  await press(page, 'layanan.save');
  l = await until(page, layanan, (x) => x.error !== '', 'a refusal');
  assert.match(l.error, /jumlah "enam puluh" harus bilangan bulat/);
  await fill(page, 'admin.layanan.jumlah', '64');
  await press(page, 'layanan.save');
  await waitSaved(page);
  l = await until(page, layanan, (x) => x.volume.length === 1, 'the day stored');
  assert.deepEqual(l.volume[0], { layanan: 'Rawat jalan', hari: 1, jumlah_hari: 64, total_periode: null });
  const perDay = l.terukur.find((x) => x.jenis === 'volume-harian');
  assert.equal(perDay.nilai, 64);
  assert.match(perDay.asal, /^Rata-rata 64 per hari \(Rawat jalan, 64 dalam 1 hari tercatat\)/);
  assertNotBlank((await screenshot(page, 'layanan-admin-day')).png, 'a day stored');

  // An SP4N-LAPOR! export with a bad row: refused, the row named, nothing stored.
  const header = 'nomor;diterima;tanggapan_pertama;selesai;kategori\n';
  const good1 = '7781201;2026-11-02 09:15;2026-11-02 13:40;2026-11-04 10:00;pengaduan\n';
  const good2 = '7781202;03/11/2026 20:41;04/11/2026 08:10;;informasi\n';
  const bad = '7781203;2026-11-05 10:00;2026-11-04 08:00;;pengaduan\n';
  await importFile(page, 'lapor-salah.csv', header + good1 + bad + good2);
  let st = await appState(page);
  assert.equal(st.import_counts.new + st.import_counts.updated, 0);
  assert.ok(st.import_file_errors.some((e) => /lapor-salah\.csv: baris 3: tanggapan pertama sebelum laporan diterima/.test(e)),
    st.import_file_errors.join('\n'));
  assertNotBlank((await screenshot(page, 'layanan-lapor-refused')).png, 'lapor refused');
  await click(page, 'import.cancel');
  await importFile(page, 'lapor.csv', header + good1 + good2);
  st = await appState(page);
  assert.deepEqual(st.import_file_errors, []);
  assert.equal(st.import_counts.new, 2, JSON.stringify({ counts: st.import_counts, rejected: st.import_rejected }));
  await click(page, 'import.apply');
  await waitSaved(page);
  l = await until(page, layanan, (x) => (x.per_kanal.lapor || 0) === lapor0 + 2, 'the reports as complaints');
  // The same file again adds nothing.
  await importFile(page, 'lapor.csv', header + good1 + good2);
  st = await appState(page);
  assert.equal(st.import_counts.new, 0);
  await click(page, 'import.cancel');

  // A citizen on a phone answers the survey on the unit's public page and gets a code.
  const citizen = await browser.newContext(phone);
  const cp = await citizen.newPage();
  const citizenProblems = watchConsole(cp);
  await openApp(cp, site.url, `#/publik/${UNIT}`);
  await press(cp, 'suara.skm');
  for (let q = 1; q <= 9; q += 1) await press(cp, `publik.suara.q${q}.${q === 4 ? 3 : 4}`);
  const pub = async (p) => (await appState(p)).publik.suara;
  let sw = await pub(cp);
  assert.deepEqual(sw.answers, [4, 4, 4, 3, 4, 4, 4, 4, 4]);
  assertNotBlank((await screenshot(cp, 'layanan-warga-survei')).png, 'citizen survey');
  await press(cp, 'suara.buat');
  sw = await until(cp, pub, (x) => x.kode !== '', 'a code');
  assert.match(sw.kode, /^KS1-[0-9A-Z]+-[0-9A-Z]{6}$/);
  await reach(cp, 'suara.bagikan');
  assertNotBlank((await screenshot(cp, 'layanan-warga-kode')).png, 'citizen code');
  await press(cp, 'suara.bagikan');
  const shared = await cp.evaluate(() => globalThis.kinerja.lastShare());
  assert.ok(shared.text.includes(sw.kode), 'the message carries the code');
  assert.match(shared.text, /UPTD Puskesmas Palaran/);
  assert.deepEqual(real(citizenProblems), []);
  await citizen.close();

  // The admin pastes the message: one SKM answer more, on channel web; again: refused.
  await fill(page, 'admin.layanan.kiriman', shared.text);
  await press(page, 'layanan.kiriman_simpan');
  await waitSaved(page);
  l = await until(page, layanan, (x) => x.responden === responden0 + 1, 'the citizen\'s answer recorded');
  assert.match(l.kiriman_done, /tercatat/);
  await fill(page, 'admin.layanan.kiriman', shared.text);
  await press(page, 'layanan.kiriman_simpan');
  l = await until(page, layanan, (x) => x.kiriman_error !== '', 'the second paste refused');
  assert.match(l.kiriman_error, /sudah diterima/);
  assert.equal(l.responden, responden0 + 1);
  assertNotBlank((await screenshot(page, 'layanan-admin-kiriman')).png, 'admin after the paste');
  assert.equal(l.per_kanal.web || 0, web0, 'a survey is not a complaint');

  // The employee of the unit sees the day's total as their measured patients per day.
  await openApp(page, site.url, '#/pegawai');
  const s = await pickEmployee(page, staff.nip);
  assert.equal(measured(s, 'volume-harian').terukur.nilai, 64);
  assert.deepEqual(real(problems), []);
  await context.close();
});
