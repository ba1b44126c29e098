// On-duty rotas: a team's weekly shifts as hours of the week, who is on duty when, where nobody is and where one
// person's shifts overlap. Pure: times are "HH:mm" local to each shift's time zone; a shift whose end is not after its
// start runs overnight, equal start and end is the whole day (inbox-service's Shift, the same rule).
import type { Day, Shift, TeamMember } from '../../types/setup';

export const DAYS: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const WEEK = 7 * 24 * 60;

/** "22:00" → 1320; null unless HH:mm from 00:00 to 23:59 (the API's LocalTime). */
export function parseTime(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function isValidZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How long a shift lasts, in minutes: overnight shifts run into the next day; from = to is 24 hours. */
export function shiftMinutes(from: number, to: number): number {
  return to > from ? to - from : to + 24 * 60 - from;
}

export function isOvernight(shift: Shift): boolean {
  const from = parseTime(shift.from);
  const to = parseTime(shift.to);
  return from != null && to != null && to <= from && to !== from;
}

/** What is wrong with a shift, as codes per field (words in the screen's translations). */
export function shiftErrors(shift: Shift): Partial<Record<'days' | 'from' | 'to' | 'timeZone', string>> {
  const errors: Partial<Record<'days' | 'from' | 'to' | 'timeZone', string>> = {};
  if (shift.days.length === 0) errors.days = 'noDays';
  if (parseTime(shift.from) == null) errors.from = 'time';
  if (parseTime(shift.to) == null) errors.to = 'time';
  if (!isValidZone(shift.timeZone)) errors.timeZone = 'zone';
  return errors;
}

/**
 * Minutes a zone is ahead of UTC at a moment (Europe/Warsaw in December: 60), read from Intl so the browser's own
 * zone database answers, as the service's does.
 */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** A shift's stretches as [start, end) minutes of the week (Monday 00:00 = 0) in `zone`, around `at`'s offsets. */
export function weekIntervals(shift: Shift, zone: string, at: Date): [number, number][] {
  const from = parseTime(shift.from);
  const to = parseTime(shift.to);
  if (from == null || to == null || !isValidZone(shift.timeZone) || !isValidZone(zone)) return [];
  const shiftBy = zoneOffsetMinutes(zone, at) - zoneOffsetMinutes(shift.timeZone, at);
  const out: [number, number][] = [];
  for (const day of shift.days) {
    const start = DAYS.indexOf(day) * 24 * 60 + from + shiftBy;
    const end = start + shiftMinutes(from, to);
    // wrap around the week (Sunday night into Monday morning)
    const s = ((start % WEEK) + WEEK) % WEEK;
    const e = s + (end - start);
    if (e <= WEEK) out.push([s, e]);
    else out.push([s, WEEK], [0, e - WEEK]);
  }
  return out;
}

/** For each hour of the week (168, Monday 00:00 first) in `zone`: the members on duty for the whole hour. */
export function onDutyByHour(members: TeamMember[], zone: string, at: Date = new Date()): string[][] {
  const hours: string[][] = Array.from({ length: 168 }, () => []);
  for (const m of members) {
    const intervals = m.schedule.flatMap((s) => weekIntervals(s, zone, at));
    for (let h = 0; h < 168; h++) {
      const start = h * 60;
      const end = start + 60;
      // covered when the union of the member's stretches holds the hour: check at each quarter, like the service
      const covered = [0, 15, 30, 45].every((q) => intervals.some(([s, e]) => start + q >= s && start + q < e));
      if (covered && end <= WEEK) hours[h].push(m.user);
    }
  }
  return hours;
}

export interface HourRange { day: Day; from: number; to: number }

/** Hours of the week nobody is on duty, merged into stretches per day (to exclusive, 24 = midnight). */
export function uncovered(members: TeamMember[], zone: string, at: Date = new Date()): HourRange[] {
  const hours = onDutyByHour(members, zone, at);
  const out: HourRange[] = [];
  DAYS.forEach((day, d) => {
    let start = -1;
    for (let h = 0; h <= 24; h++) {
      const gap = h < 24 && hours[d * 24 + h].length === 0;
      if (gap && start < 0) start = h;
      if (!gap && start >= 0) {
        out.push({ day, from: start, to: h });
        start = -1;
      }
    }
  });
  return out;
}

export interface Overlap { user: string; first: number; second: number }

/** A member's shifts that overlap each other (one person booked twice: usually a typing mistake), by shift index. */
export function overlaps(member: TeamMember, at: Date = new Date()): Overlap[] {
  const zone = 'UTC';
  const out: Overlap[] = [];
  const spans = member.schedule.map((s) => weekIntervals(s, zone, at));
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      if (spans[i].some(([a, b]) => spans[j].some(([c, d]) => a < d && c < b))) {
        out.push({ user: member.user, first: i, second: j });
      }
    }
  }
  return out;
}

/** The time zone a team's rota is best read in: the one most of its shifts use, else the browser's. */
export function rotaZone(members: TeamMember[], fallback: string): string {
  const counts = new Map<string, number>();
  members.forEach((m) => m.schedule.forEach((s) => counts.set(s.timeZone, (counts.get(s.timeZone) ?? 0) + 1)));
  let best = fallback;
  let most = 0;
  counts.forEach((n, z) => {
    if (n > most && isValidZone(z)) {
      best = z;
      most = n;
    }
  });
  return best;
}
