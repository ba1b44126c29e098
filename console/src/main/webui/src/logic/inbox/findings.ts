import type { Finding } from '../../types/inbox';

// The standards findings shown inline under the composer: where each one is in the text (the engine counts
// Unicode code points, JavaScript strings count UTF-16 units), what one click does to fix it, and whether
// the reply may go out.

/** A code-point offset of `text` as a UTF-16 index ("🎉 free": code point 2 is index 3). */
export function codePointToIndex(text: string, codePoints: number): number {
  let index = 0;
  let seen = 0;
  while (seen < codePoints && index < text.length) {
    const c = text.codePointAt(index)!;
    index += c > 0xffff ? 2 : 1;
    seen++;
  }
  return index;
}

/**
 * Where a finding is in the text as it is now, as UTF-16 indices; null when the text changed since the
 * check so the span no longer covers the words the engine reported (then nothing is highlighted or fixed).
 */
export function locate(text: string, f: Finding): { start: number; end: number } | null {
  if (!f.span) return null;
  const start = codePointToIndex(text, f.span.start);
  const end = codePointToIndex(text, f.span.end);
  if (text.slice(start, end) === f.span.text) return { start, end };
  // The engine said which words: find them if the text moved a little.
  const at = text.indexOf(f.span.text);
  return at >= 0 && f.span.text ? { start: at, end: at + f.span.text.length } : null;
}

export interface Segment { text: string; finding?: Finding; index?: number }

/** The text cut into plain and highlighted pieces, in order; overlapping findings keep the earlier one. */
export function segments(text: string, findings: Finding[]): Segment[] {
  const located = findings
    .map((f, index) => ({ f, index, at: locate(text, f) }))
    .filter((x): x is { f: Finding; index: number; at: { start: number; end: number } } => x.at !== null)
    .sort((a, b) => a.at.start - b.at.start || b.at.end - a.at.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const { f, index, at } of located) {
    if (at.start < pos) continue;
    if (at.start > pos) out.push({ text: text.slice(pos, at.start) });
    out.push({ text: text.slice(at.start, at.end), finding: f, index });
    pos = at.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

export const isBlocking = (f: Finding) => f.severity === 'block';

/** Rules that move a public problem into private: their fix takes the request out of the reply. */
export const isPublicToPrivate = (f: Finding) => f.ruleId.startsWith('public-reply.');

/**
 * A one-click fix: take the request to go private out with its sentence, or replace `at` (UTF-16 indices of the text
 * as it is now, which may reach past the finding's words: "darmowy kupon" → "kupon w cenie") by `replacement`.
 */
export interface Fix { kind: 'removePrivate' | 'replace'; replacement: string; at: { start: number; end: number };
  apply: (text: string) => string }

/** `count` code points on from UTF-16 index `from` (or back, for a negative count). */
function advance(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < Math.abs(count); n++) {
    if (count > 0) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    else i -= i >= 2 && /[\uDC00-\uDFFF]/.test(text.charAt(i - 1)) ? 2 : 1;
  }
  return Math.max(0, Math.min(text.length, i));
}

/** Where the engine's fix applies in the text as it is now: moved with the finding's words. */
function fixRange(text: string, f: Finding): { start: number; end: number } | null {
  const at = locate(text, f);
  if (!at || !f.fix || !f.span) return null;
  return { start: advance(text, at.start, f.fix.start - f.span.start), end: advance(text, at.end, f.fix.end - f.span.end) };
}

/**
 * What one click does. A move to private ("DM us", an e-mail address, a phone number) is taken out with the sentence
 * it stands in, so the answer stays public. Words are replaced only by the fix the standards engine offers, which it
 * offers only where the sentence stays grammatical (standards-service's TermFixes); otherwise the agent rewrites it
 * with the alternatives (`f.alternatives`). Findings without a span or whose words are gone have no fix.
 */
export function fixFor(text: string, f: Finding): Fix | null {
  const at = locate(text, f);
  if (!at) return null;
  if (isPublicToPrivate(f)) {
    return { kind: 'removePrivate', replacement: '', at: sentenceOf(text, at),
      apply: (t) => removeSentence(t, locate(t, f) ?? at) };
  }
  const range = fixRange(text, f);
  if (range && f.fix) {
    const replacement = f.fix.text;
    return { kind: 'replace', replacement, at: range, apply: (t) => {
      const now = fixRange(t, f) ?? range;
      return t.slice(0, now.start) + replacement + t.slice(now.end);
    } };
  }
  return null;
}

/**
 * The fix in its sentence, to show before it is applied: the sentence's words before the change (`lead`), what is
 * replaced (`from`), what replaces it (`to`), and the words after (`trail`). A removal replaces the whole sentence.
 */
export function inContext(text: string, fix: Fix): { lead: string; from: string; to: string; trail: string } {
  const sentence = sentenceOf(text, fix.at);
  return { lead: text.slice(sentence.start, fix.at.start), from: text.slice(fix.at.start, fix.at.end),
    to: fix.replacement, trail: text.slice(fix.at.end, sentence.end) };
}

/** The sentence holding [start, end): from after the previous sentence's end to its own end mark, trimmed. */
function sentenceOf(text: string, at: { start: number; end: number }): { start: number; end: number } {
  let from = at.start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  while (from < at.start && /\s/.test(text.charAt(from))) from++;
  let to = at.end;
  if (to > at.start && SENTENCE_END.test(text.charAt(to - 1))) return { start: from, end: to }; // ends a sentence already
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  if (to < text.length && text.charAt(to) !== '\n') to++;
  return { start: from, end: to };
}

const SENTENCE_END = /[.!?…;\n]/;

/** Takes out the sentence that holds [start, end), and the space after it; keeps the rest as written. */
export function removeSentence(text: string, at: { start: number; end: number }): string {
  let from = at.start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = at.end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  if (to < text.length && text.charAt(to) !== '\n') to++;
  while (from < at.start && text.charAt(from) === ' ') from++;
  while (to < text.length && text.charAt(to) === ' ') to++;
  const out = text.slice(0, from) + text.slice(to);
  return out.replace(/ +$/u, '').replace(/^\s+/u, '');
}

/**
 * The send button's state: blocked by findings unless an approver gives a reason to override. `why` says what
 * stops it — `blocking` findings to fix (how many), or a `reason` the approver still owes — for the screen to word.
 */
export function sendDecision(findings: Finding[], mayOverride: boolean, overrideReason: string):
  { allowed: boolean; override: boolean; why: null | { kind: 'blocking'; count: number } | { kind: 'reason' } } {
  const blocking = findings.filter(isBlocking);
  if (blocking.length === 0) return { allowed: true, override: false, why: null };
  if (!mayOverride) return { allowed: false, override: false, why: { kind: 'blocking', count: blocking.length } };
  if (overrideReason.trim().length === 0) return { allowed: false, override: true, why: { kind: 'reason' } };
  return { allowed: true, override: true, why: null };
}
