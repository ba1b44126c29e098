import { describe, expect, it } from 'vitest';
import { draftOf, EMPTY_RULE, phrases, ruleErrors, ruleRequest, serverFieldErrors } from './listening';
import type { ListeningRule } from '../../types/brandsetup';

const RULE: ListeningRule = { id: 'r1', brand: 'acme', name: 'Zwroty', terms: ['zwrot pieniędzy', 'reklamacja'],
  exclusions: ['konkurs'], languages: ['pl'], platforms: ['facebook'], enabled: true, version: 2,
  createdAt: '2026-12-01T00:00:00Z', createdBy: 'manager1', updatedAt: null, updatedBy: null };

describe('a listening rule in the form', () => {
  it('reads phrases one a line, trimmed, without empty lines or repeats', () => {
    expect(phrases(' zwrot pieniędzy \n\nreklamacja\r\nreklamacja\n')).toEqual(['zwrot pieniędzy', 'reklamacja']);
  });

  it('round-trips a stored rule through the form unchanged', () => {
    expect(ruleRequest('acme', draftOf(RULE))).toEqual({ brand: 'acme', name: 'Zwroty',
      terms: ['zwrot pieniędzy', 'reklamacja'], exclusions: ['konkurs'], languages: ['pl'], platforms: ['facebook'],
      enabled: true });
  });

  it('needs a name and at least one phrase with a word, each within the service limits', () => {
    expect(ruleErrors(EMPTY_RULE)).toEqual({ name: 'required', terms: 'required' });
    expect(ruleErrors({ ...EMPTY_RULE, name: 'x'.repeat(101), terms: '!!!' })).toEqual({ name: 'tooLong',
      terms: 'noWord' });
    expect(ruleErrors({ ...EMPTY_RULE, name: 'ok', terms: 'a'.repeat(101) })).toEqual({ terms: 'phraseTooLong' });
    const many = Array.from({ length: 201 }, (_, i) => `słowo${i}`).join('\n');
    expect(ruleErrors({ ...EMPTY_RULE, name: 'ok', terms: 'zwrot', exclusions: many })).toEqual({ exclusions: 'tooMany' });
    expect(ruleErrors({ ...EMPTY_RULE, name: 'Ελληνικά', terms: 'επιστροφή χρημάτων' })).toEqual({});
  });

  it('puts the service\'s errors of a list item beside the list field', () => {
    expect(serverFieldErrors([{ field: 'languages[1]', message: 'must be an ISO 639-1 code such as pl, el, ru' },
      { field: 'name', message: 'is required' }, { field: 'terms[0]', message: 'must contain a word' },
      { field: 'terms[2]', message: 'must contain a word' }])).toEqual({
      languages: '[1] must be an ISO 639-1 code such as pl, el, ru', name: 'is required',
      terms: '[0] must contain a word; [2] must contain a word' });
  });
});
