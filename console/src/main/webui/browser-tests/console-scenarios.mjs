// The console's end-to-end scenarios in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser is ever downloaded). Run by the e2e-tests module against the started stack:
//
//   node browser-tests/console-scenarios.mjs <scenario>
//
// where <scenario> names a file in scenarios/ (its default export runs it), with CONSOLE_URL, SCREENSHOTS
// (a folder) and the scenario's variables in the environment. Each step is printed as one JSON line; the
// last line is {"result": ...}. Any failed expectation exits with status 1.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('./scenarios/', import.meta.url));
const name = process.argv[2];
if (!name || !existsSync(`${folder}${name}.mjs`)) {
  const known = readdirSync(folder).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -4));
  console.error(`usage: console-scenarios.mjs ${known.join('|')}`);
  process.exit(2);
}
const { audits, screenshots } = await import('./lib.mjs');
mkdirSync(screenshots, { recursive: true });
try {
  const { default: run } = await import(`./scenarios/${name}.mjs`);
  const result = await run();
  const failing = audits.filter((a) => a.violations.length > 0);
  if (failing.length > 0 && process.env.AUDIT !== 'report') {
    throw new Error(`WCAG 2.1 AA violations on ${failing.map((a) => a.screen).join(', ')}: `
      + JSON.stringify(failing));
  }
  console.log(JSON.stringify({ result: { ...result, audited: audits.map((a) => a.screen) } }));
} catch (e) {
  console.log(JSON.stringify({ failed: String(e?.stack ?? e) }));
  process.exit(1);
}
