import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * Sends that fail read as failures, keep their text and can be sent again. PHASE=fail: agent1 answers a comment
 * on a Facebook page whose access token was never set (a live account, so the gateway refuses to send): the
 * thread shows the reply as not delivered with the gateway's reason, Retry and "Edit and send"; the edited reply
 * fails too and says so. Then one grouped answer to a conversation of that page and one of a working (sandbox)
 * page: each conversation's own outcome is listed, one answered, one failed. PHASE=retry (after the test has
 * fixed the page): Retry on the failed reply sends it, and the conversation is answered.
 */
export default async function failedSends() {
  const phase = need('PHASE');
  const broken = need('BROKEN_CONVERSATION');
  const reply = need('REPLY_TEXT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', `/inbox/${broken}`);
    const thread = page.getByTestId('thread');
    if (phase === 'retry') {
      const failed = thread.getByTestId('reply-failed');
      await failed.first().waitFor();
      const before = await failed.count();
      await failed.last().getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('conversation-status').filter({ hasText: 'answered' }).waitFor({ timeout: 60_000 });
      const delivered = await thread.locator('.bubble-brand:not(.bubble-failed)').last().innerText();
      step('retried and delivered', { delivered });
      await shot(page, 'failed-03-retried');
      return { failedBubbles: before, delivered };
    }

    await page.getByLabel('Public reply').fill(reply);
    await page.getByTestId('findings-none').waitFor();
    await page.getByRole('button', { name: 'Send reply' }).click();
    const failed = thread.getByTestId('reply-failed');
    await failed.first().waitFor({ timeout: 60_000 });
    const first = await failed.first().innerText();
    step('reply not delivered', { first });
    if (!first.includes('Not delivered')) throw new Error(`the failure does not say so: ${first}`);
    await shot(page, 'failed-01-reply-failed');

    // Edit and send: the failed reply's text comes back to the composer, focused, to change and send again.
    await failed.first().getByRole('button', { name: 'Edit and send' }).click();
    const composer = page.getByLabel('Public reply');
    const restored = await composer.inputValue();
    if (restored !== reply) throw new Error(`the composer holds "${restored}", not the failed reply`);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await composer.press('End');
    await page.keyboard.type(' 🙏');
    await page.getByTestId('findings-none').waitFor();
    await composer.press('Control+Enter');
    await failed.nth(1).waitFor({ timeout: 60_000 });
    step('edited reply failed too', { focused, bubbles: await failed.count() });

    // A grouped answer to a conversation of the broken page and one of a working page.
    const run = need('RUN');
    await page.getByLabel('Search messages').fill(run);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const queue = page.getByTestId('queue');
    for (const id of [need('GROUP_BROKEN'), need('GROUP_WORKING')]) {
      const row = queue.locator('li', { has: page.locator(`button[data-conversation-id="${id}"]`) });
      await row.waitFor();
      await row.getByRole('checkbox').check();
    }
    const panel = page.getByTestId('grouped-answer');
    await panel.getByLabel('Public statement').fill(need('STATEMENT'));
    await panel.getByText('✓ Meets the brand’s standards on every channel').waitFor();
    await panel.getByRole('button', { name: 'Post to 2' }).click();
    const outcome = page.locator('[data-testid="grouped-posted"][data-outcome="failure"]');
    await outcome.waitFor({ timeout: 60_000 });
    const rows = {};
    for (const row of await outcome.getByTestId('grouped-rows').locator('li').all()) {
      rows[await row.getAttribute('data-conversation-id')] = { status: await row.getAttribute('data-status'),
        text: await row.innerText() };
    }
    const headline = await outcome.innerText();
    step('grouped answer outcome', { headline, rows });
    await outcome.getByRole('button', { name: 'Retry for the 1 that failed' }).waitFor();
    await shot(page, 'failed-02-grouped-partial');
    return { first, restored, rows, headline };
  });
}
