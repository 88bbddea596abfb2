// Settings are stored in IndexedDB and survive a reload; the app asks the
// browser to keep its storage and shows the answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, appState, screenshot,
  waitSaved, typeInto, desktop,
} from './lib.mjs';

let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

test('language and device name survive a reload (IndexedDB)', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  await click(page, 'settings.toggle');
  await click(page, 'settings.lang.en');
  await waitSaved(page);
  await typeInto(page, 'settings.device_name', 'Laptop Bidang Mutasi');
  await waitSaved(page);
  assert.equal((await appState(page)).device_name, 'Laptop Bidang Mutasi');
  await screenshot(page, 'desktop-settings-en');

  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3);
  const s = await appState(page);
  assert.equal(s.lang, 'en');
  assert.equal(s.device_name, 'Laptop Bidang Mutasi');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal((await findWidget(page, 'nav.pegawai')).text, 'Employee');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage persistence is requested and its answer shown in settings', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url);
  await page.waitForFunction(() => globalThis.kinerja.state().storage_persisted !== null);
  await click(page, 'settings.toggle');
  const s = await appState(page);
  assert.equal(typeof s.storage_persisted, 'boolean');
  await screenshot(page, 'desktop-settings-id');
  await context.close();
});

test('an unreadable settings file is reported and replaced by defaults', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url);
  // Write garbage where the settings live, flush it to IndexedDB, reload.
  await page.evaluate(() => new Promise((resolve) => {
    Module.FS.writeFile('/data/settings.json', '{ bukan json');
    Module.FS.syncfs(false, resolve);
  }));
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3);
  const s = await appState(page);
  assert.equal(s.lang, 'id');
  assert.match(s.notice, /tidak dapat dibaca/);
  await findWidget(page, 'action.dismiss');
  await screenshot(page, 'desktop-settings-reset-notice');
  await click(page, 'action.dismiss');
  assert.equal((await appState(page)).notice, '');
  await context.close();
});
