// The complaint library's search: what is asked of the service, what is filtered here, how a match reads.
import type { ComplaintMatch } from '../../types/governance';

export type SearchLanguage = 'en' | 'pl' | 'el' | 'ru';

export interface ComplaintSearch {
  q: string;
  /** 'auto' lets the text decide (see guessLanguage) */
  lang: SearchLanguage | 'auto';
  category: string;
  /** the conversation's channel (filtered here: a case does not carry it) */
  channel: string;
  /** 'all' or the last 7/30/90/365 days of resolvedAt (filtered here) */
  period: 'all' | '7d' | '30d' | '90d' | '365d';
  limit: number;
}

export const EMPTY_SEARCH: ComplaintSearch = { q: '', lang: 'auto', category: '', channel: '', period: 'all', limit: 50 };

/** The search's language choices: auto (from the words), then each language (the screen names them). */
export const SEARCH_LANGUAGES: (SearchLanguage | 'auto')[] = ['auto', 'en', 'pl', 'el', 'ru'];

/**
 * Which stemmer the service should use for the Latin-script words of a query: Polish letters say Polish; Greek
 * and Cyrillic are stemmed by their script anyway, so they need no hint; plain Latin text is left to the
 * service (it stems it as English and as Polish).
 */
export function guessLanguage(q: string): SearchLanguage | null {
  if (/[ąćęłńóśźż]/i.test(q)) return 'pl';
  if (/[\u0370-\u03ff\u1f00-\u1fff]/.test(q)) return 'el';
  if (/[\u0400-\u04ff]/.test(q)) return 'ru';
  return null;
}

/** The service's query string: q trimmed (at most 1000 characters), lang, category and limit when set. */
export function searchPath(brand: string, s: ComplaintSearch): string {
  const params = new URLSearchParams();
  const q = s.q.trim().slice(0, 1000);
  if (q) {
    params.set('q', q);
    const lang = s.lang === 'auto' ? guessLanguage(q) : s.lang;
    if (lang) params.set('lang', lang);
  }
  if (s.category.trim()) params.set('category', s.category.trim());
  params.set('limit', String(Math.min(Math.max(s.limit, 1), 100)));
  return `/api/v1/brands/${encodeURIComponent(brand)}/complaints?${params.toString()}`;
}

const PERIOD_DAYS: Record<ComplaintSearch['period'], number | null> = {
  all: null, '7d': 7, '30d': 30, '90d': 90, '365d': 365,
};

/**
 * What the service cannot filter: the period of resolution and the conversation's channel (known once the
 * conversation is read; a match whose conversation is not known yet stays).
 */
export function refine(matches: ComplaintMatch[], s: ComplaintSearch, channels: Record<string, string>,
  now: number): ComplaintMatch[] {
  const days = PERIOD_DAYS[s.period];
  const since = days == null ? null : now - days * 86_400_000;
  return matches.filter((m) => {
    if (since != null && Date.parse(m.complaintCase.resolvedAt) < since) return false;
    const channel = channels[m.complaintCase.conversationId];
    return !s.channel || channel === undefined || channel === s.channel;
  });
}

/** The categories seen in the results, for the filter (sorted, each once). */
export function categoriesOf(matches: ComplaintMatch[], also: string[] = []): string[] {
  return [...new Set([...also, ...matches.map((m) => m.complaintCase.category).filter(Boolean)])]
    .sort((a, b) => a.localeCompare(b));
}

/** How well a ranked result matches (0.92: the screen says "92% match"); null for the newest-cases listing. */
export function matchShare(m: ComplaintMatch): number | null {
  if (m.matchingTerms.length === 0 && m.score === 0) return null;
  return m.score;
}

/**
 * A text split into the parts that match one of the words (case-insensitive, also as the start of an inflected
 * form: "przesyłk" marks "przesyłki") and the rest, for highlighting.
 */
export function highlight(text: string, words: string[]): { text: string; match: boolean }[] {
  const stems = words.map((w) => w.trim().toLocaleLowerCase()).filter((w) => w.length >= 3)
    .map((w) => w.slice(0, Math.max(3, w.length - 2)));
  if (stems.length === 0) return [{ text, match: false }];
  const escaped = stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])((?:${escaped.join('|')})[\\p{L}\\p{M}]*)`, 'giu');
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
