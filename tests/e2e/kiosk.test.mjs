// The kiosk at a service counter: the officer sets it up for a Puskesmas,
// citizens answer the nine SKM unsur by tapping (with and without the optional
// profile), one leaves a complaint, the kiosk resets between them and shows
// the next citizen nothing of the previous one; a submission with an
// unanswered unsur is refused naming it; the officer's view then shows the
// new count and IKM; the export holds exactly the new records and no employee.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, findWidget, hasWidget, appState, widgets,
  screenshot, assertNotBlank, waitSaved, waitFrames, desktop, phone, saveDownload,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-kiosk-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const kiosk = async (page) => (await appState(page)).kiosk;

// The widget wholly inside the visible part of the screen (a big button at the
// bottom edge can count as visible while its middle is below the canvas), scrolled
// there with the wheel like a user would.
async function inView(page, id) {
  for (let i = 0; i < 16; i += 1) {
    const w = await findWidget(page, id);
    const vp = page.viewportSize();
    const screen = (await widgets(page)).find((x) => x.id === 'screen');
    const top = screen ? Math.max(0, screen.y) : 0;
    const bottom = Math.min(vp.height, screen ? screen.y + screen.h : vp.height);
    if (w.y >= top && w.y + w.h <= bottom) return w;
    await page.mouse.move(vp.width / 2, (top + bottom) / 2);
    await page.mouse.wheel(0, w.y + w.h > bottom ? 200 : -200);
    await waitFrames(page, 2);
  }
  return findWidget(page, id);
}
// A finger's tap (phone) or a mouse click (tablet/PC) on a widget brought into view.
async function press(page, id) {
  const w = await inView(page, id);
  await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
  return w;
}
async function clickIn(page, id) {
  const w = await inView(page, id);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
  return w;
}

async function waitKiosk(page, pred, what) {
  const end = Date.now() + 15000;
  for (;;) {
    const k = await kiosk(page);
    if (pred(k)) return k;
    if (Date.now() > end) throw new Error(`kiosk never reached: ${what} (state ${JSON.stringify(k)})`);
    await waitFrames(page, 2);
  }
}

// The first Puskesmas among the service units offered in the set-up.
async function puskesmasButton(page) {
  await findWidget(page, 'kiosk.choose_unit_first');
  const all = await widgets(page);
  const w = all.find((x) => x.id.startsWith('kiosk.unit.') && /Puskesmas/.test(x.text));
  assert.ok(w, `no Puskesmas among ${all.filter((x) => x.id.startsWith('kiosk.unit.')).map((x) => x.text).join(', ')}`);
  return w;
}

// Answers a..d are 1..4; a tap answers and moves on to the next unsur.
async function answerAll(page, press, answers) {
  for (let i = 0; i < answers.length; i += 1) {
    const before = await kiosk(page);
    assert.equal(before.step, i, `on unsur ${i + 1}`);
    if (answers[i] === 0) await press(page, 'kiosk.next');
    else await press(page, `kiosk.answer.${answers[i]}`);
    const k = await waitKiosk(page, (s) => s.step === i + 1, `step ${i + 1}`);
    assert.equal(k.answers[i], answers[i]);
  }
}

// The browser reports the 404 of an absent publik.json (the site has none) as a failed resource.
const realProblems = (problems) => problems.filter((p) => !/status of 404/.test(p));

const downloadVia = (page, press, id) => saveDownload(page, () => press(page, id), tmp);

// IKM as PermenPANRB 14/2017 computes it, for respondents who answered everything.
function ikmOf(rows) {
  let sum = 0;
  for (const r of rows) for (const a of r) sum += a;
  const konversi = (sum / (rows.length * 9)) * 25;
  return Math.round(konversi * 100 + 1e-9) / 100;
}

