// The inbox's governance shapes (compensation, complaint library, incidents, grouped answers, ownership,
// moderation, advocates), as documented in its OpenAPI (/q/openapi of inbox-service) and docs/inbox-authority.md.

export type OfferStatus = 'offered' | 'pending_approval' | 'approved' | 'rejected';
export type OfferKind = 'voucher' | 'refund' | 'gift';

/** One compensation offer: a line of the ledger, or a request waiting for an approver. */
export interface CompensationOffer {
  id: string;
  brand: string;
  conversationId: string;
  kind: OfferKind;
  /** minor units of the currency (2500 EUR = 25.00 EUR; 1000 JPY = 1000 yen) */
  amountMinor: number;
  currency: string;
  note: string | null;
  offeredBy: string;
  offeredAt: string;
  /** the offering person's own limit in this currency when they offered */
  limitMinor: number;
  status: OfferStatus;
  approvalDueAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  customerId: string | null;
  customerName: string | null;
  platform?: string | null;
  conversationPreview?: string | null;
  /** the public reply the agent drafted to carry the offer (not sent by the offer) */
  draftReply?: string | null;
}

/** What an approver decides on: the request, the whole thread, the customer's history (…/offers/{id}/context). */
export interface ApprovalContext {
  offer: CompensationOffer;
  /** how far above the asker's limit, minor units; 0 within */
  overLimitMinor: number;
  conversation: import('./inbox').ConversationDetail;
  customer: {
    /** other conversations of the customer in the brand, counted up to 50 */
    conversations: number;
    complaints: number;
    recent: import('./inbox').AuthorHistoryItem[];
    compensation: CompensationOffer[];
  };
}

export interface CompensationTotal {
  currency: string;
  grantedMinor: number;
  pendingMinor: number;
  rejectedMinor: number;
  offers: number;
}

export interface CompensationLedger {
  brand: string;
  from: string;
  to: string;
  items: CompensationOffer[];
  /** the next page's cursor; null on the last page (the totals count the whole window on every page) */
  nextCursor: string | null;
  totals: CompensationTotal[];
}

/** A limit of a role (agent, manager, admin) or of one person, in one currency. */
export interface CompensationLimit {
  role: string | null;
  user: string | null;
  currency: string;
  amountMinor: number;
}

export interface CompensationLimits {
  brand: string;
  limits: CompensationLimit[];
}

export interface ComplaintCase {
  id: string;
  brand: string;
  conversationId: string;
  category: string;
  problem: string;
  settlement: string;
  compensationOfferId: string | null;
  language: string | null;
  resolvedBy: string;
  resolvedAt: string;
}

export interface ComplaintMatch {
  complaintCase: ComplaintCase;
  /** TF-IDF cosine similarity, 0 to 1 (0 when listed without a query) */
  score: number;
  matchingTerms: string[];
}

export interface ComplaintMatches {
  items: ComplaintMatch[];
}

export type IncidentState = 'open' | 'closed';

export interface Incident {
  id: string;
  brand: string;
  title: string;
  state: IncidentState;
  /** spike (raised by analytics) or manual */
  source: 'spike' | 'manual';
  signal: 'complaint' | 'negative' | null;
  terms: string[];
  windowStart: string;
  windowEnd: string;
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  resolution: string | null;
  conversations: number;
}

export interface IncidentPage {
  items: Incident[];
  nextCursor: string | null;
}

export interface IncidentAction {
  id: string;
  /** gather, assign, hide or close */
  action: string;
  detail: string | null;
  affected: number;
  doneBy: string;
  doneAt: string;
}

export interface IncidentOpenRequest {
  title: string;
  signal?: 'complaint' | 'negative';
  terms?: string[];
  from?: string;
  to?: string;
}

// A grouped answer is the inbox's own (types/inbox.ts): one type for one API.
export type { GroupedAnswer, GroupedAnswerPost } from './inbox';

export interface TeamMember {
  user: string;
}

export interface Team {
  brand: string;
  name: string;
  members: TeamMember[];
  onDutyNow: string[];
}

/** A conversation of the inbox as its detail answers it (only the fields the governance screens read). */
export interface GovConversation {
  id: string;
  brand: string;
  platform: string;
  status: string;
  receivedAt: string;
  dueAt: string;
  author: { platformId: string; name: string };
  interactions: { id: string; text: string; kind: string; author: { name: string }; platformTime: string }[];
  team?: string | null;
  assignee?: string | null;
}

export interface Ownership {
  conversationId: string;
  team: string | null;
  assignee: string | null;
}

export type ModerationReason = 'abusive' | 'spam' | 'below_the_belt' | 'legal';

export interface Advocate {
  platform: string;
  authorId: string;
  authorName: string;
  positiveConversations: number;
  positiveInteractions: number;
  lastPositiveAt: string;
  advocate: boolean;
  lastAskedAt: string | null;
  mayAskAgainAt: string | null;
}

export interface Advocates {
  threshold: number;
  items: Advocate[];
  nextCursor: string | null;
}
