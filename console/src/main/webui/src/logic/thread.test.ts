import { describe, expect, it } from 'vitest';
import { thread } from './thread';
import { responseTimeSeries } from './analytics';

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

describe('analytics series', () => {
  it('shows all channels first and only channels with conversations, in minutes and percent', () => {
    const base = { brand: 'acme', from: '', to: '' };
    const series = responseTimeSeries([
      { ...base, platform: null, count: 4, opened: 5, medianSeconds: 90, p90Seconds: 600, withinTargetRate: 0.75 },
      { ...base, platform: 'facebook', count: 4, opened: 4, medianSeconds: 90, p90Seconds: 600, withinTargetRate: 0.75 },
      { ...base, platform: 'vk', count: 0, opened: 0, medianSeconds: null, p90Seconds: null, withinTargetRate: null },
      { ...base, platform: 'x', count: 0, opened: 1, medianSeconds: null, p90Seconds: null, withinTargetRate: null },
    ]);
    expect(series.channels).toEqual(['all', 'facebook', 'x']);
    expect(series.median).toEqual([1.5, 1.5, null]);
    expect(series.p90).toEqual([10, 10, null]);
    expect(series.withinTargetPercent).toEqual([75, 75, null]);
  });
});
