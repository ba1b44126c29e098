import { browserFor, consoleUrl, need, shot, signIn, step } from '../lib.mjs';

const TARGET = 'Minutes for Facebook · first response · normal';

/** Opens the standards at section 9 (response times) and waits for the Facebook first-response target. */
async function responseTimes(page) {
  await page.getByTestId('standards-version').waitFor();
  await page.getByRole('button', { name: '9. Response times' }).click();
  await page.getByLabel(TARGET, { exact: true }).waitFor();
}

/**
 * manager1 changes the Facebook first-response target (section 9 of the standards, what the inbox dates new
 * conversations by) and saves it as a new version; a second, stale tab is told of the conflict.
 */
export default async function managerChangesTarget() {
  const minutes = need('FACEBOOK_MINUTES');
  const comment = need('TARGET_COMMENT');
  const storyTitle = need('STORY_TITLE');
  const plannedDay = need('PLANNED_DAY');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/standards');
    await responseTimes(page);
    const before = await page.getByTestId('standards-version').innerText();
    await shot(page, '05-standards-before');
    const stale = await context.newPage();
    await stale.goto(consoleUrl + '/standards');
    await responseTimes(stale);

    await page.getByLabel(TARGET, { exact: true }).fill(String(minutes));
    await page.getByLabel('What changed and why').fill(comment);
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText(/Saved as version \d+\./).waitFor();
    const after = await page.getByTestId('standards-version').innerText();
    const shown = await page.getByLabel(TARGET, { exact: true }).inputValue();
    step('target saved', { before, after, shown });
    await shot(page, '06-standards-saved');

    await stale.getByLabel(TARGET, { exact: true }).fill('7');
    await stale.getByLabel('What changed and why').fill('Stale tab: 7 minutes');
    await stale.getByRole('button', { name: 'Save new version' }).click();
    await stale.getByTestId('conflict').waitFor();
    const conflict = await stale.getByTestId('conflict').innerText();
    const kept = await stale.getByLabel(TARGET, { exact: true }).inputValue();
    step('stale tab refused', { conflict, kept });
    await shot(stale, '07-standards-conflict');
    await stale.close();

    // The calendar: the story planned for this week, in the month and in the week (one row per channel account).
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { name: 'Calendar', exact: true }).waitFor();
    await page.goto(`${consoleUrl}/calendar?date=${plannedDay}`);
    const planned = page.locator(`td[data-day="${plannedDay}"] .cal-item`).filter({ hasText: storyTitle });
    await planned.first().waitFor();
    const events = await page.locator(`td[data-day="${plannedDay}"] .cal-item`).allInnerTexts();
    await shot(page, '08-calendar-month');
    await page.locator('label').filter({ hasText: /^Week$/ }).click();
    await page.getByRole('table', { name: /Posts in the week/ }).waitFor();
    await planned.first().waitFor();
    await shot(page, '09-calendar-week');
    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.getByTestId('analytics-summary').waitFor();
    await page.locator('svg').first().waitFor();
    await shot(page, '10-analytics');
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByText(/conversations? · updated/).waitFor();
    await shot(page, '11-inbox-manager');
    return { before, after, shown, conflict, kept, calendarEvents: events };
  });
}
