// Text fields talk to the system clipboard, and a tap on a phone brings up
// the on-screen keyboard (a focused text input) whose typing reaches the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, click, tap, appState, screenshot,
  typeInto, waitFrames, desktop, phone,
} from './lib.mjs';

let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

test('copy from a text field reaches the system clipboard; paste brings text in', async () => {
  const context = await browser.newContext(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  await click(page, 'settings.toggle');
  await typeInto(page, 'settings.device_name', 'Puskesmas Palaran');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await waitFrames(page, 3);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Puskesmas Palaran');

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitFrames(page, 3);
  assert.equal((await appState(page)).device_name, '');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Laptop Kelurahan Sidodadi');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await waitFrames(page, 3);
  assert.equal((await appState(page)).device_name, 'Laptop Kelurahan Sidodadi');
  assert.deepEqual(problems, []);
  await context.close();
});

test('control characters and overlong text never reach the stored name', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openApp(page, site.url);
  await click(page, 'settings.toggle');
  await click(page, 'settings.device_name');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'A\u0007B' + 'x'.repeat(200));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await waitFrames(page, 3);
  const name = (await appState(page)).device_name;
  assert.ok(!name.includes('\u0007'));
  assert.ok(name.length <= 60, `stored ${name.length} characters`);
  await context.close();
});

test('on a phone, tapping a text field focuses the keyboard input and typing reaches the field', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url);
  await tap(page, 'settings.toggle');
  await tap(page, 'settings.device_name');
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'ime',
    'the hidden input was not focused, so no on-screen keyboard would appear');
  await page.keyboard.insertText('Kios Disdukcapil');
  await waitFrames(page, 4);
  assert.equal((await appState(page)).device_name, 'Kios Disdukcapil');
  await screenshot(page, 'phone-settings-keyboard');
  // Tapping elsewhere lets the keyboard go away.
  await tap(page, 'settings.close');
  await waitFrames(page, 3);
  assert.notEqual(await page.evaluate(() => document.activeElement && document.activeElement.id), 'ime');
  assert.deepEqual(problems, []);
  await context.close();
});

// A swipe, as a finger does it: touch events through the DevTools protocol.
async function swipe(page, x, y0, y1, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }] });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('on a phone, a swipe scrolls the screen and a tap after it still presses a button', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/admin');
  const screenTop = async () => (await page.evaluate(() => globalThis.kinerja.widgets())).find((w) => w.id === 'admin.tab.data');
  const before = await screenTop();
  assert.ok(before && before.visible, 'the admin tabs are on screen before the swipe');
  // Finger up by 400 CSS px: the content follows it up, nothing is pressed.
  await swipe(page, 195, 700, 300);
  await waitFrames(page, 4);
  const after = await screenTop();
  assert.ok(!after || !after.visible || after.y < before.y - 200,
    `the content did not follow the finger (tab at y=${before.y}, then ${after && after.y})`);
  assert.equal((await appState(page)).admin.tab, '', 'a swipe must not press what it started on');
  await screenshot(page, 'phone-admin-swiped');
  // And back down; then a tap still works.
  await swipe(page, 195, 200, 750);
  await swipe(page, 195, 200, 750);
  await waitFrames(page, 4);
  await tap(page, 'admin.tab.flow');
  assert.equal((await appState(page)).admin.tab, 'flow');
  assert.deepEqual(problems, []);
  await context.close();
});
