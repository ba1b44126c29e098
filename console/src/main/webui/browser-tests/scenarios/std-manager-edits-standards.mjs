import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/** The messages shown beside an input (Mantine links them with aria-describedby). */
async function messagesOf(page, input) {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = [];
  for (const id of ids) texts.push(await page.locator(`[id="${id}"]`).innerText());
  return texts.join(' ');
}

/**
 * manager1 adds a forbidden term in Polish to section 4, is told beside the field what is wrong with its id
 * (standards-service's 422), fixes it and saves by keyboard with a comment; sees the version in the history
 * and the term in the diff against the previous version; restores that version ("Restore version N…", with a reason).
 */
export default async function managerEditsStandards() {
  const termId = need('TERM_ID');
  const phrase = need('TERM_PHRASE');
  const why = need('TERM_WHY');
  const comment = need('COMMENT');
  const rollbackComment = need('ROLLBACK_COMMENT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/standards');
    await page.getByTestId('standards-version').waitFor();
    const before = await page.getByTestId('standards-version').innerText();

    await page.getByRole('button', { name: '4. Content' }).click();
    const section = page.getByTestId('section-content');
    const terms = section.locator('[data-testid^="item-content.forbidden."]');
    const n = await terms.count();
    await section.getByRole('button', { name: 'Add term' }).click();
    const item = page.getByTestId(`item-content.forbidden.${n}`);
    await item.getByLabel('Id', { exact: true }).fill('Zła reguła');
    await item.getByLabel('Phrase', { exact: true }).fill(phrase);
    await item.getByLabel('Language', { exact: true }).selectOption('pl');
    await item.getByLabel('Severity', { exact: true }).selectOption('block');
    await item.getByLabel('Why', { exact: true }).fill(why);
    await page.getByLabel('What changed and why').fill(comment);
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByTestId('problem').waitFor();
    const idInput = item.getByLabel('Id', { exact: true });
    const invalid = await idInput.getAttribute('aria-invalid');
    const fieldError = await messagesOf(page, idInput);
    const problem = await page.getByTestId('problem').innerText();
    step('refused with the field named', { invalid, fieldError, problem });
    if (invalid !== 'true' || !fieldError) throw new Error('the 422 was not shown beside the id');
    await shot(page, '20-standards-invalid-field');

    await idInput.fill(termId);
    await page.getByLabel('What changed and why').focus();
    await page.keyboard.press('Enter'); // the save form submits by keyboard
    await page.getByTestId('saved').waitFor();
    const saved = await page.getByTestId('saved').innerText();
    const after = await page.getByTestId('standards-version').innerText();
    const phraseShown = await item.getByLabel('Phrase', { exact: true }).inputValue();
    step('saved', { saved, after, phraseShown });
    await shot(page, '21-standards-term-saved');

    await page.getByRole('tab', { name: 'History and differences' }).click();
    const version = Number(saved.match(/version (\d+)/)[1]);
    const row = page.getByTestId(`version-${version}`);
    await row.waitFor();
    const historyRow = await row.innerText();
    const diff = page.getByTestId('diff-content');
    await diff.waitFor();
    const diffText = await diff.innerText();
    step('history and diff', { historyRow, diffText });
    await shot(page, '22-standards-history-diff');

    // Restoring is an action on a version, worded as one, and asks for a reason before it is done.
    await page.getByRole('button', { name: `Restore version ${version - 1}…`, exact: true }).click();
    await page.getByLabel('Why restore it').fill(rollbackComment);
    await page.getByRole('button', { name: `Restore version ${version - 1}`, exact: true }).click();
    await page.getByText(/Restored: version \d+/).waitFor();
    const rolledBack = await page.getByTestId('saved').innerText();
    const rolledBackVersion = Number(rolledBack.match(/version (\d+)/)[1]);
    await page.getByTestId(`version-${rolledBackVersion}`).waitFor();
    const rolledBackRow = await page.getByTestId(`version-${rolledBackVersion}`).innerText();
    await page.getByTestId('diff').getByText(`from version ${rolledBackVersion - 1} to version ${rolledBackVersion}`).waitFor();
    const rollbackDiff = await page.getByTestId('diff').innerText();
    step('rolled back', { rolledBack, rolledBackRow, rollbackDiff });
    await shot(page, '23-standards-rolled-back');
    return { before, after, saved, version, fieldError, phraseShown, historyRow, diffText, rolledBack,
      rolledBackVersion, rolledBackRow, rollbackDiff };
  });
}
