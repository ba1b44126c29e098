import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * approver1 finds agent1's request above their limit (made through the inbox API by the test), sees its
 * context and live countdown, approves it with a reason, and finds it approved in the ledger with the totals;
 * manager1, also an approver, is refused approving their own request with the service's words, and adds a
 * personal limit to the table.
 */
export default async function govApprovals() {
  const offerId = need('OFFER_ID');
  const ownOfferId = need('OWN_OFFER_ID');
  const customerText = need('CUSTOMER_TEXT');
  const reason = need('REASON');
  const result = await browserFor(async (context) => {
    const page = await signIn(context, 'approver1', 'approver1', '/approvals');
    await page.getByRole('heading', { name: 'Approvals' }).waitFor();
    const card = page.locator(`article[data-offer-id="${offerId}"]`);
    await card.waitFor();
    const cardText = await card.innerText();
    if (!cardText.includes(customerText)) throw new Error(`the request does not show what the customer wrote: ${cardText}`);
    // A countdown reads in its two largest units ("1 hr 59 mins"), so it moves once a minute while hours are left.
    const countdown1 = await card.locator('.due').innerText();
    const moved = await page.waitForFunction(({ id, before }) => {
      const due = document.querySelector(`article[data-offer-id="${id}"] .due`);
      return due && due.textContent !== before ? due.textContent : null;
    }, { id: offerId, before: countdown1 }, { timeout: 65_000 }).catch(() => null);
    const countdown2 = moved ? await moved.jsonValue() : countdown1;
    const dueState = await card.locator('.due').getAttribute('data-due-state');
    if (countdown1 === countdown2) throw new Error(`the approval countdown did not move in a minute: ${countdown1}`);
    const amount = await card.getByTestId('offer-amount').innerText();
    step('request in the queue', { amount, dueState, countdown: [countdown1, countdown2] });
    await shot(page, 'gov-01-approvals-queue');

    // By keyboard: the reason, then Tab to Reject and Approve.
    await card.getByLabel('Reason').fill(reason);
    await card.getByRole('button', { name: /^Approve/ }).focus();
    await page.keyboard.press('Enter');
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
    return { amount, dueState, decision: done, ledgerLine: lineText, totals };
  });

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
  return { ...result, ownRefusal: own.refusal, limitsSaved: own.limitsSaved };
}
