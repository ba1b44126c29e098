import { describe, expect, it } from 'vitest';
import { coveredShare, groups, heat } from './coverage';
import type { Coverage, CoverageGap, Day } from '../../types/setup';

const DAYS: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const nightGap = (day: Day, fromHour: number, toHour: number, moment = 'complaint'): CoverageGap => ({ platform: 'vk',
  moment, language: 'el', reason: 'nobody-on-duty', rule: 'Greek on VK', team: 'greek', assignee: null, day, fromHour,
  toHour });

describe('coverage report', () => {
  const nights = DAYS.flatMap((d) => [nightGap(d, 0, 6), nightGap(d, 22, 24)]);

  it('counts the combinations without an owner per day and hour', () => {
    const grid = heat([...nights, nightGap('MONDAY', 0, 24, 'praise')]);
    expect(grid[0][0]).toBe(2);
    expect(grid[0][12]).toBe(1);
    expect(grid[1][12]).toBe(0);
    expect(grid[6][23]).toBe(1);
  });

  it('says stretches that repeat every day once, the combination with most hours first', () => {
    const g = groups([...nights, nightGap('SATURDAY', 0, 24, 'praise')]);
    expect(g.map((x) => x.moment)).toEqual(['complaint', 'praise']);
    expect(g[0]).toMatchObject({ daily: true, hours: 56, stretches: [{ day: null, fromHour: 0, toHour: 6 },
      { day: null, fromHour: 22, toHour: 24 }] });
    expect(g[1]).toMatchObject({ daily: false, hours: 24, stretches: [{ day: 'SATURDAY', fromHour: 0, toHour: 24 }] });
  });

  it('gives the share of hours someone owns', () => {
    const report = { coveredHours: 448, gapHours: 224 } as Coverage;
    expect(coveredShare(report)).toBeCloseTo(2 / 3);
    expect(coveredShare({ coveredHours: 0, gapHours: 0 } as Coverage)).toBe(1);
  });
});
