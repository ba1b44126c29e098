import type { Me } from '../navigation';
import type { Story, Variant } from '../../types/publishing';
import { dayKey, moveToDay, wallTime } from './zoned';

// The calendar's decisions: which variant goes in which day cell (in the brand's zone), in what order, with which
// status words; who may write or move posts; what a drop on another day sends.

export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'expired', 'cancelled'];

/** Each status's icon, shown beside its words (the "publishing" translations' status.<code>), so it never rests on
 * colour alone. */
export const STATUS_ICONS: Record<string, string> = {
  draft: '✎', in_review: '⏳', changes_requested: '↩', approved: '✓', scheduled: '🕒', expired: '⌛', cancelled: '✕',
  publishing: '↗', published: '✔', failed: '⚠', deleted: '🗑',
};

/** Editors, approvers, managers and admins write posts; every other role of the brand reads the calendar. */
export function canWritePosts(me: Me): boolean {
  return ['editor', 'approver', 'manager', 'admin'].some((r) => me.roles.includes(r));
}

/** Approvers (and managers, admins) decide; calendar-service still checks the step and self-approval. */
export function canDecide(me: Me): boolean {
  return ['approver', 'manager', 'admin'].some((r) => me.roles.includes(r));
}

/** Managers and admins may skip a step (with a reason). */
export function canSkipStep(me: Me): boolean {
  return ['manager', 'admin'].some((r) => me.roles.includes(r));
}

/** One variant as the calendar shows it. */
export interface Placed {
  story: Pick<Story, 'id' | 'title' | 'campaign' | 'brand'>;
  variant: Variant;
  day: string;
  minutes: number;
}

export interface CalendarFilters { channelAccounts: string[]; statuses: string[]; campaign: string }

export const NO_FILTERS: CalendarFilters = { channelAccounts: [], statuses: [], campaign: '' };

export function matches(p: Placed, f: CalendarFilters): boolean {
  if (f.channelAccounts.length && !f.channelAccounts.includes(p.variant.channelAccount)) return false;
  if (f.statuses.length && !f.statuses.includes(p.variant.status)) return false;
  if (f.campaign && (p.story.campaign ?? '') !== f.campaign) return false;
  return true;
}

/**
 * The scheduled variants by day in `zone` (a map of day key → variants in time order, then by channel); variants
 * without a time are not on the grid (`unscheduled` lists them). A few hundred variants cost one pass and a sort
 * per day.
 */
export function placeVariants(stories: Story[], zone: string, filters: CalendarFilters = NO_FILTERS):
  { byDay: Map<string, Placed[]>; unscheduled: Placed[] } {
  const byDay = new Map<string, Placed[]>();
  const unscheduled: Placed[] = [];
  for (const story of stories) {
    for (const variant of story.variants) {
      const s = { id: story.id, title: story.title, campaign: story.campaign, brand: story.brand };
      if (!variant.scheduledFor) {
        const p = { story: s, variant, day: '', minutes: 0 };
        if (matches(p, filters)) unscheduled.push(p);
        continue;
      }
      const w = wallTime(variant.scheduledFor, zone);
      const p = { story: s, variant, day: dayKey(variant.scheduledFor, zone), minutes: w.hour * 60 + w.minute };
      if (!matches(p, filters)) continue;
      const list = byDay.get(p.day);
      if (list) list.push(p); else byDay.set(p.day, [p]);
    }
  }
  for (const list of byDay.values()) {
    list.sort((a, b) => a.minutes - b.minutes || a.variant.platform.localeCompare(b.variant.platform)
      || a.story.title.localeCompare(b.story.title));
  }
  return { byDay, unscheduled };
}

/** Only a variant that is still to go out may move; cancelled and expired ones stay where they were. */
export function canMove(v: Variant): boolean {
  return !['cancelled', 'expired'].includes(v.status) && v.scheduledFor !== null;
}

/** The new time when a variant is dropped on `day`: the same time of day in the brand's zone. */
export function droppedOn(v: Variant, day: string, zone: string): string | null {
  if (!v.scheduledFor) return null;
  const next = moveToDay(v.scheduledFor, day, zone);
  return next === new Date(v.scheduledFor).toISOString() ? null : next;
}

/** Whether a reschedule should say first that an approved post keeps its approval unless the brand's rule asks again. */
export function keepsApprovalNote(v: Variant): boolean {
  return ['approved', 'scheduled'].includes(v.status);
}

/**
 * A story's zone: its variants' own (calendar-service sets the brand's when they are written), else the catalogue's, else
 * UTC. For one story only; the calendar grid uses the catalogue's zone, since stories written at different times may
 * carry different zones.
 */
export function brandZone(stories: Story[], catalogueZone: string | null | undefined): string {
  for (const s of stories) {
    for (const v of s.variants) if (v.timeZone) return v.timeZone;
  }
  return catalogueZone || 'UTC';
}

/** The campaigns named in the stories, sorted, for the filter. */
export function campaigns(stories: Story[]): string[] {
  return [...new Set(stories.map((s) => s.campaign).filter((c): c is string => !!c))].sort();
}
