import { describe, expect, it } from 'vitest';
import { checkLimits, countCharacters, counterText } from './limits';

describe('network limits', () => {
  it('counts code points: an emoji or a Polish letter is one character', () => {
    expect(countCharacters('Zażółć 🎉', 'facebook')).toBe(8);
  });

  it('X counts any link as 23 characters', () => {
    expect(countCharacters('See https://acme.example/a/very/long/path/that/goes/on?utm_source=x now', 'x'))
      .toBe(4 + 23 + 4);
    expect(countCharacters('https://a.b', 'x')).toBe(23);
  });

  it('X: 280 characters and four images', () => {
    expect(checkLimits('x', 'a'.repeat(280), 0).over).toBe(false);
    const over = checkLimits('x', 'a'.repeat(281), 5);
    expect(over.over).toBe(true);
    expect(over.problems).toEqual([
      { field: 'text', message: 'X allows 280 characters: 1 too many' },
      { field: 'media', message: 'X takes up to 4 images' },
    ]);
    expect(counterText(over)).toBe('281 / 280 — 1 over the limit');
  });

  it('Instagram needs an image and allows 2,200 characters', () => {
    expect(checkLimits('instagram', 'Hej', 0).problems).toEqual([{ field: 'media',
      message: 'Instagram needs at least one image' }]);
    expect(checkLimits('instagram', 'Hej', 1).problems).toEqual([]);
    expect(counterText(checkLimits('instagram', 'x'.repeat(2200), 1))).toBe('2,200 / 2,200');
  });

  it('LinkedIn 3,000 and 9 images; Facebook 63,206; Telegram 1,024 with media', () => {
    expect(checkLimits('linkedin', 'x'.repeat(3001), 0).over).toBe(true);
    expect(checkLimits('linkedin', '', 10).problems[0].message).toBe('LinkedIn takes up to 9 images');
    expect(checkLimits('facebook', 'x'.repeat(63_206), 10).problems).toEqual([]);
    expect(checkLimits('telegram', 'x'.repeat(2000), 0).over).toBe(false);
    expect(checkLimits('telegram', 'x'.repeat(2000), 1).problems[0].message)
      .toBe('Telegram allows 1,024 characters with media: 976 too many');
  });
});
