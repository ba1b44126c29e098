import { browserFor, consoleUrl, need, shot, signIn, step } from '../lib.mjs';

/** manager1 changes the Facebook response-time target; a second, stale tab gets the conflict message. */
export default async function managerChangesTarget() {
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
