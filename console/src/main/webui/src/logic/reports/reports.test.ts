import { describe, expect, it } from 'vitest';
import { fileName, lastMonth, lastWeek, parseRecipients, reportUrl, windowOf } from './reports';

describe('report windows', () => {
  it('takes the last calendar month and the last week, in UTC days', () => {
    expect(lastMonth(new Date('2026-12-06T05:00:00Z'))).toEqual({ firstDay: '2026-11-01', lastDay: '2026-11-30' });
    expect(lastMonth(new Date('2027-01-01T00:00:00Z'))).toEqual({ firstDay: '2026-12-01', lastDay: '2026-12-31' });
    expect(lastMonth(new Date('2027-03-10T12:00:00Z'))).toEqual({ firstDay: '2027-02-01', lastDay: '2027-02-28' });
    // Sunday 6 December: the week before is 23–29 November
    expect(lastWeek(new Date('2026-12-06T23:00:00Z'))).toEqual({ firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(lastWeek(new Date('2026-12-07T00:00:00Z'))).toEqual({ firstDay: '2026-11-30', lastDay: '2026-12-06' });
  });

  it('makes a window of whole days, the last one included', () => {
    expect(windowOf('2026-11-01', '2026-11-30')).toEqual({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' });
    expect(windowOf('2026-11-05', '2026-11-05')).toEqual({ from: '2026-11-05T00:00:00Z', to: '2026-11-06T00:00:00Z' });
    expect(windowOf('2026-11-05', '2026-11-04')).toBe('order');
    expect(windowOf('', '2026-11-04')).toBe('invalid');
  });

  it('names the downloads with only the parameters each takes', () => {
    const w = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    expect(reportUrl('acme', 'pack.pdf', w, { hours: 'business', language: 'pl' })).toBe(
      '/api/v1/brands/acme/analytics/reports/pack.pdf?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z'
      + '&hours=business&language=pl');
    expect(reportUrl('acme', 'posts.csv', w, { hours: 'business', language: 'pl' })).toBe(
      '/api/v1/brands/acme/analytics/reports/posts.csv?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z');
    expect(reportUrl('acme', 'conversations.csv', w, { hours: 'all' })).not.toContain('hours');
  });
});

describe('recipients', () => {
  it('reads addresses one per line or separated, and sets the others apart', () => {
    expect(parseRecipients('care@acme.example, Marketing@Acme.example;\nnot an address care@acme.example')).toEqual({
      valid: ['care@acme.example', 'marketing@acme.example'], invalid: ['not', 'an', 'address'] });
    expect(parseRecipients('  ')).toEqual({ valid: [], invalid: [] });
  });
});

describe('downloads', () => {
  it('saves under the name the service gives', () => {
    expect(fileName('attachment; filename="parley-report-acme-2026-11-01-2026-11-30.pdf"', 'x.pdf'))
      .toBe('parley-report-acme-2026-11-01-2026-11-30.pdf');
    expect(fileName(null, 'x.pdf')).toBe('x.pdf');
  });
});
