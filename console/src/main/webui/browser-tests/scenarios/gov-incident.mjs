import { browserFor, consoleUrl, need, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 opens an incident by hand about a Polish/Greek topic after the comments arrived by webhook; agent1
 * sees the crisis banner on the inbox, opens the incident, assigns the gathered conversations in bulk and posts
 * one grouped answer to them; manager1 closes the incident and the banner goes away.
 */
export default async function govIncident() {
  const title = need('INCIDENT_TITLE');
  const terms = need('INCIDENT_TERMS');
  const related = JSON.parse(need('RELATED_TEXTS'));
  const unrelated = need('UNRELATED_TEXT');
  const team = need('TEAM');
  const statement = need('STATEMENT');
  const resolution = need('RESOLUTION');

  return browserFor(async (managerContext) => {
    const manager = await signIn(managerContext, 'manager1', 'manager1', '/incidents');
    await manager.getByRole('button', { name: 'Open an incident…' }).click();
    const form = manager.getByRole('form', { name: 'Open an incident' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Words that gather it').fill(terms);
    await shot(manager, 'gov-07-incident-open-form');
    await form.getByRole('button', { name: 'Open the incident' }).click();
    const view = manager.getByTestId('incident-view');
    await view.getByTestId('incident-title').filter({ hasText: title }).waitFor();
    for (const text of related) await view.locator('tr', { hasText: text }).waitFor();
    if (await view.locator('tr', { hasText: unrelated }).count() !== 0) {
      throw new Error('the incident gathered a conversation about something else');
    }
    const incidentId = new URL(manager.url()).pathname.split('/')[2];
    step('incident opened', { incidentId, url: manager.url() });
    await shot(manager, 'gov-08-incident-opened');

    const agentSide = await browserFor(async (agentContext) => {
      const agent = await signIn(agentContext, 'agent1', 'agent1', '/inbox');
      const banner = agent.getByTestId('crisis-banner');
      await banner.filter({ hasText: title }).waitFor();
      const bannerText = await banner.innerText();
      step('crisis banner on the inbox', { bannerText });
      await shot(agent, 'gov-09-inbox-crisis-banner');
      await banner.getByRole('button', { name: 'Open the incident' }).click();
      const incident = agent.getByTestId('incident-view');
      await incident.getByTestId('incident-title').filter({ hasText: title }).waitFor();
      if (!agent.url().endsWith(`/incidents/${incidentId}`)) throw new Error(`the banner opened ${agent.url()}`);

      // Select the gathered conversations (by keyboard: Space on each checkbox).
      for (const text of related) {
        const box = incident.locator('tr', { hasText: text }).getByRole('checkbox');
        await box.focus();
        await agent.keyboard.press('Space');
      }
      const selection = await incident.getByTestId('selection').innerText();
      step('selected', { selection });
      if (!selection.startsWith(`${related.length} of`)) throw new Error(`selection: ${selection}`);

      await incident.getByRole('tab', { name: 'Assign' }).click();
      await incident.getByLabel('Team', { exact: true }).click();
      await agent.getByRole('option', { name: team, exact: true }).click();
      await incident.getByLabel('Person', { exact: true }).click();
      await agent.getByRole('option', { name: 'agent1', exact: true }).click();
      await incident.getByRole('button', { name: /^Assign \d+ conversations?$/ }).click();
      const assigned = await incident.getByTestId('incident-notice').filter({ hasText: 'Assigned to' }).innerText();
      step('assigned', { assigned });
      for (const text of related) {
        const owner = await incident.locator('tr', { hasText: text }).getByTestId('row-owner').innerText();
        if (owner !== `agent1, team ${team}`) throw new Error(`owner after assigning: ${owner}`);
      }

      await incident.getByRole('tab', { name: 'Grouped answer' }).click();
      await incident.getByLabel('Public statement').fill(statement);
      await shot(agent, 'gov-10-incident-bulk-selected');
      await incident.getByRole('button', { name: /^Post to \d+ conversations?$/ }).click();
      await incident.getByTestId('incident-notice').filter({ hasText: 'Sent one statement' }).waitFor();
      // Posted only once the platform has confirmed it, for every conversation.
      const posted = await incident.locator('[data-testid="grouped-posted"][data-outcome="success"]')
        .innerText({ timeout: 60_000 });
      step('grouped answer posted', { posted });
      await shot(agent, 'gov-11-incident-answered');

      // manager1 closes the incident; the agent's banner goes away by itself (the banner asks every 15 s).
      await manager.reload();
      // incident-wide: what enrichment read as abusive or spam in the window (none of these comments)
      await manager.getByRole('combobox', { name: 'Reason to hide abusive and spam messages' }).click();
      await manager.getByRole('option', { name: 'Spam', exact: true }).click();
      await manager.getByRole('button', { name: 'Hide abusive and spam in the window' }).click();
      const hidden = await manager.getByTestId('incident-notice').filter({ hasText: 'Asked the channels to hide' })
        .innerText();
      step('incident-wide hide', { hidden });
      await manager.getByRole('button', { name: 'Close the incident…' }).click();
      await manager.getByLabel('How it ended').fill(resolution);
      await manager.getByRole('button', { name: 'Close the incident', exact: true }).click();
      await manager.getByTestId('incident-notice').filter({ hasText: 'closed' }).waitFor();
      // the closing user's own banner updates at once, not at its next 15 s refresh
      await manager.getByTestId('crisis-banner').filter({ hasText: title }).waitFor({ state: 'detached', timeout: 5000 });
      await shot(manager, 'gov-12-incident-closed');
      await agent.getByRole('link', { name: 'Inbox' }).click();
      await agent.getByRole('heading', { name: 'Inbox' }).waitFor();
      await banner.filter({ hasText: title }).waitFor({ state: 'detached' });
      step('banner gone after closing');
      return { bannerText, assigned, posted, selection, hidden };
    });
    return { incidentId, ...agentSide };
  });
}
