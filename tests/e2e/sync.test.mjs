// Local-first storage and JSON files: changes survive reloads and a tab closed
// mid-save, one tab writes while others follow, exports are scoped, imports
// show a preview first, bad files change nothing, a full disk keeps data in
// memory and offers an export, and leaving with unexported changes asks first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, hasWidget, appState,
  screenshot, waitSaved, waitFrames, desktop, typeInto, saveDownload, dropFiles, downloads, runCli,
} from './lib.mjs';

let site, browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

// The first period's lock button (the demo city's annual period).
const firstPeriodButton = (page) => findWidget(page, 'period.p-2026-tahunan');

// Bytes of every file the store keeps, to prove a refused import changed nothing.
const storeFiles = (page) => page.evaluate(() => {
  const out = {};
  const walk = (dir) => {
    for (const name of Module.FS.readdir(dir)) {
      if (name === '.' || name === '..') continue;
      const p = `${dir}/${name}`;
      if (Module.FS.isDir(Module.FS.stat(p).mode)) walk(p);
      else out[p] = Array.from(Module.FS.readFile(p)).join(',');
    }
  };
  walk('/data/kinerja');
  return out;
});

const downloadVia = (page, id) => saveDownload(page, () => click(page, id), tmp);

test('a change survives a reload, and the demo city is there on the first visit', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  const first = await appState(page);
  assert.ok(first.records > 1000, `demo city not loaded (${first.records} records)`);
  const button = await firstPeriodButton(page);
  assert.equal(button.text, 'Kunci');
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await waitFrames(page, 3);
  await waitSaved(page);
  const after1 = await appState(page);
  assert.equal(after1.last_seq, first.last_seq + 2, 'the period and the signature over it');
  assert.equal(after1.journal_files, 1, 'one action should write one small journal file');
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3);
  assert.equal((await findWidget(page, button.id)).text, 'Buka kunci');
  assert.equal((await appState(page)).load_notices.length, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a first visit shows the page at once, saying the demo city is being prepared, then the city', async () => {
  const context = await browser.newContext(desktop);
  // What the first frame drew, recorded when the app reports it (the end of that frame).
  await context.addInitScript(() => {
    let shell;
    Object.defineProperty(globalThis, 'kinerjaShell', {
      configurable: true,
      get() { return shell; },
      set(value) {
        const firstFrame = value.firstFrame;
        value.firstFrame = function recorded(...args) {
          globalThis.firstFrameSeen = {
            widgets: globalThis.kinerja.widgets().map((w) => w.id),
            demo_pending: globalThis.kinerja.state().demo_pending,
          };
          return firstFrame.apply(this, args);
        };
        shell = value;
      },
    });
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/publik');
  const seen = await page.evaluate(() => globalThis.firstFrameSeen);
  assert.equal(seen.demo_pending, true, 'the first frame should come before the demo city');
  assert.ok(seen.widgets.includes('banner.busy'), `no "preparing" banner on the first frame: ${seen.widgets}`);
  assert.ok(!seen.widgets.some((id) => id.startsWith('publik.')), `a screen drawn before its data: ${seen.widgets}`);
  const now = await appState(page);
  assert.ok(now.records > 1000, `demo city not loaded (${now.records} records)`);
  await findWidget(page, 'publik.period.p-2026-tw2');
  assert.equal(await hasWidget(page, 'banner.busy'), false, 'the banner stays after the city is made');
  assert.deepEqual(problems, []);
  await context.close();
});

test('closing the tab in the middle of a save leaves the old or the new state, never a torn one', async () => {
  const context = await browser.newContext(desktop);
  let page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const before = await appState(page);
  const button = await firstPeriodButton(page);
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await page.close();  // no waiting for the save
  page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  const s = await appState(page);
  assert.equal(s.records, before.records);
  // the old state, or the new one: the period with the signature over it (one journal file)
  assert.ok(s.last_seq === before.last_seq || s.last_seq === before.last_seq + 2, `last_seq ${s.last_seq}`);
  assert.deepEqual(s.load_notices, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs: one writes, the other is read-only, follows, and takes over when the writer closes', async () => {
  const context = await browser.newContext(desktop);
  const a = await context.newPage();
  await openApp(a, site.url, '#/admin');
  await waitSaved(a);
  const b = await context.newPage();
  await openApp(b, site.url, '#/admin');
  assert.equal((await appState(a)).writer, true);
  assert.equal((await appState(b)).writer, false);
  assert.ok(await hasWidget(b, 'banner.read_only'), 'no read-only banner in the second tab');
  await screenshot(b, 'desktop-second-tab-read-only');

  // Only the tab in front draws frames (requestAnimationFrame), as for a user.
  await a.bringToFront();
  const button = await firstPeriodButton(a);
  const wasLocked = button.text === 'Buka kunci';
  await a.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await waitFrames(a, 3);
  await waitSaved(a);
  await b.bringToFront();
  await findWidget(b, button.id);
  await b.waitForFunction(([id, text]) => globalThis.kinerja.widgets().some((w) => w.id === id && w.text === text),
    [button.id, wasLocked ? 'Kunci' : 'Buka kunci'], { timeout: 20000 });

  // A read-only tab refuses edits with a message instead of losing them.
  const bb = await findWidget(b, button.id);
  await b.mouse.click(bb.x + bb.w / 2, bb.y + bb.h / 2);
  await waitFrames(b, 3);
  assert.match((await appState(b)).message, /hanya-baca/);

  await a.close();
  await b.waitForFunction(() => globalThis.kinerja.state().writer === true, null, { timeout: 20000 });
  const again = await findWidget(b, button.id);
  await b.mouse.click(again.x + again.w / 2, again.y + again.h / 2);
  await waitFrames(b, 3);
  await waitSaved(b);
  assert.equal((await findWidget(b, button.id)).text, wasLocked ? 'Buka kunci' : 'Kunci');
  await context.close();
});

test('export → start empty → import through the file chooser restores everything, with a preview first', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const before = await appState(page);
  const file = await downloadVia(page, 'data.export_all');
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.format, 'kinerja-samarinda/bundle');
  assert.equal(exported.scope.kind, 'bkpsdm');
  assert.equal((await appState(page)).unexported, false);
  // The city's file goes out gzip-compressed, a fraction of its size, the canonical JSON inside.
  const sent = downloads[downloads.length - 1];
  assert.match(sent.suggested, /^kinerja-bkpsdm-\d{4}-\d\d-\d\d\.json\.gz$/);
  assert.ok(sent.size * 4 < sent.inflated, `compressed ${sent.inflated} → ${sent.size} bytes`);
  assert.equal(runCli(['validate', sent.packed]).includes('OK ('), true, 'the CLI reads the same .json.gz');

  await click(page, 'settings.toggle');
  await click(page, 'settings.start_empty');
  await click(page, 'settings.confirm_yes');
  await waitSaved(page);
  assert.equal((await appState(page)).records, 0);
  await click(page, 'settings.close');

  // A damaged compressed file is refused at its name, and nothing is stored.
  const cut = path.join(tmp, 'rusak.json.gz');
  fs.writeFileSync(cut, fs.readFileSync(sent.packed).subarray(0, 3000));
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'data.import_pick')]);
  await chooser.setFiles(cut);
  await page.waitForFunction(() => globalThis.kinerja.state().import_open);
  assert.deepEqual((await appState(page)).import_file_errors, ['rusak.json.gz: /: berkas gzip rusak atau terpotong; kirim ulang berkasnya / damaged or truncated gzip file; ask for the file again']);
  await screenshot(page, 'desktop-import-gzip-damaged');
  await click(page, 'import.cancel');
  assert.equal((await appState(page)).records, 0);

  // The compressed file itself, as it arrived, through the file chooser.
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'data.import_pick')]);
  await chooser.setFiles(sent.packed);
  await page.waitForFunction(() => globalThis.kinerja.state().import_open);
  await waitFrames(page, 3);
  const preview = await appState(page);
  assert.equal(preview.records, 0, 'nothing may be stored before the user applies');
  assert.ok(preview.import_counts.new > 1000);
  // The bar moved through reading, the signature check and the comparison, never back.
  const bar = await page.evaluate(() => globalThis.kinerja.importProgress());
  assert.ok(bar.length >= 3, `progress steps: ${bar}`);
  assert.ok(bar.every((v, i) => i === 0 || v > bar[i - 1]), `progress only grows: ${bar}`);
  assert.ok(bar[0] > 20 && bar[0] < 100, `the first step is part of the way: ${bar}`);
  assert.equal(bar[bar.length - 1], 100);
  await screenshot(page, 'desktop-import-preview');
  await click(page, 'import.apply');
  await waitSaved(page);
  const s = await appState(page);
  assert.equal(s.records, before.records);
  assert.equal(s.import_open, false);
  // the message counts what the preview counted: records, not the signatures that vouch for them
  assert.match(s.message, new RegExp(`^Impor diterapkan: ${preview.import_counts.new} baru, 0 diperbarui`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same file imported twice changes nothing the second time', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const file = await downloadVia(page, 'data.export_all');
  await dropFiles(page, [{ name: 'sama.json', text: fs.readFileSync(file, 'utf8') }]);
  const s = await appState(page);
  assert.equal(s.import_counts.new + s.import_counts.updated + s.import_counts.conflicting, 0);
  assert.ok(s.import_counts.unchanged > 1000);
  await context.close();
});

