import { describe, expect, it } from 'vitest';
import { daysIn, windowOf } from './window';

const now = new Date('2026-12-06T05:30:00Z');

describe('the analytics window', () => {
  it('counts a preset back from now', () => {
    expect(windowOf({ preset: '7d' }, now)).toEqual({ from: '2026-11-29T05:30:00.000Z', to: '2026-12-06T05:30:00.000Z' });
    expect(daysIn(windowOf({ preset: '90d' }, now))).toBe(90);
  });

  it('takes this month from its first day, and the month before whole', () => {
    expect(windowOf({ preset: 'month' }, now).from).toBe('2026-12-01T00:00:00.000Z');
    expect(windowOf({ preset: 'lastMonth' }, now))
      .toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    expect(windowOf({ preset: 'lastMonth' }, new Date('2027-01-15T10:00:00Z')).from).toBe('2026-12-01T00:00:00.000Z');
  });

  it('includes the last day of a custom range (the services count [from, to))', () => {
    expect(windowOf({ preset: 'custom', fromDay: '2026-10-25', toDay: '2026-10-31' }, now))
      .toEqual({ from: '2026-10-25T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(windowOf({ preset: 'custom', fromDay: '2026-11-02', toDay: '2026-11-02' }, now).to)
      .toBe('2026-11-03T00:00:00.000Z');
  });

  it('says why a custom range cannot be asked for', () => {
    expect(windowOf({ preset: 'custom', fromDay: '2026-11-02' }, now).error).toBe('missing');
    expect(windowOf({ preset: 'custom', fromDay: '2026-11-02', toDay: '2026-11-01' }, now).error).toBe('order');
    expect(windowOf({ preset: 'custom', fromDay: '2025-01-01', toDay: '2026-11-01' }, now).error).toBe('tooLong');
    expect(windowOf({ preset: 'custom', fromDay: '2025-11-01', toDay: '2026-10-31' }, now).error).toBeUndefined();
  });
});
