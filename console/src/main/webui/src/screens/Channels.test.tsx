import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { ChannelsScreen } from './Channels';
import { ChannelHealthBanner } from './channels/ChannelHealthBanner';
import type { Channel } from '../types/channels';

afterEach(() => { cleanup(); setLanguage('en'); });

const revokedSince = new Date(Date.now() - 2 * 3600_000 - 5 * 60_000).toISOString();
const PAGE: Channel = {
  id: 'a1', brand: 'acme', platform: 'facebook', accountId: '1234567890', name: 'Acme Polska', mode: 'live',
  enabled: true, settings: {}, secrets: [{ name: 'accessToken', reference: 'env:PARLEY_CHANNEL_SECRETS_X', available: true,
    outsideStores: null }], origin: 'api', version: 3, createdAt: '2026-12-01T00:00:00Z', createdBy: 'manager1',
  health: { state: 'token_revoked', since: revokedSince, reason: 'facebook refused (Graph API error 190/460): Error '
    + 'validating access token', whatToDo: 'reconnect', lastEventAt: '2026-12-06T09:00:00Z', usualGapSeconds: 95,
  until: null },
};
const BOT: Channel = { ...PAGE, id: 'b2', platform: 'telegram', accountId: '7000000001', name: 'Acme bot', mode: 'sandbox',
  secrets: [], health: { state: 'healthy', since: '2026-12-01T00:00:00Z', reason: null, whatToDo: 'none',
    lastEventAt: null, usualGapSeconds: null, until: null } };
const REQUIREMENTS = {
  telegram: { secrets: [{ name: 'secretToken', required: true, purpose: 'webhook secret' },
    { name: 'botToken', required: false, purpose: 'bot token' }], settings: [], polled: false },
  rss: { secrets: [], settings: [{ name: 'feedUrl', required: true, purpose: 'the feed' }], polled: true },
};

/**
 * ingest-service through the relay: the channels (a page of one account at a time, as a client reading pages must
 * follow nextCursor to see them all), the requirements, and what a POST sent.
 */
function service(items: Channel[], answer?: { status: number; body: unknown }) {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/v1/channels/requirements') return new Response(JSON.stringify(REQUIREMENTS), { status: 200 });
    if (init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      const a = answer ?? { status: 201, body: { ...BOT, id: 'c3', accountId: '7000000099', name: 'Night bot' } };
      return new Response(JSON.stringify(a.body), { status: a.status });
    }
    const at = Number(new URL(url, 'http://console').searchParams.get('cursor') ?? '0');
    return new Response(JSON.stringify({ items: items.slice(at, at + 1),
      nextCursor: at + 1 < items.length ? String(at + 1) : null }), { status: 200 });
  }));
  return posted;
}

