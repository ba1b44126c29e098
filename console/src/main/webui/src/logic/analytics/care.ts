// The care figures as chart series, table cells and the drill-down's queries (docs/metrics.md). Numbers and codes
// only: the screen turns them into words and formats them.
import type { CareDimension, CareFigure, CareGroup, CareView, HoursCounted } from '../../types/analytics';

export const DIMENSIONS: readonly CareDimension[] = ['channel', 'team', 'agent', 'moment', 'language'];
export const HOURS: readonly HoursCounted[] = ['business', 'all'];

/** The figures of a care group, in the table's column order; each is a glossary entry too. */
export const CARE_CELLS = ['conversations', 'responseRate', 'timeToFirstResponse', 'withinTarget', 'resolution',
  'reopened'] as const;
export type CareCell = (typeof CARE_CELLS)[number];

/**
 * The conversations a cell opens first (its count), and the other sets of that figure the panel offers (its base,
 * what it leaves out): e.g. the share within target opens those answered in time, then those that missed, then all
 * that were due.
 */
export const CELL_FIGURES: Record<CareCell, readonly CareFigure[]> = {
  conversations: ['conversations', 'answered', 'unanswered'],
  responseRate: ['answered', 'unanswered', 'conversations'],
  timeToFirstResponse: ['answered'],
  withinTarget: ['within-target', 'missed-target', 'target-due'],
  resolution: ['resolved'],
  reopened: ['reopened', 'ever-resolved'],
};

export const ALL_FIGURES: readonly CareFigure[] = ['conversations', 'answered', 'unanswered', 'target-due',
  'within-target', 'missed-target', 'resolved', 'ever-resolved', 'reopened'];

export interface CareQuery {
  brand: string;
  from: string;
  to: string;
  by: CareDimension;
  hours: HoursCounted;
}

/** GET …/analytics/care for the choices on screen. */
export function carePath(q: CareQuery): string {
  const p = new URLSearchParams({ from: q.from, to: q.to, by: q.by, hours: q.hours });
  return `/api/v1/brands/${encodeURIComponent(q.brand)}/analytics/care?${p}`;
}

/**
 * What the drill-down opens: a figure of one group (or of the total when `group` is undefined), as the service's
 * filters say it: the group's value filters its dimension, and the group without one (null) is an empty value.
 */
export interface Drill {
  query: CareQuery;
  figure: CareFigure;
  /** undefined: the total (no group filter); null: the group without a value. */
  group?: string | null;
  /** other filters, e.g. a moment and a day window from the timeline */
  filters?: Partial<Record<CareDimension, string | null>>;
}

/** GET …/analytics/care/conversations for a drill-down, one page from `cursor`. */
export function drillPath(d: Drill, cursor: string | null, limit: number): string {
  const p = new URLSearchParams({ from: d.query.from, to: d.query.to, figure: d.figure, hours: d.query.hours });
  const filters: Partial<Record<CareDimension, string | null>> = { ...d.filters };
  if (d.group !== undefined) filters[d.query.by] = d.group;
  for (const dim of DIMENSIONS) {
    if (dim in filters) p.set(dim, filters[dim] ?? ''); // an empty value selects the conversations without one
  }
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor);
  return `/api/v1/brands/${encodeURIComponent(d.query.brand)}/analytics/care/conversations?${p}`;
}

/** How many conversations a cell's first set holds (what its button says it opens). */
export function cellCount(g: CareGroup, cell: CareCell): number {
  switch (cell) {
    case 'conversations': return g.conversations;
    case 'responseRate': return g.responseRate.count;
    case 'timeToFirstResponse': return g.timeToFirstResponse.base;
    case 'withinTarget': return g.withinTarget.count;
    case 'resolution': return g.resolution.base;
    case 'reopened': return g.reopened.count;
    default: return 0;
  }
}

export interface CareSeries {
  /** the groups' values, as the service names them (null: the group without one) */
  groups: (string | null)[];
  conversations: number[];
  /** minutes, one decimal; null where nothing was answered */
  medianMinutes: (number | null)[];
  p90Minutes: (number | null)[];
  /** percent, one decimal; null where the base is 0 */
  responsePercent: (number | null)[];
  withinTargetPercent: (number | null)[];
}

const minutes = (s: number | null) => (s == null ? null : Math.round(s / 6) / 10);
const percent = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 10);

/** The groups as chart series, the most conversations first (the service's order), at most `limit` of them. */
export function careSeries(view: CareView | null, limit = 12): CareSeries {
  const groups = (view?.groups ?? []).slice(0, limit);
  return {
    groups: groups.map((g) => g.value),
    conversations: groups.map((g) => g.conversations),
    medianMinutes: groups.map((g) => minutes(g.timeToFirstResponse.medianSeconds)),
    p90Minutes: groups.map((g) => minutes(g.timeToFirstResponse.p90Seconds)),
    responsePercent: groups.map((g) => percent(g.responseRate.value)),
    withinTargetPercent: groups.map((g) => percent(g.withinTarget.value)),
  };
}

/** The chart's bar at `index` as the drill-down of its figure. */
export function drillForBar(view: CareView, query: CareQuery, index: number, cell: CareCell): Drill | null {
  const g = view.groups[index];
  if (!g) return null;
  return { query, figure: CELL_FIGURES[cell][0], group: g.value };
}
