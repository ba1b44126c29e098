import { describe, expect, it } from 'vitest';
import { imageGrid, linkCard, truncate } from './preview';

describe('network previews', () => {
  it('Instagram cuts after 125 characters at a word, with “… more”', () => {
    const text = 'Nowa kolekcja '.repeat(20);
    const t = truncate(text, 'instagram');
    expect(t.truncated).toBe(true);
    expect([...t.shown].length).toBeLessThanOrEqual(125);
    expect(t.shown.endsWith('kolekcja') || t.shown.endsWith('Nowa')).toBe(true);
    expect(t.more).toBe('… more');
  });

  it('LinkedIn shows three lines, keeping the line breaks', () => {
    const t = truncate('one\ntwo\nthree\nfour', 'linkedin');
    expect(t).toEqual({ shown: 'one\ntwo\nthree', truncated: true, more: '…see more' });
  });

  it('a short post is shown whole; X shows 280 characters', () => {
    expect(truncate('Krótko 🎉\nI na temat.', 'facebook')).toEqual({ shown: 'Krótko 🎉\nI na temat.', truncated: false,
      more: '… See more' });
    expect(truncate('a'.repeat(280), 'x').truncated).toBe(false);
  });

  it('cuts by code points, never inside an emoji', () => {
    const t = truncate('🎉'.repeat(200), 'instagram');
    expect([...t.shown].length).toBe(125);
    expect(t.shown).toBe('🎉'.repeat(125));
  });

  it('lays out images as each network does', () => {
    expect(imageGrid('facebook', 3)).toEqual({ layout: 'one-and-two', shown: 3, more: 0 });
    expect(imageGrid('facebook', 7)).toEqual({ layout: 'quad', shown: 4, more: 3 });
    expect(imageGrid('instagram', 5)).toEqual({ layout: 'carousel', shown: 1, more: 4 });
    expect(imageGrid('linkedin', 0).layout).toBe('none');
  });

  it('a link becomes a card without images; Instagram says it is not clickable', () => {
    expect(linkCard('facebook', 'https://www.acme.example/wiosna?utm=1', 0))
      .toEqual({ show: true, domain: 'acme.example', note: null });
    expect(linkCard('linkedin', 'https://acme.example', 2).show).toBe(false);
    expect(linkCard('instagram', 'https://acme.example', 1).note).toContain('bio');
    expect(linkCard('x', 'not a link', 0).show).toBe(false);
    expect(linkCard('x', null, 0).show).toBe(false);
  });
});
