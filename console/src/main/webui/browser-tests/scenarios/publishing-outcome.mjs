import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * Publishing's outcome in the console (issue 14): a story approved beforehand (by the test, through the API) goes out
 * in the sandbox at its time; editor1 sees it published on the calendar with its permalink, opens the story and
 * corrects the Facebook post; approver1 approves the correction in Approvals › Posts (which says it is a correction);
 * manager1 skips the client's sign-off with a reason; the post is edited on the network and editor1 finds both texts
 * in the variant's history, with the correction and its reason.
 */
export default async function publishingOutcome() {
  const title = need('STORY_TITLE');
  const storyId = need('STORY_ID');
  const variantId = need('VARIANT_ID');
  const day = need('DAY');
  const original = need('ORIGINAL_TEXT');
  const corrected = need('CORRECTED_TEXT');
  const reason = need('REASON');
  const patienceMs = Number(process.env.PATIENCE_MS ?? 180000);

  /** Reloads the page until `ready` holds (a user pressing F5 while waiting for the post to go out). */
  async function reloadUntil(page, ready, what) {
    const until = Date.now() + patienceMs;
    for (;;) {
      if (await ready()) return;
      if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
      await page.waitForTimeout(2000);
      await page.reload();
    }
  }

  // 1. editor1: the calendar shows the post published, with its permalink; the story corrects it.
  const written = await browserFor(async (context) => {
    const page = await signIn(context, 'editor1', 'editor1', `/calendar?date=${day}`);
    const item = page.locator(`td[data-day="${day}"] .cal-item[data-variant-id="${variantId}"]`);
    await reloadUntil(page, async () => {
      await item.waitFor();
      return (await item.getAttribute('data-status')) === 'published';
    }, 'the calendar to show the post published');
    await item.click();
    const line = page.getByTestId('selected-post').getByTestId('calendar-publication');
    await line.waitFor();
    if ((await line.getAttribute('data-state')) !== 'published') throw new Error(`not published: ${await line.innerText()}`);
    const permalink = await line.getByRole('link', { name: 'View the post' }).getAttribute('href');
    if (!permalink?.startsWith('https://')) throw new Error(`no permalink: ${permalink}`);
    const published = await line.innerText();
    step('calendar shows it published', { permalink, published });
    await shot(page, 'out-01-calendar-published');

    await page.getByTestId('selected-post').getByRole('link', { name: 'Open the story' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    const panel = page.getByTestId('publication');
    await panel.waitFor();
    const storyPermalink = await panel.getByRole('link', { name: 'View the post on the network' }).getAttribute('href');
    if (storyPermalink !== permalink) throw new Error(`the story links ${storyPermalink}, the calendar ${permalink}`);
    await panel.getByRole('button', { name: 'Correct' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the published post' });
    await dialog.getByLabel('Corrected text').fill(corrected);
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Send the correction for approval' }).click();
    await dialog.waitFor({ state: 'detached' });
    const correctionTab = page.getByRole('tablist', { name: 'Variants' }).locator('[data-correction="true"]');
    await correctionTab.waitFor();
    const correctionId = await correctionTab.getAttribute('data-variant-id');
    await correctionTab.click();
    const note = await page.getByTestId('correction-note').innerText();
    if (!note.includes(reason)) throw new Error(`the correction does not say why: ${note}`);
    step('correction sent for approval', { correctionId, tab: await correctionTab.innerText(), note });
    await shot(page, 'out-02-correction-in-review');
    return { permalink, correctionId };
  });

  // 2. approver1 approves the correction in Approvals › Posts, told it is a correction.
  const approved = await browserFor(async (context) => {
    const page = await signIn(context, 'approver1', 'approver1', '/approvals/posts');
    await page.getByTestId('post-approvals').waitFor();
    const card = page.locator(`article[data-variant-id="${written.correctionId}"]`);
    await card.waitFor();
    const note = await card.getByTestId('correction-note').innerText();
    await shot(page, 'out-03-correction-approval');
    await card.getByTestId('decision-comment').fill('Poprawka przyjęta ✅');
    await card.getByRole('button', { name: /^Approve/ }).click();
    await page.getByTestId('post-decision-done').filter({ hasText: 'Approved' }).waitFor();
    step('approver1 approved the correction', { note });
    return { note };
  });

  // 3. manager1 skips the client's sign-off, with a reason.
  await browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', `/stories/${storyId}?variant=${written.correctionId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('correction-note').waitFor();
    await page.getByLabel('Reason to skip this step (recorded)').fill('Klient zgodził się na poprawki z góry.');
    await page.getByRole('button', { name: 'Skip the step' }).click();
    await page.getByTestId('story-outcome').filter({ hasText: 'Step skipped' }).waitFor();
    step('manager1 skipped the client sign-off');
  });

  // 4. editor1: the post now reads the corrected text; the history keeps both, and the correction with its reason.
  const history = await browserFor(async (context) => {
    const page = await signIn(context, 'editor1', 'editor1', `/stories/${storyId}?variant=${variantId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await reloadUntil(page, async () => {
      const text = page.getByTestId('variant-text');
      await text.waitFor();
      return (await text.inputValue()) === corrected;
    }, 'the published post to carry the corrected text');
    const state = await page.getByTestId('publication').getAttribute('data-state');
    if (state !== 'published') throw new Error(`after the correction the post is ${state}`);
    await page.getByRole('tab', { name: /^Versions/ }).click();
    const versions = page.getByTestId('version-history');
    await versions.waitFor();
    const corrections = await versions.getByTestId('correction-history').innerText();
    if (!corrections.includes(reason) || !corrections.includes(corrected)) {
      throw new Error(`the history does not show the correction and why: ${corrections}`);
    }
    // The comparison of the last two versions (loaded after the list): the word removed and the word added.
    const before = original.split(' ').find((w) => !corrected.split(' ').includes(w));
    const after = corrected.split(' ').find((w) => !original.split(' ').includes(w));
    const changes = versions.getByLabel('Changes to the text');
    await changes.waitFor();
    const removed = await changes.locator('del').allInnerTexts();
    const added = await changes.locator('ins').allInnerTexts();
    if (!removed.some((t) => t.includes(before)) || !added.some((t) => t.includes(after))) {
      throw new Error(`the history's comparison should show “${before}” replaced by “${after}”: removed ${removed}, added ${added}`);
    }
    step('history shows both versions', { corrections, removed, added });
    await shot(page, 'out-04-history');
    return { corrections };
  });

  return { ...written, approved, history };
}