async function axeClean(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const manager = { userName: 'manager1', displayName: 'Manager', roles: ['manager'], brands: ['acme'] };

describe('the channels screen', { timeout: 30_000 }, () => {
  it('shows each account with its network, mode and health, since when, why and what to do, and is axe-clean', async () => {
    service([PAGE, BOT]);
    const { container } = render(<MantineProvider><ChannelsScreen me={manager} /></MantineProvider>);
    const rows = await screen.findAllByTestId('channel-row');
    expect(rows).toHaveLength(2);
    const page = rows[0];
    expect(within(page).getByText('Facebook')).toBeTruthy();
    expect(within(page).getByText('Live')).toBeTruthy();
    expect(within(page).getByText('Token revoked or expired')).toBeTruthy();
    expect(page.textContent).toContain('for 2 hrs 5 mins');
    expect(page.textContent).toContain('Error validating access token');
    expect(page.textContent).toMatch(/Reconnect the account/);
    expect(page.textContent).toContain('1 min 35 secs');
    expect(page.textContent).not.toContain('env:PARLEY_CHANNEL_SECRETS_X');
    expect(within(rows[1]).getByText('Sandbox')).toBeTruthy();
    expect(within(rows[1]).getByText('never')).toBeTruthy();
    await screen.findByTestId('add-channel-secret-secretToken');
    await axeClean(container);
  });

  it('speaks Polish, with Polish dates and durations', async () => {
    setLanguage('pl');
    service([PAGE]);
    render(<MantineProvider><ChannelsScreen me={manager} /></MantineProvider>);
    const row = await screen.findByTestId('channel-row');
    expect(row.textContent).toContain('Token unieważniony lub wygasły');
    expect(row.textContent).toContain('przez 2 godz. 5 min');
    expect(screen.getByRole('heading', { name: 'Kanały' })).toBeTruthy();
  });

  it('adds a sandbox account with secret references only, and names a secret given as a value before sending', async () => {
    const posted = service([BOT]);
    render(<MantineProvider><ChannelsScreen me={manager} /></MantineProvider>);
    const secret = await screen.findByTestId('add-channel-secret-secretToken');
    fireEvent.change(screen.getByTestId('add-channel-account'), { target: { value: '7000000099' } });
    fireEvent.change(screen.getByTestId('add-channel-name'), { target: { value: 'Night bot' } });
    fireEvent.change(secret, { target: { value: 'hunter2' } });
    fireEvent.click(screen.getByTestId('add-channel-submit'));
    expect(await screen.findByText(/Give a reference into the channel secret stores/)).toBeTruthy();
    expect(posted).toEqual([]);

    fireEvent.change(secret, { target: { value: 'env:PARLEY_CHANNEL_SECRETS_NIGHT_BOT' } });
    fireEvent.click(screen.getByTestId('add-channel-submit'));
    expect((await screen.findByTestId('add-channel-outcome')).textContent).toBe('Night bot was added in sandbox mode.');
    expect(posted).toEqual([{ brand: 'acme', platform: 'telegram', accountId: '7000000099', name: 'Night bot',
      mode: 'sandbox', secrets: { secretToken: 'env:PARLEY_CHANNEL_SECRETS_NIGHT_BOT' }, settings: {} }]);
  });

  it('shows the service\'s refusal beside the field it names', async () => {
    service([], { status: 422, body: { status: 422, detail: 'secrets.secretToken: outside the stores',
      errors: [{ field: 'secrets.secretToken', message: 'points outside the channel secret stores' }] } });
    render(<MantineProvider><ChannelsScreen me={manager} /></MantineProvider>);
    fireEvent.change(await screen.findByTestId('add-channel-secret-secretToken'),
      { target: { value: 'file:/etc/passwd' } });
    fireEvent.change(screen.getByTestId('add-channel-account'), { target: { value: '7000000098' } });
    fireEvent.click(screen.getByTestId('add-channel-submit'));
    expect(await screen.findByText('points outside the channel secret stores')).toBeTruthy();
    expect(screen.getByTestId('add-channel-outcome').textContent).toContain('Not added');
  });
});

describe('the channel health banner', { timeout: 30_000 }, () => {
  it('tells managers which channel is unhealthy and what to do, and opens the channels screen', async () => {
    service([BOT, PAGE]);
    const onOpen = vi.fn();
    const { container } = render(<MantineProvider><ChannelHealthBanner me={manager} onOpen={onOpen} /></MantineProvider>);
    const banner = await screen.findByTestId('channel-health-banner');
    expect(banner.textContent).toContain('Acme Polska (Facebook, acme): Token revoked or expired');
    expect(banner.textContent).toContain('Reconnect the account');
    fireEvent.click(within(banner).getByRole('link', { name: 'Open channels' }));
    expect(onOpen).toHaveBeenCalled();
    await axeClean(container);
  });

  it('stays away while every channel is healthy, and from agents', async () => {
    service([BOT]);
    render(<MantineProvider><ChannelHealthBanner me={manager} onOpen={() => {}} /></MantineProvider>);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(screen.queryByTestId('channel-health-banner')).toBeNull();
    cleanup();
    service([PAGE]);
    render(<MantineProvider><ChannelHealthBanner me={{ ...manager, roles: ['agent'] }} onOpen={() => {}} /></MantineProvider>);
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.queryByTestId('channel-health-banner')).toBeNull();
  });
});
