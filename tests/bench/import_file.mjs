// Hands a big bundle to the app as a person's chosen file. The page fetches
// it from a second local server: passing 88 MB through the test driver's
// protocol (as base64 into page.evaluate) breaks the tab.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const servers = [];

async function serveFile(file) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}/${path.basename(file)}`;
}

// The time from handing the file to the app until its preview (or refusal) is up, in ms.
export async function importTimed(page, file, name) {
  const url = await serveFile(file);
  return page.evaluate(async ([u, n]) => {
    const bin = await (await fetch(u)).arrayBuffer();
    const start = performance.now();
    await globalThis.kinerja.importFiles([new File([bin], n)]);
    return performance.now() - start;
  }, [url, name]);
}

export function closeFileServers() {
  for (const server of servers.splice(0)) server.close();
}
