// A person who cannot see the canvas, or cannot use a mouse: the
// accessibility mirror (shell/a11y.js) on every route — Chromium's own
// accessibility tree lists every visible control with a role and a name, and
// axe-core finds nothing serious — then an employee's self-assessment and
// export, and a supervisor's rating, with the keyboard alone (Tab, Enter,
// Space, typing), the text size at 200 % kept over a reload, and errors and
// "Tersimpan" announced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import {
  startServer, launchBrowser, watchConsole, openApp, appState, screenshot, assertNotBlank, waitSaved, waitFrames,
  widgets, desktop,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const cli = process.env.KINERJA_CLI || path.join(root, 'build/native/kinerja');
const OPEN = 'p-2026-tw4';
const RATED = 'p-2026-tw2';

let site, browser, work;
before(async () => {
  site = await startServer();
  browser = await launchBrowser();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-a11y-'));
});
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(work, { recursive: true, force: true }); });

const CONTROL_ROLES = new Set(['button', 'textbox', 'checkbox', 'radio', 'combobox', 'option']);
const mirror = (page) => page.evaluate(() => globalThis.kinerjaA11y.read());
const focusedId = (page) => page.evaluate(() => globalThis.kinerjaA11y.focusedId());

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

// Tab (as a person does) until the widget `id` has the focus; on the way, the
// mirror's "next part of the screen" button is pressed when Tab reaches it.
async function tabTo(page, id, { max = 400, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await waitFrames(page, 3);
    const now = await page.evaluate(() => {
      const el = document.activeElement;
      return { id: el && el.dataset ? el.dataset.id || '' : '', more: !!(el && el.classList && el.classList.contains('a11y-more')) };
    });
    if (now.id === id) {
      // The app's focus ring is on the same widget.
      await page.waitForFunction(() => {
        const el = document.activeElement;
        return el && el.dataset && Number(el.dataset.uid) === globalThis.kinerjaA11y.appFocus();
      }, null, { timeout: 10000 });
      return;
    }
    // At the "next part of the screen" button: press it until a control comes into view.
    for (let more = now.more, n = 0; more && n < 12; n += 1) {
      await page.keyboard.press('Enter');
      await waitFrames(page, 4);
      const after = await page.evaluate(() => {
        const el = document.activeElement;
        return { id: el && el.dataset ? el.dataset.id || '' : '', more: !!(el && el.classList && el.classList.contains('a11y-more')) };
      });
      if (after.id === id) return;
      more = after.more;
    }
  }
  const seen = (await mirror(page)).filter((x) => x.id).map((x) => x.id).slice(0, 40).join(', ');
  throw new Error(`Tab never reached "${id}" (mirror: ${seen})`);
}

async function pressOn(page, id, key = 'Enter', options = {}) {
  await tabTo(page, id, options);
  await page.keyboard.press(key);
  // The widget is pressed a frame or two later (focus, then Space as its own
  // input): the second wait also waits out that input.
  await waitFrames(page, 4);
  await waitFrames(page, 4);
}

const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 20000 });

async function typeOn(page, id, text) {
  await tabTo(page, id);
  await waitFrames(page, 3);
  await page.keyboard.type(text, { delay: 15 });
  await waitFrames(page, 3);
  // The mirrored field shows what the widget holds.
  await page.waitForFunction(([wid, t]) => {
    const el = document.querySelector(`#a11y [data-id="${wid}"]`);
    return el && el.value.includes(t);
  }, [id, text], { timeout: 10000 });
}

function demoPeople() {
  const file = path.join(work, 'demo.json');
  if (!fs.existsSync(file)) execFileSync(cli, ['demo', '-o', file]);
  const d = JSON.parse(fs.readFileSync(file, 'utf8')).data;
  const assignment = new Map(d.assignments.filter((a) => a.period_id === RATED).map((a) => [a.employee_id, a]));
  const ev = d.evaluations.filter((e) => e.period_id === RATED && e.rated && !e.keberatan &&
    e.rating_hasil_kerja === 'sesuai' && e.rating_perilaku === 'sesuai' && !e.predikat);
  const people = ev.map((e) => d.employees.find((x) => x.id === e.employee_id))
    .filter((x) => x && !x.is_unit_head && assignment.has(x.id)).sort((a, b) => a.id.localeCompare(b.id));
  const employee = people[0];
  const rater = d.employees.find((x) => x.id === assignment.get(employee.id).penilai_id);
  return { employee, rater };
}

