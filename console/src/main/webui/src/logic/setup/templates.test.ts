import { describe, expect, it } from 'vitest';
import { exampleFor, fill, segments, unknownVariables, valuesFrom } from './templates';

describe('saved-reply variables', () => {
  it('fills each variable from a conversation as the inbox does, in any script', () => {
    const values = valuesFrom({ author: { name: 'Łucja Wiśniewska' }, platform: 'facebook', brand: 'acme' }, 'manager1');
    expect(fill('{author.firstName}, dziękujemy! {agent.name} z {brand} ({channel})', values))
      .toBe('Łucja, dziękujemy! manager1 z acme (facebook)');
    expect(fill('Γεια σου {author.name}', valuesFrom({ author: { name: 'Νίκος Παπαδόπουλος' }, platform: 'vk',
      brand: 'acme' }, 'agent1'))).toBe('Γεια σου Νίκος Παπαδόπουλος');
  });

  it('leaves unknown variables as written and writes escaped braces', () => {
    expect(fill('{order.id} {{}brand{}} {brand}', { brand: 'acme' })).toBe('{order.id} {brand} acme');
    expect(fill('Hi {author.name}', {})).toBe('Hi ');
  });

  it('names the variables the service would refuse, once each', () => {
    expect(unknownVariables('{author.firstName} {order.id} {order.id} {brand} {customer}'))
      .toEqual(['order.id', 'customer']);
    expect(unknownVariables('no variables {{} here')).toEqual([]);
  });

  it('splits a body into text and variables for the preview', () => {
    expect(segments('Hi {author.firstName}, {x}!')).toEqual([{ text: 'Hi ', variable: null },
      { text: '{author.firstName}', variable: 'author.firstName' }, { text: ', {x}!', variable: null }]);
  });

  it('previews with the brand\'s latest conversation in a language, else a made-up customer of that language', () => {
    const found = [{ author: { name: 'Jan Kowalski' }, platform: 'x', brand: 'acme', language: 'pl' }];
    expect(exampleFor('pl', found, 'acme')).toMatchObject({ author: { name: 'Jan Kowalski' }, platform: 'x', madeUp: false });
    expect(exampleFor('ru', found, 'acme')).toMatchObject({ author: { name: 'Анна Соколова' }, madeUp: true, brand: 'acme' });
  });
});
