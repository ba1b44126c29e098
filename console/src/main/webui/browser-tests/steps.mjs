// Steps more than one scenario takes on the setup screens, as a manager takes them. Each starts where the screen it
// needs is open and returns what it read off the screen.
import { step } from './lib.mjs';

/**
 * On the channels screen: adds a sandbox Telegram bot from the keyboard (account id, name, its webhook secret as a
 * reference; sent with Enter) and returns the outcome shown, the bot's row as read, its health state and the row.
 */
export async function addSandboxTelegram(page, { account, name, reference }) {
  await page.getByTestId('add-channel-account').focus();
  await page.keyboard.type(account);
  await page.keyboard.press('Tab'); // to the name
  await page.keyboard.type(name);
  await page.getByTestId('add-channel-secret-secretToken').focus();
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');
  const outcome = await page.getByTestId('add-channel-outcome').filter({ hasText: 'was added in sandbox mode' })
    .innerText();
  step('added', { outcome });
  const row = page.locator(`[data-testid="channel-row"][data-account="${account}"]`);
  await row.waitFor();
  const listed = await row.innerText();
  step('listed', { listed });
  return { outcome, listed, state: await row.getAttribute('data-state'), row };
}

/**
 * On care setup's rules tab: adds a rule (its name, and a language, a network or one channel account — the option
 * as listed, "<name> (<network>)" — to match) sending to {@code team}, moves it to the top so it is tried first,
 * saves, and returns the notice shown.
 */
export async function addRuleFirst(page, { rule, team, language, network, account }) {
  const before = await page.getByTestId('rule').count();
  await page.getByTestId('rule-add').click();
  await page.getByTestId(`rule-${before}-name`).fill(rule);
  if (language) {
    await page.getByTestId(`rule-${before}-language`).click();
    await page.getByRole('option', { name: language, exact: true }).click();
  }
  if (network) {
    await page.getByTestId(`rule-${before}-platform`).click();
    await page.getByRole('option', { name: network, exact: true }).click();
  }
  if (account) {
    await page.getByTestId('rule').nth(before).getByLabel('Channel account', { exact: true }).click();
    await page.getByRole('option', { name: account, exact: true }).click();
  }
  await page.getByTestId(`rule-${before}-team`).click();
  await page.getByRole('option', { name: team, exact: true }).click();
  for (let n = before + 1; n > 1; n--) await page.getByRole('button', { name: `Move rule ${n} up` }).click();
  await page.getByTestId('rules-save').click();
  const saved = await page.getByTestId('rules-outcome').innerText();
  step('rules saved', { saved });
  return saved;
}

/**
 * On care setup's teams tab: opens {@code team}, adds {@code user} with the night preset (22:00–06:00 every day) and
 * reads the rota's coverage line; {@code save} is then a function that saves the team and returns its notice (the
 * caller photographs the rota first).
 */
export async function addNightShift(page, { team, user }) {
  await page.getByTestId('setup-tab-teams').click();
  await page.locator(`[data-testid="team-row"][data-team="${team}"]`).getByRole('button').click();
  const member = await page.getByTestId('team-member').count();
  await page.getByTestId('team-add-member').click();
  await page.getByTestId(`member-${member}-user`).fill(user);
  await page.keyboard.press('Escape');
  await page.getByTestId(`member-${member}-preset-night`).click();
  const rota = await page.getByTestId('team-rota-gaps').innerText();
  step('rota', { rota });
  const save = async () => {
    await page.getByTestId('team-save').click();
    return page.getByTestId('team-notice').innerText();
  };
  return { rota, save };
}

/**
 * On care setup's saved replies tab: starts a new reply in {@code language}, titles it, writes {@code opening}, inserts
 * the customer's first name, types {@code rest} after it, adds the guidance, and returns the preview in
 * {@code previewTab} (pl, en, el, ru); {@code save} saves it and returns the notice.
 */
export async function writeSavedReply(page, { language, title, opening, rest, guidance, previewTab }) {
  await page.getByTestId('setup-tab-saved-replies').click();
  await page.getByTestId('reply-new').click();
  await page.getByTestId('reply-language').click();
  await page.getByRole('option', { name: language, exact: true }).click();
  await page.getByTestId('reply-title').fill(title);
  await page.getByTestId('reply-body').fill(opening);
  await page.getByTestId('insert-author.firstName').click();
  await page.getByTestId('reply-body').press('End');
  await page.getByTestId('reply-body').pressSequentially(rest);
  await page.getByTestId('reply-guidance').fill(guidance);
  await page.getByTestId(`preview-tab-${previewTab}`).click();
  const preview = await page.getByTestId(`preview-${previewTab}`).innerText();
  step('preview', { preview });
  const save = async () => {
    await page.getByTestId('reply-save').click();
    return page.getByTestId('reply-notice').innerText();
  };
  return { preview, save };
}
