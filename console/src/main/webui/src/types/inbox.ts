// The inbox-service's shapes, as its OpenAPI (/q/openapi) describes them: docs/inbox.md,
// docs/inbox-ownership.md, docs/inbox-authority.md. The console only reads them through the relay.

import type { BoxedNumbers, InboxSchemas, Refined } from '../api/shapes';

export type ConversationStatus = InboxSchemas['ConversationStatus'];

type S = InboxSchemas;

export type Author = Refined<S['Author'], { profileUrl?: string | null }>;

export type ConversationStory = Refined<S['ConversationStory'], { permalink?: string | null }>;

export type ConversationSummary = Refined<S['ConversationSummary'], {
  status: ConversationStatus; author: Author;
  firstResponseAt?: string | null; timeToFirstResponseSeconds?: number | null;
  channelAccountId?: string | null; language?: string | null; moment?: string | null; sentiment?: string | null;
  priority?: string | null; assignee?: string | null; team?: string | null; breachedAt?: string | null;
  /** the story whose published post it is under (inbox-service, from calendar's VariantPublished) */
  story?: ConversationStory | null;
  /** enrichment read some customer message as abusive / every customer message as spam (absent from older inboxes) */
  abusive?: boolean; spam?: boolean;
}>;

export type ConversationPage = Refined<S['ConversationPage'], {
  items: ConversationSummary[]; nextCursor: string | null;
  /** the order the page is in: due, newest, oldest or priority */
  sort?: string;
  /** how many the listing holds on all pages (first page only); an estimate when totalIsEstimate */
  total?: number; totalIsEstimate?: boolean;
}>;

/** A saved view of the queue (inbox-service, /api/v1/brands/{brand}/views): a person's own or a team's. */
export interface SavedView {
  id: string; brand: string; name: string; scope: 'personal' | 'team' | string; owner?: string | null;
  team?: string | null; filters: Record<string, string>; sort: string; createdBy: string; createdAt: string;
  updatedAt: string; version: number; total: number; totalIsEstimate: boolean;
}

/** A photo, video, file, sticker or link the customer attached. */
export type Attachment = BoxedNumbers<Refined<S['Attachment'], {
  type: 'image' | 'video' | 'audio' | 'file' | 'sticker' | 'link' | 'other' | string;
  url?: string | null; platformId?: string | null;
}>, 'width' | 'height'>;

export type InteractionRevision = Refined<S['InteractionRevision'], {
  textBefore?: string | null; textAfter?: string | null; changedBy?: string | null; platformTime?: string | null;
}>;

export type Interaction = BoxedNumbers<Omit<Refined<S['Interaction'], {
  author: Author;
  platformObjectId?: string | null; parentId?: string | null; permalink?: string | null;
  /** visible, hidden or deleted on the platform */
  state?: string | null; editedAt?: string | null; history?: InteractionRevision[];
  /** what enrichment read: abusive or spam, with the models' scores in [0,1] (null when enrichment was off) */
  abusive?: boolean; spam?: boolean;
}>, 'attachments'> & { attachments?: Attachment[] | null }, 'abusiveScore' | 'spamScore'>;

export interface Reply {
  id: string; text: string; author: string; status: string; createdAt: string; deliveredAt?: string | null;
  platformObjectId?: string | null; failureReason?: string | null;
  checkVerdict?: string | null; findings?: Finding[] | null; overrideBy?: string | null; overrideReason?: string | null;
  /** a held agent's reply: where its approval is (status awaiting_approval, then sending or rejected) */
  approval?: ReplyApproval | null;
}

/** A held reply's approval (inbox-service ReplyApproval). */
export interface ReplyApproval {
  state: 'waiting' | 'approved' | 'rejected' | string; dueAt: string; overdue: boolean;
  decidedBy?: string | null; decidedAt?: string | null; comment?: string | null; originalText?: string | null;
}

/** The brand's reply approvals setting (GET/PUT /api/v1/brands/{brand}/reply-approvals/setting). */
export interface ReplyApprovalSetting {
  brand: string; heldAgents: string[]; approvers: string[]; dueMinutes: number; updatedBy?: string | null;
  updatedAt?: string | null;
  changes: { heldAgents: string[]; approvers: string[]; dueMinutes: number; changedBy: string; changedAt: string }[];
}

/**
 * A team's own reply approvals setting (GET/PUT/DELETE /api/v1/brands/{brand}/reply-approvals/teams/{team}/setting);
 * set false: the team has none, the brand's applies to its conversations.
 */
export interface TeamReplyApprovalSetting {
  brand: string; team: string; set: boolean; heldAgents: string[]; approvers: string[]; dueMinutes: number;
  updatedBy?: string | null; updatedAt?: string | null;
  changes: { heldAgents: string[]; approvers: string[]; dueMinutes: number; removed: boolean; changedBy: string;
    changedAt: string }[];
}

/** A page of the brand's approvals queue. */
export interface ReplyApprovalPage {
  items: { reply: Reply; conversation: { id: string; platform: string; channelAccountId?: string | null;
    authorName?: string | null; preview?: string | null; status: string; dueAt: string; overdue: boolean } }[];
  nextCursor: string | null; counts: { waiting: number; overdue: number };
}

