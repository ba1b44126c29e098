import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * approver1 finds agent1's request above their limit (made through the inbox API by the test), sees its
 * context — the conversation's thread with the brand's reply, agent1's draft reply that carries the offer, the
 * customer's history — and live countdown, approves it from the keyboard with a reason (Ctrl+Enter in the reason),
 * and finds it approved in the ledger with the totals; agent1, on their inbox meanwhile, is told of the decision
 * with the reason; manager1, also an approver, is refused approving their own request with the service's words, and
 * adds a personal limit to the table.
 */
export default async function govApprovals() {
  const offerId = need('OFFER_ID');
  const ownOfferId = need('OWN_OFFER_ID');
  const customerText = need('CUSTOMER_TEXT');
  const replyText = need('REPLY_TEXT');
  const draftText = need('DRAFT_TEXT');
  const reason = need('REASON');
  // agent1 works in the inbox while the approver decides: the decision reaches them live.
  let agentTold = null;
  const result = await browserFor(async (agentContext) => {
    const agentPage = await signIn(agentContext, 'agent1', 'agent1', '/inbox');
    await agentPage.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
    const decided = await approverDecides();
    const notice = agentPage.locator(`[data-testid="decision-notice"][data-offer-id="${offerId}"]`);
    await notice.waitFor({ timeout: 60_000 });
    agentTold = await notice.innerText();
    if (!agentTold.includes('approver1') || !agentTold.includes(reason)) {
      throw new Error(`agent1 is not told who decided and why: ${agentTold}`);
    }
    step('agent told', { notice: agentTold });
    await shot(agentPage, 'gov-04b-approvals-agent-told');
    return decided;
  });

  async function approverDecides() { return browserFor(async (context) => {
    // The page's clock runs as the real one, and the countdown check below moves it on by a minute.
    await context.clock.install();
    const page = await signIn(context, 'approver1', 'approver1', '/approvals');
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    const card = page.locator(`article[data-offer-id="${offerId}"]`);
    await card.waitFor();
    await card.getByTestId('approval-thread').waitFor();
    const cardText = await card.innerText();
    if (!cardText.includes(customerText)) throw new Error(`the request does not show what the customer wrote: ${cardText}`);
    // A countdown reads in its two largest units ("1 hr 59 mins"), so it moves once a minute while hours are left:
    // the browser's clock is moved a minute on (its timers fire) instead of the test waiting up to a minute for it.
    const countdown1 = await card.locator('.due').innerText();
    await page.clock.fastForward('01:00');
    const moved = await page.waitForFunction(({ id, before }) => {
      const due = document.querySelector(`article[data-offer-id="${id}"] .due`);
      return due && due.textContent !== before ? due.textContent : null;
    }, { id: offerId, before: countdown1 }, { timeout: 65_000 }).catch(() => null);
    const countdown2 = moved ? await moved.jsonValue() : countdown1;
    const dueState = await card.locator('.due').getAttribute('data-due-state');
    if (countdown1 === countdown2) throw new Error(`the approval countdown did not move in a minute: ${countdown1}`);
    const amount = await card.getByTestId('offer-amount').innerText();
    // What the approver decides on: the thread (the customer's words and the brand's reply), the draft reply
    // that carries the offer, and the customer's history.
    const thread = card.getByTestId('approval-thread');
    await thread.waitFor();
    const threadText = await thread.innerText();
    if (!threadText.includes(customerText) || !threadText.includes(replyText)) {
      throw new Error(`the request does not show the thread: ${threadText}`);
    }
    const draft = await card.getByTestId('draft-reply').innerText();
    if (!draft.includes(draftText) || !draft.includes('agent1')) throw new Error(`no draft reply: ${draft}`);
    const history = await card.getByTestId('history-summary').innerText();
    step('request in the queue', { amount, dueState, countdown: [countdown1, countdown2], thread: threadText,
      draft, history });
    await shot(page, 'gov-01-approvals-queue');

    // By keyboard: the reason, then Ctrl+Enter in it approves.
    await card.getByLabel('Reason').fill(reason);
    await card.getByLabel('Reason').press('Control+Enter');
    await page.getByTestId('decision-done').waitFor();
    const done = await page.getByTestId('decision-done').innerText();
    if (!done.includes(reason)) throw new Error(`the decision does not repeat the reason: ${done}`);
    await card.waitFor({ state: 'detached' });
    step('approved', { done });
    await shot(page, 'gov-02-approvals-decided');

    await page.getByRole('tab', { name: 'Ledger' }).click();
    const line = page.locator(`tr[data-offer-id="${offerId}"]`);
    await line.waitFor();
    const lineText = await line.innerText();
    if (!/approved/.test(lineText) || !lineText.includes(reason)) throw new Error(`ledger line: ${lineText}`);
    const totals = await page.getByTestId('ledger-totals').innerText();
    step('in the ledger', { line: lineText, totals });
    await shot(page, 'gov-03-approvals-ledger');

    await page.getByRole('tab', { name: 'Limits' }).click();
    await page.getByTestId('limits').waitFor();
    const limitsEditable = await page.getByRole('button', { name: 'Save limits' }).count();
    if (limitsEditable !== 0) throw new Error('an approver may not edit the limits');
    await shot(page, 'gov-04-approvals-limits-read');
    return { amount, dueState, decision: done, ledgerLine: lineText, totals, thread: threadText, draft, history };
  }); }

  const own = await browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/approvals');
    const card = page.locator(`article[data-offer-id="${ownOfferId}"]`);
    await card.waitFor();
    await card.getByLabel('Reason').fill('Sam sobie zatwierdzam 🙈');
    await card.getByRole('button', { name: /^Approve/ }).click();
    await card.getByTestId('decision-problem').waitFor();
    const refusal = await card.getByTestId('decision-problem').innerText();
    step('own request refused', { refusal });
    await shot(page, 'gov-05-approvals-own-request');
    // A manager adds a personal limit (typed with a decimal comma) and saves the table.
    await page.getByRole('tab', { name: 'Limits' }).click();
    await page.getByRole('button', { name: 'Save limits' }).waitFor();
    await page.getByRole('button', { name: 'Add a limit' }).click();
    const row = page.getByTestId('limits').locator('tbody tr').last();
    await row.getByLabel(/^Kind of limit/).click();
    await page.getByRole('option', { name: 'A person', exact: true }).click();
    await row.getByLabel(/^Person of limit/).fill(need('LIMIT_USER'));
    await row.getByLabel(/^Currency of limit/).fill('PLN');
    await row.getByLabel(/^Amount of limit/).fill(need('LIMIT_AMOUNT'));
    await page.getByRole('button', { name: 'Save limits' }).click();
    const saved = await page.getByTestId('limits-saved').innerText();
    step('limits saved', { saved });
    await shot(page, 'gov-06-approvals-limits-manager');
    return { refusal, limitsSaved: saved };
  });
  return { ...result, agentTold, ownRefusal: own.refusal, limitsSaved: own.limitsSaved };
}
