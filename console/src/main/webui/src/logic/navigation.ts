// Which screens a user sees, from their roles: the same rules the services apply to the calls behind
// each screen, so no one is shown a screen that would only answer 403.

export type Screen = 'inbox' | 'approvals' | 'complaints' | 'incidents' | 'standards' | 'calendar' | 'analytics'
  | 'reports'
  | 'channels'
  | 'brand'
  | 'care-setup';

export interface Me {
  userName: string;
  displayName: string;
  roles: string[];
  brands: string[];
}

const SCREEN_ROLES: Record<Screen, string[]> = {
  inbox: ['agent', 'manager', 'admin'],
  approvals: ['approver', 'manager', 'admin'],
  complaints: ['agent', 'manager', 'admin'],
  incidents: ['agent', 'manager', 'admin'],
  standards: ['agent', 'editor', 'approver', 'manager', 'admin'],
  // every employee sees the calendar (R3.1); agents and integrators read it only (logic/publishing/calendar.ts)
  calendar: ['agent', 'editor', 'approver', 'manager', 'admin', 'integrator'],
  analytics: ['agent', 'manager', 'admin'],
  // the report pack holds care and publishing figures: the people who read both (analytics-service's reports)
  reports: ['manager', 'admin'],
  // channel accounts and their health: set up by managers and admins (ingest-service's /api/v1/channels)
  channels: ['manager', 'admin'],
  // brand setup (listening rules, the auto-hide rule, logos): changed by managers and admins only
  brand: ['manager', 'admin'],
  // teams and rotas, assignment rules and their gaps, saved replies, priorities: set up by managers and admins
  'care-setup': ['manager', 'admin'],
};

export const SCREEN_ORDER: Screen[] = ['inbox', 'approvals', 'complaints', 'incidents', 'standards', 'calendar',
  'analytics', 'reports',
  'channels',
  'brand', 'care-setup'];

export function screensFor(me: Me): Screen[] {
  return SCREEN_ORDER.filter((s) => SCREEN_ROLES[s].some((r) => me.roles.includes(r)));
}

/**
 * The screens users land on: each role's first screen (a user of several roles lands on the first of theirs, which is
 * one of these). The build keeps what these need before they show under a budget (scripts/first-screen.mjs).
 */
export function firstScreens(): Screen[] {
  const roles = [...new Set(Object.values(SCREEN_ROLES).flat())];
  const first = roles.map((role) => screensFor({ userName: '', displayName: '', roles: [role], brands: [] })[0]);
  return SCREEN_ORDER.filter((s) => first.includes(s));
}

/** Only managers and admins change a brand's standards; the others read them. */
export function canEditStandards(me: Me): boolean {
  return me.roles.includes('manager') || me.roles.includes('admin');
}

/** Agents, managers and admins answer customers. */
export function canReply(me: Me): boolean {
  return ['agent', 'manager', 'admin'].some((r) => me.roles.includes(r));
}

/** The screen named by a path ("/standards/acme" → standards), or the user's first screen. */
export function screenFromPath(path: string, allowed: Screen[]): Screen | null {
  const segment = path.split('/').filter(Boolean)[0];
  // a story (/stories/new, /stories/<id>) is opened from the calendar
  const first = (segment === 'stories' ? 'calendar' : segment) as Screen | undefined;
  if (first && allowed.includes(first)) return first;
  return allowed[0] ?? null;
}
