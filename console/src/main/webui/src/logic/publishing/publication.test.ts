import { describe, expect, it } from 'vitest';
import type { Publication } from '../../types/publishing';
import { adviceFor, correctionErrors, correctionNote, delayText, mayCorrect, mayDeletePublished, publicationView } from './publication';

// Fixtures in the contract's shape (publishing2-contract.md, "sched promises").
const base: Publication = { state: 'published', platformPostId: 'sandbox-7',
  permalink: 'https://sandbox.parley.local/facebook/sandbox-7', publishedAt: '2026-12-18T09:02:30Z', delaySeconds: 150,
  failure: null, reason: null, whatToDo: null, retryAt: null,
  attempts: [{ attempt: 1, outcome: 'delivered', failure: null, reason: null, at: '2026-12-18T09:02:30Z' }] };

describe('a variant’s publication, honestly', () => {
  it('shows a published post with its permalink and delay, the only success', () => {
    const v = publicationView(base)!;
    expect(v).toMatchObject({ label: 'Published', tone: 'success', succeeded: true,
      permalink: 'https://sandbox.parley.local/facebook/sandbox-7' });
    expect(v.summary).toBe('Published 2026-12-18T09:02:30Z (2 min late).');
  });

  it('shows a failure with its reason and what to do, the server’s advice first', () => {
    const refused = publicationView({ ...base, state: 'failed', permalink: null, publishedAt: null, delaySeconds: null,
      failure: 'content_refused', reason: '(#100) The message contains blocked content', whatToDo: null })!;
    expect(refused).toMatchObject({ label: 'Failed', tone: 'danger', succeeded: false, permalink: null });
    expect(refused.summary).toBe('Not published: (#100) The message contains blocked content');
    expect(refused.whatToDo).toMatch(/refused the content/);
    const told = publicationView({ ...base, state: 'failed', failure: 'authorization', reason: 'token revoked',
      whatToDo: 'Reconnect “Acme on Facebook” in Channels.' })!;
    expect(told.whatToDo).toBe('Reconnect “Acme on Facebook” in Channels.');
  });

  it('never shows delayed, unknown or publishing as success', () => {
    for (const state of ['delayed', 'unknown', 'publishing', 'something-new']) {
      const v = publicationView({ ...base, state, failure: state === 'delayed' ? 'rate_limited' : null,
        retryAt: state === 'delayed' ? '2026-12-18T09:15:00Z' : null })!;
      expect(v.succeeded).toBe(false);
      expect(v.tone).not.toBe('success');
      expect(v.label).not.toBe('Published');
    }
    expect(publicationView({ ...base, state: 'delayed', failure: 'rate_limited', reason: 'rate limited',
      retryAt: '2026-12-18T09:15:00Z' }, (iso) => `<${iso}>`)!.summary)
      .toBe('Not sent yet (rate limited); next try <2026-12-18T09:15:00Z>.');
    expect(publicationView({ ...base, state: 'unknown' })!.whatToDo).toMatch(/do not post it by hand/);
    expect(publicationView(null)).toBeNull();
  });

  it('says how late, in words', () => {
    expect(delayText(null)).toBeNull();
    expect(delayText(-3)).toBe('on time');
    expect(delayText(59)).toBe('on time');
    expect(delayText(60 * 125)).toBe('2 h 5 min late');
    expect(delayText(3600 * 26)).toBe('1 d 2 h late');
    expect(adviceFor('nonsense', null)).toBeNull();
  });

  it('lets approvers, managers and admins delete, writers correct; both need a reason', () => {
    expect(mayDeletePublished(['editor'])).toBe(false);
    expect(mayDeletePublished(['approver'])).toBe(true);
    expect(mayDeletePublished(['agent', 'admin'])).toBe(true);
    expect(mayCorrect(['agent'])).toBe(false);
    expect(mayCorrect(['editor'])).toBe(true);
    expect(correctionErrors({ text: 'Nowy tekst', reason: ' ' })).toEqual({ reason: 'Say why (it is kept in the history).' });
    expect(correctionErrors({ text: 'Stary', reason: 'typo' }, 'Stary')).toHaveProperty('text');
    expect(correctionErrors({ reason: 'wrong price' })).toEqual({});
  });
});

describe('a correction says what it is', () => {
  it('is nothing for a variant that corrects nothing', () => {
    expect(correctionNote({ correctionOf: null })).toBeNull();
  });
  it('says an edit is applied to the post, with the reason', () => {
    const note = correctionNote({ correctionOf: 'v1', correctionKind: 'edit', correctionReason: 'Zły dzień ❄' });
    expect(note).toContain('the post on the network is edited to this text');
    expect(note).toContain('Why: “Zły dzień ❄”.');
  });
  it('says a reply is posted under the post where no edit is possible', () => {
    const note = correctionNote({ correctionOf: 'v1', correctionKind: 'reply', correctionReason: ' ' });
    expect(note).toContain('posted as a reply under the post');
    expect(note).not.toContain('Why');
  });
});
