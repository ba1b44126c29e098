// What every browser scenario uses: a fresh Chromium profile per user, Keycloak's login page, screenshots
// with an axe-core WCAG 2.1 AA audit of each, and one JSON line per step. The scenarios are in scenarios/.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A and AA rules; any violation fails the scenario (AUDIT=report only prints them). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const audits = [];

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
export const consoleUrl = need('CONSOLE_URL');
export const screenshots = need('SCREENSHOTS');
const PATIENCE = 45_000;

export function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export function step(what, data = {}) {
  console.log(JSON.stringify({ step: what, ...data }));
}

export async function shot(page, name) {
  const file = join(screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  step('screenshot', { file });
  await audit(page, name);
}

/** Checks the screen as it is now with axe-core against WCAG 2.1 AA (contrast, names, labels, roles). */
export async function audit(page, name) {
  // axe-core is in every page from the start (browserFor): the console's Content-Security-Policy refuses a
  // script tag added afterwards. Whatever that policy refused on this page fails the audit too.
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.length,
      where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`) }))
      .concat((window.parleyCspViolations ?? []).map((v) => ({ rule: 'content-security-policy', impact: 'critical',
        nodes: 1, where: [`${v.directive}: ${v.blocked} ${v.sample}`] })));
  }, WCAG);
  step('accessibility', { screen: name, violations });
  audits.push({ screen: name, violations });
}

/** A fresh browser profile per user: nothing carries over from an earlier run. */
export async function browserFor(run) {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 },
    locale: 'en-GB', timezoneId: 'UTC',
  });
  context.setDefaultTimeout(PATIENCE);
  await context.addInitScript({ path: AXE });
  await context.addInitScript(() => {
    window.parleyCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.parleyCspViolations.push(
      { directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  try {
    return await run(context);
  } catch (e) {
    // What the browser showed when it went wrong, for the person reading the failure.
    for (const [i, page] of context.pages().entries()) {
      await page.screenshot({ path: join(screenshots, `failure-${i}.png`), fullPage: true }).catch(() => {});
      // what the screen said of itself: its alerts and problems, which a screenshot holds but a CI log does not
      const said = await page.locator('[role="alert"], [data-testid="problem"]').allInnerTexts().catch(() => []);
      step('failure page', { url: page.url(), file: join(screenshots, `failure-${i}.png`),
        alerts: said.map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 5) });
    }
    throw e;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Opens the console, which sends the browser to Keycloak's own login page; signs in there. */
export async function signIn(context, user, password, path = '/') {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(consoleUrl + path);
  await page.waitForSelector('#username');
  const loginUrl = new URL(page.url());
  step('keycloak login page', { host: loginUrl.host, path: loginUrl.pathname,
    pkce: loginUrl.searchParams.get('code_challenge_method') });
  if (!loginUrl.pathname.includes('/realms/parley/')) throw new Error(`not Keycloak's login page: ${page.url()}`);
  if (loginUrl.searchParams.get('code_challenge_method') !== 'S256') throw new Error('the login did not use PKCE');
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.toString().startsWith(consoleUrl));
  await page.getByTestId('user-name').waitFor();
  const name = await page.getByTestId('user-name').innerText();
  step('signed in', { user, shown: name, url: page.url() });
  // The browser holds no token: nothing in storage, and the session cookie is only an id.
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  if (/eyJ[A-Za-z0-9_-]+\./.test(storage)) throw new Error('a token is in the browser storage');
  const cookies = await context.cookies(consoleUrl);
  for (const c of cookies) {
    if (/eyJ[A-Za-z0-9_-]+\./.test(c.value) || c.value.length > 200) {
      throw new Error(`cookie ${c.name} looks like it holds a token (${c.value.length} characters)`);
    }
  }
  step('no token in the browser', { cookies: cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, length: c.value.length })) });
  return page;
}

