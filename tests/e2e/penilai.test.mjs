// The pejabat penilai's job in the browser, from the demo city: pick oneself,
// open the team queue, review one member and rate them (a rating other than
// the suggestion is refused until a reason is written), bulk "Sesuai
// Ekspektasi" for the rest, see the team against the curve, export the
// penilai file, and import an employee's file that moves them to "diajukan".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, tap, findWidget, appState,
  screenshot, assertNotBlank, waitSaved, waitFrames, desktop, phone, typeInto, saveDownload, signedAsDemo,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-penilai-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const penilai = async (page) => (await appState(page)).penilai;
// Stored, and the scored view rebuilt from the store (the frame after the save answers).
async function stored(page) {
  await waitSaved(page);
  await waitFrames(page, 3);
}

const downloadVia = (page, id) => saveDownload(page, () => click(page, id), tmp);

// A long page on a phone: keep scrolling down (as a thumb would) until the widget shows.
async function scrollTo(page, id, dy = 400) {
  for (let i = 0; i < 80; i += 1) {
    const all = await page.evaluate(() => globalThis.kinerja.widgets());
    const w = all.find((x) => x.id === id && x.visible);
    if (w) return w;
    const screen = all.find((x) => x.id === 'screen');
    await page.mouse.move(screen.x + screen.w / 2, screen.y + screen.h / 2);
    await page.mouse.wheel(0, dy);
    await waitFrames(page, 2);
  }
  throw new Error(`no visible widget "${id}" after scrolling`);
}

// Console errors and failed requests, except the public page's optional
// publik.json: the city places it beside the site, and without one the app
// shows the demo figures (a 404 there is expected, not a problem).
function watchProblems(page) {
  const problems = watchConsole(page);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
  return () => {
    const optional = failed.length > 0 && failed.every((u) => u.endsWith('/publik.json'));
    const real = problems.filter((p) => !(optional && /Failed to load resource.*404/.test(p)));
    return [...real, ...failed.filter((u) => !u.endsWith('/publik.json')).map((u) => `failed: ${u}`)];
  };
}

// Choose a rater through the search box (by NIP) and the list.
async function chooseRater(page, rater, press = click) {
  await typeInto(page, 'penilai.rater_search', rater.nip);
  await press(page, `penilai.rater.${rater.id}`);
  assert.equal((await penilai(page)).rater_id, rater.id);
}

// The demo city's best rater for this test in Triwulan II: a team with
// unrated members (some suggested Sesuai), the smallest such team — once the
// bulk Sesuai makes most of it Baik, its curve warns.
async function pickRater(page) {
  const first = (await penilai(page)).raters[0];
  await chooseRater(page, first);
  await click(page, 'penilai.period.p-2026-tw2');
  await click(page, 'penilai.change_rater');
  const s = await penilai(page);
  assert.equal(s.period_id, 'p-2026-tw2');
  const good = s.raters.filter((r) => r.team >= 4 && r.unrated_sesuai >= 2 && r.unrated >= 3);
  assert.ok(good.length > 0, `no rater in the demo city fits: ${JSON.stringify(s.raters.slice(0, 5))}`);
  good.sort((a, b) => a.team - b.team);
  return good[0];
}

