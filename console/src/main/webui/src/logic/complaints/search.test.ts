import { describe, expect, it } from 'vitest';
import { categoriesOf, EMPTY_SEARCH, guessLanguage, highlight, matchShare, refine, searchPath } from './search';
import type { ComplaintMatch } from '../../types/governance';

function match(id: string, over: Partial<ComplaintMatch['complaintCase']> = {}, score = 0.5,
  terms: string[] = ['paczka']): ComplaintMatch {
  return {
    complaintCase: { id, brand: 'acme', conversationId: `c-${id}`, category: 'delivery', problem: 'p', settlement: 's',
      compensationOfferId: null, language: 'pl', resolvedBy: 'agent1', resolvedAt: '2026-11-20T10:00:00Z', ...over },
    score, matchingTerms: terms,
  };
}

describe('search query', () => {
  it('asks for the newest cases without words', () => {
    expect(searchPath('acme', EMPTY_SEARCH)).toBe('/api/v1/brands/acme/complaints?limit=50');
  });

  it('sends the words exactly, and Polish letters make it a Polish search', () => {
    const path = searchPath('acme', { ...EMPTY_SEARCH, q: '  zgubiona przesyłka ', category: 'delivery' });
    const params = new URL(path, 'http://x').searchParams;
    expect(params.get('q')).toBe('zgubiona przesyłka');
    expect(params.get('lang')).toBe('pl');
    expect(params.get('category')).toBe('delivery');
  });

  it('recognises Greek and Russian, and leaves plain Latin text to the service', () => {
    expect(guessLanguage('επιστροφή χρημάτων')).toBe('el');
    expect(guessLanguage('где моя посылка')).toBe('ru');
    expect(guessLanguage('lost parcel')).toBeNull();
    expect(new URL(searchPath('acme', { ...EMPTY_SEARCH, q: 'lost parcel' }), 'http://x').searchParams.has('lang'))
      .toBe(false);
  });

  it('keeps a language the user chose, and an emoji in the words', () => {
    const path = searchPath('acme', { ...EMPTY_SEARCH, q: 'paczka 📦', lang: 'en', limit: 500 });
    const params = new URL(path, 'http://x').searchParams;
    expect(params.get('q')).toBe('paczka 📦');
    expect(params.get('lang')).toBe('en');
    expect(params.get('limit')).toBe('100');
  });
});

describe('refining the results', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  const recent = match('recent');
  const old = match('old', { resolvedAt: '2026-06-01T10:00:00Z' });

  it('keeps the period chosen', () => {
    expect(refine([recent, old], { ...EMPTY_SEARCH, period: '30d' }, {}, now).map((m) => m.complaintCase.id))
      .toEqual(['recent']);
    expect(refine([recent, old], EMPTY_SEARCH, {}, now)).toHaveLength(2);
  });

  it('keeps the channel chosen once the conversation is known', () => {
    const channels = { 'c-recent': 'facebook', 'c-old': 'instagram' };
    expect(refine([recent, old], { ...EMPTY_SEARCH, channel: 'instagram' }, channels, now)
      .map((m) => m.complaintCase.id)).toEqual(['old']);
    // not known yet: kept rather than hidden
    expect(refine([recent], { ...EMPTY_SEARCH, channel: 'instagram' }, {}, now)).toHaveLength(1);
  });

  it('lists each category once, sorted', () => {
    expect(categoriesOf([match('a', { category: 'refund' }), match('b'), match('c')], ['billing']))
      .toEqual(['billing', 'delivery', 'refund']);
  });

  it('labels a ranked match by its score, and the newest-cases listing not at all', () => {
    expect(matchShare(match('a', {}, 0.923))).toBe(0.923);
    expect(matchShare(match('a', {}, 0, []))).toBeNull();
  });
});

describe('highlighting the matching words', () => {
  it('marks inflected forms of the matching words, exactly as written', () => {
    expect(highlight('Gdzie są moje przesyłki? 📦', ['przesyłka'])).toEqual([
      { text: 'Gdzie są moje ', match: false },
      { text: 'przesyłki', match: true },
      { text: '? 📦', match: false },
    ]);
  });

  it('works for Greek and Cyrillic, and not inside other words', () => {
    expect(highlight('Η επιστροφή αργεί', ['επιστροφής']).filter((p) => p.match).map((p) => p.text))
      .toEqual(['επιστροφή']);
    expect(highlight('Где посылку?', ['посылка']).filter((p) => p.match).map((p) => p.text)).toEqual(['посылку']);
    expect(highlight('superpaczka', ['paczka']).some((p) => p.match)).toBe(false);
  });
});
