import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import '../i18n/i18n';
import { CalendarScreen } from './Calendar';
import type { Story, Variant } from '../types/publishing';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });

function variant(id: string, scheduledFor: string, timeZone: string): Variant {
  return { id, storyId: id, channelAccount: 'acc-facebook', platform: 'facebook', text: '', media: [], link: null,
    firstComment: null, contentType: 'post', riskLevel: 'normal', scheduledFor, timeZone, status: 'scheduled', version: 1,
    author: 'editor1', lastEditor: 'editor1', updatedAt: '2026-12-01T00:00:00Z', findings: [], approval: null };
}

function story(id: string, title: string, v: Variant): Story {
  return { id, brand: 'acme', title, brief: '', campaign: null, tags: [], owner: 'editor1', createdAt: '', updatedAt: '',
    version: 1, variants: [v] };
}

const editor = { userName: 'editor1', displayName: 'Editor', roles: ['editor'], brands: ['acme'] };

describe('the calendar', { timeout: 30_000 }, () => {
  it('lays every story out in the brand’s zone even when older stories carry another zone, and loads once', async () => {
    // The brand plans in Warsaw; an older story was written while the brand was on UTC. 23:00 UTC on 9 December is
    // midnight on the 10th in Warsaw: the new story belongs on the 10th.
    const older = story('s-old', 'Written under UTC', variant('v-old', '2026-12-02T10:00:00Z', 'UTC'));
    const midnight = story('s-new', 'Jesienna kolekcja', variant('v-new', '2026-12-09T23:00:00Z', 'Europe/Warsaw'));
    const storyLoads: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url.startsWith('/api/v1/brands/acme/standards')) {
        return new Response(JSON.stringify({ catalogue: { responseTargets: { timeZone: 'Europe/Warsaw' } } }), { status: 200 });
      }
      if (url.startsWith('/api/v1/brands/acme/stories')) {
        storyLoads.push(url);
        return new Response(JSON.stringify({ items: [older, midnight], nextCursor: null }), { status: 200 });
      }
      if (url.includes('/cadence')) return new Response(JSON.stringify({ accounts: [], competitors: { brands: [] } }), { status: 200 });
      return new Response(JSON.stringify({ items: [] }), { status: 200 });
    }));
    window.history.replaceState(null, '', '/calendar?date=2026-12-10');
    const { container } = render(<MantineProvider><CalendarScreen me={editor} navigate={() => {}} /></MantineProvider>);

    await waitFor(() => expect(container.querySelector('td[data-day="2026-12-10"]')?.textContent)
      .toContain('Jesienna kolekcja'));
    expect(container.querySelector('td[data-day="2026-12-09"]')?.textContent ?? '').not.toContain('Jesienna kolekcja');
    // the range asked for is the month's in Warsaw, once: the loaded stories do not move the zone and reload
    await new Promise((r) => setTimeout(r, 300));
    expect(storyLoads).toHaveLength(1);
    expect(decodeURIComponent(storyLoads[0])).toContain('from=2026-11-29T23:00:00.000Z');
  });
});
