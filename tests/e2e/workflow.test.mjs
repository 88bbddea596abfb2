// The whole city's job, across four browsers that share nothing but files:
// an employee enters a realisation offline and sends the file; the supervisor
// imports it, rates and sends the team file; the admin imports that,
// calibrates another employee against the curve and publishes publik.json;
// the public page served beside that file shows the new figures, while a
// group smaller than k stays suppressed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../../scripts/serve.mjs';
import {
  startServer, launchBrowser, watchConsole, openApp, click, typeInto, appState, screenshot, waitSaved, reach,
  waitFrames, desktop, siteDir, saveDownload,
} from './lib.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const cli = process.env.KINERJA_CLI || path.join(root, 'build/native/kinerja');
const PERIOD = 'p-2026-tw2';      // rated in the demo: the public figures move here
const NEW_PERIOD = 'p-2026-tw4';  // open and empty: the employee's new realisation

let site, browser, work;
before(async () => { site = await startServer(); browser = await launchBrowser(); work = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-wf-')); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(work, { recursive: true, force: true }); });

// Two people of Dinas Kesehatan (its own office or a Puskesmas under it) rated
// "Baik" in the period, neither a unit head: one to be rated again, one to calibrate.
function pickPeople() {
  const file = path.join(work, 'demo.json');
  execFileSync(cli, ['demo', '-o', file]);
  const d = JSON.parse(fs.readFileSync(file, 'utf8')).data;
  const units = new Map(d.units.map((u) => [u.id, u]));
  const inDinkes = (id) => { for (let u = units.get(id), n = 0; u && n < 10; u = units.get(u.parent_id), n++) if (u.id === 'u-dinkes') return true; return false; };
  const assignment = new Map(d.assignments.filter((a) => a.period_id === PERIOD).map((a) => [a.employee_id, a]));
  // Sesuai × Sesuai is Baik in the kuadran (the demo stores ratings, not the predikat).
  const baik = d.evaluations.filter((e) => e.period_id === PERIOD && e.rating_hasil_kerja === 'sesuai' &&
    e.rating_perilaku === 'sesuai' && !e.predikat && e.rated && !e.keberatan);
  const people = baik.map((e) => d.employees.find((x) => x.id === e.employee_id))
    .filter((x) => x && !x.is_unit_head && inDinkes(x.unit_id) && assignment.has(x.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  assert.ok(people.length >= 2, 'the demo city has Baik employees in Dinas Kesehatan');
  const rater = d.employees.find((x) => x.id === assignment.get(people[0].id).penilai_id);
  const byId = new Map(d.employees.map((x) => [x.id, x]));
  return { employee: people[0], rater, inDinkes: (id) => inDinkes(byId.get(id).unit_id), byId };
}

const download = (page, id, dir, name) => saveDownload(page, () => click(page, id), dir, name);

async function importFile(page, file) {
  await page.evaluate(async ([name, text]) => {
    await globalThis.kinerja.importFiles([new File([text], name, { type: 'application/json' })]);
  }, [path.basename(file), fs.readFileSync(file, 'utf8')]);
  const preview = await appState(page);
  assert.ok(preview.import_open, 'the import preview opens');
  assert.deepEqual(preview.import_file_errors, [], 'the file is accepted');
  await click(page, 'import.apply');
  await page.waitForFunction(() => !globalThis.kinerja.state().import_open);
  await waitSaved(page);
  await waitFrames(page, 4);
}

test('employee → supervisor → admin → public page, each in their own browser', async () => {
  const { employee, rater, inDinkes, byId } = pickPeople();

  // 1. The employee, offline, enters a realisation with evidence and sends the file.
  const a = await browser.newContext(desktop);
  const pa = await a.newPage();
  const problemsA = watchConsole(pa);
  await openApp(pa, site.url, '#/pegawai');
  await waitSaved(pa);
  await typeInto(pa, 'pegawai.search', employee.nip);
  await click(pa, `pegawai.pick.${employee.id}`);
  await click(pa, `pegawai.period.${NEW_PERIOD}`);
  let s = (await appState(pa)).pegawai;
  assert.equal(s.employee_id, employee.id);
  assert.equal(s.penilai.id, rater.id, 'the employee sees who rates them');
  const indicator = s.indicators.find((i) => !i.terukur);  // a typed one: a measured indicator has no field
  await a.setOffline(true);
  await reach(pa, `pegawai.value.${indicator.id}`);
  await typeInto(pa, `pegawai.value.${indicator.id}`, '97');
  await pa.waitForFunction(() => globalThis.kinerja.state().pegawai.drafts > 0, null, { timeout: 20000 });
  await reach(pa, `pegawai.link.${indicator.id}`);
  await typeInto(pa, `pegawai.link.${indicator.id}`, 'https://drive.samarindakota.go.id/bukti/laporan-tw4.pdf');
  await reach(pa, `pegawai.save.${indicator.id}`);
  await click(pa, `pegawai.save.${indicator.id}`);
  await waitSaved(pa);
  await pa.waitForFunction((id) => {
    const p = globalThis.kinerja.state().pegawai;
    return p.indicators.some((i) => i.id === id && i.realisasi === 97);
  }, indicator.id, { timeout: 20000 });
  await reach(pa, 'pegawai.submit');
  await click(pa, 'pegawai.submit');
  await waitSaved(pa);
  await screenshot(pa, 'workflow-1-pegawai');
  const employeeFile = await download(pa, 'pegawai.export', work, 'pegawai.json');
  const sent = JSON.parse(fs.readFileSync(employeeFile, 'utf8'));
  assert.equal(sent.scope.kind, 'pegawai');
  assert.ok(sent.data.realisations.some((r) => r.indicator_id === indicator.id && r.period_id === NEW_PERIOD && r.value === 97));
  assert.deepEqual(problemsA.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(p)), []);
  await a.close();

  // 2. The supervisor imports it, rates above expectations with a reason, and sends the team file.
  const b = await browser.newContext(desktop);
  const pb = await b.newPage();
  const problemsB = watchConsole(pb);
  await openApp(pb, site.url, '#/penilai');
  await waitSaved(pb);
  await importFile(pb, employeeFile);
  await typeInto(pb, 'penilai.rater_search', rater.nip);
  await click(pb, `penilai.rater.${rater.id}`);
  await click(pb, `penilai.period.${NEW_PERIOD}`);
  assert.equal((await appState(pb)).penilai.members[employee.id].status, 'diajukan', 'the imported file shows as submitted');
  // The same supervisor revisits the quarter already rated: the employee's work merits more.
  await click(pb, `penilai.period.${PERIOD}`);
  await click(pb, `penilai.open.${employee.id}`);
  await reach(pb, 'penilai.hk.di-atas');
  await click(pb, 'penilai.hk.di-atas');
  await reach(pb, 'penilai.pk.di-atas');
  await click(pb, 'penilai.pk.di-atas');
  const reason = 'Realisasi triwulan II melampaui target dan didukung bukti laporan.';
  await reach(pb, 'penilai.reason');
  await typeInto(pb, 'penilai.reason', reason);
  await pb.waitForFunction((r) => globalThis.kinerja.state().penilai.open.reason === r, reason, { timeout: 20000 });
  await reach(pb, 'penilai.save');
  await click(pb, 'penilai.save');
  await waitSaved(pb);
  await waitFrames(pb, 6);
  const sb = (await appState(pb)).penilai;
  const member = sb.members[employee.id];
  assert.equal(member.predikat, 'sangat-baik', `di atas × di atas is Sangat Baik (${JSON.stringify({ member, open: sb.open, error: sb.error, message: (await appState(pb)).message })})`);
  await screenshot(pb, 'workflow-2-penilai');
  await reach(pb, 'penilai.back');
  await click(pb, 'penilai.back');
  await reach(pb, 'penilai.export');
  const teamFile = await download(pb, 'penilai.export', work, 'penilai.json');
  const team = JSON.parse(fs.readFileSync(teamFile, 'utf8'));
  assert.equal(team.scope.kind, 'penilai');
  const ev = team.data.evaluations.find((e) => e.employee_id === employee.id && e.period_id === PERIOD);
  assert.equal(ev.predikat, 'sangat-baik');
  assert.deepEqual(problemsB, []);
  await b.close();

  // 3. The admin imports the team file, calibrates another employee and publishes.
  const c = await browser.newContext(desktop);
  const pc = await c.newPage();
  const problemsC = watchConsole(pc);
  await openApp(pc, site.url, '#/admin');
  await waitSaved(pc);
  await importFile(pc, teamFile);
  await click(pc, 'admin.tab.flow');
  await click(pc, `admin.flow.period.${PERIOD}`);
  await click(pc, 'admin.flow.kalibrasi');
  // Someone in the unit the calibration screen opens on (the first with a curve warning).
  let f = (await appState(pc)).admin.flow;
  const otherId = f.kalibrasi.pegawai.find((id) => id !== employee.id);
  assert.ok(otherId, 'the calibration screen lists rated employees');
  const other = byId.get(otherId);
  await reach(pc, `admin.flow.kal.${otherId}`);
  await click(pc, `admin.flow.kal.${otherId}`);
  f = (await appState(pc)).admin.flow;
  const current = f.kalibrasi_current;
  const target = current === 'butuh-perbaikan' ? 'baik' : 'butuh-perbaikan';
  await reach(pc, `admin.flow.kalibrasi_predikat.${target}`);
  await click(pc, `admin.flow.kalibrasi_predikat.${target}`);
  await reach(pc, 'admin.flow.kalibrasi_note');
  await typeInto(pc, 'admin.flow.kalibrasi_note', 'Kalibrasi tim penilai kinerja: target layanan tidak tercapai dua bulan berturut-turut.');
  await reach(pc, 'admin.flow.kalibrasi_save');
  await click(pc, 'admin.flow.kalibrasi_save');
  await waitSaved(pc);
  await waitFrames(pc, 6);
  assert.equal((await appState(pc)).admin.flow.kalibrasi_error, '', 'the calibration is accepted');
  await click(pc, 'admin.flow.terbitkan');
  await reach(pc, 'admin.flow.approve');
  await click(pc, 'admin.flow.approve');
  await reach(pc, 'admin.flow.publish');
  const publikFile = await download(pc, 'admin.flow.publish', work, 'publik.json');
  await screenshot(pc, 'workflow-3-admin');
  assert.deepEqual(problemsC, []);
  await c.close();

  const published = JSON.parse(fs.readFileSync(publikFile, 'utf8'));
  assert.equal(published.format, 'kinerja-samarinda/publik');
  const text = fs.readFileSync(publikFile, 'utf8');
  for (const who of [employee, other, rater]) {
    assert.ok(!text.includes(who.nip), 'no NIP in the public figures');
    assert.ok(!text.includes(who.name), 'no name in the public figures');
  }

  // 4. The city places publik.json beside the site; a citizen opens the page.
  const placed = path.join(work, 'site');
  fs.cpSync(siteDir, placed, { recursive: true });
  fs.copyFileSync(publikFile, path.join(placed, 'publik.json'));
  const server = await serve(placed, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const d = await browser.newContext(desktop);
    const pd = await d.newPage();
    const problemsD = watchConsole(pd);
    await openApp(pd, url, '#/publik');
    await pd.waitForFunction(() => globalThis.kinerja.state().publik.source === 'origin', null, { timeout: 30000 });
    await click(pd, `publik.period.${PERIOD}`);
    const pub = (await appState(pd)).publik;
    assert.equal(pub.period_shown, PERIOD);
    const demo = JSON.parse(fs.readFileSync(path.join(siteDir, 'publik-demo.json'), 'utf8'));
    const before = demo.periods.find((p) => p.period_id === PERIOD).units.find((u) => u.unit_id === 'u-dinkes');
    const now = pub.units.find((u) => u.id === 'u-dinkes');
    // predikat counts lowest first: [sangat kurang, kurang, butuh perbaikan, baik, sangat baik]
    assert.ok(before && now, 'Dinas Kesehatan has a card');
    const baikBefore = before.predikat ? before.predikat.baik : null;  // the file keys counts by name
    assert.ok(baikBefore !== null && now.predikat[3] !== null, 'the Baik count of a large unit is published');
    // The employee left Baik for Sangat Baik; the calibrated one moved too when in the same OPD.
    const moved = inDinkes(other.id) ? (target === 'baik' ? 1 : 0) - (current === 'baik' ? 1 : 0) : 0;
    assert.equal(now.predikat[3], baikBefore - 1 + moved, 'the published Baik count of Dinas Kesehatan follows the new ratings');
    // Small groups stay hidden: in the published period every count shown is
    // at least k, and some cells (a predikat held by fewer than k) are hidden.
    const period = published.periods.find((p) => p.period_id === PERIOD);
    const cells = period.units.flatMap((u) => Object.values(u.predikat || {}));
    assert.ok(cells.some((n) => n === null), 'some small groups are suppressed');
    assert.ok(cells.every((n) => n === null || n >= published.min_group), `no count below k=${published.min_group} is shown`);
    assert.ok(pub.units.some((u) => u.predikat.some((n) => n === null)), 'the page shows the hidden cells as hidden');
    const dom = await pd.evaluate(() => document.getElementById('publik-html').dataset.source);
    assert.equal(dom, 'origin', 'the accessible table shows the same published file');
    await screenshot(pd, 'workflow-4-publik');
    assert.deepEqual(problemsD, []);
    await d.close();
  } finally {
    await new Promise((r) => server.close(r));
  }
});