test('a supervisor rates the team: reasons required, bulk Sesuai, curve, export, import', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await openApp(page, site.url, '#/penilai');
  await stored(page);

  // Nobody chosen yet: the screen asks who you are.
  let s = await penilai(page);
  assert.equal(s.rater_id, '');
  await findWidget(page, 'penilai.no_rater');
  assertNotBlank((await screenshot(page, 'penilai-desktop-no-rater')).png, 'no rater');
  // The default period is the latest one containing today.
  assert.match(s.period_id, /^p-\d{4}-/);

  const rater = await pickRater(page);
  await chooseRater(page, rater);
  s = await penilai(page);
  assert.equal(s.period_id, 'p-2026-tw2');
  assert.equal(s.team_size, rater.team);
  const counts = s.counts;
  assert.equal(counts.belum_mulai + counts.diajukan + counts.dinilai + counts.terlambat, s.team_size);
  await findWidget(page, 'penilai.filter.0');
  assertNotBlank((await screenshot(page, 'penilai-desktop-queue')).png, 'queue');

  // The status filter shows only the late ones.
  await click(page, 'penilai.filter.4');
  assert.equal((await penilai(page)).status_filter, 4);
  const lateRows = (await page.evaluate(() => globalThis.kinerja.widgets()))
    .filter((w) => w.id.startsWith('penilai.open.')).map((w) => w.id.slice('penilai.open.'.length));
  for (const id of lateRows) assert.equal(s.members[id].status, 'terlambat', `${id} shown under Terlambat`);
  await click(page, 'penilai.filter.0');

  // One unrated member whose suggestion is not "di atas": rating di atas needs a reason.
  const unrated = Object.entries(s.members).filter(([, m]) => !m.rated && !m.kepala_cko);
  const [memberId] = unrated.find(([, m]) => m.saran_hasil_kerja === 'sesuai' || m.saran_hasil_kerja === 'di-bawah');
  await click(page, `penilai.open.${memberId}`);
  s = await penilai(page);
  assert.equal(s.employee_id, memberId);
  assert.equal(s.open.saran_hasil_kerja, s.members[memberId].saran_hasil_kerja);
  assertNotBlank((await screenshot(page, 'penilai-desktop-member')).png, 'member');

  await click(page, 'penilai.hk.di-atas');
  await click(page, 'penilai.pk.sesuai');
  s = await penilai(page);
  assert.equal(s.open.draft_hasil_kerja, 'di-atas');
  assert.equal(s.open.perlu_alasan, true);
  assert.equal(s.open.predikat_live, 'baik', 'the kuadran is shown live');
  await click(page, 'penilai.save');
  s = await penilai(page);
  assert.match(s.error, /alasan/, 'saving without a reason must be refused with the reason why');
  assert.equal(s.members[memberId].rated, false, 'a refused save stored something');
  await screenshot(page, 'penilai-desktop-refused');

  await typeInto(page, 'penilai.reason', 'Menyelesaikan laporan tambahan di luar target utama');
  await typeInto(page, 'penilai.ub.1', 'Ramah kepada warga, pertahankan');
  await click(page, 'penilai.save');
  await stored(page);
  s = await penilai(page);
  assert.equal(s.error, '');
  assert.equal(s.members[memberId].rating_hasil_kerja, 'di-atas');
  assert.equal(s.members[memberId].rating_perilaku, 'sesuai');
  assert.equal(s.members[memberId].predikat, 'baik');
  assert.equal(s.open.predikat, 'baik');
  await screenshot(page, 'penilai-desktop-member-saved');

  // Back to the queue: bulk Sesuai on the not-yet-rated.
  await click(page, 'penilai.back');
  await click(page, 'penilai.select_unrated');
  s = await penilai(page);
  const before = s.members;
  const chosen = Object.entries(before).filter(([, m]) => !m.rated);
  assert.equal(s.selected, chosen.length);
  // Sesuai needs no reason when both suggestions are Sesuai (or absent); a unit head's result follows the CKO.
  const noReason = (m) => (m.kepala_cko || m.saran_hasil_kerja === 'sesuai' || m.saran_hasil_kerja === '') &&
    (m.saran_perilaku === 'sesuai' || m.saran_perilaku === '');
  const bulkable = chosen.filter(([, m]) => noReason(m));
  assert.ok(bulkable.length >= 1);
  await click(page, 'penilai.bulk_sesuai');
  assert.equal((await penilai(page)).confirm_bulk, true);
  await findWidget(page, 'penilai.bulk_confirm_box');
  await screenshot(page, 'penilai-desktop-bulk-confirm');
  await click(page, 'penilai.bulk_confirm');
  await stored(page);
  s = await penilai(page);
  assert.equal(s.selected, 0);
  let rated = 0;
  for (const [id, m] of chosen) {
    const now = s.members[id];
    if (noReason(m)) {
      // Sesuai × Sesuai is Baik (unit heads follow their unit's CKO).
      assert.equal(now.rated, true, `${id} was not rated by the bulk action`);
      if (!m.kepala_cko) assert.equal(now.predikat, 'baik');
      assert.equal(now.rating_perilaku, 'sesuai');
      rated += 1;
    } else {
      assert.equal(now.rated, false, `${id} (suggested ${m.saran_hasil_kerja}) was rated without a reason`);
    }
  }
  assert.equal(rated, bulkable.length);
  assert.equal(s.members[memberId].rating_hasil_kerja, 'di-atas', 'the bulk action overwrote a rated member');

  // The team against the curve: warnings shown, nothing forced.
  await findWidget(page, 'penilai.curve_bar');
  assert.ok(s.curve_warnings > 0);
  await findWidget(page, 'penilai.curve_warnings');
  await scrollTo(page, 'penilai.bulk_sesuai');
  assertNotBlank((await screenshot(page, 'penilai-desktop-distribution')).png, 'distribution');

  // Export the penilai file: scoped to this rater, with the new ratings inside.
  const file = await downloadVia(page, 'penilai.export');
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(bundle.scope.kind, 'penilai');
  assert.equal(bundle.scope.nip, s.rater_nip);
  const ev = bundle.data.evaluations.find((e) => e.employee_id === memberId && e.period_id === 'p-2026-tw2');
  assert.ok(ev, 'the rated member is not in the export');
  assert.equal(ev.rating_hasil_kerja, 'di-atas');
  assert.equal(ev.predikat, 'baik');
  assert.match(ev.reason, /laporan tambahan/);
  assert.match(ev.rated, /^\d{4}-\d\d-\d\dT/);
  assert.equal(ev.perilaku.find((p) => p.nilai === 'berorientasi-pelayanan').umpan_balik, 'Ramah kepada warga, pertahankan');
  for (const [id] of bulkable) {
    const e = bundle.data.evaluations.find((x) => x.employee_id === id && x.period_id === 'p-2026-tw2');
    assert.equal(e?.rating_perilaku, 'sesuai', `${id}'s bulk rating is not in the export`);
  }

  // An employee's file (exported from the Admin data panel, then a realisation
  // for Triwulan IV sent from their phone) moves them to "diajukan".
  await click(page, 'penilai.period.p-2026-tw4');
  s = await penilai(page);
  assert.equal(s.counts.belum_mulai, s.team_size, 'nobody should have submitted Triwulan IV yet');
  await findWidget(page, 'penilai.nobody_submitted');
  await screenshot(page, 'penilai-desktop-nobody-submitted');
  const [targetId] = Object.entries(s.members)[0];
  const target = bundle.data.employees.find((e) => e.id === targetId);
  await click(page, 'nav.admin');
  await typeInto(page, 'data.export_nip', target.nip);
  const pegawaiFile = await downloadVia(page, 'data.export_pegawai');
  const own = JSON.parse(fs.readFileSync(pegawaiFile, 'utf8'));
  assert.equal(own.scope.kind, 'pegawai');
  const last = own.data.realisations.filter((r) => r.id.includes(targetId)).sort((a, b) => (a.id < b.id ? -1 : 1)).at(-1);
  assert.ok(last, 'the employee file holds no realisation to build on');
  const stamp = await page.evaluate(() => new Date().toISOString());  // the page's clock (lib.mjs DEMO_NOW)
  own.origin = 'hp-pegawai';
  own.created = stamp.replace(/\.\d+Z$/, 'Z');
  own.data.realisations.push({
    ...last, id: last.id.replace(/-\d{4}-tw\d/, '-2026-tw4'), period_id: 'p-2026-tw4', value: last.value ?? 1,
    author: target.nip, created: own.created, updated: own.created, submitted: own.created,
    hlc: `${stamp}/0000/hp-pegawai`, ver: { 'hp-pegawai': 1 },
  });
  const text = signedAsDemo(JSON.stringify(own));  // as the employee's phone signs it
  await click(page, 'nav.penilai');
  await click(page, 'penilai.import');  // the picker (a real user chooses files there)
  await page.evaluate(async (t) => {
    await globalThis.kinerja.importFiles([new File([t], 'pegawai-tw4.json', { type: 'application/json' })]);
  }, text);
  await waitFrames(page, 3);
  const imp = await appState(page);
  assert.equal(imp.import_open, true);
  assert.equal(imp.import_counts.new, 1, JSON.stringify(imp.import_counts));
  await screenshot(page, 'penilai-desktop-import-preview');
  await click(page, 'import.apply');
  await stored(page);
  s = await penilai(page);
  assert.equal(s.members[targetId].status, 'diajukan');
  assert.equal(s.counts.diajukan, 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('phone: queue, member and distribution fit a 390 px screen', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await openApp(page, site.url, '#/penilai');
  await stored(page);
  assertNotBlank((await screenshot(page, 'penilai-phone-no-rater')).png, 'phone no rater');
  const first = (await penilai(page)).raters[0];
  await chooseRater(page, first, tap);
  await tap(page, 'penilai.period.p-2026-tw2');
  await tap(page, 'penilai.change_rater');
  const s0 = await penilai(page);
  const rater = s0.raters.filter((r) => r.team >= 4 && r.warnings > 0).sort((a, b) => a.team - b.team)[0];
  assert.ok(rater);
  await chooseRater(page, rater, tap);
  await findWidget(page, 'penilai.filter.0');
  assertNotBlank((await screenshot(page, 'penilai-phone-queue')).png, 'phone queue');
  const s = await penilai(page);
  const [memberId] = Object.keys(s.members);
  await tap(page, `penilai.open.${memberId}`);
  assert.equal((await penilai(page)).employee_id, memberId);
  assertNotBlank((await screenshot(page, 'penilai-phone-member')).png, 'phone member');
  await scrollTo(page, 'penilai.nilai.1.sesuai');
  await screenshot(page, 'penilai-phone-member-behaviour');
  await scrollTo(page, 'penilai.hk.sesuai');
  await screenshot(page, 'penilai-phone-member-ratings');
  await scrollTo(page, 'penilai.save');
  await screenshot(page, 'penilai-phone-member-save');
  await scrollTo(page, 'penilai.back', -2000);
  await tap(page, 'penilai.back');
  await scrollTo(page, 'penilai.select_sesuai');
  assertNotBlank((await screenshot(page, 'penilai-phone-distribution')).png, 'phone distribution');
  assert.deepEqual(problems(), []);
  await context.close();
});

// A unit head's rating hasil kerja is their unit's CKO: the member page states
// the rule instead of offering rating buttons, and saving the behaviour rating
// gives the predikat the rule and the kuadran make.
test('a unit head is rated on behaviour only; hasil kerja follows the unit CKO', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await openApp(page, site.url, '#/penilai');
  await stored(page);
  // The Sekda rates the heads of the OPDs.
  const first = (await penilai(page)).raters[0];
  await chooseRater(page, first);
  await click(page, 'penilai.period.p-2026-tw2');
  let s = await penilai(page);
  const heads = Object.entries(s.members).filter(([, m]) => m.kepala_cko);
  assert.ok(heads.length > 0, 'the demo Sekda rates unit heads whose units have a CKO in Triwulan II');
  const [headId] = heads[0];
  await click(page, `penilai.open.${headId}`);
  await findWidget(page, 'penilai.hk_cko_note');
  const ids = (await page.evaluate(() => globalThis.kinerja.widgets())).map((w) => w.id);
  assert.equal(ids.some((id) => id.startsWith('penilai.hk.')), false, 'a hasil-kerja rating is offered to a unit head');
  await click(page, 'penilai.pk.sesuai');
  s = await penilai(page);
  const expected = s.open.predikat_live;
  assert.notEqual(expected, '', 'the kuadran shows once behaviour is rated');
  await scrollTo(page, 'penilai.save');
  assertNotBlank((await screenshot(page, 'penilai-desktop-unit-head')).png, 'unit head');
  await click(page, 'penilai.save');
  await stored(page);
  s = await penilai(page);
  assert.equal(s.error, '');
  assert.equal(s.members[headId].rated, true);
  assert.equal(s.members[headId].predikat, expected);
  assert.notEqual(s.members[headId].rating_hasil_kerja, '', 'the CKO gives the unit head a rating hasil kerja');
  assert.deepEqual(problems(), []);
  await context.close();
});
