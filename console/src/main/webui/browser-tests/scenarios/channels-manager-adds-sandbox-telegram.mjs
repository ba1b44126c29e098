import { browserFor, need, shot, signIn } from '../lib.mjs';
import { addSandboxTelegram } from '../steps.mjs';

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

    const { outcome, listed, state } = await addSandboxTelegram(page, { account, name, reference });
    await shot(page, 'channels-02-added');
    return { outcome, listed, state };
  });
}
