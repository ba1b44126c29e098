import { describe, expect, it } from 'vitest';
import { fillVariables, firstName, insertAt, mentionAtCursor, mentionSegments, mentions,
  unfilledVariables } from './compose';

describe('composing', () => {
  it('puts a saved reply at the cursor with a space on either side', () => {
    expect(insertAt('Dzień dobry!', 12, 12, 'Sprawdzamy paczkę 📦')).toEqual({
      text: 'Dzień dobry! Sprawdzamy paczkę 📦', cursor: 'Dzień dobry! Sprawdzamy paczkę 📦'.length });
    expect(insertAt('', 0, 0, 'Спасибо')).toEqual({ text: 'Спасибо', cursor: 7 });
    expect(insertAt('A xxx B', 2, 5, 'text').text).toBe('A text B');
  });

  it('fills saved-reply variables it knows and lists those left to fill', () => {
    const body = '{author.firstName}, λυπούμαστε! {brand} · {order.number}';
    const filled = fillVariables(body, { 'author.firstName': firstName('Ζωή Παπαδοπούλου'), brand: 'acme' });
    expect(filled).toBe('Ζωή, λυπούμαστε! acme · {order.number}');
    expect(unfilledVariables(filled)).toEqual(['{order.number}']);
    expect(unfilledVariables('no variables ❤')).toEqual([]);
  });

  it('reads @mentions as the inbox does: any script, lower case, once, never an e-mail address', () => {
    expect(mentions('@manager1 pomóż proszę, @Manager1 i @Ολυμπία. Pisz na help@acme.example'))
      .toEqual(['manager1', 'ολυμπία']);
    expect(mentionSegments('Hi @agent2!')).toEqual([{ text: 'Hi ', mention: false }, { text: '@agent2', mention: true },
      { text: '!', mention: false }]);
  });

  it('knows when a name is being written after @', () => {
    expect(mentionAtCursor('ask @man', 8)).toBe('man');
    expect(mentionAtCursor('ask @', 5)).toBe('');
    expect(mentionAtCursor('mail a@b', 8)).toBeNull();
  });
});
