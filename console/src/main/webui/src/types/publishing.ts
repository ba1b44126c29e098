// calendar-service's publishing API (stories, variants, comments, approvals, external reviewers): the shapes
// agreed in the publishing contract (docs/publishing.md). Times are ISO-8601 instants; the console shows them in
// the brand's time zone.

export type VariantStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'scheduled' | 'expired'
  | 'cancelled';

export type ContentType = 'post' | 'story' | 'reel' | 'video' | 'article';
export type RiskLevel = 'low' | 'normal' | 'high';

export interface MediaLicence {
  licence: string; author?: string | null; source?: string | null; expiresAt?: string | null;
}

export interface Media {
  id: string; contentType: string; width: number; height: number; bytes?: number; licence?: MediaLicence;
}

/**
 * A standards finding as calendar-service stores it with a variant: standards-service's own finding
 * (`ruleId`, `severity` "block"/"warn") or the contract's names (`code`, "blocking"/"warning"/"info");
 * `logic/publishing/findings.ts` reads both.
 */
export interface VariantFinding {
  ruleId?: string; code?: string; section?: number | string; sectionName?: string;
  severity: string; message: string; why?: string | null; suggestion?: string | null;
  span?: { start: number; end: number; text?: string } | null; imageIndex?: number | null;
  overridden?: { by: string; reason: string; at: string } | null;
  /** the message's key and values (standards-service's), for the user's language */
  messageKey?: string | null; params?: Record<string, string> | null;
}

export interface Approver { kind: 'user' | 'role' | 'external' | string; id: string }

export interface Decision {
  by: string; byExternal: boolean; decision: 'approve' | 'request_changes' | string; comment: string; at: string;
}

export interface ApprovalStep {
  name: string; approvers: Approver[]; required: number | string;
  state: 'waiting' | 'active' | 'approved' | 'skipped' | 'changes_requested' | string;
  activeSince?: string | null; remindAfter?: string | null; escalateAfter?: string | null;
  escalateTo?: Approver[]; decisions: Decision[]; skipped?: { by: string; reason: string; at: string } | null;
  skippableBy?: string[]; escalated?: boolean; reminded?: boolean;
}

export interface Approval { rule: number | null; steps: ApprovalStep[]; currentStep: number | null; round: number }

/** A variant's first comment as the service answers it: posted under the post a while after it goes out. */
export interface FirstComment {
  text: string; delayMinutes?: number; state?: string | null; platformCommentId?: string | null; permalink?: string | null;
}

export interface Variant {
  id: string; storyId: string; channelAccount: string; channelName?: string | null; platform: string; text: string;
  media: Media[];
  link: string | null; trackedLink?: string | null; firstComment: string | FirstComment | null; contentType: ContentType | string;
  riskLevel: RiskLevel | string; scheduledFor: string | null; timeZone: string; status: VariantStatus | string;
  version: number; author: string; lastEditor: string; updatedAt: string; findings: VariantFinding[];
  approval: Approval | null;
  /** What publishing did (publishing part 2); null before it was sent. */
  publication?: Publication | null;
  /** For a correction: the published variant it corrects, how (an edit of the post, or a reply under it) and why. */
  correctionOf?: string | null;
  correctionKind?: 'edit' | 'reply' | string | null;
  correctionReason?: string | null;
}

/** The contract's `publication` field (publishing2-contract.md), built by calendar-service's scheduler. */
export type PublicationState = 'publishing' | 'delayed' | 'unknown' | 'published' | 'failed';
export type FailureKind = 'authorization' | 'content_refused' | 'rate_limited' | 'transient' | 'unknown_outcome'
  | 'unsupported';
export interface PublicationAttempt {
  attempt: number; outcome: string; failure: FailureKind | string | null; reason: string | null; at: string;
}
export interface Publication {
  state: PublicationState | string; platformPostId: string | null; permalink: string | null;
  publishedAt: string | null; delaySeconds: number | null; failure: FailureKind | string | null;
  reason: string | null; whatToDo: string | null; retryAt: string | null; attempts: PublicationAttempt[];
}

