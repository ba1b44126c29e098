// Times in the brand's time zone, without a time-zone library: the browser's Intl knows every IANA zone.
// A variant's scheduledFor is an instant (UTC); the calendar places it on the day and hour it has in the brand's
// zone, whatever zone the viewer's computer is in, and a time typed in the composer is read in the brand's zone
// too (a DST gap moves it forward, as clocks do; a repeated hour takes the first).

import { currentLanguage } from '../../i18n/i18n';
import { type Language, TAGS, formatFor } from '../../i18n/locale';

// What people read (formatIn, dayLabel, monthLabel, timeIn) is written in the user's language (the console's, unless
// one is given) while the clock is always the brand's zone.

export interface Wall { year: number; month: number; day: number; hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time an instant has in `zone`. */
export function wallTime(instant: string | number | Date, zone: string): Wall {
  const d = new Date(instant);
  const p: Record<string, number> = {};
  for (const part of parts(zone).formatToParts(d)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute };
}

/** How far `zone` is ahead of UTC at `epochMs`, in ms. */
function offsetAt(epochMs: number, zone: string): number {
  const w = wallTime(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant at which `zone`'s clocks show `w`. In a spring-forward gap (02:30 that never happens) the clocks
 * had already moved: the result is the same distance after the gap (03:30); in an autumn overlap the earlier of
 * the two instants.
 */
export function fromWall(w: Wall, zone: string): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  // Try the offsets in force a day either side: one of them gives a time whose wall clock is w.
  const candidates = [offsetAt(asUtc - 86_400_000, zone), offsetAt(asUtc + 86_400_000, zone)]
    .sort((a, b) => b - a);
  for (const offset of candidates) {
    const t = asUtc - offset;
    const back = wallTime(t, zone);
    if (back.year === w.year && back.month === w.month && back.day === w.day && back.hour === w.hour
      && back.minute === w.minute) return new Date(t);
  }
  // A gap: the wall time does not exist; read it with the offset before the change (clocks jump forward).
  return new Date(asUtc - Math.min(...candidates));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-03-29": the day an instant falls on in `zone`. */
export function dayKey(instant: string | number | Date, zone: string): string {
  const w = wallTime(instant, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "2026-03-29T14:05" for an <input type="datetime-local">, in `zone`. */
export function toLocalInput(instant: string | null | undefined, zone: string): string {
  if (!instant) return '';
  const w = wallTime(instant, zone);
  // A time planned through the API to the second keeps its seconds (zones' offsets are whole minutes), so that
  // the form does not read as changed and a save does not move the post.
  const seconds = Math.floor(new Date(instant).getTime() / 1000) % 60;
  return `${dayKey(instant, zone)}T${pad(w.hour)}:${pad(w.minute)}${seconds ? `:${pad((seconds + 60) % 60)}` : ''}`;
}

/** The instant (ISO, UTC) of a datetime-local value read in `zone`; null for an empty or malformed value. */
export function fromLocalInput(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
  const seconds = m[6] ? Number(m[6]) : 0;
  return new Date(fromWall({ year, month, day, hour, minute }, zone).getTime() + seconds * 1000).toISOString();
}

/** The same wall-clock time of day on another day (drag-and-drop onto a day keeps the hour). */
export function moveToDay(instant: string, day: string, zone: string): string {
  const w = wallTime(instant, zone);
  const [year, month, d] = day.split('-').map(Number);
  return fromWall({ year, month, day: d, hour: w.hour, minute: w.minute }, zone).toISOString();
}

/** A day key plus n days (calendar days, not 24-hour steps). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The weeks (Monday first) that show the month holding `day`: 4 to 6 rows of 7 day keys. */
export function monthWeeks(day: string): string[][] {
  const first = `${day.slice(0, 7)}-01`;
  let cursor = addDays(first, -weekday(first));
  const month = day.slice(0, 7);
  const weeks: string[][] = [];
  while (weeks.length < 6) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(cursor, i));
    if (weeks.length > 0 && !week.some((d) => d.startsWith(month))) break;
    weeks.push(week);
    cursor = addDays(cursor, 7);
  }
  return weeks;
}

/** The seven days (Monday first) of the week holding `day`. */
export function weekDays(day: string): string[] {
  const monday = addDays(day, -weekday(day));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** [from, to) as instants: from the start of the first day to the start of the day after the last, in `zone`. */
export function rangeOf(days: string[], zone: string): { from: string; to: string } {
  const start = (day: string) => {
    const [year, month, d] = day.split('-').map(Number);
    return fromWall({ year, month, day: d, hour: 0, minute: 0 }, zone).toISOString();
  };
  return { from: start(days[0]), to: start(addDays(days[days.length - 1], 1)) };
}

/** The console's one date-and-time format (useFormat's), in the user's language and the brand's zone. */
export function formatIn(instant: string | null | undefined, zone: string, language: Language = currentLanguage()): string {
  if (!instant) return '';
  return formatFor(language).dateTime(instant, zone);
}

/** "14:05" in `zone` (24-hour in every language). */
export function timeIn(instant: string, zone: string, language: Language = currentLanguage()): string {
  return formatFor(language).time(instant, zone);
}

/** "Mon 30 Mar 2026" ("pon., 30 mar 2026"): a day key in words, in the user's language (a day key has no zone). */
export function dayLabel(day: string, style: 'long' | 'short' = 'long', language: Language = currentLanguage()): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(TAGS[language], style === 'long'
    ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** "Mon" ("pon."): the short name of a day key's weekday, for the month grid's header. */
export function weekdayName(day: string, language: Language = currentLanguage()): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(TAGS[language], { weekday: 'short', timeZone: 'UTC' });
}

/** "December 2026" ("grudzień 2026"). */
export function monthLabel(day: string, language: Language = currentLanguage()): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(TAGS[language], { month: 'long', year: 'numeric',
    timeZone: 'UTC' });
}

/** The zone's short name at that instant ("CET", "GMT+2"), so a reader knows which clock is meant. */
export function zoneAbbreviation(instant: string | number | Date, zone: string): string {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(instant));
  return p.find((x) => x.type === 'timeZoneName')?.value ?? zone;
}

/** True when the browser knows `zone`. */
export function isZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
