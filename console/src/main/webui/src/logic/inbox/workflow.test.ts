import { describe, expect, it } from 'vitest';
import { answeringNotice, queueDue, attachmentView, fromMinor, pruneSelection, selectable, shouldMarkAnswering,
  statusActions, toMinor, toggleSelection } from './workflow';

describe('status actions follow the transition table', () => {
  it('offers only the moves the inbox allows by hand', () => {
    expect(statusActions('open').map((a) => a.to)).toEqual(['pending_customer', 'resolved']);
    expect(statusActions('new').map((a) => a.key)).toEqual(['markOpen', 'waitForCustomer', 'resolve']);
    expect(statusActions('resolved')).toEqual([{ to: 'open', key: 'reopen' }]);
    expect(statusActions('answered').map((a) => a.to)).not.toContain('answered');
  });
});

describe('selection for a grouped answer', () => {
  const items = [{ id: 'a', brand: 'acme' }, { id: 'b', brand: 'acme' }, { id: 'c', brand: 'globex' }];
  it('toggles and keeps one brand', () => {
    const s = toggleSelection(toggleSelection([], 'a'), 'b');
    expect(s).toEqual(['a', 'b']);
    expect(selectable(s, items, items[2])).toBe(false);
    expect(selectable([], items, items[2])).toBe(true);
    expect(toggleSelection(s, 'a')).toEqual(['b']);
  });
  it('drops conversations that left the queue', () => {
    expect(pruneSelection(['a', 'x'], items)).toEqual(['a']);
  });
});

describe('money in minor units', () => {
  it('reads what an agent types', () => {
    expect(toMinor('25', 'EUR')).toBe(2500);
    expect(toMinor('120,5', 'EUR')).toBe(12050);
    expect(toMinor('1000', 'JPY')).toBe(1000);
    expect(toMinor('10.5', 'JPY')).toBeNull();
    expect(toMinor('12.345', 'EUR')).toBeNull();
    expect(toMinor('0', 'EUR')).toBeNull();
    expect(toMinor('-5', 'PLN')).toBeNull();
  });
  it('turns minor units back into the amount, in the currency\'s own decimals', () => {
    expect(fromMinor(12050, 'EUR')).toBe(120.5);
    expect(fromMinor(1000, 'JPY')).toBe(1000);
  });
});

describe('who is answering', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it('tells others, not oneself, while the mark holds', () => {
    const o = { answeringBy: 'agent1', answeringUntil: '2026-11-23T10:02:00Z' };
    expect(answeringNotice(o, 'agent2', now)).toBe('agent1');
    expect(answeringNotice(o, 'agent1', now)).toBeNull();
    expect(answeringNotice({ ...o, answeringUntil: '2026-11-23T09:59:00Z' }, 'agent2', now)).toBeNull();
    expect(answeringNotice(null, 'agent2', now)).toBeNull();
  });
  it('marks on the first keystroke and renews at most once a minute', () => {
    expect(shouldMarkAnswering(null, now, 'Γ')).toBe(true);
    expect(shouldMarkAnswering(null, now, '  ')).toBe(false);
    expect(shouldMarkAnswering(now - 30_000, now, 'abc')).toBe(false);
    expect(shouldMarkAnswering(now - 61_000, now, 'abc')).toBe(true);
  });
});

describe('attachments', () => {
  it('shows photos as images with alt text and the rest as links, never a script address', () => {
    expect(attachmentView({ type: 'image', url: 'https://cdn.example/p.jpg' }, 0))
      .toEqual({ kind: 'image', url: 'https://cdn.example/p.jpg', what: 'image', number: 1, platformId: null });
    expect(attachmentView({ type: 'file', url: 'https://cdn.example/f.pdf' }, 1).kind).toBe('link');
    expect(attachmentView({ type: 'image', url: 'javascript:alert(1)' }, 0).kind).toBe('text');
    expect(attachmentView({ type: 'sticker', platformId: 'CAAD' }, 2))
      .toEqual({ kind: 'text', url: null, what: 'sticker', number: 3, platformId: 'CAAD' });
    expect(attachmentView({ type: 'hologram', url: 'https://x.example/h' }, 0).what).toBe('other');
  });
});

describe('due states in the queue', () => {
  const received = '2026-11-23T10:00:00Z';
  const due = '2026-11-23T11:00:00Z';
  it('gives the state and the time left, for the screen to write with an icon and a duration', () => {
    expect(queueDue({ receivedAt: received, dueAt: due, status: 'open' }, Date.parse('2026-11-23T10:10:00Z')))
      .toEqual({ state: 'ok', msLeft: 50 * 60_000 });
    expect(queueDue({ receivedAt: received, dueAt: due, status: 'new' }, Date.parse('2026-11-23T10:50:00Z')))
      .toEqual({ state: 'warning', msLeft: 10 * 60_000 });
    expect(queueDue({ receivedAt: received, dueAt: due, status: 'open' }, Date.parse('2026-11-23T11:02:00Z')))
      .toEqual({ state: 'breach', msLeft: -2 * 60_000 });
  });
  it('trusts the inbox’s breach mark, and an answered conversation is done', () => {
    expect(queueDue({ receivedAt: received, dueAt: due, status: 'open', breachedAt: '2026-11-23T10:20:00Z' },
      Date.parse('2026-11-23T10:30:00Z')).state).toBe('breach');
    expect(queueDue({ receivedAt: received, dueAt: due, status: 'answered', breachedAt: '2026-11-23T10:20:00Z' },
      Date.parse('2026-11-23T12:00:00Z'))).toEqual({ state: 'done', msLeft: null });
  });
});