/** GET /api/v1/brands/{brand}/cadence */
export interface CadenceWeek {
  week: string; from: string; to: string; planned: number; target: number | null; shortfall: number;
  overload: number; state: 'no-target' | 'under' | 'on-target' | 'over' | string;
}
export interface CadenceViolation {
  kind: 'gap' | 'quiet-hours' | 'blackout' | string; variantId: string; storyId: string; at: string; detail: string;
  otherVariantId: string | null;
}
export interface CadenceTarget {
  source: string | null; postsPerWeek: number | null; minGapMinutes: number | null;
  quietHours: { days: string[]; from: string; to: string }[]; blackouts: { from: string; to: string; reason: string | null }[];
}
export interface AccountCadence {
  channelAccount: string; channelName: string | null; platform: string; target: CadenceTarget | null;
  weeks: CadenceWeek[]; violations: CadenceViolation[];
}
export interface CadenceReport {
  brand: string; timeZone: string; from: string; to: string; accounts: AccountCadence[];
  competitors: CompetitorsCadence;
}
/** Competitors' posts per week as listening reads them from their public feeds (never estimated: null = not known). */
export interface CompetitorsCadence {
  observed: boolean; note: string; brands: CompetitorCadence[];
}
export interface CompetitorCadence {
  id: string; name: string; inCatalogue: boolean; observed: boolean;
  weeks: { week: string; from: string; to: string; posts: number | null; partial: boolean }[];
  averagePerWeek: number | null; weeksAveraged: number; recentAveragePerWeek: number | null; recentWeeks: number;
  sources: { channelId: string; name: string | null; feedUrl: string | null; readSince: string; earliestPost: string; posts: number }[];
  note: string;
}
export interface NextSlot {
  channelAccount: string; channelName: string | null; platform: string; timeZone: string; after: string;
  slot: string | null; localTime: string | null; movedBecause: string[]; target: CadenceTarget | null;
}
export interface CalendarFeed {
  id: string; scope: 'brand' | 'mine' | string; owner: string; createdAt: string; revokedAt: string | null;
  revokedBy: string | null; lastReadAt: string | null; url: string | null;
}

export interface Story {
  id: string; brand: string; title: string; brief: string; campaign: string | null; tags: string[]; owner: string;
  createdAt: string; updatedAt: string; version: number; variants: Variant[];
}

export type { Page } from '../api';

/** What a variant write sends (POST …/variants, PUT …/variants/{id}, and each variant of a new story). */
export interface VariantInput {
  channelAccount: string; text: string; media: string[]; link: string | null; firstComment: string | null;
  contentType: string; riskLevel: string; scheduledFor: string | null;
}

export interface VariantVersion {
  version: number; at: string; by: string; text: string; media: (Media | string)[]; link: string | null;
  firstComment: string | null; scheduledFor: string | null; status: string;
}

/** GET …/variants/{id}/history: the variant's versions and its corrections, in time order. */
export interface HistoryEntry {
  kind: 'version' | 'correction' | string; version: number | null; correctionId: string | null;
  correctionKind: string | null; at: string; by: string; text: string; status: string; reason: string | null;
}

export interface DiffChange { field: string; before: unknown; after: unknown }
export interface TextOp { op: 'equal' | 'insert' | 'delete' | string; text: string }
export interface VariantDiff { from: number; to: number; changes: DiffChange[]; text: TextOp[] }

export interface StoryComment {
  id: string; storyId: string; variantId: string | null; parentId: string | null; author: string;
  authorExternal: boolean; text: string; mentions: string[]; visibility: 'internal' | 'external' | string;
  span: { start: number; end: number } | null; resolved: { by: string; at: string } | null; createdAt: string;
}

export interface Reviewer {
  id: string; email: string; name: string; link: string; token?: string; expiresAt: string; revokedAt: string | null;
  /** Only in the invitation's answer: whether the mail server took the e-mail with the link, and if not, why. */
  emailed?: boolean | null; emailProblem?: string | null;
}

export interface WaitingApproval {
  story: { id: string; title: string; campaign: string | null }; variant: Variant; step: ApprovalStep | string | null;
  waitingSince: string; diffSinceLastLook: VariantDiff | null;
}

/** An account of the brand as ingest-service lists it (GET /api/v1/channels?brand=). */
export interface ChannelAccount {
  id: string; brand: string; platform: string; accountId: string; name: string; enabled: boolean;
}

/** The public review page's data (GET /api/v1/review/{token}). */
export interface ReviewView {
  story: { title: string; brief: string }; reviewer: { name: string }; expiresAt: string;
  variants: { id: string; platform: string; channelName: string; text: string;
    media: { id: string; contentType: string; width: number; height: number }[]; link: string | null;
    scheduledFor: string | null; status: string; canDecide: boolean }[];
  comments: StoryComment[];
}
