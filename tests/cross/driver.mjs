// One small adapter with the same verbs for three browser engines, so one
// test file can run in each:
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi),
//             a real window (run under xvfb-run: headless Firefox has no WebGL2)
//   webkit    Debian's WebKitGTK MiniBrowser through WebKitWebDriver and
//             selenium-webdriver (classic WebDriver; no headless mode either)
//   chromium  Debian's Chromium through playwright-core, to check the suite itself
// A tab's verbs: goto, reload, evaluate, waitFor, clickWidget (real pointer
// input of the driver at the widget's centre), type, press, wheel,
// screenshot, consoleErrors, newTab, front, close. Widgets are what the app
// publishes in test mode (globalThis.kinerja.widgets(), CSS pixels).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { decodePng } from '../e2e/png.mjs';
import { startClockAt } from './site.mjs';

export const screensRoot = process.env.KINERJA_SCREENS_DIR || path.resolve('build/screens');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A bounded wait: engines that hang (a WebKit session without a display) fail the test instead.
function within(ms, what, promise) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  })]).finally(() => clearTimeout(timer));
}

// "(fn)(...args)" as one expression each driver can evaluate (and await).
const expression = (fn, args) => (typeof fn === 'function'
  ? `(${fn})(...${JSON.stringify(args)})` : `(${fn})`);

// A console error that is not one: the site has no publik.json of its own (404, then the demo figures).
const expected = (text) => /publik\.json/.test(text) && /404/.test(text);

class Tab {
  constructor(engine, size) {
    this.engine = engine;
    this.size = size;
    this.errors = [];
  }

  // --------------------------------------------------------------- the app's own hooks
  widgets() { return this.evaluate(() => globalThis.kinerja.widgets()); }
  state() { return this.evaluate(() => globalThis.kinerja.state()); }

  async waitFor(fn, ...args) { return this.waitLong(30000, fn, ...args); }
  async waitLong(timeout, fn, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, ...args).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`waited ${timeout / 1000} s for ${String(fn).slice(0, 160)}`);
      await sleep(50);
    }
  }

  // The app opened on a route, with the first visit's demo city made.
  async openApp(url, route = '#/publik') {
    await this.goto(`${url}?test=1${route}`);
    await this.appReady();
  }
  async appReady() {
    // Loading and the first visit's demo city take 5–15 s; more on a busy 2-core machine.
    await this.waitLong(120000, () => globalThis.kinerja && globalThis.kinerja.frames() > 3);
    await this.waitLong(120000, () => { const s = globalThis.kinerja.state(); return s && !s.demo_pending; });
    await this.waitFrames(2);
  }

  // Every input used, then the frames it asked for drawn (or n frames), as in tests/e2e/lib.mjs.
  async waitFrames(n = 3) {
    await this.waitFor(() => globalThis.kinerja.inputPending() === 0);
    const start = await this.evaluate(() => globalThis.kinerja.frames());
    await this.waitFor((s) => globalThis.kinerja.settled() || globalThis.kinerja.frames() >= s, start + n);
  }

  // The visible widget with this id (or text), opening "Menu staf" for a
  // staff role and turning the wheel over the screen when it is further down.
  async findWidget(id, { timeout = 10000, scroll = true } = {}) {
    const end = Date.now() + timeout;
    let wheel = 0;
    await this.waitFrames(2);
    for (;;) {
      const all = await this.widgets();
      const screen = all.find((x) => x.id === 'screen');
      const inScreen = (x) => !screen || !x.window.startsWith(screen.window) ||
        (x.y + x.h / 2 > screen.y && x.y + x.h / 2 < screen.y + screen.h);
      const w = all.find((x) => (x.id === id || x.text === id) && x.visible && inScreen(x));
      if (w) return w;
      const opener = /^nav\.(pegawai|penilai|admin|kiosk)$/.test(id) && all.find((x) => x.id === 'nav.staff' && x.visible);
      if (opener) { await this.clickAt(opener); continue; }
      if (scroll && screen && wheel < 24) {
        await this.wheel(screen.x + screen.w / 2, Math.min(screen.y + screen.h / 2, this.size.height - 10), wheel < 16 ? 300 : -1200);
        wheel += 1;
        await this.waitFrames(2);
        continue;
      }
      if (Date.now() > end) {
        throw new Error(`no visible widget "${id}" (seen: ${[...new Set(all.map((x) => x.id))].slice(0, 60).join(', ')})`);
      }
      await this.waitFrames(1);
    }
  }

  // Scrolls (wheel at the screen's left edge) until the widget's centre is well inside the screen.
  async reach(id) {
    for (let i = 0; i < 80; i += 1) {
      const all = await this.widgets();
      const screen = all.find((x) => x.id === 'screen');
      const bottom = Math.min(screen.y + screen.h, this.size.height) - 8;
      const w = all.find((x) => x.id === id && x.visible);
      if (w && w.y + w.h / 2 > screen.y + 8 && w.y + w.h / 2 < bottom) return w;
      const known = w || all.find((x) => x.id === id);
      const down = known ? known.y + known.h / 2 >= bottom : i < 50;
      await this.wheel(screen.x + 8, Math.min(screen.y + screen.h / 2, this.size.height - 10), down ? (known ? 240 : 400) : -1600);
      await this.waitFrames(2);
    }
    throw new Error(`cannot bring "${id}" into view`);
  }

  async clickAt(w) {
    await this.click(Math.round(w.x + w.w / 2), Math.round(w.y + w.h / 2));
    await this.waitFrames(3);
    return w;
  }
  async clickWidget(id) { return this.clickAt(await this.findWidget(id)); }
  async typeInto(id, text) {
    await this.clickWidget(id);
    await this.type(text);
    await this.waitFrames(3);
  }

  async screenshot(name) {
    const dir = path.join(screensRoot, this.engine);
    fs.mkdirSync(dir, { recursive: true });
    const buf = await this.pngBytes();
    const file = path.join(dir, `${name}.png`);
    fs.writeFileSync(file, buf);
    return { file, png: decodePng(buf) };
  }

  async consoleErrors() {
    return [...this.errors, ...(await this.pageErrors())].filter((e) => !expected(e));
  }
  async pageErrors() { return []; }
}

