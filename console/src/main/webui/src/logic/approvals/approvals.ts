// Compensation approvals and the ledger: how urgent a request is, how money reads, what the totals say.
// Money is an integer of minor units plus an ISO 4217 code (docs/inbox-authority.md): never a float here.
import { type DueState, WARNING_MS, WARNING_SHARE } from '../due';
import type { CompensationLimit, CompensationOffer, CompensationTotal, OfferKind, OfferStatus } from '../../types/governance';

/**
 * How urgent a request is: decided (its status), no due time, time left to decide, or overdue by so long. The screen
 * words it ("decide within 1 hr 30 mins").
 */
export type ApprovalDue =
  | { state: 'done'; kind: 'decided'; status: OfferStatus }
  | { state: DueState; kind: 'noDue' }
  | { state: DueState; kind: 'within' | 'overdue'; ms: number };

/**
 * How urgent an approval request is, against its own due time (approvalDueAt = asked + 2 h): the same
 * rules as the inbox's queue — warning under a quarter of the time or five minutes, breach once overdue.
 */
export function approvalDue(offer: Pick<CompensationOffer, 'status' | 'offeredAt' | 'approvalDueAt'>,
  now: number): ApprovalDue {
  if (offer.status !== 'pending_approval') return { state: 'done', kind: 'decided', status: offer.status };
  if (!offer.approvalDueAt) return { state: 'ok', kind: 'noDue' };
  const due = Date.parse(offer.approvalDueAt);
  const asked = Date.parse(offer.offeredAt);
  const left = due - now;
  if (left <= 0) return { state: 'breach', kind: 'overdue', ms: -left };
  const window = Math.max(due - asked, 1);
  const state: DueState = left < WARNING_MS || left / window < WARNING_SHARE ? 'warning' : 'ok';
  return { state, kind: 'within', ms: left };
}

/** The queue's order: soonest due first, then the oldest request (the service's own order, kept on refresh). */
export function byApprovalDue(a: CompensationOffer, b: CompensationOffer): number {
  const da = a.approvalDueAt ? Date.parse(a.approvalDueAt) : Number.MAX_SAFE_INTEGER;
  const db = b.approvalDueAt ? Date.parse(b.approvalDueAt) : Number.MAX_SAFE_INTEGER;
  return da - db || Date.parse(a.offeredAt) - Date.parse(b.offeredAt);
}

/** Decimal places of a currency's minor unit (EUR 2, JPY 0, KWD 3), from the browser's ISO 4217 data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 12000 EUR → 120 (for useFormat's currency): exact for any amount a ledger holds. */
export function minorToMajor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

/** 12000 EUR → "120.00 EUR", 1000 JPY → "1,000 JPY", -500 PLN → "-5.00 PLN": exact, no floating point. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = amountMinor < 0;
  const digitsOf = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  const whole = digits === 0 ? digitsOf : digitsOf.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${digitsOf.slice(-digits)}`;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction} ${currency}`;
}

/** What is wrong with a typed amount or a limit's row, as a code the screen words, with its values. */
export interface Problem {
  code: 'amountMissing' | 'notANumber' | 'noMinorUnit' | 'tooManyDecimals' | 'tooLarge' | 'currency' | 'roleMissing'
    | 'userMissing' | 'unknownRole' | 'duplicate';
  values?: Record<string, string | number>;
}

/**
 * A typed amount ("120", "120.5", "120,50", "1 000") as minor units of the currency, or what is wrong with it.
 * No floating point: the digits are parsed as text.
 */
export function parseMoney(text: string, currency: string): { minor: number } | { error: Problem } {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '') return { error: { code: 'amountMissing' } };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return { error: { code: 'notANumber' } };
  const fraction = m[2] ?? '';
  if (fraction.length > digits) {
    return { error: digits === 0 ? { code: 'noMinorUnit', values: { currency } }
      : { code: 'tooManyDecimals', values: { currency, count: digits } } };
  }
  const minor = Number(m[1] + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor) || minor > 10_000_000_000) return { error: { code: 'tooLarge' } };
  return { minor };
}

/** How the amount asked for compares with the asker's limit: over it by so much, within it, or no limit at all. */
export type LimitComparison =
  | { kind: 'noLimit' }
  | { kind: 'within'; limitMinor: number }
  | { kind: 'over'; overMinor: number; limitMinor: number };

export function overLimit(offer: Pick<CompensationOffer, 'amountMinor' | 'limitMinor'>): LimitComparison {
  const over = offer.amountMinor - offer.limitMinor;
  if (offer.limitMinor <= 0) return { kind: 'noLimit' };
  if (over <= 0) return { kind: 'within', limitMinor: offer.limitMinor };
  return { kind: 'over', overMinor: over, limitMinor: offer.limitMinor };
}

