// The publishing figures as table rows, chart series and the posts behind each (docs/metrics.md#publishing).
import type { ChannelFigures, PublishingFigures } from '../../types/analytics';

/** The counters of a post or a channel, in the tables' column order; each is a glossary entry. */
export const COUNTERS = ['impressions', 'reach', 'views', 'reactions', 'comments', 'shares', 'clickThroughs',
  'engagements'] as const;
export type Counter = (typeof COUNTERS)[number];

/** The engagements as stacked bars: what they are the sum of. */
export const ENGAGEMENT_PARTS = ['reactions', 'comments', 'shares', 'clickThroughs'] as const;

export function publishingPath(brand: string, from: string, to: string): string {
  const p = new URLSearchParams({ from, to });
  return `/api/v1/brands/${encodeURIComponent(brand)}/analytics/publishing?${p}`;
}

/** A page of the posts behind a figure: the service's postsHref with the page asked for. */
export function postsPage(postsHref: string, cursor: string | null, limit: number): string {
  const [path, search = ''] = postsHref.split('?');
  const p = new URLSearchParams(search);
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor); else p.delete('cursor');
  return `${path}?${p}`;
}

/** The posts of every channel (the totals' postsHref), or of one. */
export function postsHrefFor(brand: string, from: string, to: string, channelAccountId?: string): string {
  const p = new URLSearchParams({ from, to });
  if (channelAccountId) p.set('channel', channelAccountId);
  return `/api/v1/brands/${encodeURIComponent(brand)}/analytics/publishing/posts?${p}`;
}

export interface EngagementSeries {
  channels: { id: string; platform: string }[];
  parts: Record<(typeof ENGAGEMENT_PARTS)[number], number[]>;
}

/** Engagements per channel, split into their parts (a counter the network lacks is 0 in the bars, — in the table). */
export function engagementSeries(channels: readonly ChannelFigures[]): EngagementSeries {
  const withPosts = channels.filter((c) => c.figures.posts > 0);
  const parts = Object.fromEntries(ENGAGEMENT_PARTS.map((k) => [k, withPosts.map((c) => c.figures[k] ?? 0)])) as
    EngagementSeries['parts'];
  return { channels: withPosts.map((c) => ({ id: c.channelAccountId, platform: c.platform })), parts };
}

export interface FollowerSeries {
  /** The columns: each day (YYYY-MM-DD) any account has a reading, or by week the Monday (UTC) of each week. */
  days: string[];
  lines: { id: string; platform: string; followers: (number | null)[] }[];
}

/** The Monday (UTC) of a day's week, as YYYY-MM-DD. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Followers of each channel account, on the days any of them has a reading (a gap where it has none); by week (the
 * report's followersEvery), each account's point is its week's last reading, lined up under the week's Monday, so
 * that accounts read on different days of a week share a column.
 */
export function followerSeries(channels: readonly ChannelFigures[], every: 'day' | 'week' | null = 'day'): FollowerSeries {
  const key = every === 'week' ? weekOf : (day: string) => day;
  const days = [...new Set(channels.flatMap((c) => c.followers.map((f) => key(f.day))))].sort();
  return {
    days,
    lines: channels.filter((c) => c.followers.length > 0).map((c) => {
      const byDay = new Map(c.followers.map((f) => [key(f.day), f.followers]));
      return { id: c.channelAccountId, platform: c.platform, followers: days.map((d) => byDay.get(d) ?? null) };
    }),
  };
}

/** The engagement rate with its base, as the screen states it next to the rate: rate, base name and base value. */
export function rateWithBase(f: Pick<PublishingFigures, 'engagementRate' | 'engagementRateBase'>
  & Partial<Pick<PublishingFigures, 'engagementRateBaseValue'>>) {
  return { rate: f.engagementRate, base: f.engagementRateBase, baseValue: f.engagementRateBaseValue ?? null };
}

/** The latest follower count of a channel, and its change over the window. */
export function latestFollowers(c: ChannelFigures): number | null {
  return c.followers.length ? c.followers[c.followers.length - 1].followers : null;
}

/** Each channel account's number among the brand's accounts on its network (1, 2 …), for telling them apart. */
export function accountNumbers(channels: readonly { channelAccountId: string; platform: string }[]): Map<string, number | null> {
  const per = new Map<string, string[]>();
  for (const c of channels) per.set(c.platform, [...(per.get(c.platform) ?? []), c.channelAccountId]);
  const out = new Map<string, number | null>();
  for (const ids of per.values()) ids.forEach((id, i) => out.set(id, ids.length > 1 ? i + 1 : null));
  return out;
}
