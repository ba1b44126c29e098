// The console's end-to-end scenarios in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; no browser is ever downloaded). Run by the e2e-tests module against the started stack:
//
//   node browser-tests/console-scenarios.mjs <scenario>
//
// with CONSOLE_URL, SCREENSHOTS (a folder) and the scenario's variables in the environment. Each step is
// printed as one JSON line; the last line is {"result": ...}. Any failed expectation exits with status 1.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A and AA rules; any violation fails the scenario (AUDIT=report only prints them). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const audits = [];

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const consoleUrl = need('CONSOLE_URL');
const screenshots = need('SCREENSHOTS');
const PATIENCE = 45_000;

function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function step(what, data = {}) {
  console.log(JSON.stringify({ step: what, ...data }));
}

async function shot(page, name) {
  const file = join(screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  step('screenshot', { file });
  await audit(page, name);
}

/** Checks the screen as it is now with axe-core against WCAG 2.1 AA (contrast, names, labels, roles). */
async function audit(page, name) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.length,
      where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`) }));
  }, WCAG);
  step('accessibility', { screen: name, violations });
  audits.push({ screen: name, violations });
}

/** A fresh browser profile per user: nothing carries over from an earlier run. */
async function browserFor(run) {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 },
    locale: 'en-GB', timezoneId: 'UTC',
  });
  context.setDefaultTimeout(PATIENCE);
  try {
    return await run(context);
  } catch (e) {
    // What the browser showed when it went wrong, for the person reading the failure.
    for (const [i, page] of context.pages().entries()) {
      await page.screenshot({ path: join(screenshots, `failure-${i}.png`), fullPage: true }).catch(() => {});
      step('failure page', { url: page.url(), file: join(screenshots, `failure-${i}.png`) });
    }
    throw e;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Opens the console, which sends the browser to Keycloak's own login page; signs in there. */
async function signIn(context, user, password, path = '/') {
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

/** agent1 finds the comment that arrived by webhook, answers it, and sees it leave the open queue. */
async function agentAnswers() {
  const text = need('COMMENT_TEXT');
  const reply = need('REPLY_TEXT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/inbox');
    const item = page.getByTestId('queue').locator('button.queue-item', { hasText: text });
    await item.waitFor();
    const due = await item.locator('.due').getAttribute('data-due-state');
    const countdown1 = await item.locator('.due').innerText();
    await page.waitForTimeout(1100); // the countdown is live: it changes every second
    const countdown2 = await item.locator('.due').innerText();
    step('comment in the open queue', { dueState: due, countdown: [countdown1, countdown2] });
    if (countdown1 === countdown2) throw new Error(`the countdown did not move: ${countdown1}`);
    await shot(page, '01-inbox-queue');
    // A new comment arrives by webhook while the queue is open: it appears without a reload, the page
    // being told by the console's server-sent events.
    await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
    let navigations = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations++; });
    const liveText = need('LIVE_TEXT');
    const webhook = await fetch(need('INGEST_URL') + '/webhooks/meta', {
      method: 'POST', body: need('LIVE_WEBHOOK_BODY'),
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': need('LIVE_WEBHOOK_SIGNATURE') },
    });
    if (webhook.status !== 200) throw new Error(`the webhook answered ${webhook.status}`);
    await page.getByTestId('queue').locator('button.queue-item', { hasText: liveText }).waitFor();
    if (navigations !== 0) throw new Error(`the page reloaded ${navigations} time(s)`);
    step('new comment appeared without reload', { text: liveText });
    // Keyboard: focus the conversation and open it with Enter.
    await item.focus();
    await page.keyboard.press('Enter');
    const threadView = page.getByTestId('thread');
    await threadView.getByText(text, { exact: true }).waitFor();
    step('conversation open', { text: await threadView.getByText(text, { exact: true }).innerText() });
    await page.getByLabel('Public reply').fill(reply);
    await shot(page, '02-inbox-conversation-composing');
    await page.getByLabel('Public reply').press('Control+Enter');
    await threadView.getByText(reply, { exact: true }).waitFor();
    step('reply sent');
    await page.getByTestId('conversation-status').filter({ hasText: 'answered' }).waitFor();
    step('conversation answered');
    await item.waitFor({ state: 'detached' });
    step('left the open queue');
    await shot(page, '03-inbox-answered');
    // Navigation follows roles: an agent has no calendar.
    const nav = await page.getByRole('navigation', { name: 'Screens' }).innerText();
    step('navigation', { screens: nav.split('\n').filter(Boolean) });
    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.getByTestId('analytics-summary').waitFor();
    await shot(page, '04-analytics-agent');
    // The browser's back button returns to the inbox.
    await page.goBack();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    step('back to the inbox', { url: page.url() });
    return { dueState: due, navigation: nav.split('\n').filter(Boolean) };
  });
}

/** manager1 changes the Facebook response-time target; a second, stale tab gets the conflict message. */
async function managerChangesTarget() {
  const minutes = need('FACEBOOK_MINUTES');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/standards');
    await page.getByTestId('targets-version').waitFor();
    const before = await page.getByTestId('targets-version').innerText();
    await shot(page, '05-standards-before');
    const stale = await context.newPage();
    await stale.goto(consoleUrl + '/standards');
    await stale.getByTestId('targets-version').waitFor();

    const field = page.getByLabel('Minutes for facebook');
    await field.fill(String(minutes));
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText(/Saved as version \d+\./).waitFor();
    const after = await page.getByTestId('targets-version').innerText();
    step('target saved', { before, after });
    await shot(page, '06-standards-saved');

    await stale.getByLabel('Minutes for facebook').fill('7');
    await stale.getByRole('button', { name: 'Save targets' }).click();
    await stale.getByTestId('conflict').waitFor();
    const conflict = await stale.getByTestId('conflict').innerText();
    step('stale tab refused', { conflict });
    await shot(stale, '07-standards-conflict');
    await stale.close();

    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.locator('.fc-event').first().waitFor();
    const events = await page.locator('.fc-event').allInnerTexts();
    await shot(page, '08-calendar-month');
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('.fc-timegrid').waitFor();
    await shot(page, '09-calendar-week');
    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.getByTestId('analytics-summary').waitFor();
    await page.locator('svg').first().waitFor();
    await shot(page, '10-analytics');
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByText(/conversations? · updated/).waitFor();
    await shot(page, '11-inbox-manager');
    return { before, after, conflict, calendarEvents: events };
  });
}

const scenarios = { 'agent-answers': agentAnswers, 'manager-changes-target': managerChangesTarget };
const name = process.argv[2];
if (!scenarios[name]) {
  console.error(`usage: console-scenarios.mjs ${Object.keys(scenarios).join('|')}`);
  process.exit(2);
}
mkdirSync(screenshots, { recursive: true });
try {
  const result = await scenarios[name]();
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
