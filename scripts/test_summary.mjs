// Prints where `make test` spent its time: the build phases (from the timings
// file scripts/test.sh writes) and the ctest entries grouped by test layer
// (from ctest's JUnit report), then one closing line "N passed, N failed".
import fs from 'node:fs';

const [junitFile, timingsFile] = process.argv.slice(2);
const xml = fs.readFileSync(junitFile, 'utf8');
const cases = [...xml.matchAll(/<testcase\s+([^>]*?)\/?>([\s\S]*?<\/testcase>)?/g)].map((m) => {
  const attr = (name) => (m[1].match(new RegExp(`${name}="([^"]*)"`)) || [])[1];
  const status = attr('status') || (/<(failure|error)/.test(m[2] || '') ? 'fail' : 'run');
  return { name: attr('name'), seconds: Number(attr('time') || 0), passed: status === 'run' };
});
if (cases.length === 0) {
  console.error(`no test cases in ${junitFile}`);
  process.exit(1);
}

// A ctest entry's layer is the first word of its name (unit-native → unit-native, e2e-pegawai → e2e).
const layerOf = (name) => (name.startsWith('unit-') ? name : name.split('-')[0]);
const layers = new Map();
for (const c of cases) {
  const l = layers.get(layerOf(c.name)) || { n: 0, seconds: 0, failed: [] };
  l.n += 1;
  l.seconds += c.seconds;
  if (!c.passed) l.failed.push(c.name);
  layers.set(layerOf(c.name), l);
}

const fmt = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s` : `${s.toFixed(1)} s`);
const phases = fs.readFileSync(timingsFile, 'utf8').trim().split('\n').map((l) => l.split(' '))
  .map(([name, s]) => [name, Number(s)]);
const total = phases.reduce((a, [, s]) => a + s, 0);

console.log('\nWhere the time went');
for (const [name, s] of phases) console.log(`  ${name.padEnd(14)} ${fmt(s).padStart(12)}`);
console.log(`  ${'total'.padEnd(14)} ${fmt(total).padStart(12)}`);
console.log('Test layers');
for (const [name, l] of [...layers].sort((a, b) => b[1].seconds - a[1].seconds)) {
  const what = `${l.n} entr${l.n === 1 ? 'y' : 'ies'}`;
  console.log(`  ${name.padEnd(14)} ${fmt(l.seconds).padStart(12)}  ${what}${l.failed.length ? `, FAILED: ${l.failed.join(', ')}` : ''}`);
}
const failed = cases.filter((c) => !c.passed).length;
console.log(`${cases.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