test('on a phone, citizens answer the SKM and complain by tapping; the officer sees the figures and exports only them', async () => {
  const context = await browser.newContext({ ...phone, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/kiosk');
  assert.equal((await kiosk(page)).mode, 'setup');
  assertNotBlank((await screenshot(page, 'phone-kiosk-setup')).png, 'kiosk set-up');

  // 1. set-up: a Puskesmas, the period containing today, "Mulai mode kios"
  const unit = await puskesmasButton(page);
  await press(page, unit.id);
  let k = await waitKiosk(page, (s) => s.unit_id !== '', 'a unit chosen');
  assert.equal(`kiosk.unit.${k.unit_id}`, unit.id);
  assert.ok(k.period_id, 'no period contains today: the demo city should have one');
  const responses0 = k.responses, complaints0 = k.complaints, ikm0 = k.ikm;
  const device0 = k.device_records;
  await screenshot(page, 'phone-kiosk-setup-unit');
  await press(page, 'kiosk.start');
  k = await waitKiosk(page, (s) => s.mode === 'start', 'start page');
  assert.equal(k.hides_chrome, true);
  assert.ok(!(await hasWidget(page, 'kiosk.export')), 'the officer export must not be on the citizen page');
  await screenshot(page, 'phone-kiosk-start');

  // 2. first citizen: nine answers by tapping, then the optional profile
  await press(page, 'kiosk.go_skm');
  await waitKiosk(page, (s) => s.mode === 'skm' && s.step === 0, 'questionnaire');
  const q1 = await findWidget(page, 'kiosk.answer.1');
  assert.ok(q1.h >= 48, `answer buttons must be at least 48 CSS px tall (${q1.h})`);
  assert.equal(q1.text, 'Tidak sesuai');
  assert.equal((await findWidget(page, 'kiosk.answer.4')).text, 'Sangat sesuai');
  await screenshot(page, 'phone-kiosk-question');
  const first = [4, 3, 4, 4, 3, 4, 4, 2, 3];
  await answerAll(page, press, first);
  // the step after the ninth unsur: "Tentang Anda (tidak wajib)"
  await press(page, 'kiosk.sex.1');  // perempuan
  await press(page, 'kiosk.age');
  await page.keyboard.insertText('34');
  await waitFrames(page, 3);
  await press(page, 'kiosk.edu.4');  // S1
  await press(page, 'kiosk.job.3');  // Wiraswasta
  k = await kiosk(page);
  assert.deepEqual(k.profile, { jenis_kelamin: 'p', umur: '34', pendidikan: 'S1', pekerjaan: 'Wiraswasta' });
  await screenshot(page, 'phone-kiosk-about-you');
  await press(page, 'kiosk.send');
  k = await waitKiosk(page, (s) => s.mode === 'thanks', 'thank-you');
  const stored = [k.last_stored];
  assert.match(stored[0], /^skm-kios-/);
  assert.deepEqual(k.answers, [0, 0, 0, 0, 0, 0, 0, 0, 0], 'answers must be cleared with the thank-you');
  assert.deepEqual(k.profile, { jenis_kelamin: '', umur: '', pendidikan: '', pekerjaan: '' });

  // a tap on "Selesai" returns to the start (before the few seconds pass);
  // the next citizen sees nothing of the previous one
  await press(page, 'kiosk.done');
  await waitKiosk(page, (s) => s.mode === 'start', 'back to start');
  await waitSaved(page);
  await press(page, 'kiosk.go_skm');
  k = await waitKiosk(page, (s) => s.mode === 'skm', 'questionnaire again');
  assert.equal(k.step, 0);
  assert.equal(k.answered, 0);
  assert.equal(k.error, '');

  // 3. second citizen skips unsur 4: "Kirim" is refused, naming it; answering it lets it through
  const second = [2, 3, 3, 0, 3, 2, 3, 3, 3];
  await answerAll(page, press, second);
  await press(page, 'kiosk.send');
  k = await waitKiosk(page, (s) => s.error !== '', 'a refusal');
  assert.equal(k.mode, 'skm');
  assert.equal(k.refused_unsur, 3);
  assert.match(k.error, /Unsur 4 \(Biaya\/Tarif\) belum dijawab/i);
  await screenshot(page, 'phone-kiosk-refused');
  await press(page, 'kiosk.answer_it');
  await waitKiosk(page, (s) => s.step === 3, 'back at unsur 4');
  await press(page, 'kiosk.answer.3');
  k = await waitKiosk(page, (s) => s.answers[3] === 3, 'unsur 4 answered');
  assert.equal(k.error, '', 'the refusal goes once everything is answered');
  await press(page, 'kiosk.dot.9');
  await waitKiosk(page, (s) => s.step === 8, 'unsur 9');
  await press(page, 'kiosk.next');
  await waitKiosk(page, (s) => s.step === 9, 'about you');
  await press(page, 'kiosk.send');
  k = await waitKiosk(page, (s) => s.mode === 'thanks', 'second thank-you');
  stored.push(k.last_stored);
  assert.notEqual(stored[0], stored[1]);
  await screenshot(page, 'phone-kiosk-thanks');
  // without a tap the thank-you resets by itself after a few seconds
  await page.waitForTimeout(8500);
  k = await waitKiosk(page, (s) => s.mode === 'start', 'reset by time');
  assert.equal(k.answered, 0);

  // 4. a complaint: refused without a category, stored with one
  await press(page, 'kiosk.go_complaint');
  k = await waitKiosk(page, (s) => s.mode === 'complaint', 'complaint form');
  assert.equal(k.kanal, 'kiosk', 'the channel is the kiosk by default');
  await press(page, 'kiosk.send_complaint');
  k = await waitKiosk(page, (s) => s.error !== '', 'complaint refusal');
  assert.match(k.error, /jenis pengaduan/);
  await press(page, 'kiosk.cat.pengaduan');
  await screenshot(page, 'phone-kiosk-complaint');
  await press(page, 'kiosk.send_complaint');
  k = await waitKiosk(page, (s) => s.mode === 'thanks', 'complaint thank-you');
  const complaintId = k.last_stored;
  assert.match(complaintId, /^adu-kios-/);
  await press(page, 'kiosk.done');
  await waitKiosk(page, (s) => s.mode === 'start', 'start after complaint');
  await waitSaved(page);

  // 5. the officer leaves kiosk mode: the unit's count and IKM have changed
  await press(page, 'kiosk.exit');
  await press(page, 'kiosk.exit_confirm');
  k = await waitKiosk(page, (s) => s.mode === 'setup', 'officer view');
  assert.equal(k.responses, responses0 + 2);
  assert.equal(k.complaints, complaints0 + 1);
  assert.notEqual(k.ikm, ikm0);
  if (responses0 === 0) {
    const filled = [...second];
    filled[3] = 3;
    assert.equal(k.ikm, ikmOf([first, filled]));
    assert.equal(k.mutu, 'B');
  }
  assert.equal(k.device_records.responses, device0.responses + 2);
  assert.equal(k.device_records.complaints, device0.complaints + 1);
  await inView(page, 'kiosk.export');  // the figures sit just above the export
  await screenshot(page, 'phone-kiosk-officer');

  // 6. the export: exactly the new responses and complaint, nothing about employees
  const file = await downloadVia(page, press, 'kiosk.export');
  assert.match(path.basename(file), /^kinerja-kios-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(bundle.format, 'kinerja-samarinda/bundle');
  assert.equal(bundle.scope.kind, 'bkpsdm');
  const ids = (c) => (bundle.data[c] || []).map((r) => r.id).sort();
  assert.deepEqual(ids('skm_responses'), [...stored].sort());
  assert.deepEqual(ids('complaints'), [complaintId]);
  // with the kiosk's own signatures over them and its key's registration, nothing else
  assert.ok((bundle.data.signatures || []).length > 0, 'the export carries its signatures');
  for (const sig of bundle.data.signatures) assert.equal(sig.author, 'kiosk');
  for (const k of bundle.data.keys || []) assert.equal(k.peran, 'kiosk');
  for (const c of Object.keys(bundle.data)) {
    assert.ok(['skm_responses', 'complaints', 'signatures', 'keys'].includes(c) || bundle.data[c].length === 0,
      `unexpected collection ${c}`);
  }
  assert.equal((bundle.data.employees || []).length, 0);
  const r0 = bundle.data.skm_responses.find((r) => r.id === stored[0]);
  assert.equal(r0.unit_id, k.unit_id);
  assert.equal(r0.period_id, k.period_id);
  assert.deepEqual(r0.answers, { u1: 4, u2: 3, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 2, u9: 3 });
  assert.deepEqual(r0.respondent, { jenis_kelamin: 'p', umur: 34, pendidikan: 'S1', pekerjaan: 'Wiraswasta' });
  assert.match(r0.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
  const c0 = bundle.data.complaints[0];
  assert.equal(c0.channel, 'kiosk');
  assert.equal(c0.category, 'pengaduan');
  assert.ok(c0.received);
  assert.ok(!('first_response' in c0));

  assert.deepEqual(realProblems(problems), []);
  await context.close();
});

test('on a 1280×800 tablet: set-up, questionnaire, thank-you and complaint, clear and big', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/kiosk');
  assertNotBlank((await screenshot(page, 'desktop-kiosk-setup')).png, 'kiosk set-up');
  await clickIn(page, (await puskesmasButton(page)).id);
  await waitKiosk(page, (s) => s.unit_id !== '', 'unit chosen');
  await screenshot(page, 'desktop-kiosk-setup-unit');
  await clickIn(page, 'kiosk.start');
  await waitKiosk(page, (s) => s.mode === 'start', 'start');
  await screenshot(page, 'desktop-kiosk-start');
  await clickIn(page, 'kiosk.go_skm');
  await waitKiosk(page, (s) => s.mode === 'skm', 'questionnaire');
  const a = await findWidget(page, 'kiosk.answer.1');
  assert.ok(a.h >= 48 && a.w >= 300, `answer buttons must be big on a tablet (${a.w}×${a.h})`);
  await clickIn(page, 'kiosk.answer.4');
  await clickIn(page, 'kiosk.answer.3');
  await screenshot(page, 'desktop-kiosk-question');
  let k = await kiosk(page);
  assert.equal(k.step, 2);
  while (k.step < 9) {
    const step = k.step;
    await clickIn(page, 'kiosk.answer.4');
    k = await waitKiosk(page, (s) => s.step === step + 1, `step ${step + 1}`);
  }
  await screenshot(page, 'desktop-kiosk-about-you');
  await clickIn(page, 'kiosk.send');
  await waitKiosk(page, (s) => s.mode === 'thanks', 'thanks');
  await screenshot(page, 'desktop-kiosk-thanks');
  await clickIn(page, 'kiosk.done');
  await clickIn(page, 'kiosk.go_complaint');
  await waitKiosk(page, (s) => s.mode === 'complaint', 'complaint');
  await clickIn(page, 'kiosk.cat.informasi');
  await screenshot(page, 'desktop-kiosk-complaint');
  // English, for the screenshots of the other language
  await clickIn(page, 'kiosk.cancel');
  await clickIn(page, 'kiosk.go_skm');
  if (await hasWidget(page, 'lang.toggle')) {
    await clickIn(page, 'lang.toggle');
    await screenshot(page, 'desktop-kiosk-question-en');
  }
  assert.deepEqual(realProblems(problems), []);
  await context.close();
});
