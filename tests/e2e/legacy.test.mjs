// A legacy period end to end in the browser: BKPSDM brings in an archived 2021
// assessment (a PermenPANRB 8/2021 year with an employee's SKP — one indicator
// a maximum-attainable target — realisations and the rater mapping, each
// record signed by who wrote it); the pejabat penilai sees the nilai SKP the
// core computed, a nilai perilaku that is not a number is refused with the
// reason, a number gives PP 30's nilai kinerja live and is saved; the employee
// sees the nilai SKP and the final nilai in Pegawai; the evaluation document
// prints them. No 6/2022 rating is asked anywhere in that period.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, reach, appState,
  screenshot, assertNotBlank, waitSaved, waitFrames, desktop, phone, typeInto, saveDownload, signedAsDemo,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-legacy-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const PERIOD = 'p-2021-tahunan';
const DEVICE = 'arsip-bkpsdm';

// The archived year for one employee and their rater, as the records' authors signed them.
function archive(employee, rater, stamp) {
  const env = (id, author) => ({
    id, author, created: stamp, updated: stamp, deleted: false, hlc: `${stamp.replace('Z', '.000Z')}/0000/${DEVICE}`,
    ver: { [DEVICE]: 1 },
  });
  const skpId = `skp-2021-${employee.id}`;
  return {
    format: 'kinerja-samarinda/bundle', schema: 1, created: stamp, origin: DEVICE, scope: { kind: 'bkpsdm' },
    data: {
      periods: [{
        ...env(PERIOD, 'admin'), name: 'Tahunan 2021', jenis: 'tahunan', year: 2021, start: '2021-01-01',
        end: '2021-12-31', deadline: '2026-12-31', metode: 'permenpanrb-8-2021', locked: false,
      }],
      assignments: [{
        ...env(`as-2021-${employee.id}`, 'admin'), employee_id: employee.id, penilai_id: rater.id,
        period_id: PERIOD, kind: 'definitif',
      }],
      skps: [{
        ...env(skpId, employee.nip), employee_id: employee.id, year: 2021, pendekatan: 'kuantitatif',
        rhk: [{
          id: `${skpId}.r1`, kategori: 'utama', text: 'Laporan keuangan unit yang akuntabel',
          indicators: [
            { id: 'i1', text: 'Persentase laporan keuangan bebas temuan', aspek: 'kualitas', polaritas: 'naik',
              target: 100, satuan: '%', target_maksimal: true },
            { id: 'i2', text: 'Dokumen pertanggungjawaban yang diselesaikan', aspek: 'kuantitas', polaritas: 'naik',
              target: 50, satuan: 'dokumen' },
          ],
        }],
      }],
      realisations: [['i1', 100], ['i2', 49]].map(([ind, value]) => ({
        ...env(`rz-${employee.id}-2021-${ind}`, employee.nip), skp_id: skpId, indicator_id: ind, period_id: PERIOD,
        value, submitted: stamp,
      })),
    },
  };
}

// Opens Penilai as the demo city's first rater, picks a member of their team
// who is not a unit head, and brings the archived 2021 year in for them.
async function withArchive(page) {
  await openApp(page, site.url, '#/penilai');
  await waitSaved(page);
  const first = (await appState(page)).penilai.raters[0];
  await typeInto(page, 'penilai.rater_search', first.nip);
  await click(page, `penilai.rater.${first.id}`);
  await click(page, 'penilai.period.p-2026-tw3');
  const s = (await appState(page)).penilai;
  const [memberId, member] = Object.entries(s.members).find(([, m]) => !m.kepala_cko);
  const rater = { id: s.rater_id, nip: s.rater_nip };
  const employee = { id: memberId, nip: member.nip };
  // BKPSDM brings the archived year in as a file; every record is signed by its author.
  const stamp = (await page.evaluate(() => new Date().toISOString())).replace(/\.\d+Z$/, 'Z');
  const text = signedAsDemo(JSON.stringify(archive(employee, rater, stamp)));
  await page.evaluate(async (t) => {
    await globalThis.kinerja.importFiles([new File([t], 'arsip-2021.json', { type: 'application/json' })]);
  }, text);
  await waitFrames(page, 3);
  const imp = await appState(page);
  assert.equal(imp.import_open, true);
  assert.equal(imp.import_counts.new, 5, JSON.stringify(imp.import_counts));
  await click(page, 'import.apply');
  await waitSaved(page);
  await waitFrames(page, 3);
  return { memberId, employee };
}

