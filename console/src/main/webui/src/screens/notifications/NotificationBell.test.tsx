import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { NotificationBell } from './NotificationBell';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

/** inbox-service's notification API for manager1: one unread breach, one read mention; every POST recorded. */
function inbox() {
  const posted: string[] = [];
  let breachRead = false;
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method === 'POST') {
      posted.push(url);
      breachRead = true;
      return new Response(null, { status: 204 });
    }
    if (url.startsWith('/api/v1/me/notification-preferences')) {
      return new Response(JSON.stringify({ preferences: [{ kind: 'conversation_breached', centre: true, email: true }] }),
        { status: 200 });
    }
    return new Response(JSON.stringify({ unread: breachRead ? 0 : 1, nextCursor: null, items: [
      { id: 'n1', kind: 'conversation_breached', brand: 'acme', params: { platform: 'facebook' },
        link: '/inbox/c1', createdAt: '2026-12-06T10:00:00Z', read: breachRead },
      { id: 'n2', kind: 'mentioned', brand: 'acme', params: { author: 'agent1', excerpt: 'zwrot?' },
        link: '/inbox/c2', createdAt: '2026-12-06T09:00:00Z', read: true }] }), { status: 200 });
  }));
  return posted;
}

const me = { userName: 'agent1', displayName: 'Anna', roles: ['agent'], brands: ['acme'] };

describe('the header\'s notification bell', () => {
  it('counts the unread, opens the centre with translated titles and marks one read', async () => {
    const posted = inbox();
    const navigate = vi.fn();
    render(<MantineProvider><NotificationBell me={me} navigate={navigate} /></MantineProvider>);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('Notifications, unread: 1'));
    expect(screen.getByTestId('notification-count').textContent).toBe('1');

    fireEvent.click(bell);
    const items = await screen.findAllByTestId('notification');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('A Facebook conversation of acme passed its due time');
    expect(items[0].getAttribute('data-read')).toBe('false');
    expect(items[1].textContent).toContain('agent1 mentioned you (acme): “zwrot?”');
    expect(screen.queryByTestId('webhooks-panel')).toBeNull();

    fireEvent.click(within(items[0]).getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(posted).toEqual(['/api/v1/me/notifications/n1/read']));
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('Notifications'));
    expect(screen.getByTestId('notification-live').textContent).toContain('Not live');
  }, 30_000);

  it('opens what a notification links to inside the console', async () => {
    inbox();
    const navigate = vi.fn();
    render(<MantineProvider><NotificationBell me={me} navigate={navigate} /></MantineProvider>);
    fireEvent.click(screen.getByTestId('notification-bell'));
    const items = await screen.findAllByTestId('notification');
    fireEvent.click(within(items[1]).getByRole('link', { name: 'Open' }));
    expect(navigate).toHaveBeenCalledWith('/inbox/c2');
  }, 30_000);
});
