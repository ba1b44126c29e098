// The volume and sentiment figures as chart series and table rows.

import type { Sentiment, Volumes } from '../../types/analytics';

export const MOMENTS = ['complaint', 'question', 'suggestion', 'praise'] as const;
export type Moment = (typeof MOMENTS)[number];

/** Colours of the moments and sentiments: distinct, and dark enough for white labels (AA). */
export const MOMENT_COLOURS: Record<Moment, string> = {
  complaint: '#b3261e', question: '#364fc7', suggestion: '#7048e8', praise: '#1b5e20',
};
export const SENTIMENT_COLOURS = { positive: '#1b5e20', neutral: '#5f6670', negative: '#b3261e', average: '#e8590c' };

/** A bucket's start as its axis label: '2026-11-23' by day, '11-23 14:00' by hour (UTC, as the buckets are). */
export function bucketLabel(start: string, bucket: 'day' | 'hour'): string {
  const iso = new Date(start).toISOString();
  return bucket === 'day' ? iso.slice(0, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

export interface VolumeSeries {
  /** the buckets' starts (ISO), which the screen writes as dates */
  starts: string[];
  labels: string[];
  moments: Record<Moment, number[]>;
  spam: number[];
  total: number[];
}

export function volumeSeries(v: Volumes | null): VolumeSeries {
  const buckets = v?.buckets ?? [];
  const moments = Object.fromEntries(MOMENTS.map((m) => [m, buckets.map((b) => b[m])])) as Record<Moment, number[]>;
  return {
    starts: buckets.map((b) => b.start),
    labels: buckets.map((b) => bucketLabel(b.start, v!.bucket)),
    moments,
    spam: buckets.map((b) => b.spam),
    total: buckets.map((b) => b.total),
  };
}

export interface SentimentSeries {
  labels: string[];
  positive: number[];
  neutral: number[];
  negative: number[];
  /** Mean score per bucket, two decimals; null where nothing was heard (a gap in the line). */
  average: (number | null)[];
}

export function sentimentSeries(s: Sentiment | null): SentimentSeries {
  const buckets = s?.buckets ?? [];
  return {
    labels: buckets.map((b) => bucketLabel(b.start, s!.bucket)),
    positive: buckets.map((b) => b.positive),
    neutral: buckets.map((b) => b.neutral),
    negative: buckets.map((b) => b.negative),
    average: buckets.map((b) => (b.averageScore == null ? null : Math.round(b.averageScore * 100) / 100)),
  };
}

/** The rows of the tables under the charts: only buckets with anything in them, newest first. */
export function nonEmptyRows<T extends { start: string }>(buckets: T[], count: (b: T) => number): T[] {
  return buckets.filter((b) => count(b) > 0).reverse();
}

/** The window of the last `days` days, ending now. */
export function periodWindow(days: number, now: Date): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * 86_400_000).toISOString(), to: now.toISOString() };
}

/** The bucket with the most interactions (null when none has any): what the chart's description names. */
export function busiest(v: Volumes | null): { start: string; total: number } | null {
  const top = [...(v?.buckets ?? [])].sort((a, b) => b.total - a.total)[0];
  return top && top.total > 0 ? { start: top.start, total: top.total } : null;
}

/** A mean score rounded as shown (two decimals), with its sign kept apart: 0.254 → { sign: '+', value: 0.25 }. */
export function scoreParts(score: number | null): { sign: '+' | '−' | ''; value: number } | null {
  if (score == null) return null;
  const r = Math.round(score * 100) / 100;
  return { sign: r > 0 ? '+' : r < 0 ? '−' : '', value: Math.abs(r) };
}
