import { describe, expect, it } from 'vitest';
import { flagChoice, flagValue, signalBadges } from './signals';
import { DEFAULT_FILTERS, activeFilterCount, filtersFromQuery, filtersOfView, queueQuery, viewOf } from './filters';

describe('enrichment\'s signals as badges', () => {
  it('shows abusive before spam, each with its score, and nothing for a clean or unread message', () => {
    expect(signalBadges({ abusive: true, abusiveScore: 0.93, spam: true, spamScore: 0.61 }))
      .toEqual([{ kind: 'abusive', score: 0.93 }, { kind: 'spam', score: 0.61 }]);
    expect(signalBadges({ abusive: false, abusiveScore: 0.2, spam: false, spamScore: 0.01 })).toEqual([]);
    expect(signalBadges(null)).toEqual([]);
    // a queue row has the flags only; an older message has no score
    expect(signalBadges({ spam: true })).toEqual([{ kind: 'spam', score: null }]);
    expect(signalBadges({ abusive: true, abusiveScore: null })).toEqual([{ kind: 'abusive', score: null }]);
  });
});

describe('the abusive and spam filters', () => {
  it('asks the inbox for them only when set, and reads them back from a bookmark', () => {
    expect(queueQuery(DEFAULT_FILTERS)).toBe('?status=new%2Copen&limit=50');
    const p = new URLSearchParams(queueQuery({ ...DEFAULT_FILTERS, abusive: true, spam: false }));
    expect(p.get('abusive')).toBe('true');
    expect(p.get('spam')).toBe('false');
    expect(filtersFromQuery('?abusive=true&spam=false')).toMatchObject({ abusive: true, spam: false });
    expect(filtersFromQuery('?abusive=yes')).toMatchObject({ abusive: null, spam: null });
    expect(activeFilterCount({ ...DEFAULT_FILTERS, abusive: true, spam: false })).toBe(2);
  });

  it('keeps them in a saved view and shows the view\'s queue with them', () => {
    const view = viewOf({ ...DEFAULT_FILTERS, spam: false });
    expect(view.filters).toEqual({ status: 'new,open', spam: 'false' });
    expect(filtersOfView({ brand: 'acme', ...view })).toMatchObject({ spam: false, abusive: null, brand: 'acme' });
  });

  it('maps the select\'s choice to the filter and back', () => {
    expect(flagChoice(true)).toBe('true');
    expect(flagChoice(false)).toBe('false');
    expect(flagChoice(null)).toBeNull();
    expect(flagValue('true')).toBe(true);
    expect(flagValue('false')).toBe(false);
    expect(flagValue(null)).toBeNull();
  });
});
