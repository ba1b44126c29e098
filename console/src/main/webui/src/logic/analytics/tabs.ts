// The analytics screen's tabs, each with its own address (/analytics/care …), so back, forward and links work.
import type { Me } from '../navigation';

export const ANALYTICS_TABS = ['care', 'contacts', 'publishing', 'timeline', 'glossary'] as const;
export type AnalyticsTab = (typeof ANALYTICS_TABS)[number];

/** analytics-service answers the publishing figures to those who publish and manage (agents get 403). */
const PUBLISHING_ROLES = ['editor', 'approver', 'manager', 'admin', 'integrator'];

export function mayReadPublishing(me: Me): boolean {
  return PUBLISHING_ROLES.some((r) => me.roles.includes(r));
}

export function tabsFor(me: Me): AnalyticsTab[] {
  return ANALYTICS_TABS.filter((t) => t !== 'publishing' || mayReadPublishing(me));
}

/** "/analytics/timeline" → timeline; "/analytics", an unknown or a forbidden tab → the first allowed (care). */
export function tabFromPath(path: string, allowed: readonly AnalyticsTab[]): AnalyticsTab {
  const segment = path.split(/[?#]/)[0].split('/').filter(Boolean)[1] as AnalyticsTab | undefined;
  return segment && allowed.includes(segment) ? segment : allowed[0] ?? 'care';
}

export function tabPath(tab: AnalyticsTab, anchor?: string): string {
  return `/analytics/${tab}${anchor ? `#${anchor}` : ''}`;
}

/** The glossary's anchor of a figure: "/analytics/glossary#figure-responseRate". */
export function glossaryAnchor(id: string): string {
  return `figure-${id}`;
}

/** One page of rows (tables keep long lists to a page; pages count from 0). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), pages };
}
