import { describe, expect, it } from 'vitest';
import { glossaryAnchor, pageOf, tabFromPath, tabPath, tabsFor } from './tabs';

const me = (roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });

describe('analytics tabs', () => {
  it('gives publishing to those analytics-service answers it to', () => {
    expect(tabsFor(me(['manager']))).toEqual(['care', 'contacts', 'publishing', 'timeline', 'glossary']);
    expect(tabsFor(me(['agent']))).toEqual(['care', 'contacts', 'timeline', 'glossary']);
  });

  it('reads the tab from the address, glossary anchors included', () => {
    const all = tabsFor(me(['admin']));
    expect(tabFromPath('/analytics', all)).toBe('care');
    expect(tabFromPath('/analytics/publishing', all)).toBe('publishing');
    expect(tabFromPath('/analytics/glossary#figure-responseRate', all)).toBe('glossary');
    expect(tabFromPath('/analytics/publishing', tabsFor(me(['agent'])))).toBe('care');
    expect(tabFromPath('/analytics/nonsense', all)).toBe('care');
  });

  it('writes each tab’s address, and a figure’s glossary entry', () => {
    expect(tabPath('timeline')).toBe('/analytics/timeline');
    expect(tabPath('glossary', glossaryAnchor('withinTarget'))).toBe('/analytics/glossary#figure-withinTarget');
  });

  it('cuts long tables into pages', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(rows, 0, 20)).toEqual({ rows: rows.slice(0, 20), pages: 3 });
    expect(pageOf(rows, 2, 20).rows).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(rows, 9, 20).rows).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf([], 0, 20)).toEqual({ rows: [], pages: 1 });
  });
});
