import { browserFor, consoleUrl, need, shot, signIn, step } from '../lib.mjs';

/**
 * Publishing end to end (issue 13): editor1 writes one story with Facebook, Instagram and LinkedIn variants; a
 * forbidden Polish term is flagged as it is typed and fixed with one click; the story is saved and submitted, and an
 * external reviewer is invited; approver1 approves step one in Approvals › Posts; the external reviewer, in a fresh
 * browser with no sign-in, approves through the link (and can reach nothing else); the calendar shows the variants
 * approved, and a drag moves one to the next day; an edit of an approved variant sends it back to review; agent1
 * sees the calendar read only.
 */
export default async function publishing() {
  const title = need('STORY_TITLE');
  const campaign = need('CAMPAIGN');
  const texts = JSON.parse(need('TEXTS'));
  const forbiddenRule = need('FORBIDDEN_RULE');
  const schedule = need('SCHEDULE_LOCAL');
  const image = need('IMAGE_FILE');
  const link = need('LINKEDIN_LINK');
  const reviewer = { email: need('REVIEWER_EMAIL'), name: need('REVIEWER_NAME') };
  const scheduleDay = schedule.slice(0, 10);
  const networks = ['Facebook', 'Instagram', 'LinkedIn'];
  // the variants' tabs (the story's lower tabs name the current channel too: "Versions (Facebook)")
  const tab = (page, network) => page.getByRole('tablist', { name: 'Variants' })
    .getByRole('tab', { name: new RegExp(network) });

  // 1. editor1 writes the story, fixes the forbidden term, saves, submits, invites the reviewer.
  const written = await browserFor(async (context) => {
    const page = await signIn(context, 'editor1', 'editor1', '/calendar');
    await page.getByRole('heading', { name: 'Calendar', exact: true }).waitFor();
    await page.getByRole('link', { name: 'New post' }).click();
    await page.getByRole('heading', { name: 'New post' }).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Campaign').fill(campaign);
    await page.getByLabel('Brief').fill('Wiosna w sklepie: płaszcze i szaliki — Ελληνικά και русский тоже 🌷');
    for (const network of networks) {
      await page.getByTestId('add-channel').click();
      await page.getByRole('option', { name: new RegExp(`^${network} · `) }).first().click();
      await tab(page, network).waitFor();
    }
    step('three channels added', { tabs: await page.getByRole('tab').allInnerTexts() });

    // Facebook: the forbidden term is flagged as it is typed, then fixed with one click.
    await tab(page, 'Facebook').click();
    const text = page.getByTestId('variant-text');
    await text.fill(texts.facebookWithForbidden);
    await text.press('End');
    await text.pressSequentially(' 🌷');
    const flagged = page.getByTestId('variant-findings').locator(`li[data-rule="${forbiddenRule}"]`);
    await flagged.waitFor();
    const flaggedText = await flagged.innerText();
    if ((await flagged.getAttribute('data-severity')) !== 'block') throw new Error(`not a blocking finding: ${flaggedText}`);
    const marked = await page.getByTestId('findings-preview').locator('mark.finding-block').innerText();
    step('forbidden term flagged inline', { flagged: flaggedText, marked });
    await page.getByTestId('variant-schedule').fill(schedule);
    await shot(page, 'pub-01-forbidden-flagged');
    await flagged.getByRole('button', { name: /^Replace with/ }).click();
    await flagged.waitFor({ state: 'detached' });
    const fixedText = await text.inputValue();
    if (fixedText.includes(texts.forbiddenWord)) throw new Error(`still there: ${fixedText}`);
    const count = await page.getByTestId('char-count').innerText();
    step('fixed with one click', { text: fixedText, count });

    // Instagram: text and an image (Instagram needs one), uploaded with its licence.
    await tab(page, 'Instagram').click();
    await page.getByTestId('variant-text').fill(texts.instagram);
    await page.getByTestId('variant-schedule').fill(schedule);
    const before = await page.getByTestId('variant-editor-instagram').getByText('Instagram needs at least one image').count();
    await page.locator('input[type="file"]').setInputFiles(image);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('img', { name: 'Image 1', exact: true }).waitFor();
    await page.getByTestId('preview-images').waitFor();
    step('image uploaded', { neededBefore: before > 0 });

    // LinkedIn: a long text (cut where LinkedIn cuts it in the preview) and a link.
    await tab(page, 'LinkedIn').click();
    await page.getByTestId('variant-text').fill(texts.linkedin);
    await page.getByLabel('Link', { exact: true }).fill(link);
    await page.getByTestId('variant-schedule').fill(schedule);
    const truncated = await page.locator('figure[data-platform="linkedin"]').getAttribute('data-truncated');
    if (truncated !== 'true') throw new Error('the LinkedIn preview does not cut the long text');
    await shot(page, 'pub-02-previews');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByTestId('story-outcome');
    await saved.waitFor();
    if ((await saved.getAttribute('data-ok')) !== 'true') throw new Error(`not saved: ${await saved.innerText()}`);
    await page.waitForURL(/\/stories\/[0-9a-f-]{36}$/);
    const storyId = page.url().split('/stories/')[1];
    step('saved', { storyId, outcome: await saved.innerText() });

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByTestId('story-outcome').filter({ hasText: 'Submitted for approval' }).waitFor();
    const submitted = await page.getByTestId('story-outcome').innerText();
    if (submitted.includes('✗')) throw new Error(`not every variant was submitted: ${submitted}`);
    for (const network of networks) await tab(page, network).filter({ hasText: 'In review' }).waitFor();
    step('submitted', { outcome: submitted });
    await shot(page, 'pub-03-submitted');

    await page.getByRole('tab', { name: 'External reviewers' }).click();
    await page.getByLabel('Reviewer’s e-mail').fill(reviewer.email);
    await page.getByLabel('Name', { exact: true }).fill(reviewer.name);
    await page.getByRole('button', { name: 'Invite reviewer' }).click();
    const reviewLink = (await page.getByTestId('reviewer-link-url').innerText()).trim();
    if (!reviewLink.startsWith(`${consoleUrl}/review/`)) throw new Error(`not a review link of this console: ${reviewLink}`);
    const emailed = await page.getByTestId('reviewer-link').getAttribute('data-emailed');
    const invitation = (await page.getByTestId('reviewer-link').innerText()).trim();
    step('reviewer invited', { reviewLink, emailed, invitation });
    await shot(page, 'pub-04-reviewer-invited');
    return { storyId, reviewLink, emailed, invitation, fixedText };
  });

  // 2. approver1 approves step one of each variant in Approvals › Posts.
  const approver = await browserFor(async (context) => {
    const page = await signIn(context, 'approver1', 'approver1', '/approvals/posts');
    await page.getByTestId('post-approvals').waitFor();
    const cards = page.locator('article[data-variant-id]').filter({ hasText: title });
    await cards.first().waitFor();
    const waiting = await cards.count();
    if (waiting !== 3) throw new Error(`approver1 should see the three variants waiting, sees ${waiting}`);
    await shot(page, 'pub-05-approvals-posts');
    const decided = [];
    for (let i = 0; i < 3; i++) {
      const card = page.locator('article[data-variant-id]').filter({ hasText: title }).first();
      const id = await card.getAttribute('data-variant-id');
      await card.getByTestId('decision-comment').fill('Zgoda — εντάξει ✅');
      await card.getByRole('button', { name: /^Approve/ }).click();
      await page.getByTestId('post-decision-done').filter({ hasText: 'Approved' }).waitFor();
      await page.locator(`article[data-variant-id="${id}"]`).waitFor({ state: 'detached' });
      decided.push(id);
    }
    step('step one approved', { decided });
    return { decided };
  });

  // 3. The external reviewer: a fresh browser, no sign-in, only the link.
  const external = await browserFor(async (context) => {
    const page = await context.newPage();
    await page.goto(written.reviewLink);
    await page.getByRole('heading', { name: `Review: ${title}` }).waitFor();
    if (!page.url().startsWith(`${consoleUrl}/review/`)) throw new Error(`sent elsewhere: ${page.url()}`);
    if (await page.getByRole('navigation').count() !== 0) throw new Error('the review page shows the console’s navigation');
    const sections = page.locator('section[data-variant-id]');
    if (await sections.count() !== 3) throw new Error(`the reviewer should see three variants, sees ${await sections.count()}`);
    await shot(page, 'pub-06-external-review');
    const approved = [];
    for (const network of ['facebook', 'instagram', 'linkedin']) {
      const section = page.locator(`section[data-platform="${network}"]`);
      await section.getByLabel('Your comment').fill(`Akceptuję (${network}) 👍`);
      await section.getByRole('button', { name: 'Approve' }).click();
      await page.getByTestId('review-done').filter({ hasText: 'approved' }).waitFor();
      await page.getByTestId('review-done').getByRole('button').click();
      approved.push(network);
    }
    // Nothing else of the console answers this browser: the API sends it to the sign-in.
    const other = await page.evaluate(async () => {
      const r = await fetch('/api/v1/brands/acme/stories', { redirect: 'manual' });
      return `${r.type} ${r.status}`;
    });
    if (!other.startsWith('opaqueredirect')) throw new Error(`another API answered the reviewer: ${other}`);
    step('external reviewer approved', { approved, otherApi: other });
    await shot(page, 'pub-07-external-approved');
    return { approved, otherApi: other };
  });

  // 4. editor1: the calendar shows the variants approved; a drag moves one; an edit resets the approval.
  const calendar = await browserFor(async (context) => {
    const page = await signIn(context, 'editor1', 'editor1', `/calendar?date=${scheduleDay}`);
    const items = page.locator(`td[data-day="${scheduleDay}"] .cal-item`).filter({ hasText: title });
    await items.first().waitFor();
    const statuses = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    if (statuses.length !== 3 || !statuses.every((s) => s === 'approved' || s === 'scheduled')) {
      throw new Error(`the calendar does not show the three variants approved: ${statuses}`);
    }
    step('calendar shows them approved', { statuses });
    await shot(page, 'pub-08-calendar-approved');

    // Drag LinkedIn's post to the next day (same time of day).
    const linkedin = page.locator(`td[data-day="${scheduleDay}"] .cal-item`).filter({ hasText: title })
      .filter({ hasText: 'LinkedIn' });
    const next = new Date(`${scheduleDay}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const nextDay = next.toISOString().slice(0, 10);
    await linkedin.dragTo(page.locator(`td[data-day="${nextDay}"]`));
    const moved = page.getByTestId('reschedule-result');
    await moved.waitFor();
    const movedText = await moved.innerText();
    if (!movedText.startsWith('Rescheduled')) throw new Error(`the drag did not move it: ${movedText}`);
    await page.locator(`td[data-day="${nextDay}"] .cal-item`).filter({ hasText: title }).waitFor();
    step('dragged to the next day', { result: movedText });

    // Open the Facebook variant from the calendar and change its text: back to review.
    await page.locator(`td[data-day="${scheduleDay}"] .cal-item`).filter({ hasText: title })
      .filter({ hasText: 'Facebook' }).click();
    await page.getByTestId('selected-post').getByRole('link', { name: 'Open the story' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await tab(page, 'Facebook').click();
    const text = page.getByTestId('variant-text');
    await text.press('End');
    await text.pressSequentially(' Zapraszamy!');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const outcome = page.getByTestId('story-outcome');
    await outcome.waitFor();
    const outcomeText = await outcome.innerText();
    if ((await outcome.getAttribute('data-ok')) !== 'true') throw new Error(`the edit was not saved: ${outcomeText}`);
    await tab(page, 'Facebook').filter({ hasText: 'In review' }).waitFor();
    step('edit sent it back to review', { outcome: outcomeText });
    await shot(page, 'pub-09-edit-resets-approval');
    return { statuses, moved: movedText, nextDay, edit: outcomeText };
  });

  // 5. agent1 reads the calendar: no New post, nothing to drag, no Reschedule.
  const agent = await browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', `/calendar?date=${scheduleDay}`);
    await page.getByTestId('calendar-read-only').waitFor();
    const item = page.locator('.cal-item').filter({ hasText: title }).first();
    await item.waitFor();
    if (await page.getByRole('link', { name: 'New post' }).count() !== 0) throw new Error('agent1 may write posts?');
    const draggable = await page.locator('.cal-item[draggable="true"]').count();
    if (draggable !== 0) throw new Error(`agent1 can drag ${draggable} posts`);
    await item.click();
    await page.getByTestId('selected-post').waitFor();
    if (await page.getByRole('button', { name: 'Reschedule' }).count() !== 0) throw new Error('agent1 may reschedule?');
    step('agent1 reads the calendar', { readOnly: await page.getByTestId('calendar-read-only').innerText() });
    await shot(page, 'pub-10-agent-read-only');
    return { readOnly: true };
  });

  return { ...written, ...approver, external, calendar, agent };
}
