// Browser benchmarks of the interface, in headless Chromium against build/site:
//   first_frame_ms          navigation → first interactive frame, first visit
//                           (the demo city is created and scored), p50 of runs
//   first_frame_ms_return   the same for a returning visitor (data in IndexedDB)
//   first_frame_wasm_ready_ms, first_frame_main_starts_ms  where the first visit's
//                           time went: code ready, main() starting (p50)
//   frame_ms_10k_table_p50  CPU time per frame while scrolling the employee
//                           table of a 10,000-employee city (Admin › Data induk),
//                           beside the same scroll over the 300-employee demo
//   transfer_gzip_bytes     what a first visit downloads, each file gzip -9
// Adds these keys (and their baselines and ratios) to build/bench/results.json.
//   usage: node tests/bench/ui_bench.mjs BUNDLE_10K.json
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  startServer, launchBrowser, openApp, waitSaved, findWidget, click, appState, waitFrames, reach, desktop, siteDir,
} from '../e2e/lib.mjs';
import { importTimed, closeFileServers } from './import_file.mjs';

const bundle10k = process.argv[2];
if (!bundle10k || !fs.existsSync(bundle10k)) {
  console.error('usage: ui_bench.mjs BUNDLE_10K.json');
  process.exit(1);
}
const resultsFile = path.resolve('build/bench/results.json');
const RUNS = Number(process.env.KINERJA_BENCH_RUNS || 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// One visit in a fresh profile (nothing cached, no IndexedDB): the files the
// page fetched and the time of its first frame.
async function firstVisit(browser, url, route) {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (r) => { if (r.url().startsWith(url) && r.status() === 200) fetched.add(new URL(r.url()).pathname); });
  await page.goto(`${url}${route}`);
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.firstFrameMs() !== null, null, { timeout: 60000 });
  const first = await page.evaluate(() => globalThis.kinerja.firstFrameMs());
  // Where the time before the first frame went (the page's own marks, shell/app.js).
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('kinerja:')).map((m) => [m.name.slice(8), m.startTime])));
  await waitSaved(page);
  // The same visitor again: the city is in IndexedDB now.
  await page.reload();
  await page.waitForFunction(() => globalThis.kinerja && globalThis.kinerja.firstFrameMs() !== null, null, { timeout: 60000 });
  const again = await page.evaluate(() => globalThis.kinerja.firstFrameMs());
  await context.close();
  return { first, again, fetched, marks };
}

// Scrolls the employee table with the mouse wheel, one notch per displayed
// frame, and returns the CPU time of the frames drawn meanwhile.
async function scrollTable(page, label) {
  await click(page, 'admin.tab.master');
  await click(page, 'admin.master.employees');
  // The whole table on screen (a message above it may push it down), the wheel over its middle.
  const table = await reach(page, 'admin.master.employees.table');
  await page.mouse.move(table.x + table.w / 2, table.y + table.h / 2);
  await waitFrames(page, 5);
  const before = (await page.evaluate(() => globalThis.kinerja.frameTimes())).count;
  const ticks = 240;
  for (let i = 0; i < ticks; i++) {
    await page.mouse.wheel(0, i < ticks / 2 ? 120 : -120);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    if (i === ticks / 2 - 1) {
      await waitFrames(page, 2);
      const m = (await appState(page)).admin.master;
      if (!(m.visible_first > 0)) throw new Error(`the table did not scroll (${label}): ${JSON.stringify(m)}`);
    }
  }
  await waitFrames(page, 3);
  const after = await page.evaluate(() => globalThis.kinerja.frameTimes());
  // The ring holds the last 512 frames; keep the ones drawn during the scroll.
  const times = after.ms.slice(Math.max(0, after.ms.length - (after.count - before)));
  if (times.length < 60) throw new Error(`only ${times.length} frames drawn while scrolling ${label}`);
  const s = await appState(page);
  const p50 = median(times);
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  console.log(`frame CPU time, ${label}: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms over ${times.length} frames (table rows: ${JSON.stringify(s.admin && s.admin.master)})`);
  return { p50, p95, frames: times.length };
}

