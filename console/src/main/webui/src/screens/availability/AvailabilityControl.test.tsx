import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { AvailabilityControl } from './AvailabilityControl';
import { SignalBadges } from '../inbox/SignalBadges';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

/** The inbox's availability API: agent1 is available until set otherwise; every PUT is recorded. */
function inbox() {
  const put: unknown[] = [];
  let state = { user: 'agent1', state: 'available', since: null as string | null };
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit = {}) => {
    if (init.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as { state: string };
      put.push(body);
      state = { user: 'agent1', state: body.state, since: '2026-12-06T12:00:00Z' };
    }
    return new Response(JSON.stringify(state), { status: 200 });
  }));
  return put;
}

describe('the header\'s availability control', () => {
  it('shows the caller\'s state, named for assistive technology, and sets another', async () => {
    const put = inbox();
    render(<MantineProvider><AvailabilityControl /></MantineProvider>);
    const select = screen.getByTestId('availability') as HTMLInputElement;
    expect(select.getAttribute('aria-label')).toBe('My availability');
    await waitFor(() => expect(select.value).toBe('● Available'));
    select.focus();
    fireEvent.click(select);
    fireEvent.click(await screen.findByRole('option', { name: '◐ Away', hidden: true }));
    await waitFor(() => expect(put).toEqual([{ state: 'away' }]));
    await waitFor(() => expect(select.value).toBe('◐ Away'));
  });
});

describe('enrichment\'s badges', () => {
  it('names the flag in words with its score, and shows nothing for a clean message', () => {
    const { container } = render(<MantineProvider>
      <SignalBadges signals={{ abusive: true, abusiveScore: 0.93, spam: false, spamScore: 0.02 }} showScore />
      <SignalBadges signals={{ abusive: false, spam: false }} />
    </MantineProvider>);
    const badges = container.querySelectorAll('[data-signal]');
    expect(badges).toHaveLength(1);
    expect(badges[0].textContent).toBe('⚠ Abusive 93%');
    expect(badges[0].getAttribute('aria-label')).toBe('⚠ Abusive, score 93%');
    expect(screen.getByRole('group', { name: 'What enrichment read in it' })).toBeTruthy();
  });
});
