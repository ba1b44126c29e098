// Answers of analytics-service as its OpenAPI examples give them (analytics-service care/CareExamples,
// publishing/PublishingExamples), for the tests of the analytics logic.
import type { CareView, ContactsView, PublishingReport, TimelineView } from '../../types/analytics';

export const CARE: CareView = {
  brand: 'acme', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', by: 'channel', hours: 'business', filters: {},
  total: { value: null, conversations: 12, responseRate: { value: 0.75, count: 9, base: 12 },
    timeToFirstResponse: { medianSeconds: 1260.0, p90Seconds: 5400.0, base: 9 },
    withinTarget: { value: 0.7, count: 7, base: 10 }, resolution: { medianSeconds: 7200.0, p90Seconds: 30600.0, base: 6 },
    reopened: { value: 0.125, count: 1, base: 8 } },
  groups: [
    { value: 'facebook', conversations: 8, responseRate: { value: 0.75, count: 6, base: 8 },
      timeToFirstResponse: { medianSeconds: 900.0, p90Seconds: 3600.0, base: 6 },
      withinTarget: { value: 0.8333333333333334, count: 5, base: 6 },
      resolution: { medianSeconds: 5400.0, p90Seconds: 9000.0, base: 4 }, reopened: { value: 0.0, count: 0, base: 5 } },
    { value: null, conversations: 4, responseRate: { value: 0.75, count: 3, base: 4 },
      timeToFirstResponse: { medianSeconds: null, p90Seconds: null, base: 0 },
      withinTarget: { value: null, count: 0, base: 0 },
      resolution: { medianSeconds: 28800.0, p90Seconds: 31200.0, base: 2 },
      reopened: { value: 0.3333333333333333, count: 1, base: 3 } },
  ],
};

export const CONTACTS: ContactsView = {
  brand: 'acme', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', questionsAnswered: 41, complaintsSettled: 9,
  suggestionsPassedOn: 3, advocatesGained: 2, recommendationsRequested: 2, recommendationsObtained: 1,
};

const figures = (posts: number, reach: number | null) => ({
  posts, impressions: 4210, reach, reactions: 96, comments: 14, shares: 9, views: null, clickThroughs: 61,
  engagements: 180, engagementRate: 0.0626, engagementRateBase: 'reach' as const, engagementRateBaseValue: reach,
});

export const PUBLISHING: PublishingReport = {
  brand: 'acme', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z',
  engagements: 'reactions + comments + shares + click-throughs', engagementRate: 'engagements / base',
  totals: figures(2, 3675),
  channels: [
    { channelAccountId: 'li-1', platform: 'linkedin', figures: figures(1, 2875),
      followers: [{ day: '2026-11-26', followers: 18330, growth: 5 }, { day: '2026-11-27', followers: 18342, growth: 12 }],
      followerGrowth: 17, postsHref: '/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&channel=li-1' },
    { channelAccountId: 'fb-1', platform: 'facebook', figures: { ...figures(0, null), reactions: null },
      followers: [{ day: '2026-11-27', followers: 900, growth: null }],
      followerGrowth: null, postsHref: '/api/v1/brands/acme/analytics/publishing/posts?channel=fb-1' },
  ],
  followersEvery: 'day',
  postsHref: '/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
};

const day = (start: string, incidents: string[] = []) => ({
  start, complaint: 4, question: 2, suggestion: 1, praise: 3, unclassified: 0, spam: 1, positive: 3, neutral: 3,
  negative: 4, averageScore: -0.12, incidents,
});

export const TIMELINE: TimelineView = {
  brand: 'acme', channel: null, from: '2026-11-27T00:00:00Z', to: '2026-11-30T00:00:00Z',
  days: [day('2026-11-27T00:00:00Z'), day('2026-11-28T00:00:00Z', ['i-1']), day('2026-11-29T00:00:00Z', ['i-1'])],
  incidents: [{ incidentId: 'i-1', title: 'Spike: przesyłka', source: 'spike', signal: 'complaint',
    openedAt: '2026-11-28T09:15:00Z', closedAt: null, resolution: null }],
};
