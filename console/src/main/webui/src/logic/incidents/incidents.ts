// Incidents: the crisis banner's facts, the selection of the bulk actions, and the manager's "open one" form. The
// screens word them (screens/incidents/words.ts): this file returns numbers and codes.
import type { Incident, IncidentOpenRequest } from '../../types/governance';

/** The banner refreshes this often (ms): an incident opened elsewhere shows within this time. */
export const BANNER_REFRESH_MS = 15_000;

/** When an incident opened, how long ago (ms), and whether that was today (then its time is enough). */
export function since(openedAt: string, now: number): { at: string; ms: number; today: boolean } {
  const opened = new Date(openedAt);
  return { at: openedAt, ms: Math.max(now - opened.getTime(), 0),
    today: opened.toDateString() === new Date(now).toDateString() };
}

export interface Banner {
  /** the incident the button opens: the newest */
  incident: Incident;
  /** other open incidents besides it */
  others: number;
}

/** The crisis banner from the open incidents of the user's brands (the newest), or null when there is none. */
export function bannerOf(open: Incident[]): Banner | null {
  const live = open.filter((i) => i.state === 'open')
    .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
  if (live.length === 0) return null;
  return { incident: live[0], others: live.length - 1 };
}

/** What gathered an incident: its signal (null: any) and its words; neither: every interaction of the window. */
export function gatheredBy(i: Pick<Incident, 'signal' | 'terms'>): { signal: 'complaint' | 'negative' | null; terms: string[] } {
  return { signal: i.signal === 'complaint' || i.signal === 'negative' ? i.signal : null, terms: i.terms };
}

/**
 * The spike that opened an incident, read from the title analytics gives it ("Spike: 14 complaints in 15 min —
 * paczka, kurier"): count, signal, minutes and top words; null for an incident opened by hand.
 */
export function spikeOf(i: Pick<Incident, 'source' | 'title'>):
  { count: number; signal: 'complaint' | 'negative'; minutes: number; words: string[] } | null {
  if (i.source !== 'spike') return null;
  const m = /^Spike: (\d+) (complaints|negative interactions) in (\d+) min(?: — (.*))?$/u.exec(i.title);
  if (!m) return null;
  return { count: Number(m[1]), signal: m[2] === 'complaints' ? 'complaint' : 'negative', minutes: Number(m[3]),
    words: m[4] ? m[4].split(', ').filter(Boolean) : [] };
}

// The bulk actions' selection: a set of conversation ids, kept to those still in the incident.

export function toggle(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Everything selected → nothing; otherwise → everything. */
export function toggleAll(selected: ReadonlySet<string>, all: string[]): Set<string> {
  return all.length > 0 && all.every((id) => selected.has(id)) ? new Set() : new Set(all);
}

export type AllState = 'none' | 'some' | 'all';

export function allState(selected: ReadonlySet<string>, all: string[]): AllState {
  const n = all.filter((id) => selected.has(id)).length;
  return n === 0 ? 'none' : n === all.length ? 'all' : 'some';
}

/** The selection, in the list's order, without ids that left the list (after a reload). */
export function keepPresent(selected: ReadonlySet<string>, all: string[]): string[] {
  return all.filter((id) => selected.has(id));
}

export interface BulkOutcome {
  done: number;
  failed: { id: string; detail: string }[];
}

export interface OpenForm {
  title: string;
  signal: '' | 'complaint' | 'negative';
  /** words separated by commas or new lines */
  terms: string;
  /** the window: the last N hours up to now (the service's default is one hour, at most 7 days) */
  hours: number;
}

export const MAX_WINDOW_HOURS = 7 * 24;

/** The words of the form: split on commas and new lines, trimmed, each once, as typed. */
export function termsOf(text: string): string[] {
  return [...new Set(text.split(/[,\n;]/).map((t) => t.trim()).filter(Boolean))];
}

/** What is wrong with a field of the form, as a code the screen words. */
export type OpenProblem = 'titleMissing' | 'titleTooLong' | 'tooManyTerms' | 'termTooLong' | 'nothingGathers'
  | 'windowTooShort' | 'windowTooLong';

/** The form as the service takes it, or the problems per field. */
export function openRequest(form: OpenForm, now: number):
  { request: IncidentOpenRequest } | { errors: Record<string, OpenProblem> } {
  const errors: Record<string, OpenProblem> = {};
  const title = form.title.trim();
  if (!title) errors.title = 'titleMissing';
  else if (title.length > 200) errors.title = 'titleTooLong';
  const terms = termsOf(form.terms);
  if (terms.length > 20) errors.terms = 'tooManyTerms';
  else if (terms.some((t) => t.length > 100)) errors.terms = 'termTooLong';
  if (!form.signal && terms.length === 0) errors.terms = 'nothingGathers';
  if (!Number.isFinite(form.hours) || form.hours <= 0) errors.hours = 'windowTooShort';
  else if (form.hours > MAX_WINDOW_HOURS) errors.hours = 'windowTooLong';
  if (Object.keys(errors).length) return { errors };
  const to = new Date(now);
  const from = new Date(now - form.hours * 3_600_000);
  return { request: { title, ...(form.signal ? { signal: form.signal } : {}), ...(terms.length ? { terms } : {}),
    from: from.toISOString(), to: to.toISOString() } };
}

/** Incidents open first (newest first), then closed ones by when they closed. */
export function byStateThenTime(a: Incident, b: Incident): number {
  if (a.state !== b.state) return a.state === 'open' ? -1 : 1;
  const ta = Date.parse(a.state === 'open' ? a.openedAt : a.closedAt ?? a.openedAt);
  const tb = Date.parse(b.state === 'open' ? b.openedAt : b.closedAt ?? b.openedAt);
  return tb - ta;
}
