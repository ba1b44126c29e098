import type { Attachment, ConversationSummary, Ownership } from '../../types/inbox';
import { type DueClock, dueClock } from '../due';

// The conversation's workflow as the inbox allows it: status actions (docs/inbox.md#statuses), the selection
// for a grouped answer, money in minor units, who is answering, and how attachments are shown.

/** By hand: the statuses a conversation may go to from each status (ConversationStatus.manualTargets). */
const MANUAL: Record<string, string[]> = {
  new: ['open', 'pending_customer', 'resolved'],
  open: ['pending_customer', 'resolved'],
  pending_customer: ['open', 'resolved'],
  answered: ['open', 'pending_customer', 'resolved'],
  resolved: ['open'],
};

/** What a status action is called: a key of the inbox namespace's `action.*` words. */
export type StatusActionKey = 'markOpen' | 'reopen' | 'waitForCustomer' | 'resolve';

const ACTION_KEYS: Record<string, StatusActionKey> = {
  open: 'reopen', pending_customer: 'waitForCustomer', resolved: 'resolve',
};

export function statusActions(status: string): { to: string; key: StatusActionKey }[] {
  return (MANUAL[status] ?? []).map((to) => ({
    to, key: to === 'open' && status === 'new' ? 'markOpen' : ACTION_KEYS[to],
  }));
}

/** The brand owes an answer: the due time runs (new or open). */
export const awaitsBrand = (status: string) => status === 'new' || status === 'open';

// --- Selection for a grouped answer ---

/** One grouped answer is for one brand's conversations: the first selected decides the brand. */
export function toggleSelection(selected: string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

export function selectionBrand(selected: string[], items: Pick<ConversationSummary, 'id' | 'brand'>[]): string | null {
  const first = items.find((i) => selected.includes(i.id));
  return first?.brand ?? null;
}

/** May this conversation join the selection? Only those of the same brand, and at most 500 (the API's limit). */
export function selectable(selected: string[], items: Pick<ConversationSummary, 'id' | 'brand'>[],
  item: Pick<ConversationSummary, 'id' | 'brand'>): boolean {
  if (selected.includes(item.id)) return true;
  const brand = selectionBrand(selected, items);
  return selected.length < 500 && (brand === null || brand === item.brand);
}

/** Keeps only selections still listed in the queue (answered ones leave it). */
export function pruneSelection(selected: string[], items: { id: string }[]): string[] {
  const listed = new Set(items.map((i) => i.id));
  return selected.filter((s) => listed.has(s));
}

// --- Money: an integer of minor units plus an ISO 4217 code (docs/inbox-authority.md) ---

const ZERO_DECIMALS = new Set(['JPY', 'KRW', 'ISK', 'HUF', 'CLP', 'VND', 'XAF', 'XOF']);

export function minorDigits(currency: string): number {
  return ZERO_DECIMALS.has(currency.toUpperCase()) ? 0 : 2;
}

/** "25", "25.5", "25,50" in EUR → 2550; not a positive amount with at most the currency's decimals → null. */
export function toMinor(amount: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const clean = amount.trim().replace(/\s/gu, '').replace(',', '.');
  const pattern = digits === 0 ? /^\d+$/u : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`, 'u');
  if (!pattern.test(clean)) return null;
  const [whole, fraction = ''] = clean.split('.');
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
  return minor > 0 && Number.isSafeInteger(minor) ? minor : null;
}

/** 2550 EUR → 25.5, 1000 JPY → 1000: the amount for useFormat().currency. */
export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/** How an offer's status reads: good, waiting or refused (the words are the screen's). */
export const OFFER_TONE: Record<string, 'ok' | 'wait' | 'no'> = {
  offered: 'ok', approved: 'ok', pending_approval: 'wait', rejected: 'no',
};

// --- Who is answering ---

/**
 * Who else is answering the conversation the user looks at: someone else's live mark (the screen warns "agent2 is
 * answering…"); one's own or a lapsed mark is nobody.
 */
export function answeringNotice(o: Pick<Ownership, 'answeringBy' | 'answeringUntil'> | null, me: string,
  now: number): string | null {
  if (!o?.answeringBy || o.answeringBy === me) return null;
  if (o.answeringUntil && Date.parse(o.answeringUntil) <= now) return null;
  return o.answeringBy;
}

/** Renew the answering mark (it lapses after 3 minutes) while typing, at most once a minute. */
export const ANSWERING_RENEW_MS = 60_000;

export function shouldMarkAnswering(lastMarkedAt: number | null, now: number, text: string): boolean {
  return text.trim().length > 0 && (lastMarkedAt === null || now - lastMarkedAt >= ANSWERING_RENEW_MS);
}

// --- Attachments ---

/** Only http(s) addresses become links or images; a platform's file id is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The kinds of attachment the screen has words for; any other is an "attachment". */
export const ATTACHMENT_KINDS = ['image', 'video', 'audio', 'file', 'sticker', 'link'] as const;

/**
 * How an attachment is shown: an image (with alt text), a link, or text (a platform file id); `what` names its
 * kind, `number` counts from 1. The screen writes the words ("Photo 1 from Zofia").
 */
export function attachmentView(a: Attachment, index: number):
  { kind: 'image' | 'link' | 'text'; url: string | null; what: string; number: number; platformId: string | null } {
  const url = safeUrl(a.url);
  const what = (ATTACHMENT_KINDS as readonly string[]).includes(a.type) ? a.type : 'other';
  const base = { what, number: index + 1, platformId: a.platformId ?? null };
  if (a.type === 'image' && url) return { kind: 'image', url, ...base };
  if (url) return { kind: 'link', url, ...base };
  return { kind: 'text', url: null, ...base };
}

// --- Due state in the queue ---

/**
 * A conversation's due state and time left: the countdown's (logic/due.ts), except that one the inbox marked
 * breached is a breach even before the page's clock says so.
 */
export function queueDue(c: { receivedAt: string; dueAt: string; status: string; breachedAt?: string | null },
  now: number): DueClock {
  const due = dueClock(c.receivedAt, c.dueAt, now, c.status);
  return { state: due.state !== 'done' && c.breachedAt ? 'breach' : due.state, msLeft: due.msLeft };
}
