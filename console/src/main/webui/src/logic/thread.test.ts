import { describe, expect, it } from 'vitest';
import { thread } from './thread';

describe('a conversation thread', () => {
  it('interleaves what the customer said and what the brand answered in time order, text untouched', () => {
    const entries = thread({
      id: 'c', brand: 'acme', platform: 'facebook', status: 'open', receivedAt: '2026-11-23T10:00:00Z',
      dueAt: '2026-11-23T10:30:00Z', overdue: false, author: { platformId: '1', name: 'Γιώργος' },
      interactions: [
        { id: 'i2', kind: 'comment', text: 'Где мой заказ? 📦', author: { platformId: '1', name: 'Γιώργος' },
          platformTime: '2026-11-23T10:20:00Z', observedAt: '2026-11-23T10:20:01Z' },
        { id: 'i1', kind: 'comment', text: 'Zażółć gęślą jaźń ❤', author: { platformId: '1', name: 'Γιώργος' },
          platformTime: '2026-11-23T10:00:00Z', observedAt: '2026-11-23T10:00:01Z' },
      ],
      replies: [{ id: 'r1', text: 'Dziękujemy!', author: 'agent1', status: 'delivered', createdAt: '2026-11-23T10:10:00Z' }],
    });
    expect(entries.map((e) => [e.who, e.text])).toEqual([
      ['customer', 'Zażółć gęślą jaźń ❤'], ['brand', 'Dziękujemy!'], ['customer', 'Где мой заказ? 📦']]);
    expect(entries[1].status).toBe('delivered');
  });
});
