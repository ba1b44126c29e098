// analytics-service's figures (docs/api/README.md#analytics; OpenAPI at /q/openapi on the service).

export interface MomentCounts {
  complaint: number; question: number; suggestion: number; praise: number; spam: number; unclassified: number;
  total: number;
}

export interface VolumeBucket extends MomentCounts { start: string }

export interface Volumes {
  brand: string; platform: string | null; from: string; to: string; bucket: 'day' | 'hour';
  totals: MomentCounts; buckets: VolumeBucket[];
}

export interface SentimentBucket {
  start: string; positive: number; neutral: number; negative: number; averageScore: number | null;
}

export interface Sentiment {
  brand: string; platform: string | null; from: string; to: string; bucket: 'day' | 'hour';
  totals: SentimentBucket; buckets: SentimentBucket[];
}

// ---- Care figures (GET /api/v1/brands/{brand}/analytics/care; docs/metrics.md) ----

/** A share: count out of base; value null when the base is 0. */
export interface CareRate { value: number | null; count: number; base: number }

/** Median and p90 of a duration in seconds (of the hours asked for); null when the base is 0. */
export interface CareDurations { medianSeconds: number | null; p90Seconds: number | null; base: number }

export interface CareGroup {
  value: string | null;
  conversations: number;
  responseRate: CareRate;
  timeToFirstResponse: CareDurations;
  withinTarget: CareRate;
  resolution: CareDurations;
  reopened: CareRate;
}

export type CareDimension = 'channel' | 'team' | 'agent' | 'moment' | 'language';
export type HoursCounted = 'business' | 'all';

export interface CareView {
  brand: string; from: string; to: string; by: CareDimension; hours: HoursCounted;
  filters: Record<string, string | null>; total: CareGroup; groups: CareGroup[];
}

/** The conversations behind a figure (GET …/analytics/care/conversations?figure=). */
export type CareFigure = 'conversations' | 'answered' | 'unanswered' | 'target-due' | 'within-target'
  | 'missed-target' | 'resolved' | 'ever-resolved' | 'reopened';

export interface CareConversation {
  conversationId: string; channel: string; team: string | null; agent: string | null; moment: string | null;
  language: string | null; receivedAt: string; dueAt: string | null; targetMinutes: number | null;
  firstResponseAt: string | null; timeToFirstResponseSeconds: number | null; withinTarget: boolean | null;
  resolvedAt: string | null; resolutionSeconds: number | null; reopenedCount: number;
}

/** A page of the conversations behind a figure (docs/api/README.md "Lists are pages"). */
export interface CarePage { items: CareConversation[]; nextCursor: string | null }

// ---- Meaningful contacts (GET …/analytics/contacts) ----

export interface ContactsView {
  brand: string; from: string; to: string;
  questionsAnswered: number; complaintsSettled: number; suggestionsPassedOn: number; advocatesGained: number;
  recommendationsRequested: number; recommendationsObtained: number;
}

// ---- Timeline (GET …/analytics/timeline) ----

export interface TimelineIncident {
  incidentId: string; title: string; source: string; signal: string | null; openedAt: string;
  closedAt: string | null; resolution: string | null;
}

export interface TimelineDay {
  start: string; complaint: number; question: number; suggestion: number; praise: number; unclassified: number;
  spam: number; positive: number; neutral: number; negative: number; averageScore: number | null;
  incidents: string[];
}

export interface TimelineView {
  brand: string; channel: string | null; from: string; to: string; days: TimelineDay[];
  incidents: TimelineIncident[];
}

// ---- Publishing (GET …/analytics/publishing, …/publishing/posts) ----

export type EngagementBase = 'reach' | 'impressions' | 'views';

export interface PublishingFigures {
  posts: number; impressions: number | null; reach: number | null; reactions: number | null;
  comments: number | null; shares: number | null; views: number | null; clickThroughs: number | null;
  engagements: number | null; engagementRate: number | null; engagementRateBase: EngagementBase | null;
  engagementRateBaseValue: number | null;
}

export interface FollowerDay { day: string; followers: number; growth: number | null }

export interface ChannelFigures {
  channelAccountId: string; platform: string; figures: PublishingFigures; followers: FollowerDay[];
  followerGrowth: number | null; postsHref: string;
}

export interface PostFigures {
  storyId: string | null; variantId: string; storyTitle: string | null; platform: string;
  channelAccountId: string; platformPostId: string | null; permalink: string | null; publishedAt: string;
  observedAt: string | null; impressions: number | null; reach: number | null; reactions: number | null;
  comments: number | null; shares: number | null; views: number | null; clickThroughs: number | null;
  engagements: number | null; engagementRate: number | null; engagementRateBase: EngagementBase | null;
  sandbox: boolean;
}

/** The figures per channel; the posts are a list of their own (postsHref, …/publishing/posts). */
export interface PublishingReport {
  brand: string; from: string; to: string; engagements: string; engagementRate: string;
  totals: PublishingFigures; channels: ChannelFigures[];
  /** followers per day (a period of up to 92 days) or per week (each week's last reading) */
  followersEvery: 'day' | 'week'; postsHref: string;
}

export interface PostPage { items: PostFigures[]; nextCursor: string | null }
