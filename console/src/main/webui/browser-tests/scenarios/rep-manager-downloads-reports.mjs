import { join } from 'node:path';
import { browserFor, need, screenshots, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 opens Reports, picks the period, downloads the PDF and the conversations CSV, writes the period's summary
 * commentary, schedules a monthly report to an address and sends the last period now.
 */
export default async function managerDownloadsReports() {
  const firstDay = need('FIRST_DAY');
  const lastDay = need('LAST_DAY');
  const commentary = need('COMMENTARY');
  const recipient = need('RECIPIENT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/reports');
    await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();
    await page.getByTestId('report-first-day').fill(firstDay);
    await page.getByTestId('report-last-day').fill(lastDay);
    const windowShown = await page.getByTestId('report-window').innerText();
    step('period', { windowShown });

    // The commentary first, so the PDF of this period shows it.
    await page.getByTestId('commentary-summary').fill(commentary);
    await page.getByTestId('commentary-save').click();
    await page.getByText('Commentary saved.').waitFor();

    const save = async (testId, name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      const file = join(screenshots, name);
      await download.saveAs(file);
      step('downloaded', { testId, suggested: download.suggestedFilename(), file });
      return { file, suggested: download.suggestedFilename() };
    };
    const pdf = await save('download-pdf', 'report.pdf');
    const csv = await save('download-conversations', 'conversations.csv');
    await shot(page, '60-reports-period-downloads');

    await page.getByTestId('schedule-recipients').fill(recipient);
    await page.getByTestId('schedule-add').click();
    await page.getByTestId('schedule-notice').filter({ hasText: 'Scheduled.' }).waitFor();
    const row = page.getByTestId('schedule-row').filter({ hasText: recipient });
    await row.waitFor();
    await row.getByTestId('schedule-send-now').click();
    await page.getByTestId('schedule-notice').filter({ hasText: /^Sent to/ }).waitFor();
    const notice = await page.getByTestId('schedule-notice').innerText();
    const scheduleRow = await page.getByTestId('schedule-row').filter({ hasText: recipient }).innerText();
    step('scheduled and sent', { notice, scheduleRow });
    await shot(page, '61-reports-schedule-sent');
    return { windowShown, pdf, csv, notice, scheduleRow };
  });
}
