// Writing in the inbox: saved replies put into the composer, @mentions in notes, and what the agent can
// still see is missing.

/** Puts `snippet` in place of the selection [start, end) of `text` (the cursor when they are equal). */
export function insertAt(text: string, start: number, end: number, snippet: string): { text: string; cursor: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const gapBefore = before && !/\s$/u.test(before) ? ' ' : '';
  const gapAfter = after && !/^\s/u.test(after) ? ' ' : '';
  const out = before + gapBefore + snippet + gapAfter + after;
  return { text: out, cursor: (before + gapBefore + snippet).length };
}

/** Variables a saved reply still carries ("{order.number}"): the agent fills them before sending. */
export function unfilledVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{[a-zA-Z][\w.]*\}/gu)].map((m) => m[0]))];
}

/**
 * A saved reply's variables filled from what the console knows — the inbox already renders them for a
 * conversation; this is for the brand's list, and leaves unknown variables as they are.
 */
export function fillVariables(body: string, values: Record<string, string | null | undefined>): string {
  return body.replace(/\{([a-zA-Z][\w.]*)\}/gu, (whole, name: string) => values[name] ?? whole);
}

/** "Ζωή Παπαδοπούλου" → "Ζωή". */
export function firstName(name: string | null | undefined): string {
  return (name ?? '').trim().split(/\s+/u)[0] ?? '';
}

/**
 * The @mentions of a note as the inbox reads them: letters, digits, '.', '_', '-' in any script, lower
 * case, each once, and an e-mail address mentions nobody (docs/inbox.md#internal-notes-and-mentions).
 */
export function mentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}._-])@([\p{L}\p{N}._-]+)/gu)) {
    const name = m[2].replace(/[._-]+$/u, '').toLowerCase();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The note's text cut into plain pieces and mentions, for showing who was called in. */
export function mentionSegments(text: string): { text: string; mention: boolean }[] {
  const out: { text: string; mention: boolean }[] = [];
  let pos = 0;
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}._-])(@[\p{L}\p{N}._-]+)/gu)) {
    const start = m.index! + m[1].length;
    if (start > pos) out.push({ text: text.slice(pos, start), mention: false });
    out.push({ text: m[2], mention: true });
    pos = start + m[2].length;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mention: false });
  return out;
}

/** The colleague being written after an "@" at the cursor, for suggesting names; null when none. */
export function mentionAtCursor(text: string, cursor: number): string | null {
  const m = /(^|[^\p{L}\p{N}._-])@([\p{L}\p{N}._-]*)$/u.exec(text.slice(0, cursor));
  return m ? m[2] : null;
}

/** Someone who can see the brand (GET /api/v1/brands/{brand}/people): whom a note can mention. */
export interface Person { user: string; name?: string | null; roles: string[] }

/** The most names the @mention picker offers at once. */
export const MENTION_OPTIONS = 8;

/**
 * The people the picker offers for what follows the "@": user names starting with it first, then people a word of
 * whose name starts with it; case-insensitive, at most `limit`.
 */
export function mentionOptions(people: Person[], query: string, limit = MENTION_OPTIONS): Person[] {
  const q = query.toLowerCase();
  const byUser = people.filter((p) => p.user.toLowerCase().startsWith(q));
  const byName = people.filter((p) => !byUser.includes(p)
    && (p.name ?? '').toLowerCase().split(/\s+/u).some((w) => w && w.startsWith(q)));
  return [...byUser, ...byName].slice(0, limit);
}

/** Puts `user` in place of the "@…" being written at the cursor, with a space after; the new text and cursor. */
export function completeMention(text: string, cursor: number, user: string): { text: string; cursor: number } {
  const query = mentionAtCursor(text, cursor);
  if (query === null) return { text, cursor };
  const start = cursor - query.length;
  const after = text.slice(cursor).replace(/^[\p{L}\p{N}._-]*/u, '');
  const gap = /^\s/u.test(after) ? '' : ' ';
  const out = `${text.slice(0, start)}${user}${gap}${after}`;
  return { text: out, cursor: start + user.length + gap.length };
}

/** The note's mentions that name no one of the brand's people (the inbox would refuse them). */
export function unknownMentions(text: string, people: Person[]): string[] {
  const known = new Set(people.map((p) => p.user.toLowerCase()));
  return mentions(text).filter((m) => !known.has(m));
}
