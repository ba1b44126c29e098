// Incidents: the crisis banner's words, the selection of the bulk actions, and the manager's "open one" form.
import { formatDuration } from '../due';
import type { Incident, IncidentOpenRequest } from '../../types/governance';

/** The banner refreshes this often (ms): an incident opened elsewhere shows within this time. */
export const BANNER_REFRESH_MS = 15_000;

/** "since 14:05 (2 h 10 min)": when an incident opened, and how long ago. */
export function since(openedAt: string, now: number): string {
  const opened = new Date(openedAt);
  const hhmm = `${String(opened.getUTCHours()).padStart(2, '0')}:${String(opened.getUTCMinutes()).padStart(2, '0')}`;
  const ago = Math.max(now - opened.getTime(), 0);
  const sameDay = opened.toISOString().slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  const when = sameDay ? `${hhmm} UTC` : `${opened.toISOString().slice(0, 10)} ${hhmm} UTC`;
  return `since ${when} (${ago < 60_000 ? 'just now' : formatDuration(ago).replace(/:\d\d$/, ' min')})`;
}

export function conversationsLabel(n: number): string {
  return `${n} conversation${n === 1 ? '' : 's'}`;
}

export interface Banner {
  /** the incident the button opens: the newest */
  incident: Incident;
  headline: string;
  detail: string;
  /** other open incidents besides it */
  others: number;
}

/**
 * The crisis banner from the open incidents of the user's brands (newest first), or null when there is none:
 * "Crisis: Awaria płatności" · "acme · 12 conversations · since 14:05 UTC (25 min) · opened by a spike".
 */
export function bannerOf(open: Incident[], now: number): Banner | null {
  const live = open.filter((i) => i.state === 'open')
    .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
  if (live.length === 0) return null;
  const incident = live[0];
  const source = incident.source === 'spike' ? 'opened by a spike' : `opened by ${incident.openedBy}`;
  return {
    incident,
    headline: `Crisis: ${incident.title}`,
    detail: [incident.brand, conversationsLabel(incident.conversations), since(incident.openedAt, now), source]
      .join(' · '),
    others: live.length - 1,
  };
}

/** What gathered an incident: its signal and words, in words. */
export function gatheredBy(i: Pick<Incident, 'signal' | 'terms' | 'source'>): string {
  const signal = i.signal === 'complaint' ? 'complaints' : i.signal === 'negative' ? 'negative interactions' : null;
  const words = i.terms.length ? `mentioning ${i.terms.map((t) => `“${t}”`).join(', ')}` : null;
  const what = [signal, words].filter(Boolean).join(' ');
  return what || 'every interaction of the window';
}

/**
 * The spike that opened an incident, read from the title analytics gives it ("Spike: 14 complaints in 15 min —
 * paczka, kurier"): count, signal, minutes and top words; null for an incident opened by hand.
 */
export function spikeOf(i: Pick<Incident, 'source' | 'title'>):
  { count: number; signal: string; minutes: number; words: string[] } | null {
  if (i.source !== 'spike') return null;
  const m = /^Spike: (\d+) (complaints|negative interactions) in (\d+) min(?: — (.*))?$/u.exec(i.title);
  if (!m) return null;
  return { count: Number(m[1]), signal: m[2], minutes: Number(m[3]),
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

/** "3 of 12 selected" */
export function selectionLabel(selected: ReadonlySet<string>, all: string[]): string {
  return `${keepPresent(selected, all).length} of ${all.length} selected`;
}

export interface BulkOutcome {
  done: number;
  failed: { id: string; detail: string }[];
}

/** "Assigned 3 conversations." / "Assigned 2 of 3 conversations; 1 failed: …" */
export function outcomeText(verb: string, outcome: BulkOutcome): string {
  const total = outcome.done + outcome.failed.length;
  if (outcome.failed.length === 0) return `${verb} ${conversationsLabel(total)}.`;
  return `${verb} ${outcome.done} of ${conversationsLabel(total)}; ${outcome.failed.length} failed: `
    + outcome.failed.map((f) => f.detail).join('; ');
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

/** The form as the service takes it, or the errors per field. */
export function openRequest(form: OpenForm, now: number):
  { request: IncidentOpenRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = form.title.trim();
  if (!title) errors.title = 'Give the incident a title';
  else if (title.length > 200) errors.title = 'At most 200 characters';
  const terms = termsOf(form.terms);
  if (terms.length > 20) errors.terms = 'At most 20 words';
  else if (terms.some((t) => t.length > 100)) errors.terms = 'Each word at most 100 characters';
  if (!form.signal && terms.length === 0) errors.terms = 'Give words or a signal, or it gathers every conversation';
  if (!Number.isFinite(form.hours) || form.hours <= 0) errors.hours = 'At least one hour';
  else if (form.hours > MAX_WINDOW_HOURS) errors.hours = `At most ${MAX_WINDOW_HOURS} hours (7 days)`;
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
