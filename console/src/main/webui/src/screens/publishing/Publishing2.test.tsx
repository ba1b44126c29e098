import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import type { CadenceReport, Variant } from '../../types/publishing';
import { CadencePanel, PublicationPanel } from './Publishing2';

// jsdom has neither; Mantine asks for both.

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

function inMantine(node: ReactNode) {
  return render(<MantineProvider>{node}</MantineProvider>);
}

async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const variant = (publication: Variant['publication'], status = 'published'): Variant => ({
  id: 'v1', storyId: 's1', channelAccount: 'fb', channelName: 'Acme on Facebook', platform: 'facebook',
  text: 'Zimowa kolekcja ❄', media: [], link: null, firstComment: null, contentType: 'post', riskLevel: 'normal',
  scheduledFor: '2026-12-18T09:00:00Z', timeZone: 'Europe/Warsaw', status, version: 4, author: 'editor1',
  lastEditor: 'editor1', updatedAt: '2026-12-18T09:02:30Z', findings: [], approval: null, publication,
});

const published = { state: 'published', platformPostId: 'sandbox-7', permalink: 'https://sandbox.parley.local/facebook/sandbox-7',
  publishedAt: '2026-12-18T09:02:30Z', delaySeconds: 150, failure: null, reason: null, whatToDo: null, retryAt: null,
  attempts: [] };

describe('a published variant on the story page', () => {
  it('shows the permalink and delay, offers Correct to an editor and Delete only to approvers, and is axe-clean', async () => {
    const me = { userName: 'editor1', displayName: 'Editor', roles: ['editor'], brands: ['acme'] };
    const { container, rerender } = inMantine(<PublicationPanel brand="acme" storyId="s1" variant={variant(published)}
      zone="Europe/Warsaw" me={me} onChanged={() => {}} />);
    expect(screen.getByText('Published')).toBeTruthy();
    expect(screen.getByText(/2 min late/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View the post on the network' }).getAttribute('href'))
      .toBe('https://sandbox.parley.local/facebook/sandbox-7');
    expect(screen.getByRole('button', { name: 'Correct' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(await violations(container)).toEqual([]);
    rerender(<MantineProvider><PublicationPanel brand="acme" storyId="s1" variant={variant(published)} zone="Europe/Warsaw"
      me={{ ...me, roles: ['approver'] }} onChanged={() => {}} /></MantineProvider>);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('shows a failure with what to do and no success, and asks for a reason before deleting', async () => {
    const me = { userName: 'manager1', displayName: 'M', roles: ['manager'], brands: ['acme'] };
    inMantine(<PublicationPanel brand="acme" storyId="s1" variant={variant({ ...published, state: 'failed',
      permalink: null, failure: 'authorization', reason: 'token revoked (190)' }, 'failed')} zone="UTC" me={me}
      onChanged={() => {}} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Not published: token revoked \(190\).*Reconnect the channel account/);
    expect(screen.queryByText('Published')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    cleanup();
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    inMantine(<PublicationPanel brand="acme" storyId="s1" variant={variant(published)} zone="UTC" me={me} onChanged={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the post' }));
    expect(await screen.findByText('Say why (it is kept in the history).')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the calendar’s cadence view', () => {
  it('flags gaps and overloads per channel, says competitors are not observed, and is axe-clean', async () => {
    const report: CadenceReport = { brand: 'acme', timeZone: 'Europe/Warsaw', from: '', to: '',
      competitors: { observed: false, note: 'Listening has no competitor sources.', brands: [
        { id: 'globex', name: 'Globex', inCatalogue: true, observed: true,
          weeks: [{ week: '2026-12-07', from: '', to: '', posts: 4, partial: false },
            { week: '2026-12-14', from: '', to: '', posts: null, partial: false }],
          averagePerWeek: 4, weeksAveraged: 1, recentAveragePerWeek: null, recentWeeks: 0, sources: [],
          note: 'Observed on Globex newsroom' }] },
      accounts: [{ channelAccount: 'fb', channelName: 'Acme on Facebook', platform: 'facebook',
        target: { source: 'channel facebook', postsPerWeek: 5, minGapMinutes: 240, quietHours: [], blackouts: [] },
        weeks: [{ week: '2026-12-07', from: '', to: '', planned: 3, target: 5, shortfall: 2, overload: 0, state: 'under' },
          { week: '2026-12-14', from: '', to: '', planned: 6, target: 5, shortfall: 0, overload: 1, state: 'over' }],
        violations: [{ kind: 'quiet-hours', variantId: 'v9', storyId: 's9', at: '2026-12-15T22:30:00Z',
          detail: 'in quiet hours 22:00–07:00', otherVariantId: null }] }] };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(report), { status: 200 })));
    const { container } = inMantine(<CadencePanel brand="acme" />);
    await waitFor(() => expect(screen.getByTestId('cadence')).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: /Acme on Facebook/ })).toBeTruthy();
    expect(screen.getByText('Gap')).toBeTruthy();
    expect(screen.getByText('Overload')).toBeTruthy();
    expect(screen.getByText(/In quiet hours: in quiet hours 22:00–07:00/)).toBeTruthy();
    expect(screen.getByText(/Competitors: not observed/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /Globex \(observed\)/ })).toBeTruthy();
    expect(screen.getByText('avg 4 a week (1 week)')).toBeTruthy();
    expect(screen.getByText('Globex (observed): Observed on Globex newsroom')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });
});
