import { describe, expect, it } from 'vitest';
import {
  allState, bannerOf, byStateThenTime, gatheredBy, keepPresent, openRequest, since, spikeOf, termsOf, toggle, toggleAll,
} from './incidents';
import type { Incident } from '../../types/governance';

const now = Date.parse('2026-11-23T14:30:00Z');

function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'i1', brand: 'acme', title: 'Awaria płatności — πληρωμές ⚠', state: 'open', source: 'manual', signal: null,
    terms: ['płatność', 'πληρωμή'], windowStart: '2026-11-23T13:00:00Z', windowEnd: '2026-11-23T14:05:00Z',
    openedBy: 'manager1', openedAt: '2026-11-23T14:05:00Z', closedBy: null, closedAt: null, resolution: null,
    conversations: 12, ...over,
  };
}

describe('crisis banner', () => {
  it('shows nothing without an open incident', () => {
    expect(bannerOf([])).toBeNull();
    expect(bannerOf([incident({ state: 'closed' })])).toBeNull();
  });

  it('opens the newest open incident and counts the others', () => {
    const banner = bannerOf([incident({ id: 'old', openedAt: '2026-11-23T09:00:00Z' }), incident()])!;
    expect(banner.incident.id).toBe('i1');
    expect(banner.others).toBe(1);
  });

  it('says how long ago an incident opened, and whether today', () => {
    expect(since('2026-11-23T14:05:00Z', now)).toMatchObject({ ms: 25 * 60_000 });
    expect(since('2026-11-21T08:00:00Z', now)).toMatchObject({ ms: (2 * 24 + 6.5) * 3_600_000, today: false });
  });
});

describe('what gathered an incident', () => {
  it('reads the signal and the words', () => {
    expect(gatheredBy(incident())).toEqual({ signal: null, terms: ['płatność', 'πληρωμή'] });
    expect(gatheredBy(incident({ signal: 'complaint', terms: [] }))).toEqual({ signal: 'complaint', terms: [] });
  });

  it('reads the spike that opened one from its title', () => {
    expect(spikeOf(incident({ source: 'spike', title: 'Spike: 14 complaints in 15 min — paczka, kurier' })))
      .toEqual({ count: 14, signal: 'complaint', minutes: 15, words: ['paczka', 'kurier'] });
    expect(spikeOf(incident({ source: 'spike', title: 'Spike: 10 negative interactions in 15 min' })))
      .toEqual({ count: 10, signal: 'negative', minutes: 15, words: [] });
    expect(spikeOf(incident())).toBeNull();
  });

  it('orders open incidents first, newest first, then closed ones by when they closed', () => {
    const list = [
      incident({ id: 'closed-early', state: 'closed', closedAt: '2026-11-22T10:00:00Z' }),
      incident({ id: 'open-old', openedAt: '2026-11-23T08:00:00Z' }),
      incident({ id: 'closed-late', state: 'closed', closedAt: '2026-11-23T10:00:00Z' }),
      incident({ id: 'open-new' }),
    ];
    expect(list.sort(byStateThenTime).map((i) => i.id)).toEqual(['open-new', 'open-old', 'closed-late', 'closed-early']);
  });
});

describe('bulk selection', () => {
  const all = ['a', 'b', 'c'];

  it('toggles one conversation', () => {
    const one = toggle(new Set(), 'b');
    expect([...one]).toEqual(['b']);
    expect([...toggle(one, 'b')]).toEqual([]);
  });

  it('selects all, and with all selected selects none', () => {
    expect([...toggleAll(new Set(['a']), all)]).toEqual(all);
    expect([...toggleAll(new Set(all), all)]).toEqual([]);
    expect(allState(new Set(), all)).toBe('none');
    expect(allState(new Set(['a']), all)).toBe('some');
    expect(allState(new Set(all), all)).toBe('all');
  });

  it('forgets conversations that left the list, keeping the list\'s order', () => {
    expect(keepPresent(new Set(['c', 'gone', 'a']), all)).toEqual(['a', 'c']);
  });

});

describe('opening an incident by hand', () => {
  it('splits the words on commas and new lines, each once, exactly as typed', () => {
    expect(termsOf('płatność, πληρωμή\nоплата,, płatność ')).toEqual(['płatność', 'πληρωμή', 'оплата']);
  });

  it('builds the service\'s request over the last hours', () => {
    expect(openRequest({ title: ' Awaria płatności 💳 ', signal: '', terms: 'płatność, πληρωμή', hours: 2 }, now))
      .toEqual({ request: { title: 'Awaria płatności 💳', terms: ['płatność', 'πληρωμή'],
        from: '2026-11-23T12:30:00.000Z', to: '2026-11-23T14:30:00.000Z' } });
    expect(openRequest({ title: 'Skargi', signal: 'complaint', terms: '', hours: 1 }, now))
      .toEqual({ request: { title: 'Skargi', signal: 'complaint', from: '2026-11-23T13:30:00.000Z',
        to: '2026-11-23T14:30:00.000Z' } });
  });

  it('refuses a form the service would refuse, or that would gather everything', () => {
    expect(openRequest({ title: ' ', signal: '', terms: '', hours: 200 }, now)).toEqual({ errors: {
      title: 'titleMissing',
      terms: 'nothingGathers',
      hours: 'windowTooLong',
    } });
  });
});
