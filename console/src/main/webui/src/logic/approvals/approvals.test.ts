import { describe, expect, it } from 'vitest';
import {
  decisionKey,
  approvalDue, byApprovalDue, filterByKind, formatMoney, fromRows, ledgerPeriod, minorToMajor, overLimit, parseMoney, toRows,
  totalRows, totalsOf,
} from './approvals';
import type { CompensationOffer } from '../../types/governance';

const at = (iso: string) => Date.parse(iso);

function offer(over: Partial<CompensationOffer> = {}): CompensationOffer {
  return {
    id: 'o1', brand: 'acme', conversationId: 'c1', kind: 'refund', amountMinor: 12000, currency: 'EUR', note: null,
    offeredBy: 'agent1', offeredAt: '2026-11-23T09:00:00Z', limitMinor: 5000, status: 'pending_approval',
    approvalDueAt: '2026-11-23T11:00:00Z', decidedBy: null, decidedAt: null, decisionComment: null,
    customerId: '42', customerName: 'Zofia Nowak', ...over,
  };
}

describe('approval due state', () => {
  it('counts down to the approval\'s own due time while there is time', () => {
    expect(approvalDue(offer(), at('2026-11-23T09:30:00Z'))).toEqual({ state: 'ok', kind: 'within', ms: 5_400_000 });
  });

  it('warns with under a quarter of the two hours left (30 min)', () => {
    expect(approvalDue(offer(), at('2026-11-23T10:29:59Z')).state).toBe('ok');
    expect(approvalDue(offer(), at('2026-11-23T10:30:01Z')).state).toBe('warning');
  });

  it('is a breach once the due time passed, saying by how much', () => {
    expect(approvalDue(offer(), at('2026-11-23T11:00:00Z')).state).toBe('breach');
    expect(approvalDue(offer(), at('2026-11-23T11:03:05Z'))).toEqual({ state: 'breach', kind: 'overdue', ms: 185_000 });
  });

  it('gives the time left or overdue in milliseconds, for the screen to write as a length of time', () => {
    expect(approvalDue(offer(), at('2026-11-23T13:00:01Z'))).toMatchObject({ kind: 'overdue', ms: 7_201_000 });
    expect(approvalDue(offer({ approvalDueAt: null }), at('2026-11-23T13:00:01Z'))).toEqual({ state: 'ok', kind: 'noDue' });
  });

  it('is done once decided, whatever the clock says', () => {
    expect(approvalDue(offer({ status: 'approved' }), at('2026-11-24T00:00:00Z')))
      .toEqual({ state: 'done', kind: 'decided', status: 'approved' });
  });

  it('orders the soonest due first, then the oldest request', () => {
    const late = offer({ id: 'late', approvalDueAt: '2026-11-23T12:00:00Z' });
    const soon = offer({ id: 'soon', approvalDueAt: '2026-11-23T10:00:00Z' });
    const sameOlder = offer({ id: 'older', approvalDueAt: '2026-11-23T12:00:00Z', offeredAt: '2026-11-23T08:00:00Z' });
    expect([late, soon, sameOlder].sort(byApprovalDue).map((o) => o.id)).toEqual(['soon', 'older', 'late']);
  });
});

describe('money', () => {
  it('reads minor units exactly, with the currency\'s own decimals', () => {
    expect(formatMoney(12000, 'EUR')).toBe('120.00 EUR');
    expect(formatMoney(5, 'PLN')).toBe('0.05 PLN');
    expect(formatMoney(1000, 'JPY')).toBe('1,000 JPY');
    expect(formatMoney(123456789, 'EUR')).toBe('1,234,567.89 EUR');
    expect(formatMoney(1234, 'KWD')).toBe('1.234 KWD');
    expect(formatMoney(-500, 'PLN')).toBe('-5.00 PLN');
  });

  it('parses typed amounts into minor units without floating point', () => {
    expect(parseMoney('120', 'EUR')).toEqual({ minor: 12000 });
    expect(parseMoney('0.29', 'EUR')).toEqual({ minor: 29 }); // 0.29 * 100 is 28.999... in floating point
    expect(parseMoney('49,9', 'PLN')).toEqual({ minor: 4990 });
    expect(parseMoney('1 000', 'JPY')).toEqual({ minor: 1000 });
    expect(parseMoney('12.5', 'JPY')).toEqual({ error: { code: 'noMinorUnit', values: { currency: 'JPY' } } });
    expect(parseMoney('1.234', 'EUR')).toEqual({ error: { code: 'tooManyDecimals', values: { currency: 'EUR', count: 2 } } });
    expect(parseMoney('-5', 'EUR')).toEqual({ error: { code: 'notANumber' } });
    expect(parseMoney('', 'EUR')).toEqual({ error: { code: 'amountMissing' } });
  });

  it('says how far an offer goes over the requester\'s limit', () => {
    expect(overLimit(offer())).toEqual({ kind: 'over', overMinor: 7000, limitMinor: 5000 });
    expect(overLimit(offer({ limitMinor: 20000 }))).toEqual({ kind: 'within', limitMinor: 20000 });
    expect(overLimit(offer({ limitMinor: 0, currency: 'CHF' }))).toEqual({ kind: 'noLimit' });
    expect(minorToMajor(12345, 'EUR')).toBe(123.45);
    expect(minorToMajor(1000, 'JPY')).toBe(1000);
  });
});

