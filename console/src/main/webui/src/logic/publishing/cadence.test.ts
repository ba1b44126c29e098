import { describe, expect, it } from 'vitest';
import type { CadenceReport } from '../../types/publishing';
import { cadenceRows, competitorRows, competitorsText, nextSlotText } from './cadence';

// A report in the shape calendar-service answers (GET /api/v1/brands/{brand}/cadence).
const report: CadenceReport = {
  brand: 'acme', timeZone: 'Europe/Warsaw', from: '2026-12-06T23:00:00Z', to: '2026-12-20T23:00:00Z',
  competitors: { observed: false, note: 'No competitor’s cadence is observed: listening has no competitor sources.', brands: [] },
  accounts: [
    { channelAccount: 'fb', channelName: 'Acme on Facebook', platform: 'facebook',
      target: { source: 'channel facebook', postsPerWeek: 5, minGapMinutes: 240,
        quietHours: [{ days: [], from: '22:00', to: '07:00' }], blackouts: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Wigilia' }] },
      weeks: [
        { week: '2026-12-07', from: '', to: '', planned: 3, target: 5, shortfall: 2, overload: 0, state: 'under' },
        { week: '2026-12-14', from: '', to: '', planned: 6, target: 5, shortfall: 0, overload: 1, state: 'over' }],
      violations: [{ kind: 'gap', variantId: 'v2', storyId: 's1', at: '2026-12-15T10:00:00Z',
        detail: '60 minutes after the previous post; the minimum gap is 240 minutes', otherVariantId: 'v1' }] },
    { channelAccount: 'tg', channelName: null, platform: 'telegram', target: null,
      weeks: [{ week: '2026-12-07', from: '', to: '', planned: 1, target: null, shortfall: 0, overload: 0, state: 'no-target' }],
      violations: [] }],
};

describe('the cadence view', () => {
  it('flags a week short of its target as a gap and one beyond it as an overload', () => {
    const [fb, tg] = cadenceRows(report);
    expect(fb.target).toMatchObject({ postsPerWeek: 5, minGapMinutes: 240 });
    expect(fb.target?.blackouts).toHaveLength(1);
    expect(fb.weeks.map((w) => w.flag)).toEqual(['gap', 'overload']);
    expect(fb.weeks[0]).toMatchObject({ planned: 3, target: 5, by: 2 });
    expect(fb.weeks[1]).toMatchObject({ planned: 6, target: 5, by: 1 });
    expect([fb.gaps, fb.overloads]).toEqual([1, 1]);
    expect(fb.violations[0].text).toBe('Too soon after the previous post: 60 minutes after the previous post; the minimum gap is 240 minutes');
    expect(tg).toMatchObject({ name: 'tg', target: null, gaps: 0 });
    expect(tg.weeks[0]).toMatchObject({ flag: 'none', planned: 1 });
  });

  it('says when competitors are not observed instead of inventing a comparison', () => {
    expect(competitorsText(report)).toMatch(/^Competitors: not observed\. No competitor/);
  });

  it('shows each competitor’s observed weeks beside the channels, labelled as observed, never inventing a figure', () => {
    const observed: CadenceReport = { ...report, competitors: { observed: true,
      note: 'Observed on the competitors’ public feeds listening reads: Globex newsroom (Globex) read since 2026-11-30.',
      brands: [
        { id: 'globex', name: 'Globex', inCatalogue: true, observed: true,
          weeks: [{ week: '2026-12-07', from: '', to: '', posts: 4, partial: false },
            { week: '2026-12-14', from: '', to: '', posts: 2, partial: true },
            { week: '2026-12-21', from: '', to: '', posts: null, partial: false }],
          averagePerWeek: 4, weeksAveraged: 1, recentAveragePerWeek: 4.67, recentWeeks: 3,
          sources: [{ channelId: 'c1', name: 'Globex newsroom', feedUrl: 'https://globex.example/feed.xml',
            readSince: '2026-11-30T10:00:00Z', earliestPost: '2026-11-17T08:00:00Z', posts: 21 }],
          note: 'Observed on Globex newsroom (https://globex.example/feed.xml), read since 2026-11-30; posts known from 2026-11-17 on.' },
        { id: 'initech', name: 'Initech', inCatalogue: true, observed: false,
          weeks: [{ week: '2026-12-07', from: '', to: '', posts: null, partial: false }],
          averagePerWeek: null, weeksAveraged: 0, recentAveragePerWeek: null, recentWeeks: 0, sources: [],
          note: 'No posts of Initech observed: no listening source is marked as its feed.' }] } };
    const [globex, initech] = competitorRows(observed);
    expect(globex.line).toBe('Globex (observed): 4, 2 (so far), –');
    expect(globex.averageText).toBe('avg 4 a week (1 week) · last 3 weeks: 4.7 a week');
    expect(globex.weeks.map((w) => w.week)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21']);
    expect(initech).toMatchObject({ label: 'Initech (observed)', averageText: 'No posts observed', line: 'Initech (observed): –' });
    expect(competitorsText(observed)).toMatch(/^Competitors’ cadence as observed: Observed on/);
    expect(competitorRows(report)).toEqual([]);
  });

  it('words the next free slot', () => {
    expect(nextSlotText({ slot: '2026-12-09T06:00:00Z', localTime: '2026-12-09T07:00', timeZone: 'Europe/Warsaw',
      movedBecause: ['quiet hours 22:00–07:00'] })).toBe('2026-12-09 07:00 (Europe/Warsaw) — moved: quiet hours 22:00–07:00');
    expect(nextSlotText({ slot: null, localTime: null, timeZone: 'UTC', movedBecause: ['no free slot within 366 days'] }))
      .toMatch(/^No free slot/);
  });
});
