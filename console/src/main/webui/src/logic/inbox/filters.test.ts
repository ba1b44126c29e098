import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, activeFilterCount, appendPage, filtersFromQuery, filtersOfView, ownerFilter, ownerValue,
  queueQuery, showsView, totalShown, viewOf } from './filters';

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

describe('the queue\'s orders', () => {
  it('asks for an order only when it is not the default, and reads it back from the address', () => {
    expect(queueQuery({ ...DEFAULT_FILTERS, sort: 'newest' })).toBe('?status=new%2Copen&sort=newest&limit=50');
    expect(filtersFromQuery('?sort=priority').sort).toBe('priority');
    expect(filtersFromQuery('?sort=sideways').sort).toBe('due');
    expect(activeFilterCount({ ...DEFAULT_FILTERS, sort: 'oldest' })).toBe(0);
  });
});

describe('saved views', () => {
  it('hold the filters as the listing\'s parameters and the order, without brand or page size', () => {
    expect(viewOf({ ...DEFAULT_FILTERS, brand: 'acme', moment: 'complaint', language: 'pl', sort: 'newest' }))
      .toEqual({ filters: { status: 'new,open', moment: 'complaint', language: 'pl' }, sort: 'newest' });
  });

  it('show their brand, filters and order, and the picker knows the queue shows one', () => {
    const view = { brand: 'acme', filters: { status: 'new,open', moment: 'complaint', q: 'zamówienie' }, sort: 'priority' };
    const f = filtersOfView(view);
    expect(f).toMatchObject({ brand: 'acme', status: 'new,open', moment: 'complaint', q: 'zamówienie', sort: 'priority' });
    expect(showsView(f, view)).toBe(true);
    expect(showsView({ ...f, sort: 'due' }, view)).toBe(false);
    expect(filtersOfView({ brand: 'acme', filters: {}, sort: 'due' }).status).toBeNull();
  });
});

describe('the total', () => {
  it('is a count when counted and a rounded "about" when estimated', () => {
    expect(totalShown(1234, false)).toEqual({ kind: 'exact', count: 1234 });
    expect(totalShown(1_234_567, true)).toEqual({ kind: 'about', value: 1.2, unit: 'million' });
    expect(totalShown(15_320, true)).toEqual({ kind: 'about', value: 15.3, unit: 'thousand' });
    expect(totalShown(234_000, true)).toEqual({ kind: 'about', value: 234, unit: 'thousand' });
    expect(totalShown(null, null)).toBeNull();
  });
});
