// Admin › Data induk, driven like an admin at BKPSDM would: edit a unit, add
// an employee (a bad NIP is refused by the core and nothing is stored, then a
// good one), search the employee table, map a rater as Plt, create a period,
// copy last period's mapping into it and lock it (an edit into it is then
// refused), set a unit's CKO, keep the indicator library, apply an SKP as a
// template, import employees from CSV (a bad row is named and nothing is
// stored; a good file adds rows), and scroll the clipped employee table.
// Screenshots of every editor at desktop and phone sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, watchConsole, openApp, appState, screenshot, assertNotBlank,
  waitSaved, waitFrames, widgets, desktop, phone, fill as libFill, choose as libChoose,
} from './lib.mjs';

let site, browser;
before(async () => { site = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await site?.close(); });

// lib.mjs's findWidget turns the wheel at the middle of the screen, where the
// employee table (its own scroll area, as a clipped 10,000-row table must be)
// would take the wheel; here the wheel turns over the screen's scrollbar.
async function findWidget(page, id, { timeout = 10000, prefix = false, scroll = true } = {}) {
  const end = Date.now() + timeout;
  let wheel = 0;
  await waitFrames(page, 2);
  for (;;) {
    const all = await widgets(page);
    const screen = all.find((x) => x.id === 'screen');
    // Inside the screen, the whole widget must show (a half-shown one would take the click elsewhere).
    const whole = (x) => !screen || !x.window.startsWith(screen.window) ||
      (x.y >= screen.y - 1 && x.y + x.h <= screen.y + screen.h + 1);
    const w = all.find((x) => (prefix ? x.id.startsWith(id) : x.id === id || x.text === id) && x.visible && whole(x));
    if (w) return w;
    if (scroll && screen && wheel < 45) {
      const vp = page.viewportSize();
      await page.mouse.move(screen.x + screen.w - 6, Math.min(screen.y + screen.h / 2, vp.height - 10));
      await page.mouse.wheel(0, wheel < 15 ? 300 : -300);
      wheel += 1;
      await waitFrames(page, 2);
      continue;
    }
    if (Date.now() > end) {
      await screenshot(page, 'failed-find');
      throw new Error(`no visible widget "${id}" (seen: ${all.map((x) => `${x.id}@${Math.round(x.y)}${x.visible ? '' : '(hidden)'}`).join(', ')})`);
    }
    await waitFrames(page, 1);
  }
}

async function click(page, id) {
  const w = await findWidget(page, id);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await waitFrames(page, 3);
  return w;
}

// The page asks its own origin for a city's publik.json first; the test site has none.
const real = (problems) => problems.filter((p) => !/status of 404/.test(p));

const master = async (page) => (await appState(page)).admin.master;

async function openMaster(page, section) {
  await openApp(page, site.url, '#/admin');
  await click(page, 'admin.tab.master');
  if (section) await click(page, `admin.master.${section}`);
}

// lib.mjs's fill and choose, through this file's click (the wheel over the scrollbar).
const fill = (page, id, text) => libFill(page, id, text, { clickFn: click });
const choose = (page, combo, item) => libChoose(page, combo, item, { clickFn: click, find: findWidget });

const firstWidgetWithPrefix = (page, prefix) => findWidget(page, prefix, { prefix: true });

async function importText(page, name, text) {
  await page.evaluate(async ({ name: n, text: t }) => {
    await globalThis.kinerja.importFiles([new File([t], n, { type: 'text/csv' })]);
    while (!globalThis.kinerja.state().import_open) await new Promise((r) => setTimeout(r, 20));
  }, { name, text });
  await waitFrames(page, 3);
}