describe('ledger', () => {
  const lines = [
    offer({ id: 'a', kind: 'refund', status: 'approved', amountMinor: 12000 }),
    offer({ id: 'b', kind: 'voucher', status: 'offered', amountMinor: 2500 }),
    offer({ id: 'c', kind: 'voucher', status: 'rejected', amountMinor: 30000, currency: 'PLN' }),
    offer({ id: 'd', kind: 'gift', status: 'pending_approval', amountMinor: 1000, currency: 'JPY' }),
  ];

  it('orders the service\'s totals per currency', () => {
    expect(totalRows([
      { currency: 'PLN', grantedMinor: 20000, pendingMinor: 20001, rejectedMinor: 30000, offers: 3 },
      { currency: 'EUR', grantedMinor: 14500, pendingMinor: 0, rejectedMinor: 0, offers: 2 },
    ]).map((t) => t.currency)).toEqual(['EUR', 'PLN']);
  });

  it('adds up the shown lines per currency as the service does: granted, pending, rejected', () => {
    expect(totalsOf(lines)).toEqual([
      { currency: 'EUR', grantedMinor: 14500, pendingMinor: 0, rejectedMinor: 0, offers: 2 },
      { currency: 'JPY', grantedMinor: 0, pendingMinor: 1000, rejectedMinor: 0, offers: 1 },
      { currency: 'PLN', grantedMinor: 0, pendingMinor: 0, rejectedMinor: 30000, offers: 1 },
    ]);
  });

  it('filters by kind here, all kinds without one', () => {
    expect(filterByKind(lines, 'voucher').map((o) => o.id)).toEqual(['b', 'c']);
    expect(filterByKind(lines, null)).toHaveLength(4);
  });

  it('turns a period into the service\'s [from, to)', () => {
    const now = at('2026-11-23T15:00:00Z');
    expect(ledgerPeriod('7d', now)).toEqual({ from: '2026-11-16T15:00:00.000Z', to: '2026-11-23T15:00:00.000Z' });
    expect(ledgerPeriod('month', now).from).toBe('2026-11-01T00:00:00.000Z');
  });
});

describe('limits table', () => {
  it('round-trips the service\'s table through the form', () => {
    const limits = [
      { role: 'agent', user: null, currency: 'EUR', amountMinor: 5000 },
      { role: null, user: 'agent1', currency: 'PLN', amountMinor: 20000 },
      { role: 'manager', user: null, currency: 'JPY', amountMinor: 10000 },
    ];
    const rows = toRows(limits);
    expect(rows[0]).toEqual({ subjectKind: 'role', subject: 'agent', currency: 'EUR', amount: '50.00' });
    expect(rows[2].amount).toBe('10000');
    expect(fromRows(rows)).toEqual({ limits });
  });

  it('names every bad row the way the service\'s 422 does', () => {
    const result = fromRows([
      { subjectKind: 'role', subject: 'agent', currency: 'eur', amount: '50' },
      { subjectKind: 'role', subject: 'approver', currency: 'EURO', amount: '12.345' },
      { subjectKind: 'user', subject: '', currency: 'PLN', amount: '1' },
      { subjectKind: 'role', subject: 'agent', currency: 'EUR', amount: '60' },
    ]);
    expect(result).toEqual({ errors: {
      'limits[1].currency': { code: 'currency' },
      'limits[1].role': { code: 'unknownRole', values: { roles: 'agent, manager, admin' } },
      'limits[1].amountMinor': { code: 'tooManyDecimals', values: { currency: 'EURO', count: 2 } },
      'limits[2].user': { code: 'userMissing' },
      'limits[3].currency': { code: 'duplicate', values: { subject: 'agent', currency: 'EUR' } },
    } });
  });
});

describe('deciding from the keyboard', () => {
  it('approves with Ctrl+Enter or ⌘+Enter and rejects with Shift added', () => {
    expect(decisionKey({ key: 'Enter', ctrlKey: true })).toBe('approve');
    expect(decisionKey({ key: 'Enter', metaKey: true })).toBe('approve');
    expect(decisionKey({ key: 'Enter', ctrlKey: true, shiftKey: true })).toBe('reject');
  });
  it('leaves typing alone: Enter alone is a new line, other keys are letters', () => {
    expect(decisionKey({ key: 'Enter' })).toBeNull();
    expect(decisionKey({ key: 'Enter', shiftKey: true })).toBeNull();
    expect(decisionKey({ key: 'a', ctrlKey: true })).toBeNull();
    expect(decisionKey({ key: 'Enter', ctrlKey: true, altKey: true })).toBeNull();
  });
});
