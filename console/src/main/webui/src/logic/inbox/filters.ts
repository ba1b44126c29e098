// The queue's filters, and the inbox listing's query string they make (docs/inbox.md#listing-filters-and-search).
// Kept here so the screen and its tests agree on exactly what is asked.

export interface QueueFilters {
  brand: string | null;
  platform: string | null;
  /** comma-separated statuses; 'new,open' is the open queue */
  status: string | null;
  moment: string | null;
  language: string | null;
  sentiment: string | null;
  /** 'me', a user name, or null */
  assignee: string | null;
  team: string | null;
  /** waiting for the brand and due within this many minutes */
  dueWithinMinutes: number | null;
  /** true: only breached; false: only not breached; null: either */
  breached: boolean | null;
  /** enrichment's flags: true only the abusive ones, false none of them, null either */
  abusive: boolean | null;
  /** true only spam, false leave spam out, null either */
  spam: boolean | null;
  q: string;
  /** the order: due (soonest due first), newest, oldest or priority */
  sort: QueueSort;
}

/** The queue's orders (inbox-service's QueueOrder); due is the inbox's default. */
export const SORTS = ['due', 'newest', 'oldest', 'priority'] as const;
export type QueueSort = (typeof SORTS)[number];

export const DEFAULT_FILTERS: QueueFilters = {
  brand: null, platform: null, status: 'new,open', moment: null, language: null, sentiment: null, assignee: null,
  team: null, dueWithinMinutes: null, breached: null, abusive: null, spam: null, q: '', sort: 'due',
};

export const PAGE_SIZE = 50;
/** The inbox refuses longer searches (400). */
export const MAX_QUERY = 200;

/** The status filter's choices; 'new,open' ("waiting for us") is the open queue. The words are the screen's. */
export const STATUS_OPTIONS = ['new,open', 'new', 'open', 'pending_customer', 'answered', 'resolved'];
export const MOMENT_OPTIONS = ['complaint', 'question', 'suggestion', 'praise'];
export const SENTIMENT_OPTIONS = ['negative', 'neutral', 'positive'];
/** Languages to filter by, as ISO 639-1 codes (named by useFormat().languageName). */
export const LANGUAGE_OPTIONS = ['en', 'pl', 'el', 'ru', 'de', 'fr'];

/** The listing's query string for these filters (only what is set), with a page size and cursor. */
export function queueQuery(f: QueueFilters, cursor: string | null = null, limit = PAGE_SIZE): string {
  const q = new URLSearchParams();
  const set = (k: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && String(v).trim() !== '') q.set(k, String(v).trim());
  };
  set('status', f.status);
  set('brand', f.brand);
  set('platform', f.platform);
  set('moment', f.moment);
  set('language', f.language);
  set('sentiment', f.sentiment);
  set('assignee', f.assignee);
  set('team', f.team);
  set('dueWithinMinutes', f.dueWithinMinutes);
  if (f.breached !== null) q.set('breached', String(f.breached));
  if (f.abusive !== null && f.abusive !== undefined) q.set('abusive', String(f.abusive));
  if (f.spam !== null && f.spam !== undefined) q.set('spam', String(f.spam));
  set('q', f.q.slice(0, MAX_QUERY));
  if (f.sort !== 'due') q.set('sort', f.sort);
  q.set('limit', String(limit));
  if (cursor) q.set('cursor', cursor);
  return `?${q.toString()}`;
}

/** Filters read back from a query string (a bookmark of the queue); unknown or bad values are left out. */
export function filtersFromQuery(search: string): QueueFilters {
  const p = new URLSearchParams(search);
  const text = (k: string) => p.get(k)?.trim() || null;
  const minutes = Number(p.get('dueWithinMinutes'));
  const breached = p.get('breached');
  const flag = (k: string) => (p.get(k) === 'true' ? true : p.get(k) === 'false' ? false : null);
  return {
    brand: text('brand'), platform: text('platform'), status: p.has('status') ? text('status') : DEFAULT_FILTERS.status,
    moment: MOMENT_OPTIONS.includes(p.get('moment') ?? '') ? p.get('moment') : null,
    language: text('language'),
    sentiment: SENTIMENT_OPTIONS.includes(p.get('sentiment') ?? '') ? p.get('sentiment') : null,
    assignee: text('assignee'), team: text('team'),
    dueWithinMinutes: Number.isInteger(minutes) && minutes >= 1 && minutes <= 10080 ? minutes : null,
    breached: breached === 'true' ? true : breached === 'false' ? false : null,
    abusive: flag('abusive'), spam: flag('spam'),
    q: (p.get('q') ?? '').slice(0, MAX_QUERY),
    sort: (SORTS as readonly string[]).includes(p.get('sort') ?? '') ? p.get('sort') as QueueSort : 'due',
  };
}

