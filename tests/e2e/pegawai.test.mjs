// The employee's whole job in the Pegawai workspace, from the demo city, with
// the network off: find one's profile by typing part of the NIP, choose a
// period, type a realisation and an evidence link (live capaian from the
// core), save (stored capaian and the suggested rating's reason change), a bad
// link is refused with the core's message and changes nothing, self-assess a
// BerAKHLAK value, send to the supervisor, download the pegawai-scoped file
// (only one's own records plus the rater's partial header), reload and find
// it all kept. Desktop and phone, a screenshot at every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, appState, screenshot, assertNotBlank,
  waitSaved, typeInto, waitFrames, widgets, reach, desktop, phone, saveDownload,
} from './lib.mjs';

let site, browser, tmp;
before(async () => {
  site = await startServer();
  browser = await launchBrowser();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-pegawai-'));
});
after(async () => { await browser?.close(); await site?.close(); });

const peg = async (page) => (await appState(page)).pegawai;

async function shot(page, size, step) {
  const { png } = await screenshot(page, `${size}-pegawai-${step}`);
  assertNotBlank(png, `${size} ${step}`);
}

const downloadVia = (page, id) => saveDownload(page, () => click(page, id), tmp);

async function press(page, id) {
  await reach(page, id);
  return click(page, id);
}

async function typeAt(page, id, text) {
  await reach(page, id);
  return typeInto(page, id, text);
}

async function pickProfile(page, part) {
  await typeInto(page, 'pegawai.search', part);
  const s = await peg(page);
  assert.ok(s.matches.length > 0, `no employee matches "${part}"`);
  await click(page, `pegawai.pick.${s.matches[0]}`);
  const after = await peg(page);
  assert.equal(after.employee_id, s.matches[0]);
  return after;
}

