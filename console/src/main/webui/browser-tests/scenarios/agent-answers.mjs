import { browserFor, consoleUrl, need, shot, signIn, step } from '../lib.mjs';

/** agent1 finds the comment that arrived by webhook, answers it, and sees it leave the open queue. */
export default async function agentAnswers() {
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
    // Signing out is a POST from the page; then Keycloak's login form, and no token in any address on the way.
    const addresses = [];
    page.on('request', (r) => addresses.push(r.url()));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForSelector('#username');
    const leaked = addresses.filter((a) => /id_token_hint|eyJ[A-Za-z0-9_-]+\./.test(a));
    if (leaked.length > 0) throw new Error(`a token in an address: ${leaked.join(' ')}`);
    const signOut = addresses.find((a) => a.endsWith('/bff/sign-out'));
    if (!signOut) throw new Error(`no POST to /bff/sign-out among ${addresses.join(' ')}`);
    step('signed out', { at: new URL(page.url()).pathname });
    await page.goto(consoleUrl + '/inbox');
    await page.waitForSelector('#username');
    step('the console asks to sign in again');
    return { dueState: due, navigation: nav.split('\n').filter(Boolean), signedOut: true };
  });
}
