import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import '../i18n/i18n';
import { AnalyticsScreen } from './Analytics';
import { CARE, CONTACTS, PUBLISHING, TIMELINE } from '../logic/analytics/fixtures.test-data';
import type { PublishingReport } from '../types/analytics';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const conversation = {
  conversationId: '0e7c1f7e-8a5d-4b1e-9d55-3a9f6a0b2c11', channel: 'facebook', team: 'care', agent: 'agent2',
  moment: 'complaint', language: 'pl', receivedAt: '2026-11-27T16:30:00Z', dueAt: '2026-11-27T17:00:00Z',
  targetMinutes: 30, firstResponseAt: '2026-11-27T16:45:00Z', timeToFirstResponseSeconds: 900, withinTarget: true,
  resolvedAt: null, resolutionSeconds: null, reopenedCount: 0,
};

/** analytics-service as the relay answers it, recording the paths asked for. */
function service(publishing: PublishingReport | null = null) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    asked.push(url);
    const path = url.split('?')[0];
    const body = path.endsWith('/analytics/care') ? CARE
      : path.endsWith('/analytics/publishing') ? publishing
      : path.endsWith('/care/conversations') ? { items: [conversation], nextCursor: null }
        : path.endsWith('/contacts') ? CONTACTS
          : path.endsWith('/timeline') ? TIMELINE
            : path.endsWith('/analytics/volumes') ? { brand: 'acme', platform: null, from: '', to: '', bucket: 'day',
              totals: { complaint: 4, question: 2, suggestion: 1, praise: 3, spam: 1, unclassified: 0, total: 11 },
              buckets: TIMELINE.days.map((d) => ({ ...d, total: 11 })) }
              : path.endsWith('/analytics/sentiment') ? { brand: 'acme', platform: null, from: '', to: '', bucket: 'day',
                totals: { start: '', positive: 3, neutral: 3, negative: 4, averageScore: -0.12 },
                buckets: TIMELINE.days.map((d) => ({ start: d.start, positive: 3, neutral: 3, negative: 4, averageScore: -0.12 })) }
                : null;
    return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
  }));
  return asked;
}

const me = { userName: 'agent1', displayName: 'Agent', roles: ['agent'], brands: ['acme'] };

describe('the analytics screen', { timeout: 30_000 }, () => {
  it('shows the care figures per group and opens the conversations behind one, linked to the inbox', async () => {
    const asked = service();
    const navigate = vi.fn();
    render(<MantineProvider><AnalyticsScreen me={me} path="/analytics/care" navigate={navigate} /></MantineProvider>);
    const summary = await screen.findByTestId('analytics-summary');
    expect(summary.textContent).toContain('12 conversations arrived in the period; 9 answered (75%)');
    expect(asked[0]).toMatch(/\/api\/v1\/brands\/acme\/analytics\/care\?from=.*&by=channel&hours=business$/);
    const table = screen.getByTestId('care-table');
    expect(within(table).getByText('Facebook')).toBeTruthy();
    expect(within(table).getByText('No channel')).toBeTruthy();
    // agents do not get the publishing tab: analytics-service answers them 403 there
    expect(screen.queryByRole('tab', { name: 'Publishing' })).toBeNull();

    fireEvent.click(screen.getByTestId('care-responseRate-facebook'));
    const link = await screen.findByRole('link', { name: 'Open in the inbox' });
    expect(link.getAttribute('href')).toBe(`/inbox/${conversation.conversationId}`);
    const drill = asked.find((u) => u.includes('/care/conversations'))!;
    expect(drill).toContain('figure=answered');
    expect(drill).toContain('channel=facebook');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith(`/inbox/${conversation.conversationId}`);
  });

  it('links each figure to its glossary entry and reads the glossary at its own address', async () => {
    service();
    const navigate = vi.fn();
    const { unmount } = render(<MantineProvider><AnalyticsScreen me={me} path="/analytics/care" navigate={navigate} />
    </MantineProvider>);
    await screen.findByTestId('analytics-summary');
    fireEvent.click(within(screen.getByTestId('care-table')).getByRole('link', { name: 'Within target' }));
    expect(navigate).toHaveBeenCalledWith('/analytics/glossary#figure-withinTarget');
    unmount();
    render(<MantineProvider><AnalyticsScreen me={me} path="/analytics/glossary" navigate={navigate} /></MantineProvider>);
    const entry = document.getElementById('figure-withinTarget')!;
    expect(entry.textContent).toContain('never applies retroactively');
  });

  it('shows followers per week over a long period, each account\'s week under the week\'s Monday', async () => {
    const [li, fb] = PUBLISHING.channels!;
    service({ ...PUBLISHING, followersEvery: 'week', channels: [
      { ...li, followers: [{ day: '2026-11-22', followers: 18200, growth: null },
        { day: '2026-11-29', followers: 18342, growth: 142 }] },       // Sundays
      { ...fb, followers: [{ day: '2026-11-27', followers: 900, growth: null }] },  // a Friday
    ] });
    const manager = { ...me, userName: 'manager1', roles: ['manager'] };
    render(<MantineProvider><AnalyticsScreen me={manager} path="/analytics/publishing" /></MantineProvider>);
    const weeks = await screen.findByTestId('followers-days');
    expect(weeks.querySelector('caption')!.textContent).toContain('Followers per week');
    expect(screen.getByRole('heading', { name: 'Followers per week' })).toBeTruthy();
    const rows = within(weeks).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);                                     // two weeks, not three days
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual([expect.stringMatching(/^Week of /),
      expect.stringMatching(/^Week of /)]);
    expect(rows[0].textContent).toContain('18,342');                   // newest week first: both accounts on one row
    expect(rows[0].textContent).toContain('900');
  });

  it('shows the contacts above the rest and the timeline with its incident', async () => {
    service();
    const { unmount } = render(<MantineProvider><AnalyticsScreen me={me} path="/analytics/contacts" /></MantineProvider>);
    await waitFor(() => expect(document.querySelector('[data-contact="questionsAnswered"] [data-count="41"]')).toBeTruthy());
    unmount();
    render(<MantineProvider><AnalyticsScreen me={me} path="/analytics/timeline" /></MantineProvider>);
    const incidents = await screen.findByTestId('incidents-table');
    await waitFor(() => expect(incidents.textContent).toContain('Spike: przesyłka'));
    expect(screen.getByTestId('incidents-said').textContent).toContain('1 incident marked: Spike: przesyłka');
    expect(screen.getByTestId('volumes-total').querySelector('[data-moment="complaint"]')!.getAttribute('data-count'))
      .toBe('4');
  });
});
