// Shared helpers for the browser tests: a loopback server for build/site,
// Debian's Chromium through playwright-core, and a user's hands: find a
// widget by its id (the "##id" of its label, published by the app in test
// mode), click it, type, take screenshots into build/screens/.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serve } from '../../scripts/serve.mjs';
import { decodePng, inkStats } from './png.mjs';

export const siteDir = process.env.KINERJA_SITE_DIR || path.resolve('build/site');
export const screensDir = process.env.KINERJA_SCREENS_DIR || path.resolve('build/screens');

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
// A phone is 390 CSS pixels wide at 2× (many Android phones in use): the
// layout is the same at any ratio (sizes scale with it), and each frame costs
// SwiftShader less than half the pixels of 3×. app_shell checks crispness at 3×.
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const phone3x = { ...phone, deviceScaleFactor: 3 };

export async function startServer() {
  assert.ok(fs.existsSync(path.join(siteDir, 'index.html')), `no site at ${siteDir}: run make site`);
  const server = await serve(siteDir, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url, close: () => new Promise((r) => server.close(r)) };
}

// The demo city is the year 2026 and the tests speak of "today" in it
// (Triwulan IV open, the earlier quarters rated or late). Every page's clock
// starts at this moment and runs on from there, so statuses and deadlines do
// not depend on the machine's date.
export const DEMO_NOW = Date.parse('2026-11-28T10:00:00+08:00');

function startClockAt(start) {
  const Real = Date;
  const shift = start - Real.now();
  function ShiftedDate(...args) {
    if (!new.target) return new Real(Real.now() + shift).toString();
    return args.length ? new Real(...args) : new Real(Real.now() + shift);
  }
  ShiftedDate.prototype = Real.prototype;
  ShiftedDate.now = () => Real.now() + shift;
  ShiftedDate.parse = Real.parse;
  ShiftedDate.UTC = Real.UTC;
  globalThis.Date = ShiftedDate;
}

export async function launchBrowser(extraArgs = []) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(startClockAt, DEMO_NOW);
    return context;
  };
  return browser;
}

