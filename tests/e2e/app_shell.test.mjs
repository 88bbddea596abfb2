// The app opens, every route shows its own screen at desktop and phone size,
// back/forward follow the routes, and nothing is written to the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  reach,
  startServer, launchBrowser, watchConsole, openApp, click, findWidget, hasWidget, appState,
  screenshot, assertNotBlank, waitFrames, desktop, phone3x, widgets,
} from './lib.mjs';

const routes = ['publik', 'pegawai', 'penilai', 'admin', 'kiosk'];
let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

test('first visit shows the public page in Indonesian, with the loading overlay gone', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '');
  const state = await appState(page);
  assert.equal(state.route, '#/publik');
  assert.equal(state.lang, 'id');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  assert.equal(await page.isHidden('#loading'), true, 'loading overlay still shown after the first frame');
  // A citizen meets the city's figures; the staff roles are one "Menu staf" button.
  assert.ok(await hasWidget(page, 'publik.kota'), 'the city figures are not on the first screen');
  assert.equal((await findWidget(page, 'nav.staff')).text, 'Menu staf');
  assert.ok(!(await hasWidget(page, 'nav.pegawai')), 'the staff buttons are not folded');
  const { png } = await screenshot(page, 'desktop-publik');
  assertNotBlank(png, 'desktop publik');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every route renders its own screen; back and forward follow', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  for (const r of routes) {
    if (r !== 'publik' || (await appState(page)).route !== '#/publik') await click(page, `nav.${r}`);
    assert.equal(await page.evaluate(() => location.hash), `#/${r}`);
    // The public page puts its guide under the figures.
    if (r === 'publik') await reach(page, 'guide.publik');
    assert.ok(await hasWidget(page, `guide.${r}`), `${r}: its guide is not on screen`);
    for (const other of routes.filter((x) => x !== r))
      assert.ok(!(await hasWidget(page, `guide.${other}`)), `${r}: shows ${other}'s screen too`);
    const { png } = await screenshot(page, `desktop-${r}`);
    assertNotBlank(png, `desktop ${r}`);
  }
  await page.goBack();
  await waitFrames(page, 3);
  assert.equal((await appState(page)).route, '#/admin');
  assert.ok(await hasWidget(page, 'guide.admin'));
  await page.goBack();
  await waitFrames(page, 3);
  assert.equal((await appState(page)).route, '#/penilai');
  await page.goForward();
  await waitFrames(page, 3);
  assert.equal((await appState(page)).route, '#/admin');
  // A typed URL with an unknown route falls back to the public page.
  await page.evaluate(() => { location.hash = '#/tidak-ada'; });
  await waitFrames(page, 3);
  assert.equal((await appState(page)).route, '#/publik');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the guide opens in place and explains that assessment serves development', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url, '#/pegawai');
  const listed = async () => (await widgets(page)).some((w) => w.id === 'guide.purpose');
  assert.ok(!(await listed()), 'the guide starts closed');
  await click(page, 'guide.pegawai');
  // The guide opens under its header; its last part may be below the fold on a busy screen.
  assert.ok(await reach(page, 'guide.purpose'), 'the development note is not shown');
  await screenshot(page, 'desktop-pegawai-guide');
  await context.close();
});

test('phone (390×844 at 3×) renders crisply and nothing is cut off', async () => {
  const context = await browser.newContext(phone3x);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  const dims = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(dims, { w: 390 * 3, h: 844 * 3 }, 'canvas backing store is not at device resolution');
  for (const r of routes) {
    await page.evaluate((h) => { location.hash = h; }, `#/${r}`);
    await waitFrames(page, 4);
    // The public page opens on the city's figures (its guide is under them).
    assert.ok(await hasWidget(page, r === 'publik' ? 'publik.kota' : `guide.${r}`));
    for (const w of await widgets(page)) {
      if (!w.visible || w.window.includes('/')) continue;  // children clip their own content
      assert.ok(w.x >= 0 && w.x + w.w <= 390 + 0.5, `${r}: widget ${w.id} sticks out (${w.x}+${w.w})`);
    }
    const { png } = await screenshot(page, `phone-${r}`);
    assert.equal(png.width, 1170);
    assertNotBlank(png, `phone ${r}`);
  }
  // Body text is at least 16 CSS pixels high on a phone.
  const nav = await findWidget(page, 'nav.pegawai');
  assert.ok(nav.h >= 16, `buttons are ${nav.h}px high`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a window resize re-lays the canvas at the new size', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url);
  await page.setViewportSize({ width: 900, height: 700 });
  // the resize is handled on the next frame the app draws, which may come after
  // the first visit's demo city is made (signed): wait for it, not for a frame count
  await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 15000 })
    .catch(() => {});
  await waitFrames(page, 2);
  const dims = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(dims, { w: 900, h: 700 });
  const s = await appState(page);
  assert.equal(s.width_px, 900);
  await context.close();
});
