// The inbox API's shapes behind the care setup screens (inbox-service's OpenAPI: Teams, Assignment, Saved replies).

export type Day = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** A weekly on-duty shift in local time; `to` not after `from` runs overnight; `from` equal to `to` is the whole day. */
export interface Shift { days: Day[]; from: string; to: string; timeZone: string }

export interface TeamMember { user: string; schedule: Shift[] }

export interface MemberAvailability { user: string; state: 'available' | 'away' | 'offline' | string; since: string | null }

export interface Team {
  brand: string; name: string; strategy: 'round-robin' | 'least-loaded' | string; default: boolean;
  managers: string[]; members: TeamMember[]; onDutyNow: string[]; updatedBy: string | null; updatedAt: string | null;
  awayLimitMinutes: number | null; availability?: MemberAvailability[];
}

export interface TeamRequest {
  strategy: string; default: boolean; managers: string[]; members: TeamMember[]; awayLimitMinutes: number | null;
}

export interface RuleMatch {
  platform?: string | null; channelAccountId?: string | null; moment?: string | null; language?: string | null;
  keyword?: string | null;
}

export interface AssignmentRule { name: string; match: RuleMatch; team: string | null; assignee: string | null }

export interface CoverageGap {
  platform: string; moment: string; language: string; reason: 'no-rule-matched' | 'nobody-on-duty' | string;
  rule: string | null; team: string | null; assignee: string | null; day: Day; fromHour: number; toHour: number;
}

export interface Coverage {
  brand: string; timeZone: string; weekStarting: string; platforms: string[]; moments: string[]; languages: string[];
  combinations: number; hoursPerWeek: number; coveredHours: number; gapHours: number; gaps: CoverageGap[];
  conditionalRules: string[];
}

export interface Person { user: string; name: string | null; roles: string[] }

export interface SavedReply {
  id: string; brand: string; language: string; title: string; body: string; sentiment: string | null;
  guidance: string | null; createdBy: string; updatedAt: string; version: number;
}

export interface SavedReplyRequest {
  language: string; title: string; body: string; sentiment: string | null; guidance: string | null;
}

/** One change to the brand's care setup (inbox-service's GET /api/v1/brands/{brand}/setup-changes). */
export interface SetupChange {
  id: string; brand: string; subject: 'team' | 'assignment-rules' | 'saved-reply' | string; key: string;
  action: 'created' | 'changed' | 'deleted' | string; actor: string; at: string; details: Record<string, unknown>;
}
