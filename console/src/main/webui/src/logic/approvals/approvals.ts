// Compensation approvals and the ledger: how urgent a request is, how money reads, what the totals say.
// Money is an integer of minor units plus an ISO 4217 code (docs/inbox-authority.md): never a float here.
import { type DueState, formatDuration, WARNING_MS, WARNING_SHARE } from '../due';

/**
 * A countdown that moves every second up to a day: "12:04", "1:59:12"; beyond a day "2 d 3 h". An approval
 * has hours, not days, so its seconds show.
 */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000);
  if (total >= 86_400) return formatDuration(ms);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
import type { CompensationLimit, CompensationOffer, CompensationTotal, OfferKind, OfferStatus } from '../../types/governance';

export interface ApprovalDue {
  state: DueState;
  label: string;
}

/**
 * How urgent an approval request is, against its own due time (approvalDueAt = asked + 2 h): the same
 * rules as the inbox's queue — warning under a quarter of the time or five minutes, breach once overdue.
 */
export function approvalDue(offer: Pick<CompensationOffer, 'status' | 'offeredAt' | 'approvalDueAt'>,
  now: number): ApprovalDue {
  if (offer.status !== 'pending_approval') return { state: 'done', label: STATUS_LABELS[offer.status] };
  if (!offer.approvalDueAt) return { state: 'ok', label: 'no due time' };
  const due = Date.parse(offer.approvalDueAt);
  const asked = Date.parse(offer.offeredAt);
  const left = due - now;
  if (left <= 0) return { state: 'breach', label: `overdue by ${formatCountdown(-left)}` };
  const window = Math.max(due - asked, 1);
  const state: DueState = left < WARNING_MS || left / window < WARNING_SHARE ? 'warning' : 'ok';
  return { state, label: `decide within ${formatCountdown(left)}` };
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

/**
 * A typed amount ("120", "120.5", "120,50", "1 000") as minor units of the currency, or an error that says
 * what is wrong. No floating point: the digits are parsed as text.
 */
export function parseMoney(text: string, currency: string): { minor: number } | { error: string } {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '') return { error: 'Enter an amount' };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return { error: 'Enter a number such as 50 or 49.99' };
  const fraction = m[2] ?? '';
  if (fraction.length > digits) {
    return { error: digits === 0 ? `${currency} has no minor unit: enter a whole number`
      : `${currency} has ${digits} decimal places at most` };
  }
  const minor = Number(m[1] + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor) || minor > 10_000_000_000) return { error: 'The amount is too large' };
  return { minor };
}

/** "120.00 EUR, 70.00 EUR over agent1's limit of 50.00 EUR". */
export function overLimit(offer: Pick<CompensationOffer, 'amountMinor' | 'limitMinor' | 'currency' | 'offeredBy'>):
  string {
  const over = offer.amountMinor - offer.limitMinor;
  if (offer.limitMinor <= 0) return `${offer.offeredBy} has no limit in ${offer.currency}`;
  if (over <= 0) return `within ${offer.offeredBy}'s limit of ${formatMoney(offer.limitMinor, offer.currency)}`;
  return `${formatMoney(over, offer.currency)} over ${offer.offeredBy}'s limit of `
    + formatMoney(offer.limitMinor, offer.currency);
}

export const STATUS_LABELS: Record<OfferStatus, string> = {
  offered: 'offered',
  pending_approval: 'waiting for approval',
  approved: 'approved',
  rejected: 'rejected',
};

export const KIND_LABELS: Record<OfferKind, string> = { voucher: 'Voucher', refund: 'Refund', gift: 'Gift' };

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

export interface TotalRow {
  currency: string;
  granted: string;
  pending: string;
  rejected: string;
  offers: number;
}

/** The ledger's totals per currency, ready to read (in currency order; a currency never mixes with another). */
export function totalRows(totals: CompensationTotal[]): TotalRow[] {
  return [...totals].sort((a, b) => a.currency.localeCompare(b.currency)).map((t) => ({
    currency: t.currency,
    granted: formatMoney(t.grantedMinor, t.currency),
    pending: formatMoney(t.pendingMinor, t.currency),
    rejected: formatMoney(t.rejectedMinor, t.currency),
    offers: t.offers,
  }));
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
  /** field → message, keyed like the service's 422 (limits[2].amountMinor) */
  [field: string]: string;
}

/** The table as the service takes it, or the errors per row (the same keys the service's 422 uses). */
export function fromRows(rows: LimitRow[]): { limits: CompensationLimit[] } | { errors: LimitErrors } {
  const errors: LimitErrors = {};
  const limits: CompensationLimit[] = [];
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const currency = r.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) errors[`limits[${i}].currency`] = 'Three letters, ISO 4217 (EUR, PLN)';
    const subject = r.subject.trim();
    if (!subject) errors[`limits[${i}].${r.subjectKind}`] = r.subjectKind === 'role' ? 'Choose a role' : 'Enter a user name';
    else if (r.subjectKind === 'role' && !LIMIT_ROLES.includes(subject)) {
      errors[`limits[${i}].role`] = `One of ${LIMIT_ROLES.join(', ')}`;
    }
    const key = `${r.subjectKind}:${subject}:${currency}`;
    if (subject && seen.has(key)) errors[`limits[${i}].currency`] = `${subject} already has a ${currency} limit`;
    seen.add(key);
    const money = parseMoney(r.amount, currency || 'EUR');
    if ('error' in money) errors[`limits[${i}].amountMinor`] = money.error;
    else limits.push({ role: r.subjectKind === 'role' ? subject : null, user: r.subjectKind === 'user' ? subject : null,
      currency, amountMinor: money.minor });
  });
  return Object.keys(errors).length ? { errors } : { limits };
}
