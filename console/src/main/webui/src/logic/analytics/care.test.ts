import { describe, expect, it } from 'vitest';
import { CARE } from './fixtures.test-data';
import { CARE_CELLS, CELL_FIGURES, carePath, careSeries, cellCount, drillForBar, drillPath } from './care';

const query = { brand: 'acme', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', by: 'agent' as const,
  hours: 'business' as const };
const params = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

describe('care figures', () => {
  it('asks for the window, the grouping and the hours', () => {
    expect(carePath(query)).toBe('/api/v1/brands/acme/analytics/care?from=2026-11-01T00%3A00%3A00Z'
      + '&to=2026-12-01T00%3A00%3A00Z&by=agent&hours=business');
  });

  it('draws the groups in minutes and percent, a gap where nothing was answered', () => {
    const s = careSeries(CARE);
    expect(s.groups).toEqual(['facebook', null]);
    expect(s.medianMinutes).toEqual([15, null]);
    expect(s.p90Minutes).toEqual([60, null]);
    expect(s.withinTargetPercent).toEqual([83.3, null]);
    expect(s.responsePercent).toEqual([75, 75]);
    expect(careSeries(null).groups).toEqual([]);
  });

  it('says how many conversations each cell opens', () => {
    const g = CARE.groups[0];
    expect(CARE_CELLS.map((c) => cellCount(g, c))).toEqual([8, 6, 6, 5, 4, 0]);
  });
});

describe('the drill-down', () => {
  it('opens a group by filtering its dimension, with the same window and hours', () => {
    const p = params(drillPath({ query, figure: 'missed-target', group: 'agent2' }, null, 50));
    expect(p).toEqual({ from: query.from, to: query.to, figure: 'missed-target', hours: 'business', agent: 'agent2',
      limit: '50' });
  });

  it('opens the group without a value with an empty filter, and the total with none', () => {
    expect(params(drillPath({ query, figure: 'answered', group: null }, null, 50)).agent).toBe('');
    expect(params(drillPath({ query, figure: 'answered' }, null, 50))).not.toHaveProperty('agent');
  });

  it('pages on with the cursor the service gave', () => {
    expect(params(drillPath({ query, figure: 'answered' }, 'abc==', 20))).toMatchObject({ cursor: 'abc==', limit: '20' });
  });

  it('keeps other filters: a moment on a day from the timeline', () => {
    const p = params(drillPath({ query: { ...query, by: 'moment' }, figure: 'conversations',
      filters: { moment: 'complaint', channel: 'facebook' } }, null, 50));
    expect(p).toMatchObject({ moment: 'complaint', channel: 'facebook' });
  });

  it('opens each cell with the set its count is made of first, its base among the others', () => {
    expect(CELL_FIGURES.responseRate[0]).toBe('answered');
    expect(CELL_FIGURES.responseRate).toContain('conversations');
    expect(CELL_FIGURES.withinTarget).toEqual(['within-target', 'missed-target', 'target-due']);
    expect(CELL_FIGURES.reopened).toEqual(['reopened', 'ever-resolved']);
    expect(CELL_FIGURES.resolution).toEqual(['resolved']);
  });

  it('turns a bar of the chart into its group’s drill-down', () => {
    expect(drillForBar(CARE, { ...query, by: 'channel' }, 0, 'withinTarget'))
      .toMatchObject({ figure: 'within-target', group: 'facebook' });
    expect(drillForBar(CARE, query, 1, 'timeToFirstResponse')).toMatchObject({ group: null, figure: 'answered' });
    expect(drillForBar(CARE, query, 7, 'conversations')).toBeNull();
  });
});
