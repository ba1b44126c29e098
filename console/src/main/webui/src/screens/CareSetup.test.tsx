import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { CareSetupScreen } from './CareSetup';
import type { Coverage, SavedReply, Team } from '../types/setup';

afterEach(() => { cleanup(); setLanguage('en'); vi.unstubAllGlobals(); });

const CARE: Team = { brand: 'acme', name: 'care', strategy: 'round-robin', default: true, managers: ['manager1'],
  members: [{ user: 'agent1', schedule: [{ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
    'SUNDAY'], from: '06:00', to: '22:00', timeZone: 'Europe/Warsaw' }] }], onDutyNow: ['agent1'], updatedBy: 'manager1',
  updatedAt: '2026-12-01T10:00:00Z', awayLimitMinutes: 30, availability: [] };
const NIGHT_GAPS: Coverage = { brand: 'acme', timeZone: 'Europe/Warsaw', weekStarting: '2026-12-07', platforms: ['telegram'],
  moments: ['complaint', 'question', 'suggestion', 'praise'], languages: ['pl'], combinations: 4, hoursPerWeek: 168,
  coveredHours: 448, gapHours: 224, conditionalRules: [],
  gaps: ['complaint', 'question', 'suggestion', 'praise'].flatMap((moment) => (['MONDAY', 'TUESDAY', 'WEDNESDAY',
    'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const).flatMap((day) => [
    { platform: 'telegram', moment, language: 'pl', reason: 'nobody-on-duty', rule: 'Polish', team: 'care', assignee: null,
      day, fromHour: 0, toHour: 6 },
    { platform: 'telegram', moment, language: 'pl', reason: 'nobody-on-duty', rule: 'Polish', team: 'care', assignee: null,
      day, fromHour: 22, toHour: 24 }])) };
const REPLIES: SavedReply[] = Array.from({ length: 45 }, (_, i) => ({ id: `r${i}`, brand: 'acme', language: i % 2 ? 'pl' : 'en',
  title: `Reply ${String(i).padStart(2, '0')}`, body: 'Hello {author.firstName}', sentiment: null, guidance: null,
  createdBy: 'manager1', updatedAt: '2026-12-01T10:00:00Z', version: 0 }));

const TEAM_APPROVALS = { brand: 'acme', team: 'care', set: true, heldAgents: ['agent1'], approvers: ['manager1'],
  dueMinutes: 30, updatedBy: 'manager1', updatedAt: '2026-12-01T10:00:00Z', changes: [{ heldAgents: ['agent1'],
    approvers: ['manager1'], dueMinutes: 30, removed: false, changedBy: 'manager1', changedAt: '2026-12-01T10:00:00Z' }] };
const BRAND_APPROVALS = { brand: 'acme', heldAgents: [], approvers: [], dueMinutes: 15, updatedBy: null, updatedAt: null,
  changes: [] };

/** inbox-service (and ingest's channels) through the relay; each write is kept with its body. */
function service(answers: Record<string, { status: number; body: unknown }> = {}) {
  const written: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      written.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : null });
      const a = answers[`${method} ${url}`] ?? { status: 200, body: {} };
      return new Response(JSON.stringify(a.body), { status: a.status });
    }
    const path = url.split('?')[0];
    const body = path.endsWith('/teams/care/setting') ? TEAM_APPROVALS
      : path.endsWith('/reply-approvals/setting') ? BRAND_APPROVALS
      : path.endsWith('/teams') ? { items: [CARE], nextCursor: null }
      : path.endsWith('/people') ? { brand: 'acme', people: [{ user: 'agent1', name: 'Anna Agent', roles: ['agent'] },
        { user: 'manager1', name: 'Maria Nowak', roles: ['manager'] }] }
        : path.endsWith('/assignment-rules') ? { rules: [{ name: 'Polish', match: { language: 'pl' }, team: 'care', assignee: null }] }
          : path.endsWith('/assignment-coverage') ? NIGHT_GAPS
            : path === '/api/v1/channels' ? { items: [], nextCursor: null }
              : path.endsWith('/saved-replies') ? { items: REPLIES, nextCursor: null }
                : path === '/api/v1/conversations' ? { items: [{ id: 'c1', brand: 'acme', platform: 'telegram', language: 'pl',
                  author: { platformId: '1', name: 'Łucja Wiśniewska' } }], nextCursor: null }
                  : path.endsWith('/setup-changes') ? { items: [{ id: 'x1', brand: 'acme', subject: 'team', key: 'care',
                    action: 'changed', actor: 'manager1', at: '2026-12-06T21:40:00Z', details: {} }], nextCursor: null }
                  : path.endsWith('/response-targets') ? { brand: 'acme', version: 1, defaultMinutes: 60,
                    targets: [{ platform: 'facebook', firstResponseMinutes: 30 }], updatedAt: null, updatedBy: null }
                    : {};
    return new Response(JSON.stringify(body), { status: 200 });
  }));
  return written;
}

