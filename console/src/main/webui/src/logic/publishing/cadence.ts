// The calendar's cadence view: per channel account, planned against target week by week, with what to flag. The
// target and the weeks are returned as numbers (the screen words them: Publishing2.tsx); the competitors' lines
// and the next free slot are still written here in English.
import type { AccountCadence, CadenceReport, CadenceWeek } from '../../types/publishing';

export interface CadenceRow {
  channelAccount: string;
  name: string;
  platform: string;
  /** The account's target, null when it sets none (the screen writes "5 a week · 240 min apart · quiet 22:00–07:00"). */
  target: CadenceTarget | null;
  weeks: { week: string; planned: number; target: number | null; flag: 'gap' | 'overload' | 'ok' | 'none'; by: number }[];
  gaps: number;
  overloads: number;
  violations: { kind: string; text: string; storyId: string; variantId: string; at: string }[];
}

export type CadenceTarget = NonNullable<AccountCadence['target']>;

/** The account's target, or null when it sets nothing. */
export function targetOf(a: AccountCadence): CadenceTarget | null {
  const t = a.target;
  if (!t || (t.postsPerWeek == null && t.minGapMinutes == null && !t.quietHours.length && !t.blackouts.length)) {
    return null;
  }
  return t;
}

/** A week: planned against target, flagged as a gap (by how many short) or an overload (by how many over). */
function weekCell(w: CadenceWeek): CadenceRow['weeks'][number] {
  if (w.target == null) return { week: w.week, planned: w.planned, target: null, flag: 'none', by: 0 };
  if (w.shortfall > 0) return { week: w.week, planned: w.planned, target: w.target, flag: 'gap', by: w.shortfall };
  if (w.overload > 0) return { week: w.week, planned: w.planned, target: w.target, flag: 'overload', by: w.overload };
  return { week: w.week, planned: w.planned, target: w.target, flag: 'ok', by: 0 };
}

const KIND: Record<string, string> = { gap: 'Too soon after the previous post', 'quiet-hours': 'In quiet hours',
  blackout: 'In a blackout' };

export function cadenceRows(report: CadenceReport): CadenceRow[] {
  return report.accounts.map((a) => {
    const weeks = a.weeks.map(weekCell);
    return {
      channelAccount: a.channelAccount, name: a.channelName ?? a.channelAccount, platform: a.platform,
      target: targetOf(a), weeks,
      gaps: weeks.filter((w) => w.flag === 'gap').length,
      overloads: weeks.filter((w) => w.flag === 'overload').length,
      violations: a.violations.map((v) => ({ kind: v.kind, text: `${KIND[v.kind] ?? v.kind}: ${v.detail}`,
        storyId: v.storyId, variantId: v.variantId, at: v.at })),
    };
  });
}

/** A competitor's row beside the brand's channels: what listening observed on its public feeds, labelled so. */
export interface CompetitorRow {
  id: string;
  /** "Globex (observed)". */
  label: string;
  /** "avg 4.5 a week (3 weeks) · last 4 weeks: 5 a week", or "No posts observed". */
  averageText: string;
  /** One per report week, aligned with the channels' weeks; "–" where nothing is known. */
  weeks: { week: string; posts: number | null; partial: boolean; text: string }[];
  /** "Globex (observed): 4, 6, 5 (so far), –" — the row in one line. */
  line: string;
  note: string;
}

function perWeek(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} a week`;
}

export function competitorRows(report: CadenceReport): CompetitorRow[] {
  return (report.competitors.brands ?? []).map((c) => {
    const label = `${c.name} (observed)`;
    const weeks = c.weeks.map((w) => ({ week: w.week, posts: w.posts, partial: w.partial,
      text: w.posts == null ? '–' : w.partial ? `${w.posts} (so far)` : `${w.posts}` }));
    const averages: string[] = [];
    if (c.averagePerWeek != null) {
      averages.push(`avg ${perWeek(c.averagePerWeek)} (${c.weeksAveraged} week${c.weeksAveraged === 1 ? '' : 's'})`);
    }
    if (c.recentAveragePerWeek != null) {
      averages.push(`last ${c.recentWeeks} week${c.recentWeeks === 1 ? '' : 's'}: ${perWeek(c.recentAveragePerWeek)}`);
    }
    const averageText = !c.observed ? 'No posts observed'
      : averages.length ? averages.join(' · ') : 'No complete week observed yet';
    return { id: c.id, label, averageText, weeks, line: `${label}: ${weeks.map((w) => w.text).join(', ')}`,
      note: c.note };
  });
}

/** The competitors' line under the table: from which feeds and since when, or why nothing is compared. */
export function competitorsText(report: CadenceReport): string {
  return report.competitors.observed ? `Competitors’ cadence as observed: ${report.competitors.note}`
    : `Competitors: not observed. ${report.competitors.note}`;
}

/** The composer's "next free slot" line. */
export function nextSlotText(slot: { slot: string | null; localTime: string | null; movedBecause: string[]; timeZone: string }): string {
  if (!slot.slot || !slot.localTime) return `No free slot within a year (${slot.movedBecause.join('; ')}).`;
  const when = slot.localTime.replace('T', ' ');
  return slot.movedBecause.length ? `${when} (${slot.timeZone}) — moved: ${slot.movedBecause.join('; ')}`
    : `${when} (${slot.timeZone})`;
}
