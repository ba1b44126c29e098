// The reports screen's rules, without React: report windows from calendar days (UTC, the figures' days), the
// download addresses, the recipients a manager types, the file name a download is saved under.

export type ReportKind = 'pack.pdf' | 'conversations.csv' | 'posts.csv';

export const SLOTS = ['summary', 'care', 'contacts', 'publishing', 'timeline'] as const;
export type Slot = (typeof SLOTS)[number];

/** A report window: whole UTC days, from the first day's start to the day after the last. */
export interface ReportWindow { from: string; to: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return utcDay(d);
}

/** The calendar month before the one that holds now: the monthly pack's period. */
export function lastMonth(now: Date): { firstDay: string; lastDay: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { firstDay: utcDay(first), lastDay: addDays(utcDay(end), -1) };
}

/** The week Monday to Sunday before the one that holds now: the weekly pack's period. */
export function lastWeek(now: Date): { firstDay: string; lastDay: string } {
  const today = utcDay(now);
  const weekday = (now.getUTCDay() + 6) % 7; // Monday 0
  const thisMonday = addDays(today, -weekday);
  return { firstDay: addDays(thisMonday, -7), lastDay: addDays(thisMonday, -1) };
}

/** The window of the days [firstDay, lastDay], or why not: 'invalid' (not a day) or 'order' (ends before it starts). */
export function windowOf(firstDay: string, lastDay: string): ReportWindow | 'invalid' | 'order' {
  if (!DAY.test(firstDay) || !DAY.test(lastDay) || Number.isNaN(Date.parse(`${firstDay}T00:00:00Z`))
    || Number.isNaN(Date.parse(`${lastDay}T00:00:00Z`))) return 'invalid';
  if (lastDay < firstDay) return 'order';
  return { from: `${firstDay}T00:00:00Z`, to: `${addDays(lastDay, 1)}T00:00:00Z` };
}

/** The address of a download through the console's relay. */
export function reportUrl(brand: string, kind: ReportKind, w: ReportWindow,
  options: { hours?: 'all' | 'business'; language?: string } = {}): string {
  const q = new URLSearchParams({ from: w.from, to: w.to });
  if (kind !== 'posts.csv' && options.hours && options.hours !== 'all') q.set('hours', options.hours);
  if (kind === 'pack.pdf' && options.language) q.set('language', options.language);
  return `/api/v1/brands/${encodeURIComponent(brand)}/analytics/reports/${kind}?${q.toString()}`;
}

/** Addresses typed one per line or separated by commas, semicolons or spaces; those that are not addresses apart. */
export function parseRecipients(text: string): { valid: string[]; invalid: string[] } {
  const parts = text.split(/[\s,;]+/).map((p) => p.trim()).filter(Boolean);
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const p of parts) {
    if (/^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(p)) {
      if (!valid.includes(p.toLowerCase())) valid.push(p.toLowerCase());
    } else invalid.push(p);
  }
  return { valid, invalid };
}

/** The file name a Content-Disposition header gives, else the fallback. */
export function fileName(contentDisposition: string | null, fallback: string): string {
  const m = contentDisposition ? /filename="?([^";]+)"?/i.exec(contentDisposition) : null;
  return m ? m[1] : fallback;
}
