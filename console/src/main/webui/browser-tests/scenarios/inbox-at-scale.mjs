import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * The queue at scale (InboxAtScaleBrowserTest fills acme's inbox with 100,000 conversations first): the open queue's
 * count is an estimate ("about 20 K"), newest first puts the comment that just arrived on top, the compact density,
 * a saved view (complaints, newest first) saved and opened again from the picker with its count, and the newest
 * complaint answered from the keyboard alone — j, r, the text, Ctrl+Enter — counting the key presses; then the "?"
 * list of shortcuts.
 */
export default async function inboxAtScale() {
  const newestId = need('NEWEST_ID');
  const newestText = need('NEWEST_TEXT');
  const viewName = need('VIEW_NAME');
  const reply = need('REPLY_TEXT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/inbox');
    const queue = page.getByTestId('queue');
    const first = () => queue.locator('button.queue-item').first().getAttribute('data-conversation-id');

    // 1. The open queue, soonest due first: the count is the inbox's estimate, said as one.
    const count = page.getByTestId('queue-count');
    await page.locator('[data-testid="queue-count"][data-total]').waitFor();
    const queueCount = (await count.innerText()).split(' · ')[0];
    step('the open queue', { queueCount, total: await count.getAttribute('data-total'),
      estimate: await count.getAttribute('data-estimate') });
    await shot(page, 'scale-01-queue-due');

    // 2. Newest first: the comment that just arrived is on top, ahead of 100,000 older ones.
    await page.getByRole('combobox', { name: 'Order' }).click();
    await page.getByRole('option', { name: 'Newest first' }).click();
    await waitUntil(async () => (await first()) === newestId, 'the newest comment first');
    if (!page.url().includes('sort=newest')) throw new Error(`the order is not in the address: ${page.url()}`);
    const firstNewest = await first();
    step('newest first', { first: firstNewest, url: page.url() });
    await shot(page, 'scale-02-newest-first');

    // 3. Compact: one line per conversation.
    const tallBefore = await queue.locator('button.queue-item').first().boundingBox();
    await page.getByText('Compact', { exact: true }).click();
    await page.locator('ol.inbox-queue-compact').waitFor();
    const tallAfter = await queue.locator('button.queue-item').first().boundingBox();
    step('compact', { heightBefore: tallBefore?.height, heightAfter: tallAfter?.height });
    await shot(page, 'scale-03-compact');

    // 4. Complaints, newest first, saved as a view; the filters cleared; the view chosen again: its count is shown.
    await page.getByRole('combobox', { name: 'Moment of truth' }).click();
    await page.getByRole('option', { name: 'complaint', exact: true }).click();
    await waitUntil(async () => page.url().includes('moment=complaint'), 'the complaint filter applied');
    await page.getByRole('button', { name: 'Save as view' }).click();
    await page.getByLabel('Name of the view').fill(viewName);
    await page.getByRole('button', { name: 'Save view' }).click();
    const saved = await page.getByTestId('saved-view-notice').innerText();
    step('view saved', { saved });
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    await waitUntil(async () => !page.url().includes('moment=complaint'), 'the filters cleared');
    await page.getByRole('combobox', { name: 'Saved view' }).click();
    const option = page.getByRole('option', { name: new RegExp(`^${viewName}`) });
    const viewOption = await option.innerText();
    await option.click();
    await waitUntil(async () => page.url().includes('moment=complaint') && page.url().includes('sort=newest'),
      'the view applied');
    await waitUntil(async () => (await first()) === newestId, 'the newest complaint first in the view');
    step('view chosen', { viewOption, url: page.url() });
    await shot(page, 'scale-04-saved-view');

    // 5. The reply from the keyboard alone. Focus leaves every field first (as after a click on the page).
    await page.evaluate(() => (document.activeElement instanceof HTMLElement) && document.activeElement.blur());
    let shortcuts = 0;
    const press = async (keys) => { await page.keyboard.press(keys); shortcuts++; };
    await press('j'); // opens the first conversation of the queue; the focus goes to it
    await page.getByTestId('thread').getByText(newestText, { exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'conversation-heading');
    const focusAfterOpen = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await press('r'); // the reply box
    const inComposer = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (inComposer !== 'composer') throw new Error(`r put the focus on ${inComposer}, not the reply box`);
    await page.keyboard.type(reply);
    await page.getByTestId('findings-none').waitFor();
    await press('Control+Enter');
    await page.getByTestId('conversation-status').filter({ hasText: 'answered' }).waitFor({ timeout: 60_000 });
    const keyPresses = { shortcuts, typed: reply.length, total: shortcuts + reply.length };
    step('answered from the keyboard', { keyPresses, focusAfterOpen });
    await shot(page, 'scale-05-answered-from-the-keyboard');

    // 6. "?" lists the shortcuts; Escape closes the list.
    await page.evaluate(() => (document.activeElement instanceof HTMLElement) && document.activeElement.blur());
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    const listed = await overlay.locator('tr').allInnerTexts();
    await shot(page, 'scale-06-shortcuts');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    step('shortcuts listed', { listed });
    return { queueCount, firstNewest, saved, viewOption, keyPresses, focusAfterOpen, listed };
  });
}

async function waitUntil(check, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting: ${what}`);
}
