import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 reads the care tab grouped by agent, opens the conversations behind AGENT's figure (a side panel with
 * links to the inbox), reads the publishing tab and opens the posts behind the totals (links to their stories),
 * follows the engagement rate's name to its glossary entry and comes back with the browser's back button.
 */
export default async function managerReadsAnalytics() {
  const agent = need('AGENT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/analytics/care');
    await page.getByTestId('analytics-summary').waitFor();
    const summary = await page.getByTestId('analytics-summary').innerText();
    await page.getByLabel('Group by').selectOption('agent');
    const row = page.locator(`[data-testid="care-table"] tr[data-group="${agent}"]`);
    await row.waitFor();
    const agentRow = await row.innerText();
    const conversationsCell = page.getByTestId(`care-conversations-${agent}`);
    const conversationsShown = (await conversationsCell.innerText()).split(',')[0].trim();
    await page.getByTestId('care-times-chart').locator('svg').waitFor();
    await shot(page, 'an-01-care-by-agent');

    // The figure opens the conversations behind it, by keyboard.
    await conversationsCell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('drill-panel');
    await panel.waitFor();
    await panel.locator('tbody tr').first().waitFor();
    const drilled = await panel.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-conversation')));
    const inboxLinks = await panel.getByRole('link', { name: 'Open in the inbox' }).evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    const panelTitle = await page.getByRole('dialog').locator('h2').first().innerText();
    step('drill-down', { drilled, inboxLinks, panelTitle });
    await shot(page, 'an-02-care-drill-down');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // Publishing: per channel, the engagement rate with its base, and the posts behind the totals.
    await page.getByRole('tab', { name: 'Publishing' }).click();
    await page.waitForURL(/\/analytics\/publishing$/);
    await page.getByTestId('publishing-summary').waitFor();
    const publishingSummary = await page.getByTestId('publishing-summary').innerText();
    const totalRate = await page.getByTestId('rate-total').innerText();
    const channelRows = await page.getByTestId('channels-table').locator('tbody tr').allInnerTexts();
    await page.getByTestId('engagement-chart').locator('svg').waitFor();
    await shot(page, 'an-03-publishing');
    await page.getByTestId('posts-total').click();
    const posts = page.getByTestId('posts-panel');
    await posts.waitFor();
    await posts.locator('tbody tr').first().waitFor();
    const stories = await posts.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story')));
    const storyLinks = await posts.locator('a[href^="/stories/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    step('posts behind the totals', { stories, storyLinks });
    await shot(page, 'an-04-publishing-posts');
    await page.keyboard.press('Escape');
    await posts.waitFor({ state: 'detached' });

    // The engagement rate's name leads to its glossary entry; back returns to the publishing tab.
    await page.getByTestId('channels-table').locator('a[data-glossary="engagementRate"]').click();
    await page.waitForURL(/\/analytics\/glossary#figure-engagementRate$/);
    const entry = page.locator('#figure-engagementRate');
    await entry.waitFor();
    const glossaryEntry = await entry.innerText();
    const glossaryEntries = await page.locator('[data-entry]').count();
    await shot(page, 'an-05-glossary');
    await page.goBack();
    await page.getByTestId('publishing-summary').waitFor();
    const backTo = new URL(page.url()).pathname;
    step('glossary and back', { glossaryEntries, backTo });
    return { summary, agentRow, conversationsShown, drilled, inboxLinks, panelTitle, publishingSummary, totalRate,
      channelRows, stories, storyLinks, glossaryEntry, glossaryEntries, backTo };
  });
}
