// Riwayat in the browser: a pejabat penilai opens a team member's evaluation
// history, saves a rating, and sees a new entry by themselves naming the part
// they changed, with a valid signature that vouches for the version held; the
// employee sees the same history of their own evaluation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, click, appState, screenshot, waitSaved, waitFrames, typeInto,
  desktop, reach,
} from './lib.mjs';

let browser;
let site;
before(async () => { browser = await launchBrowser(); site = await startServer(); });
after(async () => { await browser?.close(); await site?.close(); });

const riwayatButton = async (page) => (await page.evaluate(() => globalThis.kinerja.widgets()))
  .find((w) => w.id.startsWith('riwayat.') && w.visible);

test('a rater sees a member\'s history grow with their own signed change; the employee sees their own', { timeout: 180000 }, async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/penilai');
  await waitSaved(page);
  let s = (await appState(page)).penilai;
  // A rater with a member who submitted a self-assessment (so the evaluation exists) in an open quarter.
  let rater = null;
  let memberId = null;
  let period = null;
  for (const candidate of s.raters.filter((r) => r.team >= 2).slice(0, 6)) {
    await typeInto(page, 'penilai.rater_search', candidate.nip);
    await click(page, `penilai.rater.${candidate.id}`);
    for (const p of ['p-2026-tw4', 'p-2026-tw3', 'p-2026-tw2']) {
      await click(page, `penilai.period.${p}`);
      s = (await appState(page)).penilai;
      const found = Object.entries(s.members).find(([, m]) => !m.kepala_cko && ['diajukan', 'dinilai'].includes(m.status));
      if (found) { [memberId] = found; rater = candidate; period = p; break; }
    }
    if (rater) break;
    await click(page, 'penilai.change_rater');
  }
  assert.ok(rater, 'a demo rater has a submitted member');
  await click(page, `penilai.open.${memberId}`);
  await waitFrames(page, 2);
  const button = await riwayatButton(page);
  assert.ok(button, 'the member\'s evaluation offers its history');
  await click(page, button.id);
  await waitFrames(page, 2);
  let h = (await appState(page)).riwayat;
  assert.equal(h.open, true);
  assert.equal(h.collection, 'evaluations');
  const before = h.entries.length;
  assert.ok(before >= 1, 'the demo evaluation was signed');
  assert.ok(h.entries.every((e) => e.valid));
  await screenshot(page, 'desktop-riwayat-before');
  await click(page, 'riwayat.close');
  assert.equal((await appState(page)).riwayat.open, false);

  // The rater saves a rating (with its reason where the rules ask one).
  await click(page, 'penilai.hk.di-atas');
  await click(page, 'penilai.pk.sesuai');
  if ((await appState(page)).penilai.open.perlu_alasan) await typeInto(page, 'penilai.reason', 'Melampaui target layanan');
  await click(page, 'penilai.save');
  await waitSaved(page);
  assert.equal((await appState(page)).penilai.error, '');
  await click(page, button.id);
  await waitFrames(page, 2);
  h = (await appState(page)).riwayat;
  assert.equal(h.entries.length, before + 1);
  const last = h.entries.at(-1);
  assert.equal(last.signer, rater.nip);
  assert.equal(last.valid, true);
  assert.equal(last.current, true);
  assert.ok(last.changed.includes('penilaian'), `changed: ${last.changed}`);
  await screenshot(page, 'desktop-riwayat-after');
  await click(page, 'riwayat.close');

  // The employee: their own evaluation's history, the rater's entry included.
  const member = s.members[memberId];
  await page.evaluate(() => { location.hash = '#/pegawai'; });
  await typeInto(page, 'pegawai.search', member.nip);
  await click(page, `pegawai.pick.${memberId}`);
  await click(page, `pegawai.period.${period}`);
  await waitFrames(page, 2);
  await reach(page, button.id);  // the same record, under the employee's result
  await click(page, button.id);
  await waitFrames(page, 2);
  h = (await appState(page)).riwayat;
  assert.equal(h.entries.at(-1).signer, rater.nip);
  await screenshot(page, 'desktop-riwayat-pegawai');
  assert.deepEqual(problems, []);
  await context.close();
});
