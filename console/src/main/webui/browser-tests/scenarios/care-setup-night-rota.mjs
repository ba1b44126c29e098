import { browserFor, need, shot, signIn, step } from '../lib.mjs';
import { addNightShift, addRuleFirst, writeSavedReply } from '../steps.mjs';

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
    const saved = await addRuleFirst(page, { rule, team, language: 'Polish' });
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
    const night = await addNightShift(page, { team, user: 'manager1' });
    const { rota } = night;
    await shot(page, 'setup-02-night-rota');
    const teamSaved = await night.save();

    // the report again: the rule's gap has closed
    await page.getByTestId('setup-tab-rules').click();
    await page.getByTestId('coverage-share').waitFor();
    await showAll();
    const gapRowsAfter = await page.locator(`[data-testid="coverage-gap"][data-rule="${rule}"]`).count();
    step('gap after', { gapRowsAfter });
    await shot(page, 'setup-03-gap-closed');

    // a saved reply in Polish, previewed for a Polish customer
    const reply = await writeSavedReply(page, { language: 'Polish', title, opening: 'Dzień dobry ',
      rest: '! Przepraszamy za opóźnienie, sprawdzamy przesyłkę. Pozdrawiamy, {brand}',
      guidance: 'Przeproś raz, podaj następny krok.', previewTab: 'pl' });
    const previewPl = reply.preview;
    await shot(page, 'setup-04-saved-reply-preview');
    const replySaved = await reply.save();
    return { saved, gapBefore, gapRowsBefore, rota, teamSaved, gapRowsAfter, previewPl, replySaved };
  });
}
