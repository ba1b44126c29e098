// Reply approvals (docs/inbox.md#reply-approvals): replies of the agents a brand holds wait for a second person.
// What the composer says after a send, where a held reply stands, what goes back into the author's composer, and
// the setting form's names.
import { type DueState, WARNING_MS, WARNING_SHARE } from '../due';
import type { Reply } from '../../types/inbox';

/** What the composer tells its writer after the service took the reply: never "sent" for a held one. */
export type SendOutcome = 'sent' | 'sentForApproval';

export function sendOutcome(reply: Pick<Reply, 'status'>): SendOutcome {
  return reply.status === 'awaiting_approval' ? 'sentForApproval' : 'sent';
}

/** Where a held reply's approval stands, with the time left (or overdue by) while it waits. */
export type HeldState =
  | { kind: 'none' }
  | { kind: 'waiting'; state: DueState; ms: number; overdue: boolean }
  | { kind: 'approved'; by: string | null; edited: boolean }
  | { kind: 'rejected'; by: string | null; comment: string | null };

export function heldState(reply: Pick<Reply, 'status' | 'createdAt' | 'approval'>, now: number): HeldState {
  const a = reply.approval;
  if (!a) return { kind: 'none' };
  if (a.state === 'rejected') return { kind: 'rejected', by: a.decidedBy ?? null, comment: a.comment ?? null };
  if (a.state === 'approved') return { kind: 'approved', by: a.decidedBy ?? null, edited: !!a.originalText };
  const due = Date.parse(a.dueAt);
  const left = due - now;
  if (left <= 0) return { kind: 'waiting', state: 'breach', ms: -left, overdue: true };
  const window = Math.max(due - Date.parse(reply.createdAt), 1);
  const state: DueState = left < WARNING_MS || left / window < WARNING_SHARE ? 'warning' : 'ok';
  return { kind: 'waiting', state, ms: left, overdue: false };
}

/**
 * The text to put back into the author's composer: their latest reply, when it was rejected and nothing was written
 * after it. Null for anyone else, or when there is nothing to take up again.
 */
export function rejectedDraft(replies: Reply[], me: string): Reply | null {
  if (replies.length === 0) return null;
  const latest = [...replies].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
  return latest.status === 'rejected' && latest.author === me ? latest : null;
}

/** A held reply is one the author cannot follow with another until an approver decides. */
export function awaitingApproval(replies: Reply[]): Reply | null {
  return replies.find((r) => r.status === 'awaiting_approval') ?? null;
}

/**
 * What an approver sends with their decision: the edited text only when it differs from the author's (so a plain
 * approval stays one), a comment when given. A rejection needs a comment: null means "say why first".
 */
export function decisionBody(how: 'approve' | 'reject', original: string, edited: string, comment: string):
  { text?: string; comment?: string } | null {
  const why = comment.trim();
  if (how === 'reject') return why ? { comment: why } : null;
  const body: { text?: string; comment?: string } = {};
  if (edited.trim() && edited !== original) body.text = edited;
  if (why) body.comment = why;
  return body;
}

/** The setting form's due time: whole minutes 1 to 1440, else null (the form names the field). */
export function dueMinutes(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= 1440 ? n : null;
}

/** The people offered as approvers: everyone offered except those held (a held agent cannot approve). */
export function approverChoices(people: string[], held: string[]): string[] {
  const h = new Set(held);
  return people.filter((p) => !h.has(p));
}
