// After `vite build`: how much compressed script a browser downloads before each screen can show, read from Vite's
// manifest (which chunks a screen imports), gzipped at level 6 as the console serves them
// (quarkus.http.enable-compression). Prints one row per screen and fails the build when a screen a user lands on
// (the first screen of some role: logic/navigation.ts) needs more than the budget, in the language whose words weigh
// most. The manifest is removed afterwards: it is build information, not something to serve.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const LANDING = ['Inbox', 'Approvals', 'Standards', 'Calendar'];
const out = new URL('../../../../target/classes/META-INF/resources/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));

const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(out, file)), { level: 6 }).length);
  return gz.get(file);
};
/** The chunk files a module needs before it runs: itself and its static imports, transitively. */
const closure = (key, seen = new Set()) => {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const i of entry.imports ?? []) closure(i, seen);
  return seen;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

const entry = closure('index.html');
const entryBytes = [...entry].reduce((n, f) => n + size(f), 0);
const languages = Object.keys(manifest).filter((k) => /i18n\/bundles\/(pl|el|ru)\.ts$/.test(k));
const heaviestLanguage = Math.max(0, ...languages.map((k) => size(manifest[k].file)));

console.log(`first screen, compressed script (entry ${kb(entryBytes)} kB, + up to ${kb(heaviestLanguage)} kB of words `
  + `for a language other than English); budget ${BUDGET_KB} kB for the screens users land on`);
const over = [];
for (const key of Object.keys(manifest).filter((k) => /^src\/screens\/[A-Za-z]+\.tsx$/.test(k)).sort()) {
  const name = key.slice('src/screens/'.length, -'.tsx'.length);
  const files = closure(key, new Set(entry));
  const bytes = [...files].reduce((n, f) => n + size(f), 0) + heaviestLanguage;
  const landing = LANDING.includes(name);
  console.log(`  ${name.padEnd(12)} ${kb(bytes).padStart(7)} kB${landing ? '  (a first screen)' : ''}`);
  if (landing && bytes > BUDGET_KB * 1024) over.push(`${name} ${kb(bytes)} kB`);
}
rmSync(join(out, '.vite'), { recursive: true, force: true });
if (over.length) {
  console.error(`over the first-screen budget of ${BUDGET_KB} kB: ${over.join(', ')}`);
  process.exit(1);
}
