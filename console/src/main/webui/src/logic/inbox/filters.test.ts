import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, activeFilterCount, appendPage, filtersFromQuery, ownerFilter, ownerValue,
  queueQuery } from './filters';

describe('queue filters and the listing query', () => {
  it('asks for the open queue by default, soonest due first, one page', () => {
    expect(queueQuery(DEFAULT_FILTERS)).toBe('?status=new%2Copen&limit=50');
  });

  it('sends every set filter and the cursor of the next page', () => {
    const q = queueQuery({ ...DEFAULT_FILTERS, brand: 'acme', platform: 'facebook', moment: 'complaint',
      language: 'pl', sentiment: 'negative', assignee: 'me', dueWithinMinutes: 15, breached: false,
      q: ' zamówienia ' }, 'abc');
    const p = new URLSearchParams(q);
    expect(Object.fromEntries(p)).toEqual({ status: 'new,open', brand: 'acme', platform: 'facebook',
      moment: 'complaint', language: 'pl', sentiment: 'negative', assignee: 'me', dueWithinMinutes: '15',
      breached: 'false', q: 'zamówienia', limit: '50', cursor: 'abc' });
  });

  it('keeps Greek, Russian and emoji searches exactly and cuts them at 200 characters', () => {
    expect(new URLSearchParams(queueQuery({ ...DEFAULT_FILTERS, q: 'παραγγελίες заказа 📦' })).get('q'))
      .toBe('παραγγελίες заказа 📦');
    expect(new URLSearchParams(queueQuery({ ...DEFAULT_FILTERS, q: 'x'.repeat(300) })).get('q')).toHaveLength(200);
  });

  it('reads a bookmarked queue back, dropping values the inbox would refuse', () => {
    const f = filtersFromQuery('?status=pending_customer&moment=complaint&sentiment=furious&dueWithinMinutes=99999'
      + '&breached=true&q=%CE%B4%CE%AD%CE%BC%CE%B1');
    expect(f).toMatchObject({ status: 'pending_customer', moment: 'complaint', sentiment: null,
      dueWithinMinutes: null, breached: true, q: 'δέμα' });
    expect(filtersFromQuery('')).toEqual(DEFAULT_FILTERS);
    expect(filtersFromQuery(queueQuery({ ...DEFAULT_FILTERS, team: 'care', language: 'ru' })))
      .toEqual({ ...DEFAULT_FILTERS, team: 'care', language: 'ru' });
  });

  it('counts the filters that narrow the default queue', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, q: '   ' })).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, breached: true, language: 'el', status: null })).toBe(3);
  });

  it('splits the owner picker into assignee or team', () => {
    expect(ownerFilter('me')).toEqual({ assignee: 'me', team: null });
    expect(ownerFilter('user:agent2')).toEqual({ assignee: 'agent2', team: null });
    expect(ownerFilter('team:care')).toEqual({ assignee: null, team: 'care' });
    expect(ownerFilter(null)).toEqual({ assignee: null, team: null });
    expect(ownerValue({ assignee: 'agent2', team: null })).toBe('user:agent2');
    expect(ownerValue({ assignee: null, team: 'care' })).toBe('team:care');
  });

  it('appends the next page without listing a conversation twice', () => {
    expect(appendPage([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]).map((c) => c.id))
      .toEqual(['a', 'b', 'c']);
  });
});
