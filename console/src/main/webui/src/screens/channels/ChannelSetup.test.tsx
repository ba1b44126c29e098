import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import '../../i18n/i18n';
import { setLanguage } from '../../i18n/i18n';
import { ChannelsScreen } from '../Channels';
import { ConnectWithNetwork } from './ConnectWithNetwork';
import type { Channel } from '../../types/channels';

afterEach(() => { cleanup(); setLanguage('en'); window.history.replaceState({}, '', '/'); });

const PAGE: Channel = {
  id: 'a1', brand: 'acme', platform: 'facebook', accountId: '1234567890', name: 'Acme Polska', mode: 'sandbox',
  enabled: true, settings: { apiBaseUrl: 'http://localhost:9999' }, secrets: [{ name: 'accessToken',
    reference: 'env:PARLEY_CHANNEL_SECRETS_ACME_PAGE', available: true, outsideStores: null }], origin: 'api',
  version: 3, createdAt: '2026-12-01T00:00:00Z', createdBy: 'manager1',
  health: { state: 'healthy', since: null, reason: null, whatToDo: 'none', lastEventAt: null, usualGapSeconds: null,
    until: null },
};
const REQUIREMENTS = {
  facebook: { secrets: [{ name: 'accessToken', required: true, purpose: 'page token' }], settings: [], polled: false },
  telegram: { secrets: [{ name: 'secretToken', required: true, purpose: 'webhook secret' }], settings: [],
    polled: false },
};

interface Call { method: string; url: string; body: unknown; headers: Headers }

function service(put?: { status: number; body: unknown }) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const c = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(c);
    if (url === '/api/v1/channels/requirements') return new Response(JSON.stringify(REQUIREMENTS), { status: 200 });
    if (c.method === 'PUT') {
      const a = put ?? { status: 200, body: { ...PAGE, ...(c.body as object), version: 4 } };
      return new Response(JSON.stringify(a.body), { status: a.status });
    }
    if (c.method === 'POST') return new Response(JSON.stringify({ ...PAGE, ...(c.body as object), id: 'n1' }), { status: 201 });
    return new Response(JSON.stringify({ items: [PAGE] }), { status: 200 });
  }));
  return calls;
}

