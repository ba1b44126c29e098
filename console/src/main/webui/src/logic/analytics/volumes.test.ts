import { describe, expect, it } from 'vitest';
import { bucketLabel, busiest, nonEmptyRows, scoreParts, sentimentSeries, volumeSeries } from './volumes';
import type { Sentiment, Volumes } from '../../types/analytics';

const zero = { complaint: 0, question: 0, suggestion: 0, praise: 0, spam: 0, unclassified: 0, total: 0 };
const volumes: Volumes = {
  brand: 'acme', platform: null, from: '2026-11-21T10:00:00Z', to: '2026-11-23T10:00:00Z', bucket: 'day',
  totals: { ...zero, complaint: 2, praise: 1, spam: 1, total: 4 },
  buckets: [
    { ...zero, start: '2026-11-21T00:00:00Z' },
    { ...zero, start: '2026-11-22T00:00:00Z', complaint: 2, total: 2 },
    { ...zero, start: '2026-11-23T00:00:00Z', praise: 1, spam: 1, total: 2 },
  ],
};

describe('volume series', () => {
  it('stacks one series per moment over the days, empty days included', () => {
    const s = volumeSeries(volumes);
    expect(s.labels).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
    expect(s.starts[0]).toBe('2026-11-21T00:00:00Z');
    expect(s.moments.complaint).toEqual([0, 2, 0]);
    expect(s.moments.praise).toEqual([0, 0, 1]);
    expect(s.spam).toEqual([0, 0, 1]);
  });

  it('has no points without figures', () => {
    expect(volumeSeries(null).labels).toEqual([]);
  });

  it('labels hours with the day and the hour (UTC)', () => {
    expect(bucketLabel('2026-11-23T14:00:00Z', 'hour')).toBe('11-23 14:00');
  });

  it('lists only days with something in the table, newest first', () => {
    expect(nonEmptyRows(volumes.buckets, (b) => b.total).map((b) => b.start))
      .toEqual(['2026-11-23T00:00:00Z', '2026-11-22T00:00:00Z']);
  });
});

describe('sentiment series', () => {
  const sentiment: Sentiment = {
    brand: 'acme', platform: 'facebook', from: '', to: '', bucket: 'day',
    totals: { start: '2026-11-22T00:00:00Z', positive: 1, neutral: 0, negative: 2, averageScore: -0.3333 },
    buckets: [
      { start: '2026-11-22T00:00:00Z', positive: 1, neutral: 0, negative: 2, averageScore: -0.3333 },
      { start: '2026-11-23T00:00:00Z', positive: 0, neutral: 0, negative: 0, averageScore: null },
    ],
  };

  it('counts per sentiment and a gap in the mean where nothing was heard', () => {
    const s = sentimentSeries(sentiment);
    expect(s.negative).toEqual([2, 0]);
    expect(s.average).toEqual([-0.33, null]);
  });

  it('keeps a score’s sign apart from its two decimals', () => {
    expect(scoreParts(0.254)).toEqual({ sign: '+', value: 0.25 });
    expect(scoreParts(-0.4)).toEqual({ sign: '−', value: 0.4 });
    expect(scoreParts(0)).toEqual({ sign: '', value: 0 });
    expect(scoreParts(null)).toBeNull();
  });
});

describe('the busiest bucket', () => {
  it('is named in the chart description, and none when nothing was heard', () => {
    expect(busiest(volumes)).toEqual({ start: '2026-11-22T00:00:00Z', total: 2 });
    expect(busiest({ ...volumes, buckets: [{ ...zero, start: '2026-11-21T00:00:00Z' }] })).toBeNull();
  });
});
