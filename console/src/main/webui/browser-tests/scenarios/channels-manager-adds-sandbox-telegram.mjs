import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 opens Channels, adds a sandbox Telegram bot with its webhook secret given as a reference (never a value),
 * and finds it listed: network, sandbox mode, healthy, the secret named but not shown. From the keyboard as far as a
 * form goes: each field is filled where the focus is, and the form is sent with Enter.
 */
export default async function managerAddsSandboxTelegram() {
  const account = need('ACCOUNT');
  const name = need('NAME');
  const reference = need('REFERENCE');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/channels');
    await page.getByRole('heading', { name: 'Channels', level: 2 }).waitFor();
    await page.getByTestId('add-channel-secret-secretToken').waitFor();
    await page.getByTestId('channels-table').waitFor(); // the demo brand's accounts, read from ingest-service
    await shot(page, 'channels-01-list');

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
    await shot(page, 'channels-02-added');
    return { outcome, listed, state: await row.getAttribute('data-state') };
  });
}
