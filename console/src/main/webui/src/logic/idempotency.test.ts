import { describe, expect, it } from 'vitest';
import { RetryKeys } from './idempotency';

describe('RetryKeys', () => {
  const counting = () => {
    let n = 0;
    return new RetryKeys(() => `k${++n}`);
  };

  it('gives a retry of the same request the same key until it succeeds', () => {
    const keys = counting();
    const body = { conversationIds: ['a', 'b'], text: 'Naprawione 🙏' };
    expect(keys.for('/api/v1/brands/acme/grouped-answers', body)).toBe('k1');
    expect(keys.for('/api/v1/brands/acme/grouped-answers', { ...body })).toBe('k1');
    keys.done('/api/v1/brands/acme/grouped-answers', body);
    expect(keys.for('/api/v1/brands/acme/grouped-answers', body)).toBe('k2');
  });

  it('gives another body or another path a key of its own', () => {
    const keys = counting();
    expect(keys.for('/api/v1/conversations/c1/moderation', { interactionId: 'i1', action: 'hide' })).toBe('k1');
    expect(keys.for('/api/v1/conversations/c1/moderation', { interactionId: 'i2', action: 'hide' })).toBe('k2');
    expect(keys.for('/api/v1/conversations/c2/moderation', { interactionId: 'i1', action: 'hide' })).toBe('k3');
    expect(keys.for('/api/v1/conversations/c1/moderation', { interactionId: 'i1', action: 'hide' })).toBe('k1');
  });
});