// ----------------------------------------------------------------------- Firefox
class FirefoxTab extends Tab {
  constructor(browser, page, size) {
    super('firefox', size);
    this.browser = browser;
    this.page = page;
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => this.errors.push(`page error: ${e.message || e}`));
    // Leaving a page with unexported changes asks first (beforeunload): the test leaves.
    page.on('dialog', (d) => d.accept().catch(() => {}));
  }
  static async open(size, { prefs = {} } = {}) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await within(60000, 'starting Firefox', puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.KINERJA_FIREFOX || '/usr/bin/firefox-esr',
      headless: false,
      defaultViewport: null,
      extraPrefsFirefox: {
        // navigator.storage.persist() would otherwise wait for ever on a permission prompt.
        'dom.storageManager.prompt.testing': true,
        'dom.storageManager.prompt.testing.allow': true,
        ...prefs,
      },
    }));
    const [page] = await browser.pages();
    return FirefoxTab.prepare(browser, page, size);
  }
  static async prepare(browser, page, size) {
    await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(startClockAt, size.clock);
    return new FirefoxTab(browser, page, size);
  }
  goto(url) { return this.page.goto(url, { waitUntil: 'load', timeout: 60000 }); }
  reload() { return this.page.reload({ waitUntil: 'load', timeout: 60000 }); }
  evaluate(fn, ...args) { return this.page.evaluate(expression(fn, args)); }
  click(x, y) { return this.page.mouse.click(x, y); }
  async wheel(x, y, dy) { await this.page.mouse.move(x, y); await this.page.mouse.wheel({ deltaY: dy }); }
  type(text) { return this.page.keyboard.type(text, { delay: 15 }); }
  async press(key) {
    const keys = key.split('+');
    for (const k of keys.slice(0, -1)) await this.page.keyboard.down(k);
    await this.page.keyboard.press(keys[keys.length - 1]);
    for (const k of keys.slice(0, -1).reverse()) await this.page.keyboard.up(k);
  }
  async pngBytes() { return Buffer.from(await this.page.screenshot({ type: 'png' })); }
  async newTab() { return FirefoxTab.prepare(this.browser, await this.browser.newPage(), this.size); }
  front() { return this.page.bringToFront(); }
  closeTab() { return this.page.close(); }
  close() { return this.browser.close(); }
}

