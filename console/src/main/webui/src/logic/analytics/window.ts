// The window every analytics tab asks for: a preset (the last 7, 30 or 90 days, this month, the month before) or a
// custom range of whole UTC days. The services count [from, to) and refuse an empty window or one over 366 days.

export const PRESETS = ['7d', '30d', '90d', 'month', 'lastMonth', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** The longest window analytics-service answers (parley.analytics.*.longest-window). */
export const LONGEST_DAYS = 366;

export interface WindowChoice {
  preset: Preset;
  /** Custom range: first and last day included, 'YYYY-MM-DD' (UTC). */
  fromDay?: string;
  toDay?: string;
}

export type Window = { from: string; to: string; error?: undefined }
  | { error: 'missing' | 'order' | 'tooLong'; from?: undefined; to?: undefined };

const DAY = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The [from, to) a choice stands for at `now`, or why it cannot be asked for. */
export function windowOf(choice: WindowChoice, now: Date): Window {
  const end = now.toISOString();
  switch (choice.preset) {
    case '7d': case '30d': case '90d': {
      const days = Number(choice.preset.slice(0, -1));
      return { from: new Date(now.getTime() - days * DAY).toISOString(), to: end };
    }
    case 'month':
      return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(), to: end };
    case 'lastMonth':
      return {
        from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString(),
        to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      };
    case 'custom': {
      if (!choice.fromDay || !choice.toDay || !DAY_PATTERN.test(choice.fromDay) || !DAY_PATTERN.test(choice.toDay)) {
        return { error: 'missing' };
      }
      const from = Date.parse(`${choice.fromDay}T00:00:00Z`);
      const to = Date.parse(`${choice.toDay}T00:00:00Z`) + DAY; // the last day is included
      if (Number.isNaN(from) || Number.isNaN(to)) return { error: 'missing' };
      if (to <= from) return { error: 'order' };
      if ((to - from) / DAY > LONGEST_DAYS) return { error: 'tooLong' };
      return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
    }
    default:
      return { error: 'missing' };
  }
}

/** Whole days a window spans (hourly buckets are offered up to 7). */
export function daysIn(w: Window): number {
  return w.from && w.to ? Math.ceil((Date.parse(w.to) - Date.parse(w.from)) / DAY) : 0;
}

/** A day as the date input shows it ('YYYY-MM-DD', UTC). */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}
