import { existsSync, readFileSync } from 'node:fs';
import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * "Pause all publishing" during a crisis (issue 21 item 8): with an incident open, manager1 pauses acme's publishing
 * from the crisis banner; editor1 sees both banners on the calendar (the incident and who paused it, since when); the
 * post scheduled for seconds later comes due and stays scheduled, counted as held; manager1 lifts the pause choosing
 * to send the held post; editor1 then sees it published.
 *
 * The test writes the post and has it approved, with its time, while manager1 has the pause form open: the scenario
 * prints the step "ready to pause" and waits there for POST_FILE ({ variantId, day, due }), so that the post is due
 * seconds after the pause, whatever a browser's start and a sign-in took.
 */
export default async function publishingPause() {
  const title = need('INCIDENT_TITLE');
  const postFile = need('POST_FILE');
  const liftReason = need('LIFT_REASON');
  const patienceMs = Number(process.env.PATIENCE_MS ?? 180000);

  async function reloadUntil(page, ready, what) {
    const until = Date.now() + patienceMs;
    for (;;) {
      if (await ready()) return;
      if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
      await page.waitForTimeout(2000);
      await page.reload();
    }
  }

  return browserFor(async (managerContext) => {
    // 1. manager1 pauses from the crisis banner; the reason comes prefilled from the incident.
    const manager = await signIn(managerContext, 'manager1', 'manager1', '/calendar');
    const crisis = manager.getByTestId('crisis-banner').filter({ hasText: title });
    await crisis.waitFor();
    await crisis.getByRole('button', { name: 'Pause publishing…' }).click();
    const form = manager.getByRole('form', { name: 'Pause all publishing' });
    const reason = await form.getByLabel('Why').inputValue();
    if (!reason.includes(title)) throw new Error(`the reason is not prefilled from the incident: ${reason}`);
    await shot(manager, 'pause-01-from-crisis-banner');
    step('ready to pause');
    const until = Date.now() + patienceMs;
    while (!existsSync(postFile)) {
      if (Date.now() > until) throw new Error(`gave up waiting for the test's post (${postFile})`);
      await manager.waitForTimeout(200);
    }
    const post = JSON.parse(readFileSync(postFile, 'utf8'));
    const variantId = post.variantId;
    const day = post.day;
    const due = Date.parse(post.due);
    step('the post is scheduled', post);
    await form.getByRole('button', { name: 'Pause publishing' }).click();
    const paused = manager.getByTestId('pause-banner').filter({ hasText: 'Publishing is paused for acme' });
    await paused.waitFor();
    if (Date.now() >= due) throw new Error('the post came due before the pause: the scenario was too slow');
    step('paused', { banner: await paused.innerText() });

    // 2. editor1 sees both banners on the publishing screen, and the post held once its time has come.
    const editorSide = await browserFor(async (editorContext) => {
      const editor = await signIn(editorContext, 'editor1', 'editor1', `/calendar?date=${day}`);
      await editor.getByTestId('crisis-banner').filter({ hasText: title }).waitFor();
      const banner = editor.getByTestId('pause-banner');
      await banner.filter({ hasText: 'paused by manager1' }).waitFor();
      if (await banner.getByRole('button', { name: 'Lift the pause…' }).count() !== 0) {
        throw new Error('an editor is offered to lift the pause');
      }
      if (await editor.getByTestId('crisis-pause').count() !== 0) throw new Error('an editor is offered to pause');
      while (Date.now() < due) await editor.waitForTimeout(500);
      // this post at least (another of acme's could come due in the same minutes)
      await reloadUntil(editor, async () => await banner.filter({ hasText: /\d+ scheduled posts? held/ }).count() > 0,
        'the banner to count the post held');
      const item = editor.locator(`td[data-day="${day}"] .cal-item[data-variant-id="${variantId}"]`);
      await item.waitFor();
      const status = await item.getAttribute('data-status');
      if (status !== 'scheduled') throw new Error(`the post is ${status} while publishing is paused`);
      // The grid says so on the post itself, not only in the banner.
      await item.filter({ hasText: 'Held: publishing is paused' }).waitFor();
      const heldOnGrid = await item.getAttribute('data-held');
      const bannerText = await banner.innerText();
      step('editor sees the pause and the held post', { bannerText, status, heldOnGrid });
      await shot(editor, 'pause-02-editor-calendar-held');
      return { bannerText, heldStatus: status, heldOnGrid };
    });

    // 3. manager1 lifts the pause and sends the held post.
    await manager.reload();
    await paused.getByRole('button', { name: 'Lift the pause…' }).click();
    const lift = manager.getByRole('form', { name: 'Lift the pause' });
    await lift.getByLabel('Why').fill(liftReason);
    await lift.getByRole('radio', { name: /^Send the .*held posts? now$/ }).check();
    await shot(manager, 'pause-03-lift-form');
    await lift.getByRole('button', { name: 'Lift the pause' }).click();
    await manager.getByTestId('pause-banner').waitFor({ state: 'detached' });
    step('lifted');

    // 4. editor1 sees the post go out.
    const published = await browserFor(async (editorContext) => {
      const editor = await signIn(editorContext, 'editor1', 'editor1', `/calendar?date=${day}`);
      const item = editor.locator(`td[data-day="${day}"] .cal-item[data-variant-id="${variantId}"]`);
      await reloadUntil(editor, async () => {
        await item.waitFor();
        return (await item.getAttribute('data-status')) === 'published';
      }, 'the held post to go out after the lift');
      if (await editor.getByTestId('pause-banner').count() !== 0) throw new Error('the pause banner stayed');
      await shot(editor, 'pause-04-editor-published');
      return { status: 'published' };
    });
    return { ...editorSide, publishedStatus: published.status };
  });
}
