import { describe, expect, it } from 'vitest';
import { bundledResources } from '../../i18n/allWords';
import { LANGUAGES } from '../../i18n/locale';
import { CARE, CONTACTS, PUBLISHING, TIMELINE } from './fixtures.test-data';
import { ENTRY_PARTS, GLOSSARY, entryFor } from './glossary';
import { CARE_CELLS } from './care';
import { COUNTERS, ENGAGEMENT_PARTS } from './publishing';

/** The figures an answer holds: its keys, leaving out what names or places the figures. */
const figuresOf = (o: object, apart: string[]) => Object.keys(o).filter((k) => !apart.includes(k));

describe('the glossary', () => {
  it('explains every figure the API returns', () => {
    const fields = [
      ...figuresOf(CARE.groups[0], ['value']),
      ...figuresOf(CONTACTS, ['brand', 'from', 'to']),
      ...figuresOf(PUBLISHING.totals, []),
      ...figuresOf(PUBLISHING.channels[0], ['channelAccountId', 'platform', 'figures', 'postsHref']),
      ...figuresOf(PUBLISHING.channels[0].followers[0], ['day']),
      ...figuresOf(TIMELINE.days[0], ['start']),
      'hours',
    ];
    const missing = fields.filter((f) => entryFor(f) === undefined);
    expect(missing).toEqual([]);
  });

  it('has an entry for every figure a table links to', () => {
    for (const id of [...CARE_CELLS, ...COUNTERS, ...ENGAGEMENT_PARTS, 'posts', 'engagementRate', 'followers',
      'followerGrowth', 'spam', 'averageScore', 'incidents', 'moments', 'businessHours']) {
      expect(GLOSSARY.map((e) => e.id), id).toContain(id);
    }
  });

  it('says how each figure is computed, its base and its attribution, in every language', () => {
    const resources = bundledResources();
    for (const language of LANGUAGES) {
      const entries = (resources[language].analytics as { glossary: { entries: Record<string, Record<string, string>> } })
        .glossary.entries;
      for (const e of GLOSSARY) {
        for (const part of ENTRY_PARTS) {
          expect(entries[e.id]?.[part]?.trim(), `${language}: ${e.id}.${part}`).toBeTruthy();
        }
      }
      expect(Object.keys(entries).sort(), language).toEqual(GLOSSARY.map((e) => e.id).sort());
    }
  });

  it('gives each entry one id', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  });
});
