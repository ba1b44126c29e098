import { describe, expect, it } from 'vitest';
import { TIMELINE } from './fixtures.test-data';
import { bucketWindow, incidentMarks, markOptions, timelineRows } from './timeline';

const days = ['2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z', '2026-11-29T00:00:00Z'];
const incident = (id: string, openedAt: string, closedAt: string | null) => ({ incidentId: id, title: id, source: 'manual',
  signal: null, openedAt, closedAt, resolution: null });

describe('incidents on the timeline', () => {
  it('shades the days an incident was open, to the end of the window while it is open', () => {
    expect(incidentMarks(days, 'day', TIMELINE.incidents)).toEqual([{ incidentId: 'i-1', title: 'Spike: przesyłka',
      fromIndex: 1, toIndex: 2, openedIndex: 1, open: true }]);
  });

  it('clamps an incident opened before the window, and leaves out those outside it', () => {
    const marks = incidentMarks(days, 'day', [incident('before', '2026-11-20T10:00:00Z', '2026-11-27T12:00:00Z'),
      incident('after', '2026-11-30T01:00:00Z', null), incident('ended', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')]);
    expect(marks).toEqual([{ incidentId: 'before', title: 'before', fromIndex: 0, toIndex: 0, openedIndex: null,
      open: false }]);
  });

  it('marks by the hour on hourly bars', () => {
    const hours = ['2026-11-28T08:00:00Z', '2026-11-28T09:00:00Z', '2026-11-28T10:00:00Z'];
    expect(incidentMarks(hours, 'hour', [incident('x', '2026-11-28T09:15:00Z', '2026-11-28T10:05:00Z')])[0])
      .toMatchObject({ fromIndex: 1, toIndex: 2, openedIndex: 1 });
    expect(incidentMarks([], 'hour', TIMELINE.incidents)).toEqual([]);
  });

  it('gives ECharts an area per incident and a line where it opened', () => {
    const labels = ['27 Nov', '28 Nov', '29 Nov'];
    const o = markOptions(incidentMarks(days, 'day', TIMELINE.incidents), labels, '#c92a2a');
    expect(o.markArea.data).toEqual([[{ name: 'Spike: przesyłka', xAxis: '28 Nov' }, { xAxis: '29 Nov' }]]);
    expect(o.markLine.data).toEqual([{ name: 'Spike: przesyłka', xAxis: '28 Nov' }]);
  });

  it('lists the days with anything heard or an incident open, newest first', () => {
    const quiet = { ...TIMELINE.days[0], complaint: 0, question: 0, suggestion: 0, praise: 0, spam: 0, unclassified: 0 };
    expect(timelineRows({ ...TIMELINE, days: [quiet, ...TIMELINE.days.slice(1)] }).map((d) => d.start))
      .toEqual(['2026-11-29T00:00:00Z', '2026-11-28T00:00:00Z']);
  });

  it('opens a bucket as its own window', () => {
    expect(bucketWindow('2026-11-28T00:00:00Z', 'day'))
      .toEqual({ from: '2026-11-28T00:00:00.000Z', to: '2026-11-29T00:00:00.000Z' });
    expect(bucketWindow('2026-11-28T09:00:00Z', 'hour').to).toBe('2026-11-28T10:00:00.000Z');
  });
});
