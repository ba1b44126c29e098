// What the story page and the calendar say about a variant once publishing has touched it. Honest: only
// `published` is shown as success; a delayed or unknown outcome says so and what happens next; a failure says why
// and what to do. Built to the contract's `publication` field (calendar-service fills it).
import type { Publication } from '../../types/publishing';

export type Tone = 'success' | 'waiting' | 'warning' | 'danger';

export interface PublicationView {
  /** A short label for a badge. */
  label: string;
  tone: Tone;
  /** One sentence on what happened. */
  summary: string;
  /** What the editor can do, when anything (failures, reconnects). */
  whatToDo: string | null;
  permalink: string | null;
  /** Whether this is a final success (the only case shown in green). */
  succeeded: boolean;
}

/** "on time", "3 min late", "2 h 5 min late", "1 d 2 h late"; a negative delay (clock skew) reads as on time. */
export function delayText(seconds: number | null | undefined): string | null {
  if (seconds == null) return null;
  if (seconds < 60) return 'on time';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min late`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min late` : `${hours} h late`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h late` : `${days} d late`;
}

const FAILURE_ADVICE: Record<string, string> = {
  authorization: 'Reconnect the channel account (its access was revoked or expired); the post waits and goes out once it is reconnected.',
  content_refused: 'The network refused the content. Change the text or images as its message says and submit the variant again.',
  rate_limited: 'The network limits how often the account may post; Parley tries again by itself.',
  transient: 'The network had a temporary problem; Parley tries again by itself.',
  unknown_outcome: 'Parley is checking the account’s recent posts before anything is sent again — do not post it by hand.',
  unsupported: 'The network does not allow this; publish a correction reply or a new post instead.',
};

/** The advice for a failure kind, preferring what the server said. */
export function adviceFor(failure: string | null | undefined, serverSaid: string | null | undefined): string | null {
  if (serverSaid && serverSaid.trim()) return serverSaid;
  return failure ? FAILURE_ADVICE[failure] ?? null : null;
}

function at(iso: string | null | undefined, format: (iso: string) => string): string {
  return iso ? format(iso) : '';
}

/** The view of a publication; `format` shows an instant on the brand's clocks. Null before publishing. */
export function publicationView(p: Publication | null | undefined,
  format: (iso: string) => string = (iso) => iso): PublicationView | null {
  if (!p) return null;
  switch (p.state) {
    case 'published': {
      const delay = delayText(p.delaySeconds);
      return {
        label: 'Published', tone: 'success', succeeded: true, permalink: p.permalink,
        summary: `Published ${at(p.publishedAt, format)}${delay ? ` (${delay})` : ''}.`.replace(' .', '.'),
        whatToDo: null,
      };
    }
    case 'failed':
      return {
        label: 'Failed', tone: 'danger', succeeded: false, permalink: null,
        summary: `Not published${p.reason ? `: ${p.reason}` : '.'}`,
        whatToDo: adviceFor(p.failure, p.whatToDo) ?? 'Check the channel account and the text, then submit again.',
      };
    case 'delayed':
      return {
        label: 'Delayed', tone: 'warning', succeeded: false, permalink: null,
        summary: `Not sent yet${p.reason ? ` (${p.reason})` : ''}; ${p.retryAt ? `next try ${format(p.retryAt)}` : 'it will be tried again'}.`,
        whatToDo: adviceFor(p.failure, p.whatToDo),
      };
    case 'unknown':
      return {
        label: 'Outcome unknown', tone: 'warning', succeeded: false, permalink: null,
        summary: 'The request reached the network but no answer came; Parley is checking the account’s posts.',
        whatToDo: adviceFor('unknown_outcome', p.whatToDo),
      };
    case 'publishing':
      return {
        label: 'Publishing', tone: 'waiting', succeeded: false, permalink: null,
        summary: 'Sent to the network; waiting for its answer.', whatToDo: null,
      };
    default:
      return {
        label: String(p.state), tone: 'warning', succeeded: false, permalink: p.permalink ?? null,
        summary: `State “${p.state}” is not one this console knows; it is not shown as published.`, whatToDo: p.whatToDo,
      };
  }
}

/** Who may delete a published post (the contract: approvers, managers, admins). */
export function mayDeletePublished(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'approver' || r === 'manager' || r === 'admin');
}

/** Who may correct one (writers). */
export function mayCorrect(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'editor' || r === 'approver' || r === 'manager' || r === 'admin');
}

/** Field errors of a correction or deletion form before it is sent; empty when it may be sent. */
export function correctionErrors(form: { text?: string; reason: string }, original?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.text !== undefined) {
    if (!form.text.trim()) errors.text = 'Write the corrected text.';
    else if (original !== undefined && form.text === original) errors.text = 'The text is the same as the published one.';
  }
  if (!form.reason.trim()) errors.reason = 'Say why (it is kept in the history).';
  return errors;
}

/**
 * What a correction is, in one sentence: applied to the post as an edit once approved, or (where the network allows no
 * edits, as on X) posted as a reply under it; with the reason the editor gave. Null for a variant that is no correction.
 */
export function correctionNote(v: { correctionOf?: string | null; correctionKind?: string | null;
  correctionReason?: string | null; status?: string }): string | null {
  if (!v.correctionOf) return null;
  const why = v.correctionReason?.trim() ? ` Why: “${v.correctionReason.trim()}”.` : '';
  if (v.correctionKind === 'reply') {
    return `A correction of the published post: the network allows no edits, so once approved it is posted as a reply under the post.${why}`;
  }
  return `A correction of the published post: once approved, the post on the network is edited to this text and the history keeps both.${why}`;
}