test('a file with a forged rating: the preview refuses it with the reason, the store keeps the signed one', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const bundle = JSON.parse(fs.readFileSync(await downloadVia(page, 'data.export_all'), 'utf8'));
  // as a text editor would: the employee's own evaluation raised, a newer version, the rater still named
  const ev = bundle.data.evaluations.find((e) => e.rating_hasil_kerja === 'sesuai' && e.self_submitted && !e.keberatan);
  const before = ev.rating_hasil_kerja;
  ev.rating_hasil_kerja = 'di-atas';
  ev.rating_perilaku = 'di-atas';
  ev.ver['dev-palsu'] = 1;
  ev.hlc = '2026-12-01T00:00:00.000Z/0000/dev-palsu';
  await dropFiles(page, [{ name: 'palsu.json', text: JSON.stringify(bundle) }]);
  const s = await appState(page);
  assert.equal(s.import_counts.rejected, 1, JSON.stringify(s.import_rejected));
  assert.match(s.import_rejected[0], new RegExp(`evaluations/${ev.id}: .*ditandatangani`));
  assert.equal(s.import_counts.updated + s.import_counts.new, 0);
  await screenshot(page, 'desktop-import-forged');
  await click(page, 'import.apply');
  await waitSaved(page);
  const after = JSON.parse(fs.readFileSync(await downloadVia(page, 'data.export_all'), 'utf8'));
  assert.equal(after.data.evaluations.find((e) => e.id === ev.id).rating_hasil_kerja, before);
  await context.close();
});