export const OFFER_STATUSES: OfferStatus[] = ['offered', 'pending_approval', 'approved', 'rejected'];
export const OFFER_KINDS: OfferKind[] = ['voucher', 'refund', 'gift'];

export interface LedgerPeriod {
  from: string;
  to: string;
}

/** The ledger's period as the service takes it: the last 7, 30 or 90 days up to now, or a calendar month. */
export function ledgerPeriod(choice: string, now: number): LedgerPeriod {
  const to = new Date(now);
  const days = ({ '7d': 7, '30d': 30, '90d': 90 } as Record<string, number>)[choice];
  if (days) return { from: new Date(now - days * 86_400_000).toISOString(), to: to.toISOString() };
  if (choice === 'month') {
    const start = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1));
    return { from: start.toISOString(), to: to.toISOString() };
  }
  throw new Error(`unknown period ${choice}`);
}

/** The ledger's lines of one kind (the service filters by status and period; kind is filtered here). */
export function filterByKind(items: CompensationOffer[], kind: OfferKind | null): CompensationOffer[] {
  return kind ? items.filter((o) => o.kind === kind) : items;
}

/** The ledger's totals per currency, in currency order (a currency never mixes with another). */
export function totalRows(totals: CompensationTotal[]): CompensationTotal[] {
  return [...totals].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Totals of the lines shown (after the kind filter), per currency, the way the service adds them up. */
export function totalsOf(items: CompensationOffer[]): CompensationTotal[] {
  const sums = new Map<string, CompensationTotal>();
  for (const o of items) {
    const t = sums.get(o.currency) ?? { currency: o.currency, grantedMinor: 0, pendingMinor: 0, rejectedMinor: 0,
      offers: 0 };
    if (o.status === 'offered' || o.status === 'approved') t.grantedMinor += o.amountMinor;
    else if (o.status === 'pending_approval') t.pendingMinor += o.amountMinor;
    else t.rejectedMinor += o.amountMinor;
    t.offers += 1;
    sums.set(o.currency, t);
  }
  return [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export const LIMIT_ROLES = ['agent', 'manager', 'admin'];

export interface LimitRow {
  /** 'role' or 'user' */
  subjectKind: 'role' | 'user';
  subject: string;
  currency: string;
  /** as typed, in major units ("50.00") */
  amount: string;
}

export function toRows(limits: CompensationLimit[]): LimitRow[] {
  return limits.map((l) => ({
    subjectKind: l.user ? 'user' : 'role',
    subject: l.user ?? l.role ?? '',
    currency: l.currency,
    amount: formatMoney(l.amountMinor, l.currency).replace(/ [A-Z]{3}$/, '').replace(/,/g, ''),
  }));
}

export interface LimitErrors {
  /** field → what is wrong, keyed like the service's 422 (limits[2].amountMinor) */
  [field: string]: Problem;
}

/** The table as the service takes it, or the errors per row (the same keys the service's 422 uses). */
export function fromRows(rows: LimitRow[]): { limits: CompensationLimit[] } | { errors: LimitErrors } {
  const errors: LimitErrors = {};
  const limits: CompensationLimit[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const currency = r.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) errors[`limits[${i}].currency`] = { code: 'currency' };
    const subject = r.subject.trim();
    if (!subject) errors[`limits[${i}].${r.subjectKind}`] = { code: r.subjectKind === 'role' ? 'roleMissing' : 'userMissing' };
    else if (r.subjectKind === 'role' && !LIMIT_ROLES.includes(subject)) {
      errors[`limits[${i}].role`] = { code: 'unknownRole', values: { roles: LIMIT_ROLES.join(', ') } };
    }
    const key = `${r.subjectKind}:${subject}:${currency}`;
    if (subject && seen.has(key)) errors[`limits[${i}].currency`] = { code: 'duplicate', values: { subject, currency } };
    seen.add(key);
    const money = parseMoney(r.amount, currency || 'EUR');
    if ('error' in money) errors[`limits[${i}].amountMinor`] = money.error;
    else limits.push({ role: r.subjectKind === 'role' ? subject : null, user: r.subjectKind === 'user' ? subject : null,
      currency, amountMinor: money.minor });
  });
  return Object.keys(errors).length ? { errors } : { limits };
}

/**
 * The approval card's keys in its reason box: Ctrl+Enter (⌘+Enter) approves, Ctrl+Shift+Enter rejects, as the inbox's
 * composer sends with Ctrl+Enter. Anything else is typing.
 */
export function decisionKey(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean;
  altKey?: boolean }): 'approve' | 'reject' | null {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey) return null;
  return e.shiftKey ? 'reject' : 'approve';
}
