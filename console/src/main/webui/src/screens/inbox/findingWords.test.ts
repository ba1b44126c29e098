import { describe, expect, it } from 'vitest';
import { formatFor } from '../../i18n/locale';
import { localisedParams } from './findingWords';

const places: Record<string, string> = { 'top-left': 'lewy górny róg', 'bottom-right': 'prawy dolny róg' };
const place = (p: string) => places[p] ?? p;

describe('a finding\'s values in the user\'s format', () => {
  it('writes pixels, shapes and shares the Polish way', () => {
    const pl = formatFor('pl');
    const out = localisedParams({ image: '1', width: '1080', ratio: '1.91', share: '0.125', minShare: '0.05' }, pl, place);
    expect(out.image).toBe('1');
    expect(out.width).toBe(pl.number(1080));
    expect(out.ratio).toBe('1,91');
    expect(out.share).toBe(pl.percent(0.125));
    expect(out.share).toContain('12,5');
    expect(out.minShare).toBe(pl.percent(0.05));
  });

  it('writes instants as a date and time of the user\'s language', () => {
    const ru = formatFor('ru');
    const out = localisedParams({ expiresAt: '2026-12-01T09:00:00Z', scheduledFor: '2026-12-03T10:30:00Z' }, ru, place);
    expect(out.expiresAt).toBe(ru.dateTime('2026-12-01T09:00:00Z'));
    expect(out.scheduledFor).toBe(ru.dateTime('2026-12-03T10:30:00Z'));
    expect(out.expiresAt).not.toContain('T09');
  });

  it('names logo places in words, several one after another', () => {
    const out = localisedParams({ placement: 'top-left', places: 'top-left,bottom-right' }, formatFor('pl'), place);
    expect(out.placement).toBe('lewy górny róg');
    expect(out.places).toBe('lewy górny róg, prawy dolny róg');
  });

  it('leaves words, and values that do not read as their kind, as the engine sent them', () => {
    const out = localisedParams({ text: '1000', width: 'wide', channel: 'instagram', expiresAt: 'soon' },
      formatFor('el'), place);
    expect(out).toEqual({ text: '1000', width: 'wide', channel: 'instagram', expiresAt: 'soon' });
  });
});