/** How many filters differ from the default queue: the "Clear filters (3)" count (the order is not a filter). */
export function activeFilterCount(f: QueueFilters): number {
  return (Object.keys(DEFAULT_FILTERS) as (keyof QueueFilters)[])
    .filter((k) => k !== 'sort' && f[k] !== DEFAULT_FILTERS[k] && !(k === 'q' && f.q.trim() === '')).length;
}

/**
 * The owner filter's one value ("me", "user:agent2", "team:care") split into the listing's two
 * parameters.
 */
export function ownerFilter(value: string | null): { assignee: string | null; team: string | null } {
  if (!value) return { assignee: null, team: null };
  if (value === 'me') return { assignee: 'me', team: null };
  if (value.startsWith('team:')) return { assignee: null, team: value.slice(5) };
  if (value.startsWith('user:')) return { assignee: value.slice(5), team: null };
  return { assignee: null, team: null };
}

export function ownerValue(f: Pick<QueueFilters, 'assignee' | 'team'>): string | null {
  if (f.assignee === 'me') return 'me';
  if (f.assignee) return `user:${f.assignee}`;
  if (f.team) return `team:${f.team}`;
  return null;
}

/** Appends a further page to the queue, never listing a conversation twice (it may move between pages). */
export function appendPage<T extends { id: string }>(current: T[], next: T[]): T[] {
  const seen = new Set(current.map((c) => c.id));
  return [...current, ...next.filter((c) => !seen.has(c.id))];
}

// --- Saved views (inbox-service's /api/v1/brands/{brand}/views, docs/inbox.md#saved-views) ---

/** What a saved view holds: the listing's parameters (brand, limit and cursor aside) and the order. */
export function viewOf(f: QueueFilters): { filters: Record<string, string>; sort: QueueSort } {
  const p = new URLSearchParams(queueQuery(f));
  p.delete('brand');
  p.delete('limit');
  p.delete('sort');
  return { filters: Object.fromEntries(p), sort: f.sort };
}

/** The queue a saved view shows: its brand, its filters and its order (unknown parameters ignored). */
export function filtersOfView(view: { brand: string; filters: Record<string, string>; sort: string }): QueueFilters {
  const p = new URLSearchParams(view.filters);
  if (!p.has('status')) p.set('status', ''); // a view without a status lists every status
  p.set('brand', view.brand);
  p.set('sort', view.sort);
  const f = filtersFromQuery(`?${p.toString()}`);
  return { ...f, status: view.filters.status ?? null };
}

/** Whether the queue shows exactly what a view holds (the view picker then names it). */
export function showsView(f: QueueFilters, view: { brand: string; filters: Record<string, string>; sort: string }):
  boolean {
  return queueQuery(f) === queueQuery(filtersOfView(view));
}

// --- The total ---

/**
 * How a listing's total reads: counted ("1,234") or, when the inbox estimated it, rounded to what an estimate is
 * worth ("about 1.2 M", "about 15 K"). The screen writes the numbers in the user's language.
 */
export type TotalShown = { kind: 'exact'; count: number } | { kind: 'about'; value: number; unit: 'thousand' | 'million' };

export function totalShown(total: number | null | undefined, estimate: boolean | null | undefined): TotalShown | null {
  if (total == null) return null;
  if (!estimate) return { kind: 'exact', count: total };
  if (total >= 1_000_000) return { kind: 'about', value: roundTo(total / 1_000_000), unit: 'million' };
  return { kind: 'about', value: roundTo(Math.max(total, 1000) / 1000), unit: 'thousand' };
}

/** One decimal below 100 (1.2, 15.3), whole numbers above (120). */
function roundTo(n: number): number {
  return n >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
}
