import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 sets up care for acme: an assignment rule sending Polish conversations to a day team, the gaps report
 * showing its nights uncovered, a night rota (manager1, 22:00–06:00) added to the team, the gap gone from the report;
 * then a saved reply in Polish with variables, previewed for a Polish customer.
 */
export default async function careSetupNightRota() {
  const team = need('TEAM');
  const rule = need('RULE');
  const title = need('TITLE');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/care-setup/rules');
    await page.getByRole('heading', { name: 'Care setup', level: 2 }).waitFor();
    await page.getByTestId('coverage-share').waitFor();

    // the rule, added at the end and moved to the top so it is tried first
    const before = await page.getByTestId('rule').count();
    await page.getByTestId('rule-add').click();
    await page.getByTestId(`rule-${before}-name`).fill(rule);
    await page.getByTestId(`rule-${before}-language`).click();
    await page.getByRole('option', { name: 'Polish', exact: true }).click();
    await page.getByTestId(`rule-${before}-team`).click();
    await page.getByRole('option', { name: team, exact: true }).click();
    for (let n = before + 1; n > 1; n--) await page.getByRole('button', { name: `Move rule ${n} up` }).click();
    await page.getByTestId('rules-save').click();
    const saved = await page.getByTestId('rules-outcome').innerText();
    step('rules saved', { saved });
    const showAll = async () => {
      const more = page.getByRole('button', { name: /^Show all/ });
      if (await more.count()) await more.click();
    };
    await page.getByTestId('coverage-gap').first().waitFor();
    await showAll();
    const gapRows = page.locator(`[data-testid="coverage-gap"][data-rule="${rule}"]`);
    await gapRows.first().waitFor();
    const gapBefore = await gapRows.first().innerText();
    const gapRowsBefore = await gapRows.count();
    step('gap', { gapBefore, gapRowsBefore });
    await shot(page, 'setup-01-rule-and-gaps');

    // the night rota: manager1 joins the team from 22:00 to 06:00 every day
    await page.getByTestId('setup-tab-teams').click();
    await page.locator(`[data-testid="team-row"][data-team="${team}"]`).getByRole('button').click();
    const member = await page.getByTestId('team-member').count();
    await page.getByTestId('team-add-member').click();
    await page.getByTestId(`member-${member}-user`).fill('manager1');
    await page.keyboard.press('Escape');
    await page.getByTestId(`member-${member}-preset-night`).click();
    const rota = await page.getByTestId('team-rota-gaps').innerText();
    step('rota', { rota });
    await shot(page, 'setup-02-night-rota');
    await page.getByTestId('team-save').click();
    const teamSaved = await page.getByTestId('team-notice').innerText();

    // the report again: the rule's gap has closed
    await page.getByTestId('setup-tab-rules').click();
    await page.getByTestId('coverage-share').waitFor();
    await showAll();
    const gapRowsAfter = await page.locator(`[data-testid="coverage-gap"][data-rule="${rule}"]`).count();
    step('gap after', { gapRowsAfter });
    await shot(page, 'setup-03-gap-closed');

    // a saved reply in Polish, previewed for a Polish customer
    await page.getByTestId('setup-tab-saved-replies').click();
    await page.getByTestId('reply-new').click();
    await page.getByTestId('reply-language').click();
    await page.getByRole('option', { name: 'Polish', exact: true }).click();
    await page.getByTestId('reply-title').fill(title);
    await page.getByTestId('reply-body').fill('Dzień dobry ');
    await page.getByTestId('insert-author.firstName').click();
    await page.getByTestId('reply-body').press('End');
    await page.getByTestId('reply-body').pressSequentially('! Przepraszamy za opóźnienie, sprawdzamy przesyłkę. Pozdrawiamy, {brand}');
    await page.getByTestId('reply-guidance').fill('Przeproś raz, podaj następny krok.');
    await page.getByTestId('preview-tab-pl').click();
    const previewPl = await page.getByTestId('preview-pl').innerText();
    step('preview', { previewPl });
    await shot(page, 'setup-04-saved-reply-preview');
    await page.getByTestId('reply-save').click();
    const replySaved = await page.getByTestId('reply-notice').innerText();
    return { saved, gapBefore, gapRowsBefore, rota, teamSaved, gapRowsAfter, previewPl, replySaved };
  });
}
