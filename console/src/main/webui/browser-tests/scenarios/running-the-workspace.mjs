import { browserFor, need, shot, signIn, step } from '../lib.mjs';
import { addNightShift, addRuleFirst, addSandboxTelegram, writeSavedReply } from '../steps.mjs';

/**
 * Issue 16's "done means", in the browser, one PHASE at a time (the Java test does what happens between them: the
 * customer's messages, the agent's reply, the fake platform revoking the token):
 * - setup: manager1 adds a sandbox Telegram bot on the channels screen and switches it to live with its bot token
 *   (a reference); on care setup adds a rule sending that bot's conversations to TEAM, joins TEAM's night rota (22:00–06:00) and
 *   writes a saved reply;
 * - unhealthy: manager1 finds the bot unhealthy on the channels screen, the banner above it saying what to do, the
 *   bell counting unread notifications and the centre listing the channel's;
 * - availability: agent1 sets themselves STATE (away, available) with the header's availability control.
 */
export default async function runningTheWorkspace() {
  const phase = need('PHASE');
  if (phase === 'setup') return setup();
  if (phase === 'unhealthy') return unhealthy();
  if (phase === 'availability') return availability();
  throw new Error(`unknown PHASE ${phase}`);
}

async function setup() {
  const account = need('ACCOUNT');
  const name = need('NAME');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/channels');
    await page.getByRole('heading', { name: 'Channels', level: 2 }).waitFor();
    await page.getByTestId('channels-table').waitFor();
    const added = await addSandboxTelegram(page, { account, name, reference: need('SECRET_REFERENCE') });

    // live: its replies go out through the Bot API with the bot token the manager names (a reference)
    await added.row.getByTestId('channel-edit').click();
    const edit = page.getByTestId('edit-channel');
    await edit.locator('label').filter({ hasText: /^Live$/ }).click(); // the mode's segmented control
    if (!await edit.getByRole('radio', { name: 'Live' }).isChecked()) throw new Error('the mode did not change to live');
    await edit.getByLabel('Secret: botToken').fill(need('BOT_TOKEN_REFERENCE'));
    await edit.getByTestId('edit-channel-save').click();
    await page.locator(`[data-testid="channel-row"][data-account="${account}"]`).filter({ hasText: 'Live' }).waitFor();
    const live = await page.locator(`[data-testid="channel-row"][data-account="${account}"]`).innerText();
    step('live', { live });
    await shot(page, 'workspace-01-channel-live');

    await page.goto(`${new URL(page.url()).origin}/care-setup/rules`);
    await page.getByRole('heading', { name: 'Care setup', level: 2 }).waitFor();
    await page.getByTestId('coverage-share').waitFor();
    const rulesSaved = await addRuleFirst(page, { rule: need('RULE'), team: need('TEAM'), network: 'Telegram',
      account: `${name} (Telegram)` });
    await shot(page, 'workspace-02-rule');

    const night = await addNightShift(page, { team: need('TEAM'), user: 'manager1' });
    await shot(page, 'workspace-03-night-rota');
    const teamSaved = await night.save();

    const reply = await writeSavedReply(page, { language: 'English', title: need('TITLE'), opening: 'Hello ',
      rest: ', we are sorry your order is late — we are checking it now. {brand}',
      guidance: 'Apologise once, say what happens next.', previewTab: 'en' });
    await shot(page, 'workspace-04-saved-reply');
    const replySaved = await reply.save();
    return { outcome: added.outcome, listed: added.listed, state: added.state, live, rulesSaved, rota: night.rota,
      teamSaved, preview: reply.preview, replySaved };
  });
}

async function unhealthy() {
  const account = need('ACCOUNT');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/channels');
    await page.getByRole('heading', { name: 'Channels', level: 2 }).waitFor();
    const row = page.locator(`[data-testid="channel-row"][data-account="${account}"]`);
    await row.waitFor();
    // the screen asks again every minute; its Refresh button asks now
    for (let i = 0; i < 30 && await row.getAttribute('data-state') === 'healthy'; i++) {
      await page.waitForTimeout(2000);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    const state = await row.getAttribute('data-state');
    const listed = await row.innerText();
    step('unhealthy', { state, listed });
    const banner = page.getByTestId('channel-health-banner');
    await banner.waitFor();
    const bannerText = await banner.innerText();
    step('banner', { bannerText });
    const count = await page.getByTestId('notification-count').innerText();
    const bell = await page.getByTestId('notification-bell').getAttribute('aria-label');
    step('bell', { count, bell });
    await shot(page, 'workspace-05-channel-unhealthy');

    await page.getByTestId('notification-bell').click();
    const entry = page.getByTestId('notification').filter({ hasText: need('NAME') }).first();
    await entry.waitFor();
    const notification = await entry.innerText();
    step('notification', { notification, kind: await entry.getAttribute('data-kind') });
    await shot(page, 'workspace-06-notification-centre');
    return { state, listed, banner: bannerText, count, bell, notification, kind: await entry.getAttribute('data-kind'),
      read: await entry.getAttribute('data-read') };
  });
}

async function availability() {
  const wanted = need('STATE');
  const label = { away: 'Away', available: 'Available' }[wanted];
  return browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/inbox');
    const control = page.getByTestId('availability');
    await page.waitForFunction(() => !document.querySelector('[data-testid="availability"]')?.disabled);
    await control.focus(); // reached by keyboard; the arrow key opens its options
    await page.keyboard.press('ArrowDown');
    const option = page.getByRole('option', { name: new RegExp(`${label}$`) });
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/me/availability') && r.request().method() === 'PUT'
        && r.status() === 200),
      option.click(),
    ]);
    // the screen shows the new state once the answer is read, a moment after it arrives
    await page.waitForFunction((l) => document.querySelector('[data-testid="availability"]')?.value.endsWith(l), label);
    const shown = await control.inputValue();
    step('availability', { shown });
    await shot(page, `workspace-07-agent-${wanted}`);
    return { shown };
  });
}