for (const route of ['#/publik', '#/pegawai', '#/penilai', '#/admin', '#/kiosk']) {
  test(`${route}: every visible control is in the accessibility tree with a role and a name; axe finds nothing serious`, async () => {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openApp(page, site.url, route);
    await waitSaved(page);
    await waitFrames(page, 4);
    const name = route.slice(2);

    // The app's own widget list: the visible controls, not the scrolling panes that hold them.
    const isPane = (w) => { const own = w.window.split('/').pop(); return own.startsWith(`${w.id}_`) || own.endsWith(`##${w.id}`); };
    const shown = (await widgets(page)).filter((w) => w.visible && w.w > 0 && w.h > 0 && !isPane(w));
    const mirrored = (await mirror(page)).filter((x) => CONTROL_ROLES.has(x.role) || x.tag === 'input' || x.tag === 'textarea');
    const tree = await axTree(page);
    const controls = tree.filter((n) => ['button', 'textbox', 'checkbox', 'radio', 'combobox', 'option', 'menuitem'].includes(n.role?.value));
    const unnamed = controls.filter((n) => !(n.name?.value || '').trim());
    assert.deepEqual(unnamed.map((n) => n.role.value), [], `${name}: controls without a name`);
    assert.ok(mirrored.length >= 3, `${name}: the mirror lists the screen's controls (${mirrored.length})`);
    // Every control of the mirror (one per visible widget) is in Chromium's tree, named as the mirror names it.
    const treeNames = new Set(controls.map((n) => n.name.value.replace(/\s+/g, ' ').trim()));
    for (const m of mirrored) {
      const want = m.name.replace(/\s+/g, ' ').trim();
      assert.ok(treeNames.has(want) || [...treeNames].some((t) => t.startsWith(want)), `${name}: "${want}" (${m.id}) is in the accessibility tree`);
    }
    const mirroredIds = new Set(mirrored.map((m) => m.id));
    const missing = [...new Set(shown.map((w) => w.id))].filter((id) => !mirroredIds.has(id));
    assert.deepEqual(missing, [], `${name}: visible widgets missing from the mirror`);
    // Structure: one heading level 1, the screen's headings, navigation and main landmarks.
    const headings = tree.filter((n) => n.role?.value === 'heading');
    assert.ok(headings.length >= 2, `${name}: headings (${headings.map((h) => h.name?.value).join(' | ')})`);
    const landmarks = tree.map((n) => n.role?.value);
    assert.ok(landmarks.includes('main'), `${name}: a main landmark`);
    // Text contrast (WCAG 2.2 AA, 1.4.3): every line of text and every label on its own background.
    const low = await page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._kinerja_a11y_json())).items
      .filter((it) => it.contrast !== undefined && it.contrast < 4.5).map((it) => `${it.role} "${it.name.slice(0, 40)}" ${it.contrast}`));
    assert.deepEqual(low, [], `${name}: text below 4.5:1`);

    // axe-core over the page: no serious or critical violation.
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => {
      const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `${name}: axe-core violations ${JSON.stringify(serious)}`);
    const { png } = await screenshot(page, `a11y-${name}`);
    assertNotBlank(png, name);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an employee assesses themself and exports the file with the keyboard alone', async () => {
  const { employee } = demoPeople();
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/pegawai');
  await waitSaved(page);

  // What a screen reader user hears first on the Pegawai screen, in order
  // (the copy follows the frame after the demo city is ready).
  await page.waitForFunction(() => globalThis.kinerjaA11y.read().some((x) => x.name === 'Pilih profil Anda'), null, { timeout: 20000 });
  const heard = (await mirror(page)).map((x) => `${x.role}: ${x.name.split('\n')[0]}`);
  assert.equal(heard[0], 'title: Kinerja Samarinda');
  assert.ok(heard.includes('heading: Penilaian diri pegawai'), heard.join(' | '));
  assert.ok(heard.some((h) => h.startsWith('textbox: Cari nama atau NIP')), 'the search field is named by its label');
  fs.writeFileSync(path.join(work, 'heard.txt'), heard.join('\n'));

  await typeOn(page, 'pegawai.search', employee.nip);
  await pressOn(page, `pegawai.pick.${employee.id}`);
  await until(page, (id) => globalThis.kinerja.state().pegawai.employee_id === id, employee.id);
  let s = (await appState(page)).pegawai;
  assert.equal(s.employee_id, employee.id, 'Enter on the mirrored button picked the profile');
  assert.equal(s.period_id, OPEN);
  const indicator = s.indicators.find((i) => !i.terukur);
  await typeOn(page, `pegawai.value.${indicator.id}`, '97');
  await typeOn(page, `pegawai.link.${indicator.id}`, 'ftp://contoh/bukti');
  await pressOn(page, `pegawai.save.${indicator.id}`);
  // The refusal is announced (role=alert) and changes nothing.
  await page.waitForFunction(() => /tautan harus diawali/.test(globalThis.kinerjaA11y.alert()), null, { timeout: 10000 });
  s = (await appState(page)).pegawai;
  assert.equal(s.indicators.find((i) => i.id === indicator.id).realisasi, null);
  await screenshot(page, 'a11y-keyboard-refused');

  // Fix the link: Shift+Tab back to it, select all, type the right one, save with Space.
  await tabTo(page, `pegawai.link.${indicator.id}`, { back: true });
  await waitFrames(page, 3);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('https://dokumen.example/bukti-tw4.pdf', { delay: 10 });
  await waitFrames(page, 3);
  await pressOn(page, `pegawai.save.${indicator.id}`, ' ');
  await waitSaved(page);
  await page.waitForFunction((id) => globalThis.kinerja.state().pegawai.indicators.some((i) => i.id === id && i.realisasi === 97),
    indicator.id, { timeout: 20000 });
  // "Tersimpan" is announced after the save.
  await page.waitForFunction(() => /Tersimpan/.test(globalThis.kinerjaA11y.status()), null, { timeout: 10000 });

  await pressOn(page, 'pegawai.submit');
  await waitSaved(page);
  await until(page, () => globalThis.kinerja.state().pegawai.status === 'diajukan');
  await tabTo(page, 'pegawai.export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = path.join(work, 'pegawai.json');
  await download.saveAs(file);
  const sent = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(sent.scope.kind, 'pegawai');
  assert.ok(sent.data.realisations.some((r) => r.indicator_id === indicator.id && r.value === 97));
  await screenshot(page, 'a11y-keyboard-pegawai');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a supervisor rates with the keyboard alone', async () => {
  const { employee, rater } = demoPeople();
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/penilai');
  await waitSaved(page);
  await typeOn(page, 'penilai.rater_search', rater.nip);
  await pressOn(page, `penilai.rater.${rater.id}`);
  await pressOn(page, `penilai.period.${RATED}`);
  await pressOn(page, `penilai.open.${employee.id}`);
  await until(page, (id) => globalThis.kinerja.state().penilai.employee_id === id, employee.id);
  await pressOn(page, 'penilai.hk.di-atas', ' ');
  await pressOn(page, 'penilai.pk.di-atas', ' ');
  const mirrored = await mirror(page);
  assert.equal(mirrored.find((x) => x.id === 'penilai.hk.di-atas').checked, true, 'the mirror shows the chosen rating');
  const reason = 'Realisasi melampaui target dengan bukti lengkap.';
  await typeOn(page, 'penilai.reason', reason);
  await page.waitForFunction((r) => globalThis.kinerja.state().penilai.open.reason === r, reason, { timeout: 20000 });
  await pressOn(page, 'penilai.save');
  await waitSaved(page);
  await waitFrames(page, 6);
  assert.equal((await appState(page)).penilai.members[employee.id].predikat, 'sangat-baik');
  await screenshot(page, 'a11y-keyboard-penilai');
  assert.deepEqual(problems, []);
  await context.close();
});

