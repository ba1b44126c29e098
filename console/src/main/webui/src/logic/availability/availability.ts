// Agents' availability (inbox-service's /api/v1/me/availability, docs/inbox-ownership.md#availability): whether a
// person takes new conversations. Kept here so the header control, the owner picker and their tests agree.

export const STATES = ['available', 'away', 'offline'] as const;
export type AvailabilityState = (typeof STATES)[number];

export interface Availability { user: string; state: AvailabilityState | string; since?: string | null }

/** The icon beside each state's word (never colour alone). */
export const ICONS: Record<AvailabilityState, string> = { available: '●', away: '◐', offline: '○' };

export function isState(v: string | null | undefined): v is AvailabilityState {
  return (STATES as readonly string[]).includes(v ?? '');
}

/**
 * Each member's state as the teams API lists it (a person in several teams has one state); someone the teams do not
 * list is available (the inbox's default).
 */
export function availabilityByUser(teams: { availability?: Availability[] | null }[]): Map<string, AvailabilityState> {
  const states = new Map<string, AvailabilityState>();
  for (const team of teams) {
    for (const a of team.availability ?? []) {
      if (isState(a.state)) states.set(a.user, a.state);
    }
  }
  return states;
}

/** Only agents, managers and admins take conversations, so only they have an availability to set. */
export function takesConversations(roles: string[]): boolean {
  return ['agent', 'manager', 'admin'].some((r) => roles.includes(r));
}