const site = await startServer();
const browser = await launchBrowser();
try {
  // First visits: transfer and first frame.
  const firsts = [];
  const agains = [];
  let fetched = new Set();
  const phases = { 'wasm-ready': [], main: [] };
  for (let i = 0; i < RUNS; i++) {
    const v = await firstVisit(browser, site.url, '#/publik');
    firsts.push(v.first);
    agains.push(v.again);
    for (const k of Object.keys(phases)) if (v.marks[k] !== undefined) phases[k].push(v.marks[k]);
    fetched = new Set([...fetched, ...v.fetched]);
  }
  let gz = 0;
  let raw = 0;
  const files = [];
  for (const p of [...fetched].sort()) {
    const rel = p.endsWith('/') ? `${p}index.html` : p;
    const file = path.join(siteDir, rel);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    const z = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += z;
    files.push(`${rel.slice(1)} ${(z / 1024).toFixed(0)} KB`);
  }
  console.log(`first visit downloads ${files.length} files: ${(raw / 1e6).toFixed(2)} MB raw, ${(gz / 1e6).toFixed(3)} MB gzip (${files.join(', ')})`);
  console.log(`first interactive frame: first visit p50 ${median(firsts).toFixed(0)} ms (runs: ${firsts.map((x) => x.toFixed(0)).join(', ')}); returning p50 ${median(agains).toFixed(0)} ms`);
  console.log(`  before it (p50 from navigation): code downloaded and compiled ${median(phases['wasm-ready']).toFixed(0)} ms, ` +
    `stored data, keys and writer lock ready, main() starts ${median(phases.main).toFixed(0)} ms, first frame ${median(firsts).toFixed(0)} ms`);

  // Frame time: the demo city (300) as the baseline, then 10,000 employees.
  let context = await browser.newContext(desktop);
  let page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  const base = await scrollTable(page, '300 employees (demo city)');
  await context.close();

  // A city setting up starts empty and imports its own data (merged into the
  // demo city, the other city's NIPs would collide with the demo's).
  context = await browser.newContext(desktop);
  page = await context.newPage();
  await openApp(page, site.url, '#/admin');
  await waitSaved(page);
  await click(page, 'settings.toggle');
  await click(page, 'settings.start_empty');
  await click(page, 'settings.confirm_yes');
  await waitSaved(page);
  if ((await appState(page)).records !== 0) throw new Error('the store did not empty');
  await click(page, 'settings.close');
  await importTimed(page, bundle10k, 'kota-10k.json');
  const apply = await findWidget(page, 'import.apply');
  await page.mouse.click(apply.x + apply.w / 2, apply.y + apply.h / 2);
  await page.waitForFunction(() => !globalThis.kinerja.state().import_open, null, { timeout: 600000 });
  await waitSaved(page);
  await page.waitForFunction(() => globalThis.kinerja.state().view.employees >= 10000, null, { timeout: 600000 });
  const big = await scrollTable(page, '10,000 employees');
  await context.close();
  console.log(`frame time ratio 10k / 300: ${(big.p50 / base.p50).toFixed(2)} (1.00 = independent of city size)`);

  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
  Object.assign(results, {
    first_frame_ms: Math.round(median(firsts)),
    first_frame_ms_return: Math.round(median(agains)),
    first_frame_wasm_ready_ms: Math.round(median(phases['wasm-ready'])),
    first_frame_main_starts_ms: Math.round(median(phases.main)),
    frame_ms_10k_table_p50: Number(big.p50.toFixed(3)),
    frame_ms_10k_table_p95: Number(big.p95.toFixed(3)),
    frame_ms_300_table_p50: Number(base.p50.toFixed(3)),
    frame_10k_vs_300: Number((big.p50 / base.p50).toFixed(3)),
    transfer_gzip_bytes: gz,
    transfer_raw_bytes: raw,
  });
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
} finally {
  await browser.close();
  await site.close();
  closeFileServers();
}
