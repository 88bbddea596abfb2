// After the first visit the service worker has the whole app, so a second
// visit works with the network off; without WebGL2 the page says so clearly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, appState, findWidget, screenshot,
  assertNotBlank, desktop,
  contextWithoutWebgl,
} from './lib.mjs';

let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

test('the second visit loads with the network off', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });

  await context.setOffline(true);
  await site.close();  // and the server is gone too
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3, null, { timeout: 60000 });
  assert.equal((await appState(page)).route, '#/publik');
  await findWidget(page, 'nav.staff');  // the public page's top bar, drawn from the cached site
  const { png } = await screenshot(page, 'desktop-offline');
  assertNotBlank(png, 'offline');
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await context.close();
  site = await startServer();
});

test('without WebGL2 the page explains itself instead of showing a blank canvas', async () => {
  const context = await contextWithoutWebgl(browser, desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(site.url);
  await page.waitForSelector('#no-webgl:not([hidden])');
  const text = await page.textContent('#no-webgl');
  assert.match(text, /tidak mendukung WebGL2/);
  assert.equal(await page.isVisible('#publik-html'), true, 'the accessible public figures are not shown');
  const { png } = await screenshot(page, 'desktop-no-webgl');
  assertNotBlank(png, 'no-webgl page');
  assert.deepEqual(problems, []);
  await context.close();
});
