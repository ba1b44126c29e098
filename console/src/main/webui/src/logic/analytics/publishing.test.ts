import { describe, expect, it } from 'vitest';
import { PUBLISHING } from './fixtures.test-data';
import { accountNumbers, engagementSeries, followerSeries, weekOf, latestFollowers, postsHrefFor, postsPage, publishingPath,
  rateWithBase } from './publishing';

const params = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

describe('publishing figures', () => {
  it('asks per channel for the window', () => {
    expect(params(publishingPath('acme', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z')))
      .toEqual({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' });
  });

  it('opens the posts behind a figure from its postsHref, a page at a time', () => {
    const href = PUBLISHING.channels[0].postsHref;
    const first = postsPage(href, null, 50);
    expect(first.startsWith('/api/v1/brands/acme/analytics/publishing/posts?')).toBe(true);
    expect(params(first)).toEqual({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', channel: 'li-1', limit: '50' });
    expect(params(postsPage(href, 'next==', 50)).cursor).toBe('next==');
    expect(params(postsHrefFor('acme', 'a', 'b', 'fb-1'))).toEqual({ from: 'a', to: 'b', channel: 'fb-1' });
  });

  it('stacks the engagements of the channels that published, a missing counter as 0', () => {
    const s = engagementSeries(PUBLISHING.channels);
    expect(s.channels).toEqual([{ id: 'li-1', platform: 'linkedin' }]);
    expect(s.parts).toEqual({ reactions: [96], comments: [14], shares: [9], clickThroughs: [61] });
  });

  it('lines up followers per day over every account’s days, a gap where one has no reading', () => {
    const s = followerSeries(PUBLISHING.channels);
    expect(s.days).toEqual(['2026-11-26', '2026-11-27']);
    expect(s.lines).toEqual([{ id: 'li-1', platform: 'linkedin', followers: [18330, 18342] },
      { id: 'fb-1', platform: 'facebook', followers: [null, 900] }]);
    expect(latestFollowers(PUBLISHING.channels[0])).toBe(18342);
  });

  it('lines up weekly followers under each week’s Monday, whatever day of the week each account was read', () => {
    const weekly = [
      { ...PUBLISHING.channels[0], followers: [{ day: '2026-11-22', followers: 18200, growth: null },
        { day: '2026-11-29', followers: 18342, growth: 142 }] },   // Sundays
      { ...PUBLISHING.channels[1], followers: [{ day: '2026-11-27', followers: 900, growth: null }] },  // a Friday
    ];
    const s = followerSeries(weekly, 'week');
    expect(s.days).toEqual(['2026-11-16', '2026-11-23']);
    expect(s.lines).toEqual([{ id: 'li-1', platform: 'linkedin', followers: [18200, 18342] },
      { id: 'fb-1', platform: 'facebook', followers: [null, 900] }]);
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
  });

  it('keeps the engagement rate with its base', () => {
    expect(rateWithBase(PUBLISHING.totals)).toEqual({ rate: 0.0626, base: 'reach', baseValue: 3675 });
  });

  it('numbers the accounts of a network only when it has several', () => {
    const n = accountNumbers([{ channelAccountId: 'a', platform: 'facebook' }, { channelAccountId: 'b', platform: 'x' },
      { channelAccountId: 'c', platform: 'facebook' }]);
    expect([...n.entries()]).toEqual([['a', 1], ['c', 2], ['b', null]]);
  });
});
