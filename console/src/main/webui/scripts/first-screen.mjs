// After `vite build`: how much compressed script a browser downloads before each screen can show, read from Vite's
// manifest (which chunks a screen imports), gzipped at level 6 as the console serves them
// (quarkus.http.enable-compression). Prints one row per screen and fails the build when a screen a user lands on
// (the first screen of some role: logic/navigation.ts, written by vite.config.ts into .vite/first-screens.json) needs
// more than the budget, in the language whose words weigh most. English is in the first script; another language's
// words come one namespace at a time (i18n/bundles.ts): a screen counts the namespaces its modules and the first
// script's ask for (useTranslation, read by vite.config.ts into .vite/namespaces.json). The manifest is removed afterwards: it is
// build information, not something to serve.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const out = new URL('../../../../target/classes/META-INF/resources/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));
const landing = JSON.parse(readFileSync(join(out, '.vite/first-screens.json'), 'utf8'));
const chunkNamespaces = JSON.parse(readFileSync(join(out, '.vite/namespaces.json'), 'utf8'));

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

/** language → namespace → compressed size of its chunk (languages other than English). */
const words = {};
for (const key of Object.keys(manifest)) {
  const m = /i18n\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(key);
  if (m) (words[m[1]] ??= {})[m[2]] = size(manifest[key].file);
}
/** The namespaces a set of chunks asks for (vite.config.ts), and the most their words weigh in any one language. */
const wordsFor = (files) => {
  const used = [...new Set(['common', ...[...files].flatMap((f) => chunkNamespaces[f] ?? [])])].sort();
  const perLanguage = Object.values(words).map((w) => used.reduce((n, ns) => n + (w[ns] ?? 0), 0));
  return { used, bytes: Math.max(0, ...perLanguage) };
};

const missing = landing.filter((key) => !manifest[key]);
if (missing.length) {
  console.error(`first screens not found in the build: ${missing.join(', ')} (vite.config.ts names their modules)`);
  process.exit(1);
}
const entry = closure('index.html');
const entryBytes = [...entry].reduce((n, f) => n + size(f), 0);
const entryWords = wordsFor(entry);
console.log(`first screen, compressed script (entry ${kb(entryBytes)} kB with the English words, + ${kb(entryWords.bytes)} kB `
  + `of another language's ${entryWords.used.join(', ')}); budget ${BUDGET_KB} kB for the screens users land on`);
const over = [];
for (const key of Object.keys(manifest).filter((k) => /^src\/screens\/[A-Za-z]+\.tsx$/.test(k)).sort()) {
  const name = key.slice('src/screens/'.length, -'.tsx'.length);
  const files = closure(key, new Set(entry));
  const screenWords = wordsFor(files);
  const bytes = [...files].reduce((n, f) => n + size(f), 0) + screenWords.bytes;
  const first = landing.includes(key);
  console.log(`  ${name.padEnd(12)} ${kb(bytes).padStart(7)} kB${first ? '  (a first screen)' : '                 '}`
    + `  words: ${screenWords.used.join(', ')}`);
  if (first && bytes > BUDGET_KB * 1024) over.push(`${name} ${kb(bytes)} kB`);
}
rmSync(join(out, '.vite'), { recursive: true, force: true });
if (over.length) {
  console.error(`over the first-screen budget of ${BUDGET_KB} kB: ${over.join(', ')}`);
  process.exit(1);
}