test('units and employees: edit a unit; a bad NIP is refused with the core message, a good one is stored; search', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openMaster(page, 'units');
  assert.equal((await master(page)).section, 'units');
  await screenshot(page, 'desktop-admin-master-units');

  await click(page, 'admin.master.unit.u-dinkes');
  assert.equal((await master(page)).selected, 'u-dinkes');
  await fill(page, 'admin.master.unit.name', 'Dinas Kesehatan Kota Samarinda');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  assert.equal((await master(page)).message_is_error, false);
  assert.match((await findWidget(page, 'admin.master.unit.u-dinkes')).text, /Dinas Kesehatan Kota Samarinda/);
  await screenshot(page, 'desktop-admin-master-unit-edited');

  await click(page, 'admin.master.employees');
  const before = (await appState(page)).view.employees;
  assert.equal((await master(page)).employee_rows, before);
  await click(page, 'admin.master.employee.new');
  await fill(page, 'admin.master.employee.nip', '1990011520150310');  // 16 digits
  await fill(page, 'admin.master.employee.name', 'Rina Uji Coba, S.Kom.');
  await fill(page, 'admin.master.employee.jabatan', 'Pranata Komputer Ahli Pertama');
  await choose(page, 'admin.master.employee.jenis', 'fungsional');
  await choose(page, 'admin.master.employee.jenjang', 'ahli-pertama');
  await fill(page, 'admin.master.employee.golongan', 'III/a');
  await choose(page, 'admin.master.employee.unit', 'u-dinkes');
  await click(page, 'admin.master.save');
  let m = await master(page);
  assert.equal(m.message_is_error, true);
  assert.match(m.message, /nip.*NIP tidak valid/i);
  assert.equal((await appState(page)).view.employees, before, 'nothing stored');
  await screenshot(page, 'desktop-admin-master-employee-bad-nip');

  await fill(page, 'admin.master.employee.nip', '199001152015032001');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  m = await master(page);
  assert.equal(m.message_is_error, false, m.message);
  await page.waitForFunction((n) => globalThis.kinerja.state().view.employees === n + 1, before);
  assert.equal(m.search, '199001152015032001');
  assert.equal((await master(page)).employee_rows, 1);
  await findWidget(page, `admin.master.employee.${m.selected}`);
  await screenshot(page, 'desktop-admin-master-employee-saved');

  // The same NIP twice is refused.
  await click(page, 'admin.master.employee.new');
  await fill(page, 'admin.master.employee.nip', '199001152015032001');
  await fill(page, 'admin.master.employee.name', 'Orang Lain');
  await choose(page, 'admin.master.employee.unit', 'u-dinkes');
  await click(page, 'admin.master.save');
  assert.match((await master(page)).message, /sudah dipakai/);
  assert.equal((await appState(page)).view.employees, before + 1);

  // Search by name, by part of a NIP, by unit.
  await fill(page, 'admin.master.employees.search', 'rina uji');
  assert.equal((await master(page)).employee_rows, 1);
  await fill(page, 'admin.master.employees.search', 'puskesmas');
  const pk = (await master(page)).employee_rows;
  assert.ok(pk > 5 && pk < before, `puskesmas rows ${pk}`);
  await fill(page, 'admin.master.employees.search', 'tidak-ada-orang-ini');
  assert.equal((await master(page)).employee_rows, 0);
  await findWidget(page, 'admin.master.employees_empty');
  await fill(page, 'admin.master.employees.search', '');
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('a service unit\'s population: a bad number is refused at its field; a good one shows the sample shortfall', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openMaster(page, 'units');
  await click(page, 'admin.master.unit.u-pkm-palaran');
  let m = await master(page);
  assert.equal(m.selected, 'u-pkm-palaran');
  assert.ok(m.sampel, 'a service unit shows its sample');
  const respondents = m.sampel.responden;
  await fill(page, 'admin.master.unit.penerima', 'banyak');
  await click(page, 'admin.master.unit.penerima_save');
  m = await master(page);
  assert.equal(m.message_is_error, true);
  assert.match(m.message, /penerima_layanan\/jumlah.*bilangan bulat/);
  await fill(page, 'admin.master.unit.penerima', '5400');
  await click(page, 'admin.master.unit.penerima_save');
  await waitSaved(page);
  await page.waitForFunction(() => globalThis.kinerja.state().admin.master.sampel?.populasi === 5400);
  m = await master(page);
  assert.equal(m.message_is_error, false, m.message);
  assert.ok(m.sampel.minimum > 350, `minimum ${m.sampel.minimum}`);
  assert.equal(m.sampel.responden, respondents);
  assert.equal(m.sampel.kekurangan, Math.max(0, m.sampel.minimum - respondents));
  await findWidget(page, 'admin.master.unit.penerima_save');
  await screenshot(page, 'desktop-admin-master-unit-sampel');
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('the employee table clips: only visible rows are drawn, and it scrolls', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openMaster(page, 'employees');
  const table = await findWidget(page, 'admin.master.employees.table');
  let m = await master(page);
  assert.ok(m.employee_rows >= 300);
  assert.equal(m.visible_first, 0);
  assert.ok(m.visible_last > 3 && m.visible_last < 40, `drawn rows ${m.visible_first}..${m.visible_last}`);
  await page.mouse.move(table.x + table.w / 2, table.y + table.h / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
  await waitFrames(page, 4);
  m = await master(page);
  assert.ok(m.visible_first > 10, `after scrolling the first drawn row is ${m.visible_first}`);
  assert.ok(m.visible_last - m.visible_first < 40);
  await screenshot(page, 'desktop-admin-master-employees-scrolled');
  await context.close();
});

test('periods, raters and CKO: create a period, copy the mapping, map a Plt, lock it; edits into it are refused', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openMaster(page, 'periods');
  await screenshot(page, 'desktop-admin-master-periods');
  await click(page, 'admin.master.period.new');
  await fill(page, 'admin.master.period.name', 'Triwulan I 2027');
  await fill(page, 'admin.master.period.year', '2027');
  await fill(page, 'admin.master.period.start', '2027-01-01');
  await fill(page, 'admin.master.period.end', '2027-02-30');
  await fill(page, 'admin.master.period.deadline', '2027-04-10');
  await click(page, 'admin.master.save');
  let m = await master(page);
  assert.equal(m.message_is_error, true);
  assert.match(m.message, /end/);
  await fill(page, 'admin.master.period.end', '2027-03-31');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  m = await master(page);
  assert.equal(m.message_is_error, false, m.message);
  const pid = 'p-2027-triwulanan-2027-01-01';
  await findWidget(page, `admin.master.period.lock.${pid}`);
  await screenshot(page, 'desktop-admin-master-period-created');

  // Raters: the new quarter is empty; copy last quarter's mapping into it.
  await click(page, 'admin.master.raters');
  await choose(page, 'admin.master.period', pid);
  await choose(page, 'admin.master.raters.unit', 'u-dinkes');
  assert.match((await firstWidgetWithPrefix(page, 'admin.master.raters.row.')).text, /belum ada penilai/);
  await click(page, 'admin.master.raters.copy');
  await waitSaved(page);
  m = await master(page);
  assert.match(m.message, /^\d+ pemetaan disalin/);
  assert.ok(Number(m.message.match(/^(\d+)/)[1]) > 100, m.message);
  // Map the first employee of the unit to another rater as Plt.
  const row = await firstWidgetWithPrefix(page, 'admin.master.raters.row.');
  assert.doesNotMatch(row.text, /belum ada penilai/);
  await click(page, row.id);
  await fill(page, 'admin.master.raters.search', 'Jailani');
  const pick = await firstWidgetWithPrefix(page, 'admin.master.raters.pick.');
  await click(page, pick.id);
  await click(page, 'admin.master.raters.kind.plt');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  assert.equal((await master(page)).message_is_error, false);
  assert.match((await findWidget(page, row.id)).text, /Jailani.*\(Plt\)/);
  await screenshot(page, 'desktop-admin-master-raters-plt');

  // Lock the period; then a CKO for it is refused by the core (banner).
  await click(page, 'admin.master.periods');
  await click(page, `admin.master.period.lock.${pid}`);
  await waitSaved(page);
  assert.match((await findWidget(page, `admin.master.period.lock.${pid}`)).text, /Buka kunci/);
  await click(page, 'admin.master.cko');
  await choose(page, 'admin.master.period', pid);
  await click(page, 'admin.master.cko.unit.u-dinkes');
  await choose(page, 'admin.master.cko.value', 'baik');
  await click(page, 'admin.master.save');
  await waitFrames(page, 3);
  assert.match((await appState(page)).message, /terkunci/);
  assert.match((await findWidget(page, 'admin.master.cko.unit.u-dinkes')).text, /belum ditetapkan/);
  await screenshot(page, 'desktop-admin-master-locked-refused');

  // CKO in an open quarter is stored.
  await choose(page, 'admin.master.period', 'p-2026-tw3');
  await click(page, 'admin.master.cko.unit.u-dinkes');
  await choose(page, 'admin.master.cko.value', 'butuh-perbaikan');
  await fill(page, 'admin.master.cko.note', 'Capaian rencana aksi triwulan III sebagian tertunda');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  assert.equal((await master(page)).message_is_error, false);
  assert.match((await findWidget(page, 'admin.master.cko.unit.u-dinkes')).text, /Butuh Perbaikan/);
  await screenshot(page, 'desktop-admin-master-cko');
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('indicator library and SKP templates', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await openMaster(page, 'indicators');
  await click(page, 'admin.master.indicator.new');
  await fill(page, 'admin.master.indicator.text', 'Rata-rata waktu tunggu pasien rawat jalan');
  await fill(page, 'admin.master.indicator.satuan', 'menit');
  await choose(page, 'admin.master.indicator.polaritas', 'turun');
  await choose(page, 'admin.master.indicator.aspek', 'waktu');
  await click(page, 'admin.master.save');
  await waitSaved(page);
  assert.equal((await master(page)).message_is_error, false);
  assert.match((await findWidget(page, `admin.master.indicator.${(await master(page)).selected}`)).text, /menit.*makin rendah/);
  await screenshot(page, 'desktop-admin-master-indicators');

  await click(page, 'admin.master.templates');
  await fill(page, 'admin.master.templates.search', 'puskesmas');
  const owner = await firstWidgetWithPrefix(page, 'admin.master.templates.pick.');
  await click(page, owner.id);
  const m = await master(page);
  assert.equal(m.selected, owner.id.replace('admin.master.templates.pick.', ''));
  await click(page, 'admin.master.templates.by_unit');
  await click(page, 'admin.master.templates.apply');
  await waitSaved(page);
  const made = (await master(page)).message;
  assert.match(made, /^\d+ SKP dibuat dari templat; 0 pegawai dilewati/);
  assert.ok(Number(made.match(/^(\d+)/)[1]) >= 1);
  await screenshot(page, 'desktop-admin-master-templates');
  // Applying again makes nothing: they all have one now.
  await waitFrames(page, 3);
  await findWidget(page, 'admin.master.templates.apply');
  assert.equal((await appState(page)).view.left_out, 0);
  await context.close();
});

test('CSV import: a bad row is named and nothing is stored; a good file adds the rows', async () => {
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openMaster(page, 'csv');
  await screenshot(page, 'desktop-admin-master-csv');
  await click(page, 'admin.master.csv.copy');
  assert.match((await master(page)).message, /disalin/);
  const before = (await appState(page)).view.employees;
  const bad = 'nip;nama;jabatan;golongan;unit_id\n' +
    '198807122014031002;Budi Contoh;Pengelola Data;III/b;Dinas Kesehatan\n' +
    '19880712201403100;Sari Contoh;Pengelola Data;III/b;u-dinkes\n';
  await importText(page, 'pegawai-salah.csv', bad);
  let s = await appState(page);
  assert.equal(s.import_counts.new + s.import_counts.updated, 0);
  assert.ok(s.import_file_errors.some((e) => /pegawai-salah\.csv: baris 3: NIP 19880712201403100/.test(e)), s.import_file_errors.join('\n'));
  await screenshot(page, 'desktop-admin-master-csv-refused');
  await click(page, 'import.cancel');
  assert.equal((await appState(page)).view.employees, before);

  const good = '\ufeffnip,name,jabatan,jenis_jabatan,golongan,status,unit_id,is_unit_head\n' +
    '198807122014031002,Budi Contoh,Pengelola Data,pelaksana,III/b,pns,Dinas Kesehatan,tidak\n' +
    '"199103042020122003","Sari Contoh, A.Md.Kep.",Perawat Terampil,fungsional,VII,pppk,u-dinkes,\n';
  await importText(page, 'pegawai.csv', good);
  s = await appState(page);
  assert.deepEqual(s.import_file_errors, []);
  assert.equal(s.import_counts.new, 2);
  assert.equal(s.import_counts.conflicting + s.import_counts.rejected, 0);
  await screenshot(page, 'desktop-admin-master-csv-preview');
  await click(page, 'import.apply');
  await waitSaved(page);
  await page.waitForFunction((n) => globalThis.kinerja.state().view.employees === n + 2, before);
  await click(page, 'admin.master.employees');
  await fill(page, 'admin.master.employees.search', 'sari contoh');
  assert.equal((await master(page)).employee_rows, 1);
  assert.deepEqual(real(problems), []);
  await context.close();
});

test('every editor at phone size (390 px) and desktop', async () => {
  for (const [size, options] of [['phone', phone], ['desktop', desktop]]) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await openMaster(page);
    for (const section of ['units', 'employees', 'raters', 'indicators', 'templates', 'periods', 'cko', 'csv']) {
      await click(page, `admin.master.${section}`);
      assert.equal((await master(page)).section, section);
      if (section === 'employees') {
        const row = await firstWidgetWithPrefix(page, 'admin.master.employee.pg-');
        await click(page, row.id);
      } else if (section === 'raters') {
        await click(page, (await firstWidgetWithPrefix(page, 'admin.master.raters.row.')).id);
      } else if (section === 'units') {
        await click(page, 'admin.master.unit.u-dinkes');
      } else if (section === 'cko') {
        await click(page, 'admin.master.cko.unit.u-dinkes');
      } else if (section === 'templates') {
        await fill(page, 'admin.master.templates.search', 'dinas');
        await click(page, (await firstWidgetWithPrefix(page, 'admin.master.templates.pick.')).id);
      }
      if (section === 'periods') await click(page, 'admin.master.period.new');
      if (section === 'indicators') await click(page, (await firstWidgetWithPrefix(page, 'admin.master.indicator.ind-')).id);
      // Bring the form (or the editor's last button) into view.
      const last = { csv: 'admin.master.csv.copy', templates: 'admin.master.templates.apply' }[section] || 'admin.master.save';
      await findWidget(page, last);
      const shot = await screenshot(page, `${size}-admin-master-${section}`);
      assertNotBlank(shot.png, `${size} ${section}`);
    }
    await context.close();
  }
});
