import { describe, expect, it } from 'vitest';
import type { GroupedAnswer, GroupedAnswerPost } from '../../types/inbox';
import { groupedOutcome } from './grouped';

const post = (platform: string, status: string, conversationIds: string[], failureReason: string | null = null)
  : GroupedAnswerPost => ({ actionId: `a-${platform}`, platform, channelAccountId: `${platform}-1`, status,
  conversationIds, failureReason });
const answer = (...posts: GroupedAnswerPost[]): GroupedAnswer => ({ id: 'g1', brand: 'acme', text: 'Naprawione ✅',
  createdBy: 'agent1', createdAt: '2026-12-06T01:00:00Z', posts });
const names = { c1: 'Ζωή', c2: 'Łucja', c3: 'Фёдор' };

describe('a grouped answer\'s outcome', () => {
  it('says posted only when every post is delivered', () => {
    const o = groupedOutcome(answer(post('facebook', 'delivered', ['c1', 'c2']), post('x', 'delivered', ['c3'])), names);
    expect(o.tone).toBe('success');
    expect(o.headline).toEqual({ kind: 'posted', total: 3, accounts: 2 });
    expect(o.failedIds).toEqual([]);
  });

  it('is on its way, not posted, while a platform has not confirmed', () => {
    const o = groupedOutcome(answer(post('facebook', 'delivered', ['c1']), post('x', 'sending', ['c2', 'c3'])), names);
    expect(o.settled).toBe(false);
    expect(o.tone).toBe('pending');
    expect(o.headline.kind).toBe('onItsWay');
    expect([o.delivered, o.sending]).toEqual([1, 2]);
  });

  it('names every conversation whose post failed, with the platform\'s reason, even when all failed', () => {
    const o = groupedOutcome(answer(post('facebook', 'failed', ['c1', 'c2'], 'token revoked (190)'),
      post('x', 'failed', ['c3'])), names);
    expect(o.tone).toBe('failure');
    expect(o.headline.kind).toBe('none');
    expect(o.failedIds).toEqual(['c1', 'c2', 'c3']);
    expect(o.rows.map((r) => `${r.name}: ${r.reason}`)).toEqual(['Ζωή: token revoked (190)',
      'Łucja: token revoked (190)', 'Фёдор: null']);
  });

  it('counts a partial failure as a failure, with what is still on its way', () => {
    const o = groupedOutcome(answer(post('facebook', 'delivered', ['c1']), post('x', 'failed', ['c2'], 'duplicate'),
      post('vk', 'sending', ['c3'])), names);
    expect(o.tone).toBe('failure');
    expect(o.headline.kind).toBe('some');
    expect([o.delivered, o.failed, o.sending]).toEqual([1, 1, 1]);
    expect(o.failedIds).toEqual(['c2']);
  });
});
