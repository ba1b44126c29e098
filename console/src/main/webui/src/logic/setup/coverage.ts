// The assignment coverage report (inbox-service's GET /api/v1/brands/{brand}/assignment-coverage) read for the
// screen: a week's heat map of how many combinations have nobody, and the gaps grouped by combination.
import type { Coverage, CoverageGap, Day } from '../../types/setup';
import { DAYS } from './rota';

/** For each day and hour (7 × 24): how many channel × moment × language combinations have no owner. */
export function heat(gaps: CoverageGap[]): number[][] {
  const grid = DAYS.map(() => Array.from({ length: 24 }, () => 0));
  for (const g of gaps) {
    const d = DAYS.indexOf(g.day);
    for (let h = g.fromHour; h < g.toHour; h++) grid[d][h] += 1;
  }
  return grid;
}

export interface GapGroup {
  key: string; platform: string; moment: string; language: string; reason: string; rule: string | null;
  team: string | null; assignee: string | null;
  /** every day alike: the stretches once, with daily = true */
  daily: boolean; stretches: { day: Day | null; fromHour: number; toHour: number }[]; hours: number;
}

/** The gaps per combination, the most hours first; stretches that repeat every day are said once. */
export function groups(gaps: CoverageGap[]): GapGroup[] {
  const byKey = new Map<string, CoverageGap[]>();
  for (const g of gaps) {
    const key = [g.platform, g.moment, g.language, g.reason, g.rule ?? ''].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  const out: GapGroup[] = [];
  byKey.forEach((list, key) => {
    const first = list[0];
    const perDay = DAYS.map((d) => list.filter((g) => g.day === d).map((g) => `${g.fromHour}-${g.toHour}`).join(','));
    const daily = perDay.every((p) => p === perDay[0] && p !== '');
    const stretches = daily
      ? list.filter((g) => g.day === 'MONDAY').map((g) => ({ day: null, fromHour: g.fromHour, toHour: g.toHour }))
      : list.map((g) => ({ day: g.day, fromHour: g.fromHour, toHour: g.toHour }));
    out.push({ key, platform: first.platform, moment: first.moment, language: first.language, reason: first.reason,
      rule: first.rule, team: first.team, assignee: first.assignee, daily, stretches,
      hours: list.reduce((n, g) => n + g.toHour - g.fromHour, 0) });
  });
  return out.sort((a, b) => b.hours - a.hours || a.key.localeCompare(b.key));
}

/** The share of combination-hours someone owns, 0-1. */
export function coveredShare(report: Coverage): number {
  const total = report.coveredHours + report.gapHours;
  return total === 0 ? 1 : report.coveredHours / total;
}