test('an employee export holds nothing about colleagues', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  const all = JSON.parse(fs.readFileSync(await downloadVia(page, 'data.export_all'), 'utf8'));
  const assignment = all.data.assignments.find((x) => !x.deleted);
  const employee = all.data.employees.find((e) => e.id === assignment.employee_id);
  await typeInto(page, 'data.export_nip', employee.nip);
  const mine = fs.readFileSync(await downloadVia(page, 'data.export_pegawai'), 'utf8');
  const bundle = JSON.parse(mine);
  assert.equal(bundle.scope.kind, 'pegawai');
  assert.equal(bundle.scope.nip, employee.nip);
  const full = bundle.data.employees.filter((e) => !e.partial);
  assert.deepEqual(full.map((e) => e.nip), [employee.nip]);
  const allowed = new Set([employee.id, assignment.penilai_id, assignment.atasan_penilai_id]);
  for (const e of bundle.data.employees) assert.ok(allowed.has(e.id), `colleague ${e.id} in the employee's file`);
  for (const e of all.data.employees) {
    if (!allowed.has(e.id)) assert.ok(!mine.includes(e.nip), `colleague's NIP ${e.nip} leaks into the file`);
  }
  await context.close();
});

test('bad files are refused with their place named, and the store stays byte-identical', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const before = await storeFiles(page);
  const header = '"format":"kinerja-samarinda/bundle","created":"2026-11-28T00:00:00Z","origin":"dev-test","scope":{"kind":"bkpsdm"}';
  const rec = (id, extra = '') => `{"id":"${id}","ver":{"dev-test":1},"hlc":"2026-11-28T00:00:00.000Z/0000/dev-test","author":"admin","created":"2026-11-28T00:00:00Z","updated":"2026-11-28T00:00:00Z","deleted":false,"name":"Unit ${id}","kind":"opd"${extra}}`;
  const bad = [
    { name: 'rusak.json', text: '{"format": "kinerja-samarinda/bundle", "schema": 1, "data": {' },
    { name: 'format-salah.json', text: `{"format":"lain","schema":1}` },
    { name: 'masa-depan.json', text: `{${header},"schema":99,"data":{}}` },
    { name: 'ganda.json', text: `{${header},"schema":1,"data":{"units":[${rec('u1')},${rec('u1')}]}}` },
    { name: 'jahat.json', text: `{${header},"schema":1,"data":{"units":[${rec('u2', ',"note":"<script>alert(1)</script>\\u202e"')}]}}` },
    { name: 'panjang.json', text: `{${header},"schema":1,"data":{"units":[${rec('u3', `,"note":"${'x'.repeat(20000)}"`)}]}}` },
  ];
  await dropFiles(page, bad);
  const s = await appState(page);
  const errors = s.import_file_errors.join('\n');
  assert.match(errors, /rusak\.json: \//);
  assert.match(errors, /format-salah\.json: \/format/);
  assert.match(errors, /masa-depan\.json: \/schema/);
  assert.match(errors, /ganda\.json: \/data\/units\/1/);
  assert.match(errors, /jahat\.json: \/data\/units\/0\/note/);
  assert.match(errors, /panjang\.json: \/data\/units\/0\/note/);
  await screenshot(page, 'desktop-import-refused');
  await click(page, 'import.cancel');

  // A file over the limit is refused by its size, without being read.
  await page.evaluate(async () => {
    const big = new File([new Uint8Array(200 * 1000 * 1000)], 'besar.json');
    await globalThis.kinerja.importFiles([big]);
  });
  await waitFrames(page, 3);
  assert.match((await appState(page)).import_file_errors.join('\n'), /besar\.json: \/: berkas 200 MB melebihi batas/);
  await click(page, 'import.cancel');
  assert.deepEqual(await storeFiles(page), before, 'a refused import changed stored bytes');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full disk keeps the data in memory, says so, and offers an export at once', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('simulated', 'QuotaExceededError'); };
  });
  const button = await firstPeriodButton(page);
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await page.waitForFunction(() => globalThis.kinerja.state().storage_full === true, null, { timeout: 20000 });
  const s = await appState(page);
  assert.equal(s.save, 'failed');
  assert.equal((await findWidget(page, button.id)).text !== button.text, true, 'the change is kept in memory');
  await screenshot(page, 'desktop-storage-full');
  const file = await downloadVia(page, 'data.export_now');
  assert.ok(fs.statSync(file).size > 1000);
  await context.close();
});

