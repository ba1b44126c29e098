// "Pause all publishing" (calendar-service's /api/v1/brands/{brand}/publishing-pause): who may pause and lift, the
// requests with their checks before sending, and which brands' banners to show.
import type { Me } from '../navigation';

export const PAUSE_REFRESH_MS = 15_000;
/** Fired on window after a pause or a lift, so every banner reads again at once. */
export const PAUSE_CHANGED_EVENT = 'parley:publishing-pause-changed';
export const MAX_REASON = 500;

export type Held = 'send' | 'reschedule';

export interface PublishingPause {
  id: string;
  brand: string;
  reason: string;
  incidentId: string | null;
  pausedBy: string;
  pausedAt: string;
  liftedBy: string | null;
  liftedAt: string | null;
  liftReason: string | null;
  held: Held | null;
  heldPosts: number | null;
}

export interface HeldPost {
  storyId: string;
  variantId: string;
  channelAccount: string;
  platform: string;
  scheduledFor: string;
}

export interface PublishingStatus {
  paused: boolean;
  pause: PublishingPause | null;
  held: number;
  heldPosts: HeldPost[];
  suggestion: Held;
}

/** Managers and admins pause and lift (the service answers 403 to the others). */
export function canPause(me: Me): boolean {
  return me.roles.includes('manager') || me.roles.includes('admin');
}

export type ReasonProblem = 'reasonMissing' | 'reasonTooLong';

function reasonProblem(reason: string): ReasonProblem | null {
  if (!reason.trim()) return 'reasonMissing';
  if (reason.trim().length > MAX_REASON) return 'reasonTooLong';
  return null;
}

/** The body of a pause, or what is wrong with the form (beside its field). */
export function pauseRequest(reason: string, incidentId: string | null):
  { request: { reason: string; incidentId?: string } } | { problem: ReasonProblem } {
  const problem = reasonProblem(reason);
  if (problem) return { problem };
  return { request: incidentId ? { reason: reason.trim(), incidentId } : { reason: reason.trim() } };
}

/** The body of a lift: a reason and what to do with the held posts. */
export function liftRequest(reason: string, held: Held): { request: { reason: string; held: Held } }
  | { problem: ReasonProblem } {
  const problem = reasonProblem(reason);
  if (problem) return { problem };
  return { request: { reason: reason.trim(), held } };
}

/** The brands whose publishing is paused, in the order of the user's brands. */
export function pausedOf(statuses: { brand: string; status: PublishingStatus | null }[]):
  { brand: string; status: PublishingStatus }[] {
  return statuses.filter((s): s is { brand: string; status: PublishingStatus } => !!s.status?.paused
    && !!s.status.pause);
}
