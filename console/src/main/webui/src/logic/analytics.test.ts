import { describe, expect, it } from 'vitest';
import { responseTimeDescription, responseTimeSeries } from './analytics';

const row = (platform: string | null, count: number, median: number | null, p90: number | null, rate: number | null) => ({
  brand: 'acme', platform, from: '', to: '', count, medianSeconds: median, p90Seconds: p90, withinTargetRate: rate,
  opened: count,
});

describe('response-time series', () => {
  it('shows all first and only channels that had conversations', () => {
    const s = responseTimeSeries([row(null, 3, 120, 600, 2 / 3), row('facebook', 3, 120, 600, 2 / 3),
      row('vk', 0, null, null, null)]);
    expect(s.channels).toEqual(['all', 'facebook']);
    expect(s.withinTargetPercent).toEqual([67, 67]);
  });

  it('describes each channel for screen readers', () => {
    const s = responseTimeSeries([row(null, 0, null, null, null)]);
    expect(responseTimeDescription(s, 'within'))
      .toBe('Answered within target per channel: all: none answered. The table below has every figure.');
  });
});
