import { describe, expect, it } from 'vitest';
import type { Finding } from '../../types/inbox';
import { codePointToIndex, fixFor, inContext, locate, removeSentence, segments, sendDecision } from './findings';

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

  it('applies the engine’s grammatical fix, which moves “w cenie” after its noun, and shows it in its sentence', () => {
    const text = 'Dzień dobry! Dostaniesz darmowy kupon. Pozdrawiamy';
    const f = finding(24, 31, 'darmowy', { suggestion: 'w cenie', fix: { start: 24, end: 37, text: 'kupon w cenie' } });
    const fix = fixFor(text, f)!;
    expect(fix.apply(text)).toBe('Dzień dobry! Dostaniesz kupon w cenie. Pozdrawiamy');
    expect(inContext(text, fix)).toEqual({ lead: 'Dostaniesz ', from: 'darmowy kupon', to: 'kupon w cenie', trail: '.' });
    // typed ahead of it since the check: the fix moves with the words
    const later = '🎉 ' + text;
    expect(fixFor(later, f)!.apply(later)).toBe('🎉 Dzień dobry! Dostaniesz kupon w cenie. Pozdrawiamy');
  });

  it('offers no replacement where the engine has no grammatical one: the agent writes in an alternative', () => {
    const text = 'Dostaniesz darmowy kupon na zakupy.';
    expect(fixFor(text, finding(11, 18, 'darmowy', { suggestion: 'w cenie', alternatives: ['w cenie'] }))).toBeNull();
  });

  it('shows the sentence a move to private is taken out with', () => {
    const text = 'Przepraszamy. Wyślij DM z numerem zamówienia! Sprawdzimy to.';
    const fix = fixFor(text, finding(14, 23, 'Wyślij DM', { ruleId: 'public-reply.private-channel', severity: 'warn' }))!;
    expect(inContext(text, fix)).toEqual({ lead: '', from: 'Wyślij DM z numerem zamówienia!', to: '', trail: '' });
    expect(fix.apply(text)).toBe('Przepraszamy. Sprawdzimy to.');
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
