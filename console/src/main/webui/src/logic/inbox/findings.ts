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

/** A one-click fix: take the request to go private out, or replace the words by `replacement`. */
export interface Fix { kind: 'removePrivate' | 'replace'; replacement?: string; apply: (text: string) => string }

/**
 * What one click does: a forbidden word is replaced by the catalogue's suggestion; a move to private ("DM
 * us", an e-mail address, a phone number) is taken out with the sentence it stands in, so the answer stays
 * public. Findings without a span or whose words are gone have no fix.
 */
export function fixFor(text: string, f: Finding): Fix | null {
  const at = locate(text, f);
  if (!at) return null;
  if (isPublicToPrivate(f)) {
    return { kind: 'removePrivate', apply: (t) => removeSentence(t, locate(t, f) ?? at) };
  }
  if (f.suggestion && f.suggestion.length <= 100 && !f.suggestion.includes(';')) {
    const replacement = matchCase(f.span!.text, f.suggestion);
    return { kind: 'replace', replacement, apply: (t) => {
      const now = locate(t, f) ?? at;
      return t.slice(0, now.start) + replacement + t.slice(now.end);
    } };
  }
  return null;
}

/** "Free" → "Included…": a suggestion starts with a capital where the word did. */
function matchCase(original: string, suggestion: string): string {
  const first = original.charAt(0);
  return first && first === first.toUpperCase() && first !== first.toLowerCase()
    ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
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
