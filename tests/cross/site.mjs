// The static site for the cross-engine suite: scripts/serve.mjs, with one
// script put at the top of every index.html it sends. WebKit's classic
// WebDriver has no "run this before the page's own scripts" (Playwright's
// addInitScript, puppeteer's evaluateOnNewDocument), so what the other
// engines get from their driver, WebKit gets from the page itself, switched
// on by the query of the address:
//   clock=<ms since 1970>  the page's clock starts there (the demo city's "today")
//   nowebgl=1             the page has no WebGL2 (as on an old phone)
// Without these switches the script only records console errors and uncaught
// errors into globalThis.__crossErrors, which is how the WebKit driver reads
// the console (WebDriver has no console log for WebKitGTK). The service
// worker keeps the served index.html, script included, so reloads and offline
// visits carry it too.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';

// The same shifted clock as tests/e2e/lib.mjs gives Chromium: starts at
// `start`, runs on in real time.
export function startClockAt(start) {
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

function pageSwitches(startClock) {
  const errors = [];
  globalThis.__crossErrors = errors;
  const text = (x) => (x instanceof Error ? `${x.message} ${x.stack || ''}` : typeof x === 'string' ? x : JSON.stringify(x));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { errors.push(`console: ${args.map(text).join(' ')}`); consoleError(...args); };
  addEventListener('error', (e) => errors.push(`page error: ${e.message} at ${e.filename}:${e.lineno}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${text(e.reason)}`));
  const q = new URLSearchParams(location.search);
  if (q.has('clock')) startClock(Number(q.get('clock')));
  if (q.get('nowebgl') === '1') {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function getContext(kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  }
}

const injected = `<script>(${pageSwitches})(${startClockAt});</script>`;

export async function startSite(siteDir) {
  const html = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const page = html.replace('<head>', `<head>\n${injected}`);
  if (page === html) throw new Error('index.html has no <head> to put the test script in');
  const server = await serve(siteDir, 0);
  const [files] = server.listeners('request');
  server.removeAllListeners('request');
  const extra = new Map();  // documents a test places beside the site (put)
  server.on('request', (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (extra.has(pathname)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(extra.get(pathname));
      return;
    }
    if (pathname !== '/' && pathname !== '/index.html') { files(req, res); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(page);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  // An HTML document served at url + name, e.g. what the app handed to a new tab.
  const put = (name, html) => { extra.set(`/${name}`, html); return url + name; };
  return { server, url, put, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}