// Collects console errors and page errors: every test ends asserting there were none.
export function watchConsole(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // A site without the city's own publik.json answers 404 for it: the
    // normal case, after which the page shows the demo figures.
    const where = msg.location() && msg.location().url;
    if (where && where.endsWith('/publik.json') && /404/.test(msg.text())) return;
    problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message} ${err.stack || ''}`));
  return problems;
}

export async function openApp(page, url, route = '#/publik') {
  await page.goto(`${url}?test=1${route}`);
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.frames() > 3, null, { timeout: 60000 });
  // A first visit makes the demo city right after the first frame: wait for
  // it, so no click lands on a screen that is about to change under it.
  await page.waitForFunction(() => { const s = globalThis.kinerja.state(); return s && !s.demo_pending; }, null, { timeout: 60000 });
  await waitFrames(page, 2);
}

// After every input event handed to the app has been used, wait until the
// app has drawn all the frames that input asked for (it says so: settled),
// or n display refreshes, whichever comes first. Fast typing is spread over
// frames, one key change per frame, so a click right after typing may still
// wait behind the letters. A wait right after another costs nothing.
export async function waitFrames(page, n = 3) {
  await page.waitForFunction(() => globalThis.kinerja.inputPending() === 0, null, { timeout: 30000 });
  const start = await page.evaluate(() => globalThis.kinerja.frames());
  await page.waitForFunction((s) => globalThis.kinerja.settled() || globalThis.kinerja.frames() >= s,
    start + n, { timeout: 20000 });
}

export const widgets = (page) => page.evaluate(() => globalThis.kinerja.widgets());
export const appState = (page) => page.evaluate(() => globalThis.kinerja.state());

// The widget with this id (or visible text), waiting a little for it to
// appear and scrolling the screen (like a user with a mouse wheel) when it is
// further down or up.
export async function findWidget(page, id, { timeout = 10000, scroll = true } = {}) {
  const end = Date.now() + timeout;
  let wheel = 0;
  await waitFrames(page, 2);  // rectangles of a frame drawn after the last change
  for (;;) {
    const all = await widgets(page);
    // Inside the scrolled screen, a widget whose centre is past its edge would take the click elsewhere.
    const screenBox = all.find((x) => x.id === 'screen');
    // Nor may the centre be past the page's own bottom edge.
    const vh = page.viewportSize ? (page.viewportSize() || {}).height || Infinity : Infinity;
    const clickable = (x) => x.y + x.h / 2 < vh - 2 && (!screenBox || !x.window.startsWith(screenBox.window) ||
      (x.y + x.h / 2 > screenBox.y && x.y + x.h / 2 < screenBox.y + screenBox.h));
    const w = all.find((x) => (x.id === id || x.text === id) && x.visible && clickable(x));
    if (w) return w;
    // On the public page the staff roles are folded into "Menu staf": open it, as a person would.
    // A public period is an item of the compact period selector: open it first.
    const opener = (/^nav\.(pegawai|penilai|admin|kiosk)$/.test(id) && all.find((x) => x.id === 'nav.staff' && x.visible)) ||
      (id.startsWith('publik.period.') && all.find((x) => x.id === 'publik.period' && x.visible));
    if (opener) {
      await page.mouse.click(opener.x + opener.w / 2, opener.y + opener.h / 2);
      await waitFrames(page, 3);
      continue;
    }
    if (scroll && wheel < 24) {
      const screen = all.find((x) => x.id === 'screen');
      if (screen) {
        const vp = page.viewportSize();
        await page.mouse.move(screen.x + screen.w / 2, Math.min(screen.y + screen.h / 2, vp.height - 10));
        await page.mouse.wheel(0, wheel < 16 ? 300 : -1200);
        wheel += 1;
        await waitFrames(page, 2);
        continue;
      }
    }
    if (Date.now() > end) {
      const ids = [...new Set(all.map((x) => x.id))].slice(0, 60).join(', ');
      throw new Error(`no visible widget "${id}" (seen: ${ids})`);
    }
    await waitFrames(page, 1);
  }
}

// Scrolls the screen (wheel at its left edge, away from tables that would
// take the wheel) until the widget's centre is well inside it: a half-shown
// field would take a click somewhere else.
export async function reach(page, id) {
  for (let i = 0; i < 80; i += 1) {
    const all = await widgets(page);
    const screen = all.find((x) => x.id === 'screen');
    const vp = page.viewportSize();
    const bottom = Math.min(screen.y + screen.h, vp.height) - 8;
    const w = all.find((x) => x.id === id && x.visible);
    const centre = w ? w.y + w.h / 2 : 0;
    if (w && centre > screen.y + 8 && centre < bottom) return w;
    // Listed (maybe half shown): we know which way it is. Unknown: down first, then back up.
    const known = w || all.find((x) => x.id === id);
    const down = known ? known.y + known.h / 2 >= bottom : i < 50;
    await page.mouse.move(screen.x + 8, Math.min(screen.y + screen.h / 2, vp.height - 10));
    await page.mouse.wheel(0, down ? (known ? 240 : 400) : -1600);
    await waitFrames(page, 2);
  }
  throw new Error(`cannot bring "${id}" into view`);
}

export async function hasWidget(page, id) {
  return (await widgets(page)).some((x) => (x.id === id || x.text === id) && x.visible);
}

export async function click(page, id) {
  const w = await findWidget(page, id);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
  return w;
}

export async function tap(page, id) {
  const w = await findWidget(page, id);
  await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
  return w;
}

export async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.type(text, { delay: 15 });
  await waitFrames(page, 3);
}

// Replaces a text field's content (select all, then type).
export async function fill(page, id, text, { clickFn = click } = {}) {
  await clickFn(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 5 });
  await waitFrames(page, 3);
}

// Opens a combo and picks an item; the list opens a frame later, so look
// without turning the wheel (which would close it), and open again if needed.
export async function choose(page, combo, item, { clickFn = click, find = findWidget } = {}) {
  for (let attempt = 0; ; attempt++) {
    await clickFn(page, combo);
    try {
      const w = await find(page, `${combo}.${item}`, { timeout: 2000, scroll: false });
      await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
      await waitFrames(page, 3);
      return;
    } catch (e) {
      if (attempt === 2) throw e;
      await page.keyboard.press('Escape');
      await waitFrames(page, 2);
    }
  }
}

export async function screenshot(page, name) {
  fs.mkdirSync(screensDir, { recursive: true });
  const file = path.join(screensDir, `${name}.png`);
  const buf = await page.screenshot({ path: file });
  return { file, png: decodePng(buf) };
}

// The canvas shows a real UI: several colours and a fair share of ink.
export function assertNotBlank(png, what) {
  const s = inkStats(png);
  assert.ok(s.colours >= 8, `${what}: only ${s.colours} colours — blank canvas?`);
  assert.ok(s.ink > 0.01, `${what}: only ${(s.ink * 100).toFixed(2)}% of pixels differ from the background`);
}

export async function waitSaved(page) {
  await page.waitForFunction(() => {
    const s = globalThis.kinerja.state();
    return s.save === 'saved' && !globalThis.kinerja.syncing();
  }, null, { timeout: 20000 });
}

// Does what a user does to get a file (act) and keeps the file the page
// offers in dir (under name, or the name the page suggests).
// Every download saved by saveDownload: its suggested name, where the file
// as downloaded is, and its size (a ".json.gz" is kept beside the JSON inside it).
export const downloads = [];

// Saves the download `act` starts; returns the path of the JSON (or CSV)
// inside: a ".json.gz" the app wrote compressed is checked to be gzip and
// inflated, so tests read the canonical JSON either way.
export async function saveDownload(page, act, dir, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  const suggested = download.suggestedFilename();
  const file = path.join(dir, name || suggested.replace(/\.gz$/, ''));
  if (!suggested.endsWith('.gz')) {
    await download.saveAs(file);
    downloads.push({ suggested, file, size: fs.statSync(file).size });
    return file;
  }
  const packed = `${file}.gz`;
  await download.saveAs(packed);
  const bytes = fs.readFileSync(packed);
  assert.ok(bytes[0] === 0x1f && bytes[1] === 0x8b, `${suggested} is gzip-compressed`);
  fs.writeFileSync(file, zlib.gunzipSync(bytes));
  downloads.push({ suggested, file, packed, size: bytes.length, inflated: fs.statSync(file).size });
  return file;
}

// Drops files ({name, text}) on the page as if dragged from a folder, and
// waits for the import dialog that follows.
export async function dropFiles(page, files) {
  await page.evaluate(async (list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    while (!globalThis.kinerja.state().import_open) await new Promise((r) => setTimeout(r, 20));
  }, files);
  await waitFrames(page, 3);
}

// A bundle's records signed by their authors with the demo city's keys
// (`kinerja sign --demo`): what a person's device does when they save. Tests
// that bring data in as a file use it, since every import refuses unsigned records.
const cliPath = process.env.KINERJA_CLI ||
  path.join(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..'), 'build/native/kinerja');
// A browser context whose pages have no WebGL2, as on an old phone or with
// graphics acceleration off.
export async function contextWithoutWebgl(browser, size) {
  const context = await browser.newContext(size);
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  return context;
}

// `kinerja ARGS…` (the native CLI): its standard output; throws on a non-zero exit.
export function runCli(args) {
  return execFileSync(cliPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
export function signedAsDemo(bundleText) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-sign-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.json'), bundleText);
    execFileSync(cliPath, ['sign', '--demo', path.join(dir, 'in.json'), '-o', path.join(dir, 'out.json')]);
    return fs.readFileSync(path.join(dir, 'out.json'), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