test('text size 200 % is kept over a reload and the screen reflows; Escape closes a dialog', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/pegawai');
  await waitSaved(page);
  const before = (await widgets(page)).find((w) => w.id === 'nav.publik');
  await pressOn(page, 'settings.toggle');
  // The size is a list: Enter opens it, the arrows move in it, Enter chooses.
  await pressOn(page, 'settings.text_size');
  await page.waitForFunction(() => !!document.querySelector('#a11y [data-id="settings.text_size.200"]'), null, { timeout: 10000 });
  await tabTo(page, 'settings.text_size.200');
  await page.keyboard.press('Enter');
  await waitFrames(page, 4);
  await waitFrames(page, 4);
  await waitSaved(page);
  assert.equal((await appState(page)).text_size_pct, 200);
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3, null, { timeout: 60000 });
  await waitFrames(page, 4);
  assert.equal((await appState(page)).text_size_pct, 200, 'the size survives a reload');
  const after = (await widgets(page)).find((w) => w.id === 'nav.publik');
  assert.ok(after.h > before.h * 1.7, `buttons grow with the text (${before.h} → ${after.h} px)`);
  const { png } = await screenshot(page, 'a11y-text-200');
  assertNotBlank(png, 'text 200 %');

  // A confirmation dialog opens on Enter, its buttons are in the mirror's dialog, Escape closes it.
  await pressOn(page, 'settings.toggle');
  await pressOn(page, 'settings.reset_demo');
  await page.waitForFunction(() => !!document.querySelector('#a11y [role="dialog"] [data-id="settings.confirm_no"]'), null, { timeout: 10000 });
  await page.keyboard.press('Escape');
  await waitFrames(page, 4);
  assert.equal(await page.evaluate(() => !!document.querySelector('#a11y [role="dialog"] [data-id="settings.confirm_no"]')), false, 'Escape closed the dialog');
  // The settings are above where the dialog left the focus: Shift+Tab back up to them.
  await pressOn(page, 'settings.text_size', 'Enter', { back: true });
  await page.waitForFunction(() => !!document.querySelector('#a11y [data-id="settings.text_size.100"]'), null, { timeout: 10000 });
  await tabTo(page, 'settings.text_size.100', { back: true });
  await page.keyboard.press('Enter');
  await waitFrames(page, 4);
  await waitFrames(page, 4);
  await waitSaved(page);
  assert.equal((await appState(page)).text_size_pct, 100);
  assert.deepEqual(problems, []);
  await context.close();
});
