import type { Attachment, ConversationSummary, Ownership } from '../../types/inbox';
import { type DueState, dueState } from '../due';

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

export const STATUS_LABELS: Record<string, string> = {
  new: 'New', open: 'Open', pending_customer: 'Pending customer', answered: 'Answered', resolved: 'Resolved',
};

const ACTION_LABELS: Record<string, string> = {
  open: 'Reopen', pending_customer: 'Wait for customer', resolved: 'Resolve',
};

export function statusActions(status: string): { to: string; label: string }[] {
  return (MANUAL[status] ?? []).map((to) => ({
    to, label: to === 'open' && status === 'new' ? 'Mark open' : ACTION_LABELS[to] ?? to,
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

/** 2550 EUR → "25.50 EUR"; 1000 JPY → "1000 JPY". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return `${minor} ${currency}`;
  const whole = Math.floor(minor / 100);
  return `${whole}.${String(minor % 100).padStart(2, '0')} ${currency}`;
}

export const OFFER_STATUS: Record<string, { label: string; tone: 'ok' | 'wait' | 'no' }> = {
  offered: { label: 'Granted', tone: 'ok' },
  approved: { label: 'Approved', tone: 'ok' },
  pending_approval: { label: 'Waiting for approval', tone: 'wait' },
  rejected: { label: 'Rejected', tone: 'no' },
};

// --- Who is answering ---

/**
 * The "who is answering" line for the user looking at the conversation: someone else's live mark is a
 * warning ("agent2 is answering…"); one's own or a lapsed mark says nothing.
 */
export function answeringNotice(o: Pick<Ownership, 'answeringBy' | 'answeringUntil'> | null, me: string,
  now: number): string | null {
  if (!o?.answeringBy || o.answeringBy === me) return null;
  if (o.answeringUntil && Date.parse(o.answeringUntil) <= now) return null;
  return `${o.answeringBy} is answering…`;
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

export function attachmentView(a: Attachment, authorName: string, index: number):
  { kind: 'image' | 'link' | 'text'; url: string | null; label: string } {
  const url = safeUrl(a.url);
  const what = a.type === 'other' ? 'attachment' : a.type;
  if (a.type === 'image' && url) {
    return { kind: 'image', url, label: `Photo ${index + 1} from ${authorName}` };
  }
  if (url) return { kind: 'link', url, label: `${capital(what)} ${index + 1}${a.type === 'link' ? `: ${url}` : ''}` };
  return { kind: 'text', url: null, label: `${capital(what)} ${index + 1} (${a.platformId ?? 'no address'})` };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// --- Due state in the queue ---

/** The queue's words for a due state: written out with an icon, so colour is never the only sign. */
export const DUE_WORDS: Record<DueState, string> = { ok: '', warning: '⚠ Due soon · ', breach: '⛔ Breached · ', done: '' };

/**
 * A conversation's due state: the countdown's (logic/due.ts), except that one the inbox marked breached is
 * a breach even before the page's clock says so.
 */
export function queueDue(c: { receivedAt: string; dueAt: string; status: string; breachedAt?: string | null },
  now: number): { state: DueState; text: string } {
  const due = dueState(c.receivedAt, c.dueAt, now, c.status);
  const state: DueState = due.state !== 'done' && c.breachedAt ? 'breach' : due.state;
  return { state, text: `${DUE_WORDS[state]}${due.label}` };
}