// ----------------------------------------------------------------------- WebKit
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

class WebKitTab extends Tab {
  constructor(session, handle, size) {
    super('webkit', size);
    this.session = session;  // { driver, process, current, wd }
    this.handle = handle;
  }
  static async open(size) {
    const wd = await import('selenium-webdriver');
    const port = await freePort();
    const proc = spawn(process.env.KINERJA_WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
    const session = { process: proc, wd, current: null };
    try {
      for (let i = 0; ; i += 1) {  // until the driver listens
        const up = await new Promise((r) => { const c = net.connect(port, '127.0.0.1', () => { c.end(); r(true); }); c.on('error', () => r(false)); });
        if (up) break;
        if (i > 100) throw new Error('WebKitWebDriver did not start');
        await sleep(100);
      }
      const caps = new wd.Capabilities({
        browserName: 'MiniBrowser',
        unhandledPromptBehavior: 'accept',  // "leave with unexported changes?": leave
        'webkitgtk:browserOptions': {
          binary: process.env.KINERJA_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      });
      // Without a display the session never comes: a bounded wait, then the driver is killed.
      const driver = new wd.Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
      await within(60000, 'starting a WebKit session (is there a display? run under xvfb-run)', driver.getSession());
      session.driver = driver;
      await session.driver.manage().setTimeouts({ script: 60000, pageLoad: 60000 });
    } catch (e) {
      proc.kill('SIGKILL');
      throw e;
    }
    const handle = await session.driver.getWindowHandle();
    session.current = handle;
    const tab = new WebKitTab(session, handle, size);
    await tab.fitViewport();
    return tab;
  }
  get driver() { return this.session.driver; }
  async use() {
    if (this.session.current === this.handle) return;
    await this.driver.switchTo().window(this.handle);
    this.session.current = this.handle;
  }
  // setRect sizes the outer window: grow it by what the window's frame takes.
  async fitViewport() {
    await this.use();
    const { width, height } = this.size;
    await this.driver.manage().window().setRect({ x: 0, y: 0, width, height });
    for (let i = 0; i < 3; i += 1) {
      const inner = await this.driver.executeScript('return [innerWidth, innerHeight]');
      if (inner[0] === width && inner[1] === height) return;
      const rect = await this.driver.manage().window().getRect();
      await this.driver.manage().window().setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
      await sleep(200);
    }
  }
  // The page's clock is set by the served page itself (see site.mjs): WebDriver has no init scripts.
  withSwitches(url) {
    const u = new URL(url);
    if (!u.protocol.startsWith('http')) return url;
    if (this.size.clock) u.searchParams.set('clock', String(this.size.clock));
    if (this.size.noWebgl) u.searchParams.set('nowebgl', '1');
    return u.toString();
  }
  async goto(url) {
    await this.use();
    this.errors.push(...(await this.pageErrors()));
    await this.driver.get(this.withSwitches(url));
  }
  async reload() {
    await this.use();
    this.errors.push(...(await this.pageErrors()));
    await this.driver.navigate().refresh();
  }
  async evaluate(fn, ...args) {
    await this.use();
    const r = await this.driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${expression(fn, args)})
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`);
    if (r.error) throw new Error(`in page: ${r.error}`);
    return r.value;
  }
  async pageErrors() {
    try { return (await this.driver.executeScript('return globalThis.__crossErrors || []')) || []; } catch { return []; }
  }
  async actions(build) {
    await this.use();
    const a = this.driver.actions({ async: true });
    build(a);
    await a.perform();
  }
  click(x, y) {
    const { Origin } = this.session.wd;
    [x, y] = [Math.round(x), Math.round(y)];
    return this.actions((a) => a.move({ x, y, origin: Origin.VIEWPORT }).press().release());
  }
  // WebKitWebDriver accepts a wheel action but the page never sees it (2.50):
  // the pointer moves there for real, the wheel turn is a WheelEvent at that point.
  async wheel(x, y, dy) {
    const { Origin } = this.session.wd;
    [x, y] = [Math.round(x), Math.round(y)];  // WebKitWebDriver takes whole pixels only
    await this.actions((a) => a.move({ x, y, origin: Origin.VIEWPORT }));
    await this.evaluate((cx, cy, deltaY) => {
      const at = document.elementFromPoint(cx, cy) || document.getElementById('canvas');
      at.dispatchEvent(new WheelEvent('wheel', { clientX: cx, clientY: cy, deltaY, deltaMode: 0, bubbles: true, cancelable: true }));
    }, x, y, dy);
  }
  type(text) { return this.actions((a) => a.sendKeys(text)); }
  press(key) {
    const { Key } = this.session.wd;
    const names = { Control: Key.CONTROL, Shift: Key.SHIFT, Backspace: Key.BACK_SPACE, Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB };
    const keys = key.split('+').map((k) => names[k] || k.toLowerCase());
    return this.actions((a) => {
      for (const k of keys.slice(0, -1)) a.keyDown(k);
      a.sendKeys(keys[keys.length - 1]);
      for (const k of keys.slice(0, -1).reverse()) a.keyUp(k);
    });
  }
  async pngBytes() { await this.use(); return Buffer.from(await this.driver.takeScreenshot(), 'base64'); }
  async newTab() {
    await this.use();
    await this.driver.switchTo().newWindow('window');
    const handle = await this.driver.getWindowHandle();
    this.session.current = handle;
    const tab = new WebKitTab(this.session, handle, this.size);
    await tab.fitViewport();
    return tab;
  }
  async front() { await this.use(); }
  async closeTab() { await this.use(); await this.driver.close(); this.session.current = null; }
  async close() {
    try { await within(20000, 'closing WebKit', this.driver.quit()); } finally { this.session.process.kill('SIGKILL'); }
  }
}

// ----------------------------------------------------------------------- Chromium
class ChromiumTab extends Tab {
  constructor(context, page, size) {
    super('chromium', size);
    this.context = context;
    this.page = page;
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(`console: ${m.text()} ${m.location()?.url || ''}`); });
    page.on('pageerror', (e) => this.errors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => d.accept().catch(() => {}));
  }
  static async open(size, { args = [] } = {}) {
    const { chromium } = await import('playwright-core');
    const { chromiumArgs } = await import('../e2e/lib.mjs');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...chromiumArgs, ...args] });
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    await context.addInitScript(startClockAt, size.clock);
    const tab = new ChromiumTab(context, await context.newPage(), size);
    tab.browser = browser;
    return tab;
  }
  goto(url) { return this.page.goto(url); }
  reload() { return this.page.reload(); }
  evaluate(fn, ...args) { return this.page.evaluate(expression(fn, args)); }
  click(x, y) { return this.page.mouse.click(x, y); }
  async wheel(x, y, dy) { await this.page.mouse.move(x, y); await this.page.mouse.wheel(0, dy); }
  type(text) { return this.page.keyboard.type(text, { delay: 15 }); }
  press(key) { return this.page.keyboard.press(key); }
  pngBytes() { return this.page.screenshot(); }
  async newTab() {
    const tab = new ChromiumTab(this.context, await this.context.newPage(), this.size);
    tab.browser = this.browser;
    return tab;
  }
  front() { return this.page.bringToFront(); }
  closeTab() { return this.page.close(); }
  close() { return this.browser.close(); }
}

// open('firefox' | 'webkit' | 'chromium', { width, height, clock, noWebgl }): the first tab.
// clock: where the page's clock starts (ms); noWebgl: the pages have no WebGL2.
export async function open(engine, { width = 1280, height = 800, clock = null, noWebgl = false } = {}) {
  const size = { width, height, clock, noWebgl };
  if (engine === 'firefox') return FirefoxTab.open(size, { prefs: noWebgl ? { 'webgl.disabled': true } : {} });
  if (engine === 'webkit') return WebKitTab.open(size);
  if (engine === 'chromium') return ChromiumTab.open(size, { args: noWebgl ? ['--disable-webgl'] : [] });
  throw new Error(`unknown engine "${engine}" (firefox, webkit or chromium)`);
}

export const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cross-'));
