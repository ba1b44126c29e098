import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/** agent1 finds a settled complaint (recorded through the API) by a Polish search in another inflected form. */
export default async function govComplaints() {
  const query = need('QUERY');
  const problem = need('PROBLEM');
  const settlement = need('SETTLEMENT');
  const caseId = need('CASE_ID');
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/complaints');
    await page.getByRole('heading', { name: 'Complaint library' }).waitFor();
    await page.getByTestId('complaints-count').filter({ hasText: 'newest first' }).waitFor();
    await shot(page, 'gov-13-complaints-newest');

    const box = page.getByLabel('Search the library');
    await box.fill(query);
    await box.press('Enter');
    await page.getByTestId('complaints-count').filter({ hasText: 'best match first' }).waitFor();
    const first = page.getByTestId('complaint-results').locator('article').first();
    await first.waitFor();
    const firstId = await first.getAttribute('data-case-id');
    const firstText = await first.innerText();
    step('search', { query, firstId, firstText });
    if (firstId !== caseId) throw new Error(`the case is not the best match for “${query}”: ${firstText}`);
    if (!firstText.includes(settlement)) throw new Error(`the settlement is not shown exactly: ${firstText}`);
    const marked = await first.locator('mark').allInnerTexts();
    if (marked.length === 0) throw new Error('no matching word is highlighted');
    await shot(page, 'gov-14-complaints-search-pl');

    await first.getByRole('button', { name: /^Details/ }).click();
    const detail = page.getByTestId('case-detail');
    await detail.getByRole('heading', { name: problem }).waitFor();
    const detailText = await detail.innerText();
    step('case detail', { detailText });
    await shot(page, 'gov-15-complaints-case');

    await page.getByRole('tab', { name: 'Advocates' }).click();
    await page.getByTestId('advocates').waitFor();
    await shot(page, 'gov-16-complaints-advocates');
    return { firstId, firstText, marked, detailText };
  });
}
