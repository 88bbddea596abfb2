// The public page as a citizen meets it on a phone: the city's figures on the
// first screen (staff roles folded into one menu, the latest published period
// named, a compact period selector), a unit found by typing part of its name,
// its own page with a link to share, and that link opened by a neighbour.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, findWidget, hasWidget, appState, click, tap, typeInto,
  screenshot, assertNotBlank, waitFrames, widgets, desktop, phone, contextWithoutWebgl, screensDir,
} from './lib.mjs';
import path from 'node:path';

let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

const pub = async (page) => (await appState(page)).publik;
// The page asks its own origin for a city's publik.json first; the test site has none.
const real = (problems) => problems.filter((p) => !/status of 404/.test(p));

test('phone: the city figures on the first screen, a unit found by name, its page shared', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/publik');
  await page.waitForFunction(() => globalThis.kinerja.state().publik.has_figures, null, { timeout: 20000 });
  await waitFrames(page, 3);

  // First screen, no scrolling: the city's card with its headline figures, the
  // latest published period; the staff roles are one folded menu.
  let s = await pub(page);
  const latest = s.period_shown;
  assert.ok(latest, 'no period shown');
  const all = await widgets(page);
  const city = all.find((w) => w.id === 'publik.kota' && w.visible);
  assert.ok(city, 'the city card is not on the first screen');
  assert.ok(city.y < 844 / 2, `the city card starts at ${city.y}px, below the middle of the first screen`);
  assert.ok(all.some((w) => w.id === 'publik.kota.bar' && w.visible && w.y + w.h <= 844), 'the predikat bar is below the fold');
  assert.ok(all.some((w) => w.id === 'nav.staff' && w.visible));
  assert.ok(!all.some((w) => w.id === 'nav.pegawai' && w.visible), 'the staff buttons are not folded');
  assert.equal(s.city.pegawai > 0, true);
  assertNotBlank((await screenshot(page, 'phone-publik-first-screen')).png, 'first screen');

  // The staff menu is one tap away.
  await tap(page, 'nav.staff');
  assert.equal((await appState(page)).staff_menu_open, true);
  assert.ok(await hasWidget(page, 'nav.pegawai'));
  await tap(page, 'nav.staff');

  // Another period through the compact selector, then back to the latest.
  const other = s.periods.find((p) => p !== latest);
  await tap(page, `publik.period.${other}`);
  assert.equal((await pub(page)).period_shown, other);
  await tap(page, `publik.period.${latest}`);
  assert.equal((await pub(page)).period_shown, latest);

  // Type part of a name: the kecamatan and its Puskesmas are found; open the Puskesmas.
  await typeInto(page, 'publik.search', 'palaran');
  s = await pub(page);
  assert.deepEqual(s.found, ['u-kec-palaran', 'u-pkm-palaran']);
  assertNotBlank((await screenshot(page, 'phone-publik-search')).png, 'search');
  await tap(page, 'publik.found.u-pkm-palaran');
  s = await pub(page);
  assert.equal(s.ui.unit_id, 'u-pkm-palaran');
  assert.equal(s.ui.search, '');
  assert.equal(await page.evaluate(() => location.hash), '#/publik/u-pkm-palaran');
  await findWidget(page, 'publik.unit.u-pkm-palaran');
  assertNotBlank((await screenshot(page, 'phone-publik-unit')).png, 'unit page');

  // Share: the phone's share sheet where there is one, else the link copied; never the test switch.
  await tap(page, 'publik.share');
  const shared = await page.evaluate(() => globalThis.kinerja.lastShare());
  assert.ok(['share', 'copy'].includes(shared.via));
  assert.equal(shared.url, `${page.url().split(/[?#]/)[0]}#/publik/u-pkm-palaran`);
  assert.match(shared.title, /Puskesmas Palaran/);

  // Back to the whole city: the link changes with it, and the browser's back button returns.
  await tap(page, 'publik.back');
  assert.equal((await pub(page)).ui.unit_id, '');
  assert.equal(await page.evaluate(() => location.hash), '#/publik');
  await page.goBack();
  await waitFrames(page, 3);
  assert.equal((await pub(page)).ui.unit_id, 'u-pkm-palaran');
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('a shared link opens the unit page; an unknown unit says so', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/publik/u-dinkes');
  await page.waitForFunction(() => globalThis.kinerja.state().publik.has_figures, null, { timeout: 20000 });
  await waitFrames(page, 3);
  assert.equal((await appState(page)).route, '#/publik');
  assert.equal((await pub(page)).ui.unit_id, 'u-dinkes');
  await findWidget(page, 'publik.unit.u-dinkes');
  await findWidget(page, 'publik.unit.u-dinkes.bar');
  assert.ok(!(await hasWidget(page, 'publik.kota')), 'the unit page shows the whole city too');
  assertNotBlank((await screenshot(page, 'desktop-publik-unit')).png, 'desktop unit page');

  // From the city page each card opens its own page.
  await click(page, 'publik.back');
  await click(page, 'publik.open.u-disdukcapil');
  assert.equal(await page.evaluate(() => location.hash), '#/publik/u-disdukcapil');

  await page.evaluate(() => { location.hash = '#/publik/u-tidak-ada'; });
  await waitFrames(page, 3);
  await findWidget(page, 'publik.unit_missing');
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('without WebGL2 the HTML view has the same unit pages', async () => {
  const context = await contextWithoutWebgl(browser, phone);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${site.url}#/publik/u-dinkes`);
  await page.waitForSelector('#publik-html[data-state="ready"]');
  assert.equal((await page.textContent('#publik-html-unit')).trim(), 'Halaman unit: Dinas Kesehatan');
  const rows = await page.evaluate(() => ({
    predikat: [...document.querySelectorAll('#publik-html table[data-table="predikat"] tbody tr')].map((r) => r.dataset.unit),
    layanan: [...document.querySelectorAll('#publik-html table[data-table="layanan"] tbody tr')].map((r) => r.dataset.unit),
  }));
  assert.ok(rows.predikat.length > 0 && rows.predikat.every((u) => u === 'u-dinkes'), JSON.stringify(rows.predikat));
  assert.ok(rows.layanan.length > 0 && rows.layanan.every((u) => u.startsWith('u-pkm-')), JSON.stringify(rows.layanan));
  await page.evaluate(() => document.getElementById('publik-html-unit').scrollIntoView());
  await page.screenshot({ path: path.join(screensDir, 'phone-publik-html-unit.png') });
  // Back to the whole city: the city row and every unit again, each a link to its page.
  await page.click('#publik-html-back');
  await page.waitForFunction(() => !document.getElementById('publik-html-unit'));
  const links = await page.evaluate(() => [...document.querySelectorAll('#publik-html table[data-table="predikat"] tbody a')]
    .map((a) => a.getAttribute('href')));
  assert.ok(links.includes('#/publik/u-dinkes'), links.join(' '));
  assert.ok(await page.isVisible('#publik-html tr[data-unit="kota"]'));
  await page.click('#publik-html a[href="#/publik/u-disdukcapil"]');
  await page.waitForSelector('#publik-html-unit');
  assert.match(await page.textContent('#publik-html-unit'), /Disdukcapil/);
  assert.deepEqual(real(problems), []);
  await context.close();
});
