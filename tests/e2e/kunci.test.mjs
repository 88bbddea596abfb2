// "Kunci saya", end to end in the browser: an employee makes their own key on
// this device (WebCrypto Ed25519, private half non-extractable), downloads the
// key request, BKPSDM imports and approves it in Admin › Kunci, and from then
// on the employee's saves are signed with that key — a signature made by the
// browser that the native CLI verifies under the city's root key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, launchBrowser, watchConsole, openApp, click, appState, screenshot, waitSaved, typeInto, reach,
  desktop, saveDownload, runCli, waitFrames,
} from './lib.mjs';

let browser;
let site;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-kunci-'));
before(async () => { browser = await launchBrowser(); site = await startServer(); });
after(async () => {
  await browser?.close();
  await site?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// A key request is no bundle: no import preview opens, so drop without waiting for one.
const drop = (page, name, text) => page.evaluate(([n, t]) => {
  const dt = new DataTransfer();
  dt.items.add(new File([t], n, { type: 'application/json' }));
  document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
}, [name, text]);
const kunci = async (page) => (await appState(page)).kunci_saya;
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 20000 });

test('an employee makes a key, BKPSDM approves it, and their saves are signed with it', { timeout: 180000 }, async () => {
  const context = await browser.newContext({ ...desktop, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await openApp(page, site.url, '#/pegawai');
  await waitSaved(page);

  // Pick oneself, then Pengaturan › Kunci saya.
  await typeInto(page, 'pegawai.search', '199001');
  const matches = (await appState(page)).pegawai.matches;
  await click(page, `pegawai.pick.${matches[0]}`);
  const me = (await appState(page)).pegawai;
  await click(page, 'settings.toggle');
  await waitFrames(page, 2);
  assert.equal((await kunci(page)).person, me.nip);
  assert.deepEqual((await kunci(page)).held, []);
  await screenshot(page, 'desktop-kunci-1-none');

  // 1. The browser makes the key: only its public half is known to the app.
  await click(page, 'kunci.create');
  await until(page, (nip) => globalThis.kinerja.state().kunci_saya.held.some((k) => k.identity === nip), me.nip);
  const held = (await kunci(page)).held.find((k) => k.identity === me.nip);
  assert.match(held.public_key, /^[0-9a-f]{64}$/);
  assert.equal(held.key_id, '', 'not registered yet');
  // The private half is a non-extractable CryptoKey in its own IndexedDB database.
  const stored = await page.evaluate((nip) => new Promise((resolve) => {
    const open = indexedDB.open('kinerja-kunci', 1);
    open.onsuccess = () => {
      const get = open.result.transaction('keys').objectStore('keys').get(nip);
      get.onsuccess = async () => {
        const k = get.result.privateKey;
        let exported = true;
        try { await crypto.subtle.exportKey('pkcs8', k); } catch { exported = false; }
        resolve({ type: k.type, extractable: k.extractable, algorithm: k.algorithm.name, exported });
      };
    };
  }), me.nip);
  assert.deepEqual(stored, { type: 'private', extractable: false, algorithm: 'Ed25519', exported: false });
  await screenshot(page, 'desktop-kunci-2-made');

  // 2. The key request: public key, NIP, name, and a proof by the key itself; no secret.
  const file = await saveDownload(page, () => click(page, 'kunci.request'), tmp);
  assert.equal(path.basename(file), `permintaan-kunci-${me.nip}.json`);
  const request = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(request.format, 'kinerja-samarinda/permintaan-kunci');
  assert.equal(request.nip, me.nip);
  assert.equal(request.public_key, held.public_key);
  assert.match(request.proof, /^[0-9a-f]{128}$/);
  assert.deepEqual(Object.keys(request).sort(), ['created', 'device', 'format', 'name', 'nip', 'peran', 'proof', 'public_key', 'schema']);

  await click(page, 'settings.close');
  await waitFrames(page, 2);

  // 3. BKPSDM opens a forged copy (someone else's NIP on this key) and the real one.
  const forged = { ...request, nip: '199912312020121001' };
  await page.evaluate(() => { location.hash = '#/admin'; });
  await drop(page, 'palsu.json', JSON.stringify(forged));
  await until(page, () => globalThis.kinerja.state().admin.kunci.error !== '');
  assert.match((await appState(page)).admin.kunci.error, /\/proof/);
  await drop(page, path.basename(file), fs.readFileSync(file, 'utf8'));
  await until(page, () => globalThis.kinerja.state().admin.kunci.requests.length === 1);
  let admin = (await appState(page)).admin;
  assert.equal(admin.tab, 'kunci');
  assert.equal(admin.kunci.requests[0].nip, me.nip);
  await screenshot(page, 'desktop-kunci-3-admin-request');
  const approve = `admin.kunci.approve.${request.public_key.slice(0, 12)}`;
  await reach(page, approve);
  await click(page, approve);
  await waitSaved(page);
  admin = (await appState(page)).admin;
  assert.deepEqual(admin.kunci.requests, []);
  assert.match(admin.kunci.done, /Kunci didaftarkan/);
  await screenshot(page, 'desktop-kunci-4-approved');

  // 4. Back as the employee: registered; a save is signed by the browser with the new key.
  await page.evaluate(() => { location.hash = '#/pegawai'; });
  await waitFrames(page, 3);
  await click(page, 'settings.toggle');
  await waitFrames(page, 2);
  const registered = (await kunci(page)).held.find((k) => k.identity === me.nip);
  assert.equal(registered.key_id, `key-${me.nip}-${held.public_key.slice(0, 8)}`);
  assert.equal(registered.revoked, '');
  await screenshot(page, 'desktop-kunci-5-registered');
  await click(page, 'settings.close');
  await waitFrames(page, 2);
  const s = (await appState(page)).pegawai;
  await reach(page, `pegawai.period.p-2026-tw4`);
  await click(page, `pegawai.period.p-2026-tw4`);
  const first = (await appState(page)).pegawai.indicators.find((i) => !i.terukur);  // a typed one
  await reach(page, `pegawai.value.${first.id}`);
  await typeInto(page, `pegawai.value.${first.id}`, '91');
  await reach(page, `pegawai.save.${first.id}`);
  await click(page, `pegawai.save.${first.id}`);
  await until(page, (id) => {
    const k = globalThis.kinerja.state().kunci_saya;
    return k.pending_signatures === 0 && k.last_key_id === id;
  }, registered.key_id);
  await waitSaved(page);
  assert.ok(s.employee_id);

  // 5. The exported city verifies natively: the browser's Ed25519 signature, libsodium's check.
  await page.evaluate(() => { location.hash = '#/admin'; });
  await waitFrames(page, 2);
  await click(page, 'admin.tab.data');
  await reach(page, 'data.export_all');
  const exported = await saveDownload(page, () => click(page, 'data.export_all'), tmp, 'kota.json');
  const city = JSON.parse(fs.readFileSync(exported, 'utf8'));
  const mine = city.data.signatures.filter((x) => x.key_id === registered.key_id);
  assert.ok(mine.length >= 1, 'a signature by the new key travels in the export');
  assert.match(runCli(['verify', exported]), / 0 bermasalah/);
  // …and one changed byte in what it signed is refused.
  const real = city.data.realisations.find((r) => mine.some((sig) => sig.items.some((i) => i[1] === r.id)));
  assert.ok(real, 'the signed realisation is in the export');
  real.value = (real.value ?? 0) + 1;
  fs.writeFileSync(path.join(tmp, 'kota-diubah.json'), JSON.stringify(city));
  assert.throws(() => runCli(['verify', path.join(tmp, 'kota-diubah.json')]));

  // 6. A lost phone: BKPSDM finds the key by NIP and revokes it; the device shows it revoked.
  await click(page, 'admin.tab.kunci');
  await typeInto(page, 'admin.kunci.search', me.nip);
  const revoke = `admin.kunci.revoke.${registered.key_id}`;
  await reach(page, revoke);
  await screenshot(page, 'desktop-kunci-6-registered-list');
  await click(page, revoke);
  await waitSaved(page);
  const revoked = (await kunci(page)).held.find((k) => k.identity === me.nip);
  assert.match(revoked.revoked, /^2026-/);
  // what the key signed before stays valid: the city still verifies
  const after2 = await saveDownload(page, async () => { await click(page, 'admin.tab.data'); await reach(page, 'data.export_all'); await click(page, 'data.export_all'); }, tmp, 'kota-2.json');
  assert.match(runCli(['verify', after2]), / 0 bermasalah/);
  assert.deepEqual(problems, []);
  await context.close();
});