async function employeeJob(size) {
  const context = await browser.newContext({ ...(size === 'phone' ? phone : desktop), acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/pegawai');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await waitSaved(page);

  // 1. No profile yet: the picker says how to find or import one.
  assert.equal((await peg(page)).employee_id, '');
  await findWidget(page, 'pegawai.search');
  await findWidget(page, 'pegawai.import');
  await shot(page, size, '1-pick');

  // Everything below happens with the network off.
  await context.setOffline(true);

  // 2. Type part of one's NIP (birth year and month) and pick from the clipped list.
  const me = await pickProfile(page, '199001');
  assert.match(me.nip, /^199001/);
  assert.ok(me.penilai.name.length > 0, 'the rater is named');
  assert.equal(me.period_id, 'p-2026-tw4', 'opens on the period that contains today');
  await shot(page, size, '2-profile');

  // 3. A locked period is shown as locked and cannot be edited.
  await press(page, 'pegawai.period.p-2026-tw1');
  assert.equal((await peg(page)).locked, true);
  await findWidget(page, 'pegawai.locked');
  await shot(page, size, '3-locked');

  // 4. A rated quarter shows the result (or says it is not rated yet).
  await press(page, 'pegawai.period.p-2026-tw2');
  const tw2 = await peg(page);
  assert.equal(tw2.period_id, 'p-2026-tw2');
  assert.ok(['belum-mulai', 'diajukan', 'dinilai', 'terlambat'].includes(tw2.status));
  await reach(page, 'pegawai.submit');
  // the result part: predikat, ratings, feedback, trainings, keberatan (or "not rated yet")
  await reach(page, ['dinilai', 'terlambat'].includes(tw2.status) && tw2.predikat ? 'pegawai.development' : 'pegawai.not_rated');
  await shot(page, size, '4-tw2');

  // 5. Choose the open quarter and type a realisation: the capaian is live.
  await press(page, 'pegawai.period.p-2026-tw4');
  let s = await peg(page);
  assert.equal(s.period_id, 'p-2026-tw4');
  assert.equal(s.locked, false);
  // the typed ones: an indicator measured from the unit's data has no field to type in
  const typed = s.indicators.filter((x) => !x.terukur);
  assert.ok(typed.length >= 2, 'the SKP has indicators to type');
  const [first, second] = typed;
  assert.equal(first.realisasi, null);
  const reasonBefore = s.saran_teks;
  const recordsBefore = (await appState(page)).records;
  await typeAt(page, `pegawai.value.${first.id}`, '97');
  s = await peg(page);
  const live = s.indicators.find((x) => x.id === first.id);
  assert.equal(typeof live.live, 'number', 'live capaian while typing');
  assert.ok(['di-atas', 'sesuai', 'di-bawah'].includes(live.live_tingkat));
  await typeAt(page, `pegawai.link.${first.id}`, 'https://dokumen.example/samarinda/bukti-tw4.pdf');
  await typeAt(page, `pegawai.note.${first.id}`, 'Rekap register layanan Oktober');
  assert.equal((await appState(page)).records, recordsBefore, 'nothing is stored before Simpan');
  await shot(page, size, '5-live');
  // On a phone nothing in the card runs past its right edge, where the
  // fields (full width there) end: a chip beside a label ("Terukur dari data
  // layanan", the live capaian's "di bawah ekspektasi") goes under the label.
  if (size === 'phone') {
    const items = await page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kinerja_a11y_json())).items);
    const field = items.find((w) => w.id === `pegawai.link.${first.id}`);
    const edge = field.x + field.w;
    const inCard = items.filter((w) => w.layer === 'screen' && w.x > field.x - 30 && w.x < edge);
    assert.ok(inCard.some((w) => w.name === 'Terukur dari data layanan'), 'the measured indicator\'s chip is on screen');
    const past = inCard.filter((w) => w.x + w.w > edge + 1).map((w) => `${w.name} ends at ${(w.x + w.w).toFixed(0)}`);
    assert.deepEqual(past, [], `past the card's edge at ${edge.toFixed(0)}`);
  }

  // 6. Save: the stored capaian and the suggested rating's reason change.
  await press(page, `pegawai.save.${first.id}`);
  await waitSaved(page);
  s = await peg(page);
  const saved = s.indicators.find((x) => x.id === first.id);
  assert.equal(saved.realisasi, 97);
  assert.equal(saved.evidence_link, 'https://dokumen.example/samarinda/bukti-tw4.pdf');
  assert.ok(Math.abs(saved.capaian - live.live) < 1e-9, 'stored capaian equals the live one');
  assert.equal(saved.submitted, '');
  assert.match(saved.realisation_id, /^rz-/);
  assert.notEqual(s.saran_teks, reasonBefore, 'the suggested rating reason changed');
  assert.ok(['di-atas', 'sesuai', 'di-bawah'].includes(s.saran_rating));
  assert.equal(s.drafts, 0);
  assert.equal((await appState(page)).records, recordsBefore + 1);
  await shot(page, size, '6-saved');

  // 7. A bad evidence link: the core's message, nothing stored.
  await typeAt(page, `pegawai.value.${second.id}`, '5');
  await typeAt(page, `pegawai.link.${second.id}`, 'ftp://contoh/bukti');
  await press(page, `pegawai.save.${second.id}`);
  s = await peg(page);
  assert.match(s.errors[second.id], /tautan harus diawali https:\/\/ atau http:\/\//);
  assert.equal(s.indicators.find((x) => x.id === second.id).realisasi, null);
  assert.equal((await appState(page)).records, recordsBefore + 1, 'the bad link changed nothing');
  await shot(page, size, '7-bad-link');
  await press(page, `pegawai.discard.${second.id}`);
  assert.equal((await peg(page)).drafts, 0);

  // 8. BerAKHLAK self-assessment: a rating and a note, saved in the evaluation.
  await press(page, 'pegawai.self.akuntabel.di-atas');
  await typeAt(page, 'pegawai.selfnote.akuntabel', 'Laporan selesai tepat waktu');
  assert.equal((await peg(page)).perilaku_drafts, 1);
  await shot(page, size, '8-berakhlak');
  await press(page, 'pegawai.self_save');
  await page.waitForFunction(() => globalThis.kinerja.state().pegawai.perilaku_drafts === 0, null, { timeout: 5000 })
    .catch(async () => { await shot(page, size, '8b-self-save-missed'); });
  await waitSaved(page);
  s = await peg(page);
  assert.equal(s.self_ratings.akuntabel, 'di-atas');
  assert.equal(s.perilaku_drafts, 0);

  // 9. Send to the supervisor.
  await press(page, 'pegawai.submit');
  await waitSaved(page);
  s = await peg(page);
  assert.equal(s.kirim_error, '');
  assert.equal(s.status, 'diajukan');
  assert.equal(s.realisations_submitted, true);
  assert.match(s.self_submitted, /^\d{4}-\d\d-\d\dT/);
  await shot(page, size, '9-sent');

  // 10. The file for the supervisor: pegawai scope, the new realisation, no colleague.
  const text = fs.readFileSync((await reach(page, 'pegawai.export'), await downloadVia(page, 'pegawai.export')), 'utf8');
  const bundle = JSON.parse(text);
  assert.equal(bundle.format, 'kinerja-samarinda/bundle');
  assert.equal(bundle.scope.kind, 'pegawai');
  assert.equal(bundle.scope.nip, me.nip);
  const r = bundle.data.realisations.find((x) => x.id === saved.realisation_id);
  assert.ok(r, 'the new realisation is in the file');
  assert.equal(r.value, 97);
  assert.equal(r.period_id, 'p-2026-tw4');
  assert.ok(r.submitted, 'sent');
  assert.equal(r.evidence[0].link, 'https://dokumen.example/samarinda/bukti-tw4.pdf');
  const full = bundle.data.employees.filter((e) => !e.partial);
  assert.deepEqual(full.map((e) => e.nip), [me.nip]);
  const others = bundle.data.employees.filter((e) => e.partial);
  assert.ok(others.some((e) => e.id === me.penilai.id), "the rater's partial header is there");
  // Partial headers only of the people who rate me (and their superiors), period by period (a Plh counts).
  const raters = new Set(bundle.data.assignments.flatMap((a) => [a.penilai_id, a.atasan_penilai_id]));
  for (const e of others) assert.ok(raters.has(e.id), `colleague ${e.id} in the employee's file`);
  for (const a of bundle.data.assignments) assert.equal(a.employee_id, me.employee_id);
  for (const x of bundle.data.realisations) assert.match(x.skp_id, new RegExp(`-${me.employee_id}$`));
  const ev = bundle.data.evaluations.find((x) => x.employee_id === me.employee_id && x.period_id === 'p-2026-tw4');
  assert.ok(ev && ev.self_submitted, 'the sent self-assessment is in the file');
  assert.ok(ev.perilaku.some((p) => p.nilai === 'akuntabel' && p.self_rating === 'di-atas'));
  await shot(page, size, '10-exported');

  // 11. Reload (still offline): everything stored is kept.
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3, null, { timeout: 60000 });
  await pickProfile(page, me.nip.slice(0, 12));
  s = await peg(page);
  assert.equal(s.employee_id, me.employee_id);
  assert.equal(s.period_id, 'p-2026-tw4');
  assert.equal(s.indicators.find((x) => x.id === first.id).realisasi, 97);
  assert.equal(s.self_ratings.akuntabel, 'di-atas');
  assert.equal(s.status, 'diajukan');
  await reach(page, `pegawai.value.${first.id}`);
  await shot(page, size, '11-reloaded');

  const real = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|404/.test(p));
  assert.deepEqual(real, [], JSON.stringify(real));
  await context.close();
}

test('an employee enters a realisation offline, self-assesses, sends and exports (desktop)', async () => {
  await employeeJob('desktop');
});

test('the same job on a phone', async () => {
  await employeeJob('phone');
});
