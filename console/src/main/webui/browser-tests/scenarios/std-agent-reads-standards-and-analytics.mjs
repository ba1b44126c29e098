import { browserFor, shot, signIn, step } from '../lib.mjs';

/**
 * agent1 reads the standards (no save, no restore, inputs read only) and the analytics: volumes by moment of
 * truth and sentiment on the Timeline tab, as charts and as tables.
 */
export default async function agentReadsStandardsAndAnalytics() {
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/standards');
    await page.getByTestId('read-only').waitFor();
    await page.getByRole('button', { name: '4. Content' }).click();
    await page.getByTestId('section-content').waitFor();
    const saveButtons = await page.getByRole('button', { name: 'Save new version' }).count();
    const addButtons = await page.getByRole('button', { name: 'Add term' }).count();
    const phrases = page.getByTestId('section-content').getByLabel('Phrase', { exact: true });
    const readOnly = (await phrases.count()) === 0 || (await phrases.first().getAttribute('readonly')) !== null;
    await page.getByRole('button', { name: '9. Response times' }).click();
    await shot(page, '24-standards-agent-read-only');
    await page.getByRole('tab', { name: 'History and differences' }).click();
    await page.getByTestId('history').waitFor();
    await page.getByTestId('diff').waitFor();
    const rollbackButtons = await page.getByRole('button', { name: /^Restore version/ }).count();
    step('read only', { saveButtons, addButtons, readOnly, rollbackButtons });
    await shot(page, '25-standards-agent-history');

    await page.getByRole('link', { name: 'Analytics' }).click();
    await page.getByTestId('analytics-summary').waitFor();
    // moments of truth and sentiment are on the Timeline tab, with the incidents marked
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const total = page.getByTestId('volumes-total');
    await total.waitFor();
    const moments = {};
    for (const m of ['complaint', 'question', 'suggestion', 'praise']) {
      moments[m] = Number(await total.locator(`[data-moment="${m}"]`).getAttribute('data-count'));
    }
    const volumeRows = await page.getByTestId('volumes-table').locator('tbody tr').allInnerTexts();
    const sentimentTotal = await page.getByTestId('sentiment-total').innerText();
    await page.getByTestId('volumes-chart').locator('svg').waitFor();
    await page.getByTestId('sentiment-chart').locator('svg').waitFor();
    const bars = await page.getByTestId('volumes-chart').locator('svg path').count();
    const chartLabels = {
      volumes: await page.getByTestId('volumes-chart').getAttribute('aria-label'),
      sentiment: await page.getByTestId('sentiment-chart').getAttribute('aria-label'),
    };
    step('analytics', { moments, volumeRows, sentimentTotal, chartLabels, bars });
    await shot(page, '26-analytics-moments-sentiment');
    return { saveButtons, addButtons, readOnly, rollbackButtons, moments, volumeRows, sentimentTotal, chartLabels, bars };
  });
}