export interface ConversationDetail {
  id: string; brand: string; platform: string; status: ConversationStatus | string; receivedAt: string; dueAt: string;
  overdue: boolean; author: Author; firstResponseAt?: string | null; timeToFirstResponseSeconds?: number | null;
  interactions: Interaction[]; replies: Reply[];
  /** as in the queue (inbox-service adds them to the detail too, so a deep link needs no queue) */
  channelAccountId?: string | null; language?: string | null; moment?: string | null; sentiment?: string | null;
  priority?: string | null; assignee?: string | null; team?: string | null; breachedAt?: string | null;
  /** the story whose published post it is under (inbox-service, from calendar's VariantPublished) */
  story?: ConversationStory | null;
  /** the platform's id of the post the conversation is under, when known */
  postId?: string | null;
  abusive?: boolean; spam?: boolean;
}

export interface AuthorHistoryItem {
  id: string; brand: string; platform: string; channelAccountId?: string | null; status: string; receivedAt: string;
  lastInteractionAt: string; interactions: number; preview: string; moment?: string | null;
  sentiment?: string | null;
  /** platform-id: the same account; name: the same name on another network (possibly another person) */
  match: 'platform-id' | 'name' | string;
}

export interface AuthorHistory { author: Author; items: AuthorHistoryItem[]; nextCursor: string | null }

export interface Assignment {
  team?: string | null; assignee?: string | null; previousTeam?: string | null; previousAssignee?: string | null;
  reason: string; rule?: string | null; assignedBy?: string | null; at: string;
}

export interface Ownership {
  conversationId: string; brand: string; team?: string | null; assignee?: string | null;
  clockStartedAt?: string | null; targetMinutes?: number | null; warnAt?: string | null; dueAt?: string | null;
  warnedAt?: string | null; breachedAt?: string | null;
  answeringBy?: string | null; answeringSince?: string | null; answeringUntil?: string | null;
  assignments: Assignment[];
}

export interface TeamMember { user: string }
export interface Team {
  brand: string; name: string; strategy: string; default: boolean; managers: string[]; members: TeamMember[];
  onDutyNow: string[];
  /** each member's availability (inbox-service, docs/inbox-ownership.md#availability) and the team's away limit */
  availability?: { user: string; state: string; since?: string | null }[] | null;
  awayLimitMinutes?: number | null;
}

export interface Note {
  id: string; conversationId: string; author: string; text: string; mentioned: string[]; createdAt: string;
}

export interface AuditEntry { id: string; action: string; actor: string; at: string; details: Record<string, unknown> }

export interface SavedReplySuggestion {
  id: string; title: string; language: string; sentiment?: string | null; text: string; guidance?: string | null;
  suggested: boolean;
}

/** One finding of standards-service's checks engine (docs/standards.md#the-checks-engine). */
export interface Finding {
  ruleId: string; section: number; sectionName?: string; severity: 'warn' | 'block' | string;
  /** offsets in Unicode code points, end exclusive; text is the exact substring */
  span?: { start: number; end: number; text: string } | null;
  imageIndex?: number | null; linkIndex?: number | null; mentionIndex?: number | null;
  message: string; why?: string | null; suggestion?: string | null;
  /** the message's key and values, for the console to word in the user's language (the findings namespace) */
  messageKey?: string | null; params?: Record<string, string> | null;
  /** the engine's one-click fix (code points, may reach past the span), only where the result is grammatical */
  fix?: { start: number; end: number; text: string } | null;
  /** the suggestions to write in by hand where no fix is offered */
  alternatives?: string[] | null;
}

export interface CheckResult { brand: string; catalogueVersion: number; verdict: 'pass' | 'warn' | 'block' | string;
  findings: Finding[] }

export interface Moderation {
  actionId: string; interactionId: string; action: 'hide' | 'unhide' | 'delete' | string; reason?: string | null;
  requestedBy: string; requestedAt: string; status: 'sending' | 'done' | 'failed' | string;
  failureReason?: string | null; completedAt?: string | null;
}

export interface CompensationOffer {
  id: string; brand: string; conversationId: string; kind: 'voucher' | 'refund' | 'gift' | string; amountMinor: number;
  currency: string; note?: string | null; offeredBy: string; offeredAt: string; limitMinor: number;
  status: 'offered' | 'pending_approval' | 'approved' | 'rejected' | string; approvalDueAt?: string | null;
  decidedBy?: string | null; decidedAt?: string | null; decisionComment?: string | null;
  /** the public reply the agent drafted to carry the offer */
  draftReply?: string | null;
}

export interface ComplaintCase {
  id: string; brand: string; conversationId: string; category: string; problem: string; settlement: string;
  compensationOfferId?: string | null; language?: string | null; resolvedBy: string; resolvedAt: string;
}

export interface ComplaintMatch { complaintCase: ComplaintCase; score: number; matchingTerms: string[] }

export interface GroupedAnswerPost {
  actionId: string; platform: string; channelAccountId: string; status: string; conversationIds: string[];
  platformObjectId?: string | null; failureReason?: string | null; deliveredAt?: string | null;
}
export interface GroupedAnswer {
  id: string; brand: string; text: string; createdBy: string; createdAt: string; posts: GroupedAnswerPost[];
  findings?: Record<string, Finding[]>;
}