test('leaving with unexported changes asks first', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const button = await firstPeriodButton(page);
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await waitFrames(page, 3);
  await waitSaved(page);
  assert.equal((await appState(page)).unexported, true);
  const dialog = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.accept(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
  await context.close();
});

test('a damaged journal file is noticed at start: the last good state loads and the user is told', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const before = await appState(page);
  const button = await firstPeriodButton(page);
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await waitFrames(page, 3);
  await waitSaved(page);
  // Flip bytes in the middle of the newest journal file, as a failing disk would.
  await page.evaluate(() => new Promise((resolve) => {
    const dir = '/data/kinerja/journal';
    const name = Module.FS.readdir(dir).filter((n) => n.endsWith('.kjj')).sort().pop();
    const bytes = Module.FS.readFile(`${dir}/${name}`);
    for (let i = 30; i < 40 && i < bytes.length; i++) bytes[i] ^= 0xff;
    Module.FS.writeFile(`${dir}/${name}`, bytes);
    Module.FS.syncfs(false, resolve);
  }));
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3);
  const s = await appState(page);
  assert.equal(s.records, before.records, 'the last good state did not load');
  assert.ok(s.load_notices.length > 0, 'the user was not told what was dropped');
  assert.equal((await findWidget(page, button.id)).text, button.text, 'the damaged change should be gone');
  await findWidget(page, 'banner.recovered');
  await screenshot(page, 'desktop-recovered-notice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a public export holds aggregates only: no record, no NIP, no name', async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const all = JSON.parse(fs.readFileSync(await downloadVia(page, 'data.export_all'), 'utf8'));
  const text = fs.readFileSync(await downloadVia(page, 'data.export_publik'), 'utf8');
  const pub = JSON.parse(text);
  assert.equal(pub.scope.kind, 'publik');
  for (const [name, records] of Object.entries(pub.data || {})) assert.equal(records.length, 0, `${name} in a public file`);
  assert.equal(pub.aggregates.format, 'kinerja-samarinda/publik');
  assert.ok(pub.aggregates.periods.length > 0, 'no period in the public figures');
  assert.ok(pub.aggregates.units.length > 0, 'no unit in the public figures');
  for (const e of all.data.employees) {
    assert.ok(!text.includes(e.nip), `NIP ${e.nip} in the public file`);
    assert.ok(!text.includes(`"${e.name}"`), `name ${e.name} in the public file`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
