import { describe, expect, it } from 'vitest';
import { completeMention, fillVariables, firstName, insertAt, mentionAtCursor, mentionOptions, mentionSegments, mentions,
  unknownMentions,
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

describe('the @mention picker', () => {
  const people = [
    { user: 'admin1', name: 'Ada Admin', roles: ['admin'] },
    { user: 'agent1', name: 'Anna Nowak', roles: ['agent'] },
    { user: 'manager1', name: 'Maria Nowak', roles: ['manager'] },
    { user: 'mikołaj', name: null, roles: ['agent'] },
  ];
  it('offers user names starting with what is typed, then names with a word starting with it', () => {
    expect(mentionOptions(people, 'a').map((p) => p.user)).toEqual(['admin1', 'agent1']);
    expect(mentionOptions(people, 'NOW').map((p) => p.user)).toEqual(['agent1', 'manager1']);
    expect(mentionOptions(people, 'mi').map((p) => p.user)).toEqual(['mikołaj']);
    expect(mentionOptions(people, '').map((p) => p.user)).toHaveLength(4);
    expect(mentionOptions(people, '', 2)).toHaveLength(2);
    expect(mentionOptions(people, 'zz')).toEqual([]);
  });
  it('puts the chosen name in place of what was typed, with one space after', () => {
    expect(completeMention('ask @man', 8, 'manager1')).toEqual({ text: 'ask @manager1 ', cursor: 14 });
    expect(completeMention('@ag please', 3, 'agent1')).toEqual({ text: '@agent1 please', cursor: 7 });
    expect(completeMention('hi @manx there', 6, 'manager1')).toEqual({ text: 'hi @manager1 there', cursor: 12 });
    expect(completeMention('no mention', 3, 'agent1')).toEqual({ text: 'no mention', cursor: 3 });
  });
  it('names the mentions no one of the brand answers to, as the inbox would refuse them', () => {
    expect(unknownMentions('@manger1 i @Agent1, mail a@b.pl', people)).toEqual(['manger1']);
    expect(unknownMentions('bez wzmianek', people)).toEqual([]);
  });
});