async function axeClean(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const manager = { userName: 'manager1', displayName: 'Manager', roles: ['manager'], brands: ['acme'] };
const show = () => render(<MantineProvider><ChannelsScreen me={manager} /></MantineProvider>);

describe('connecting a live account', { timeout: 30_000 }, () => {
  it('offers "Connect with Facebook" wired to ingest\'s OAuth start, none for Telegram', async () => {
    service();
    const { container } = show();
    await screen.findByTestId('add-channel-secret-secretToken');
    expect(screen.queryByTestId('connect-with-network')).toBeNull();
    await axeClean(container);
    cleanup();
    const { container: alone } = render(<MantineProvider>
      <ConnectWithNetwork brand="acme" network="facebook" requirements={REQUIREMENTS.facebook} /></MantineProvider>);
    const link = await screen.findByRole('link', { name: 'Connect with Facebook' });
    expect(link.getAttribute('href')).toBe('/api/v1/brands/acme/channels/oauth/facebook/start');
    await axeClean(alone);
  });

  it('shows the connected account named, and removes the outcome from the address', async () => {
    window.history.replaceState({}, '', '/channels?connected=a1');
    service();
    show();
    await screen.findByTestId('channel-row');
    const banner = await screen.findByTestId('connect-outcome');
    expect(banner.getAttribute('data-ok')).toBe('true');
    expect(await within(banner).findByText('Acme Polska (Facebook) is connected.')).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('says in words why the network refused, in Russian too', async () => {
    setLanguage('ru');
    window.history.replaceState({}, '', '/channels?connectError=access_denied');
    service();
    show();
    const banner = await screen.findByTestId('connect-outcome');
    expect(banner.getAttribute('data-ok')).toBe('false');
    expect(banner.textContent).toContain('В сети не дано разрешение');
    fireEvent.click(within(banner).getByRole('button', { name: 'Закрыть' }));
    expect(screen.queryByTestId('connect-outcome')).toBeNull();
  });

  it('adds a live account by reference', async () => {
    const calls = service();
    show();
    const secret = await screen.findByTestId('add-channel-secret-secretToken');
    fireEvent.click(screen.getByRole('radio', { name: 'Live' }));
    fireEvent.change(screen.getByTestId('add-channel-account'), { target: { value: '7000000050' } });
    fireEvent.change(secret, { target: { value: 'env:PARLEY_CHANNEL_SECRETS_LIVE_BOT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add live account' }));
    expect((await screen.findByTestId('add-channel-outcome')).textContent).toContain('was added in live mode');
    expect((calls.find((c) => c.method === 'POST')?.body as { mode: string }).mode).toBe('live');
  });
});

describe('changing and pausing an account', { timeout: 30_000 }, () => {
  it('changes the mode and a secret reference with the version read, keeping the hidden settings', async () => {
    const calls = service();
    const { container } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme Polska' }));
    const form = await screen.findByTestId('edit-channel');
    const ref = within(form).getByLabelText(/Secret: accessToken/) as HTMLInputElement;
    expect(ref.value).toBe('env:PARLEY_CHANNEL_SECRETS_ACME_PAGE');
    fireEvent.change(ref, { target: { value: 'hunter2' } });
    fireEvent.click(within(form).getByTestId('edit-channel-save'));
    expect(await within(form).findByText(/Give a reference into the channel secret stores/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await axeClean(container);

    fireEvent.change(ref, { target: { value: 'env:PARLEY_CHANNEL_SECRETS_ACME_PAGE_2' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Live' }));
    fireEvent.click(within(form).getByTestId('edit-channel-save'));
    await screen.findByRole('button', { name: 'Edit Acme Polska' });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe('/api/v1/channels/a1');
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({ brand: 'acme', platform: 'facebook', accountId: '1234567890', name: 'Acme Polska',
      mode: 'live', enabled: true, secrets: { accessToken: 'env:PARLEY_CHANNEL_SECRETS_ACME_PAGE_2' },
      settings: { apiBaseUrl: 'http://localhost:9999' } });
  });

  it('pauses an account, and says so when someone changed it meanwhile', async () => {
    const calls = service({ status: 412, body: { status: 412, detail: 'If-Match: version 3 is stale; the current version is 4 — read it again and retry' } });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Pause Acme Polska' }));
    expect(await screen.findByText(/Someone changed this account meanwhile/)).toBeTruthy();
    expect((calls.find((c) => c.method === 'PUT')?.body as { enabled: boolean }).enabled).toBe(false);
  });
});

describe('the Facebook page picker', { timeout: 30_000 }, () => {
  const HANDLE = '0b6f1c52-8a61-4a43-9d1e-2f7a3c9b1e04.facebook.1796571000.Qm9va2luZy1zaWduYXR1cmUtYmFzZTY0dXJs';
  const PICKING = { network: 'facebook', brand: 'acme', expiresAt: '2026-12-06T18:10:00Z', accounts: [
    { accountId: '1234567890', name: 'Acme Polska', pageId: '1234567890', pageName: 'Acme Polska', tasks: ['MANAGE'],
      connected: true, channelId: 'a1', otherBrand: false },
    { accountId: '2044172300', name: 'Acme Ζήτα Ελλάδα', pageId: '2044172300', pageName: 'Acme Ζήτα Ελλάδα',
      tasks: ['MODERATE'], connected: false, channelId: null, otherBrand: false },
    { accountId: '3055', name: 'Globex Page', pageId: '3055', pageName: 'Globex Page', tasks: ['MODERATE'],
      connected: false, channelId: null, otherBrand: true }] };

  it('lists the pages the login manages, marks the connected one, and connects the page picked', async () => {
    window.history.replaceState({}, '', `/channels?picking=${HANDLE}`);
    const calls: Call[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const c = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers),
        body: init?.body ? JSON.parse(String(init.body)) : undefined };
      calls.push(c);
      if (url === '/api/v1/channels/requirements') return new Response(JSON.stringify(REQUIREMENTS), { status: 200 });
      if (url.startsWith('/api/v1/channels/oauth/pickings/')) {
        return c.method === 'POST'
          ? new Response(JSON.stringify({ connected: [{ accountId: '2044172300', name: 'Acme Ζήτα Ελλάδα',
            channelId: 'n2', updated: false }] }), { status: 200 })
          : new Response(JSON.stringify(PICKING), { status: 200 });
      }
      return new Response(JSON.stringify({ items: [PAGE] }), { status: 200 });
    }));
    const { container } = show();
    const picker = await screen.findByTestId('page-picker');
    await within(picker).findByText('Acme Ζήτα Ελλάδα');
    const rows = within(picker).getAllByTestId('picker-account');
    expect(rows.map((r) => r.getAttribute('data-account'))).toEqual(['1234567890', '2044172300', '3055']);
    expect(within(rows[0]).getByText('Connected')).toBeTruthy();
    expect((within(rows[2]).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect((within(picker).getByTestId('picker-confirm') as HTMLButtonElement).disabled).toBe(true);
    await axeClean(container);
    fireEvent.click(within(rows[1]).getByRole('checkbox'));
    fireEvent.click(within(picker).getByTestId('picker-confirm'));
    const outcome = await screen.findByTestId('picker-outcome');
    expect(outcome.textContent).toContain('1 account connected: Acme Ζήτα Ελλάδα');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/v1/channels/oauth/pickings/${HANDLE}`);
    expect(post?.body).toEqual({ accountIds: ['2044172300'] });
    expect(window.location.search).toBe('');
    expect(screen.queryByTestId('page-picker')).toBeNull();
  });
});