async function axeClean(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const manager = { userName: 'manager1', displayName: 'Manager', roles: ['manager'], brands: ['acme'] };
const show = (path: string) => render(<MantineProvider><CareSetupScreen me={manager} path={path} navigate={() => {}} />
</MantineProvider>);

describe('the care setup screen', { timeout: 180_000 }, () => {
  it('lists teams with who is on duty and the away limit, and shows a 422 beside the member it names', async () => {
    const written = service({ 'PUT /api/v1/brands/acme/teams/care': { status: 422, body: { status: 422,
      title: 'Unprocessable', detail: 'members[0].user: agent2 cannot see brand acme',
      errors: [{ field: 'members[0].user', message: 'agent2 cannot see brand acme' }] } } });
    const { container } = show('/care-setup/teams');
    const row = await screen.findByTestId('team-row');
    expect(row.textContent).toContain('care');
    expect(row.textContent).toContain('30 mins');
    expect((await screen.findByTestId('setup-change')).textContent).toContain('changed care');
    await axeClean(container);

    fireEvent.click(within(row).getByRole('button', { name: 'Edit care' }));
    expect((await screen.findByTestId('team-rota-gaps')).textContent).toContain('Nobody is on duty');
    fireEvent.click(screen.getByTestId('member-0-preset-night'));
    expect(screen.getByTestId('team-rota-gaps').textContent).toBe('Someone is on duty every hour of the week.');
    fireEvent.change(screen.getByTestId('member-0-user'), { target: { value: 'agent2' } });
    await axeClean(container);
    fireEvent.click(screen.getByTestId('team-save'));
    expect(await screen.findByText('agent2 cannot see brand acme')).toBeTruthy();
    expect(written[0].body).toMatchObject({ strategy: 'round-robin', awayLimitMinutes: 30,
      members: [{ user: 'agent2', schedule: [{ from: '06:00', to: '22:00' }, { from: '22:00', to: '06:00' }] }] });
  });

  it('edits the team\'s own reply approvals: a bad due time is named before sending, a 422 beside its field', async () => {
    const teamPath = '/api/v1/brands/acme/reply-approvals/teams/care/setting';
    const written = service({ [`PUT ${teamPath}`]: { status: 422, body: { status: 422, title: 'Unprocessable',
      detail: "approvers[0]: 'manager1' is no one who can see acme",
      errors: [{ field: 'approvers[0]', message: "'manager1' is no one who can see acme" }] } } });
    const { container } = show('/care-setup/teams');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit care' }));
    const section = await screen.findByTestId('team-approvals');
    expect((await within(section).findByTestId('team-approvals-state')).textContent).toContain('own setting');
    await axeClean(container);
    fireEvent.change(screen.getByTestId('team-approvals-due'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('team-approvals-save'));
    expect(await screen.findByText('Enter whole minutes from 1 to 1440.')).toBeTruthy();
    expect(written).toEqual([]);
    fireEvent.change(screen.getByTestId('team-approvals-due'), { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('team-approvals-save'));
    expect(await screen.findByText("'manager1' is no one who can see acme")).toBeTruthy();
    expect(written).toEqual([{ method: 'PUT', url: teamPath,
      body: { heldAgents: ['agent1'], approvers: ['manager1'], dueMinutes: 45 } }]);
    fireEvent.click(screen.getByTestId('team-approvals-remove'));
    await waitFor(() => expect(written[1]).toMatchObject({ method: 'DELETE', url: teamPath }));
    expect((await screen.findByTestId('team-approvals-result')).textContent).toContain('follows the brand');
  });

  it('refuses a bad shift beside its field before sending anything', async () => {
    const written = service();
    show('/care-setup/teams');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit care' }));
    fireEvent.change(await screen.findByTestId('member-0-shift-0-from'), { target: { value: '25:00' } });
    fireEvent.click(screen.getByTestId('team-save'));
    expect(await screen.findByText('Use HH:mm, such as 22:00.')).toBeTruthy();
    expect(written).toEqual([]);
  });

  it('edits the ordered rules and shows the coverage report of the week, axe-clean', async () => {
    const written = service({ 'PUT /api/v1/brands/acme/assignment-rules': { status: 400, body: { status: 400,
      detail: 'rules[1].team: brand acme has no team \'night\'', errors: [{ field: 'rules[1].team',
        message: 'brand acme has no team \'night\'' }] } } });
    const { container } = show('/care-setup/rules');
    expect((await screen.findByTestId('coverage-share')).textContent)
      .toBe('66.7% of the week\'s hours have someone on duty (448 of 672 combination-hours).');
    const gaps = await screen.findAllByTestId('coverage-gap');
    expect(gaps).toHaveLength(4);
    expect(gaps[0].textContent).toContain('every day 00:00–06:00 and 22:00–24:00');
    await axeClean(container);

    fireEvent.click(screen.getByTestId('rule-add'));
    fireEvent.click(screen.getByTestId('rules-save'));
    expect(await screen.findByText('Give the rule a name.')).toBeTruthy();
    expect(written).toEqual([]);
    fireEvent.change(screen.getByTestId('rule-1-name'), { target: { value: 'Nights' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move rule 2 up' }));
    expect((screen.getByTestId('rule-0-name') as HTMLInputElement).value).toBe('Nights');
  });

  it('searches and pages many saved replies and previews one in Polish with a Polish customer', async () => {
    service();
    const { container } = show('/care-setup/saved-replies');
    expect((await screen.findByTestId('replies-count')).textContent).toBe('45 saved replies');
    expect(screen.getAllByTestId('reply-row')).toHaveLength(20);
    fireEvent.click(screen.getByTestId('replies-next'));
    fireEvent.click(screen.getByTestId('replies-next'));
    expect(screen.getAllByTestId('reply-row')).toHaveLength(5);
    fireEvent.change(screen.getByTestId('replies-search'), { target: { value: 'REPLY 40' } });
    expect(screen.getByTestId('replies-count').textContent).toBe('1 saved reply');

    fireEvent.click(screen.getByTestId('reply-new'));
    fireEvent.change(screen.getByTestId('reply-body'), { target: { value: 'Dzień dobry {author.firstName}! {order}' } });
    expect(await screen.findByText('Unknown variables, the inbox will refuse them: {order}.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('preview-tab-pl'));
    await waitFor(() => expect(screen.getByTestId('preview-pl').textContent).toBe('Dzień dobry Łucja! {order}'));
    await axeClean(container);
  });

  it('speaks Polish', async () => {
    service();
    setLanguage('pl');
    show('/care-setup/priorities');
    expect(await screen.findByText('Ustawienia obsługi')).toBeTruthy();
    expect(screen.getByText('Pilny')).toBeTruthy();
    expect(await screen.findByText('Domyślna pierwsza odpowiedź: 1 godz.')).toBeTruthy();
  });
});