test('a PermenPANRB 8/2021 year: imported, rated with a nilai perilaku, seen by the employee, printed', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  const { memberId, employee } = await withArchive(page);

  // The rater's queue in 2021: no curve, no bulk Sesuai, a note that says why.
  await click(page, `penilai.period.${PERIOD}`);
  let s = (await appState(page)).penilai;
  assert.equal(s.period_id, PERIOD);
  assert.deepEqual(Object.keys(s.members), [memberId]);
  await findWidget(page, 'penilai.legacy_queue');
  assert.equal((await page.evaluate(() => globalThis.kinerja.widgets())).some((w) => w.id === 'penilai.bulk_sesuai'), false);
  assertNotBlank((await screenshot(page, 'legacy-desktop-penilai-queue')).png, 'queue');

  await click(page, `penilai.open.${memberId}`);
  s = (await appState(page)).penilai;
  assert.equal(s.open.legacy_live.ok, false);
  assert.equal(s.open.legacy_live.error, 'nilai perilaku belum diberikan');
  // No 6/2022 rating buttons in a legacy period.
  const ids = (await page.evaluate(() => globalThis.kinerja.widgets())).map((w) => w.id);
  assert.equal(ids.some((id) => id.startsWith('penilai.hk.') || id.startsWith('penilai.pk.')), false, 'a 6/2022 rating is asked');

  // Not a number: refused with the reason, nothing stored.
  await typeInto(page, 'penilai.nilai_perilaku', 'sembilan puluh');
  await click(page, 'penilai.save');
  s = (await appState(page)).penilai;
  assert.match(s.error, /harus berupa angka/);
  assert.equal(s.members[memberId].rated, false);
  await screenshot(page, 'legacy-desktop-penilai-refused');

  // 95,5 — nilai SKP (120 for the maximum target met, 88 for 98 %) = 104; 104 × 70 % + 95.5 × 30 % = 101.45, Baik.
  await click(page, 'penilai.nilai_perilaku');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeInto(page, 'penilai.nilai_perilaku', '95,5');
  s = (await appState(page)).penilai;
  assert.equal(s.open.nilai_perilaku, '95,5');
  assert.equal(s.open.legacy_live.ok, true);
  assert.equal(s.open.legacy_live.nilai, 101.45);
  assert.equal(s.open.legacy_live.kategori, 'baik');
  await click(page, 'penilai.save');
  await waitSaved(page);
  await waitFrames(page, 3);
  s = (await appState(page)).penilai;
  assert.equal(s.error, '');
  assert.equal(s.members[memberId].rated, true);
  assert.equal(s.members[memberId].predikat, '', 'a legacy period has no 6/2022 predikat');
  assert.equal(s.open.legacy_akhir.nilai, 101.45);
  await reach(page, 'penilai.save');
  assertNotBlank((await screenshot(page, 'legacy-desktop-penilai-saved')).png, 'saved');

  // The employee sees it in Pegawai.
  await click(page, 'nav.pegawai');
  await typeInto(page, 'pegawai.search', employee.nip);
  await click(page, `pegawai.pick.${memberId}`);
  await reach(page, `pegawai.period.${PERIOD}`);
  await click(page, `pegawai.period.${PERIOD}`);
  const p = (await appState(page)).pegawai;
  assert.equal(p.period_id, PERIOD);
  assert.deepEqual(p.legacy_skp, { ok: true, nilai: 104, kategori: '' });
  assert.deepEqual(p.legacy_akhir, { ok: true, nilai: 101.45, kategori: 'baik' });
  await reach(page, `riwayat.ev-${memberId}-2021-tahunan`);
  assertNotBlank((await screenshot(page, 'legacy-desktop-pegawai')).png, 'pegawai');

  // The evaluation document prints the nilai SKP, the nilai perilaku and the final nilai.
  await click(page, 'nav.admin');
  await click(page, 'admin.tab.flow');
  await reach(page, `admin.flow.period.${PERIOD}`);
  await click(page, `admin.flow.period.${PERIOD}`);
  await click(page, 'admin.flow.lembar');
  await typeInto(page, 'admin.flow.search', employee.nip);
  const [doc] = await Promise.all([context.waitForEvent('page'), click(page, `admin.flow.doc.${memberId}`)]);
  await doc.waitForLoadState('load');
  const html = await doc.content();
  assert.match(html, /METODE PENILAIAN: <b>PermenPANRB 8\/2021<\/b>/);
  assert.equal((await doc.textContent('#nilai-akhir')).trim(), '101,45 (Baik)');
  for (const part of ['NILAI SKP', '104,00', 'NILAI PERILAKU', '95,50', '70% nilai SKP + 30% nilai perilaku'])
    assert.ok(html.includes(part), part);
  assert.ok(html.includes('target maksimal'), 'the maximum-attainable target is marked');
  for (const part of ['RATING HASIL KERJA', 'PREDIKAT KINERJA PEGAWAI', 'CAPAIAN KINERJA ORGANISASI'])
    assert.ok(!html.includes(part), `no 6/2022 ${part} in a legacy document`);
  await doc.screenshot({ path: path.join(process.env.KINERJA_SCREENS_DIR || tmp, 'legacy-desktop-document.png'), fullPage: true });
  assert.deepEqual(problems.filter((x) => !/status of 404/.test(x)), []);
  await context.close();
});

test('phone: the rater gives a nilai perilaku on a 390 px screen', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const { memberId } = await withArchive(page);
  await reach(page, `penilai.period.${PERIOD}`);
  await click(page, `penilai.period.${PERIOD}`);
  await reach(page, `penilai.open.${memberId}`);
  await click(page, `penilai.open.${memberId}`);
  await reach(page, 'penilai.nilai_perilaku');
  await typeInto(page, 'penilai.nilai_perilaku', '120');
  await click(page, 'penilai.legacy_inovasi');
  const live = (await appState(page)).penilai.open.legacy_live;
  // 104 × 70 % + 120 × 30 % = 108.8: Baik, innovation or not (Sangat Baik starts at 110)
  assert.equal(live.nilai, 108.8);
  assert.equal(live.kategori, 'baik');
  await reach(page, 'penilai.save');
  assertNotBlank((await screenshot(page, 'legacy-phone-penilai')).png, 'phone');
  await context.close();
});
