import { describe, expect, it } from 'vitest';
import type { Finding } from '../../types/inbox';
import { codePointToIndex, fixFor, locate, removeSentence, segments, sendDecision } from './findings';

const finding = (start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'pl-darmowy', section: 4, severity: 'block', span: { start, end, text }, message: 'forbidden', ...extra,
});

describe('findings in the composer', () => {
  it('counts the engine’s code points over emoji (two UTF-16 units each)', () => {
    expect(codePointToIndex('🎉 free', 2)).toBe(3);
    const text = '📦📦 Dostawa jest darmowa';
    const f = finding(16, 23, 'darmowa');
    expect(codePointToIndex(text, 16)).toBe(18);
    expect(locate(text, f)).toEqual({ start: 18, end: 25 });
  });

  it('highlights each finding once, in order, with the text around it kept exactly', () => {
    const text = 'Γεια! Napiszcie do nas prywatnie, dostawa darmowa ❤';
    const dm = finding(6, 32, 'Napiszcie do nas prywatnie', { ruleId: 'public-reply.private-channel', severity: 'warn' });
    const free = finding(42, 49, 'darmowa');
    const s = segments(text, [free, dm]);
    expect(s.map((x) => x.text).join('')).toBe(text);
    expect(s.filter((x) => x.finding).map((x) => [x.text, x.index])).toEqual([
      ['Napiszcie do nas prywatnie', 1], ['darmowa', 0]]);
  });

  it('finds the words again when the text moved since the check, and nothing when they are gone', () => {
    expect(locate('Hi! It is free', finding(6, 10, 'free'))).toEqual({ start: 10, end: 14 });
    expect(locate('Hi there', finding(3, 7, 'free'))).toBeNull();
  });

  it('replaces a forbidden word by the suggestion, keeping its capital', () => {
    const text = 'Darmowa dostawa dla Ciebie.';
    const fix = fixFor(text, finding(0, 7, 'Darmowa', { suggestion: 'w cenie' }))!;
    expect(fix.apply(text)).toBe('W cenie dostawa dla Ciebie.');
    expect(fix).toMatchObject({ kind: 'replace', replacement: 'W cenie' });
  });

  it('takes a move to private out with its sentence', () => {
    const text = 'Przepraszamy za opóźnienie. Napiszcie do nas prywatnie. Sprawdzimy paczkę 📦';
    const f = finding(28, 54, 'Napiszcie do nas prywatnie', { ruleId: 'public-reply.private-channel',
      severity: 'warn', suggestion: 'answer here; ask for personal details in private only when needed' });
    expect(fixFor(text, f)!.apply(text)).toBe('Przepraszamy za opóźnienie. Sprawdzimy paczkę 📦');
    expect(removeSentence('Write to help@acme.example', { start: 9, end: 26 })).toBe('');
  });

  it('offers no fix for advice that is not a replacement', () => {
    const text = 'Call 123456789 now';
    expect(fixFor(text, finding(5, 14, '123456789', { ruleId: 'x.y', suggestion: 'ask in private; only when needed' })))
      .toBeNull();
  });

  it('stops the send on a block unless an approver gives a reason', () => {
    const block = [finding(0, 4, 'free')];
    expect(sendDecision([], false, '')).toEqual({ allowed: true, override: false, why: null });
    expect(sendDecision(block, false, '').allowed).toBe(false);
    expect(sendDecision(block, true, '  ')).toEqual({ allowed: false, override: true, why: { kind: 'reason' } });
    expect(sendDecision(block, false, '').why).toEqual({ kind: 'blocking', count: 1 });
    expect(sendDecision(block, true, 'legal approved the wording')).toEqual({ allowed: true, override: true, why: null });
    expect(sendDecision([finding(0, 4, 'free', { severity: 'warn' })], false, '').allowed).toBe(true);
  });
});
