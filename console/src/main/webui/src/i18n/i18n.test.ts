import { describe, expect, it } from 'vitest';
import { bundledResources } from './allWords';
import { formatFor, initialLanguage, LANGUAGES, preferredLanguage } from './locale';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattens {"a": {"b": "x"}} into {"a.b": "x"}. */
function flatten(tree: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = String(v);
  }
  return out;
}

/** Keys with their plural suffix taken off, and the plural forms each one has. */
function shape(words: Record<string, string>) {
  const forms = new Map<string, Set<string>>();
  for (const key of Object.keys(words)) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    if (!forms.has(base)) forms.set(base, new Set());
    if (m) forms.get(base)!.add(m[1]);
  }
  return forms;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const resources = bundledResources();
  const namespaces = Object.keys(resources.en);

  it('exist for every language', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
    expect(namespaces).toContain('common');
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    for (const ns of namespaces) {
      it(`${language}/${ns} has every English key, the language's plural forms and the same {{variables}}`, () => {
        const en = flatten(resources.en[ns]);
        const other = flatten(resources[language]?.[ns] ?? {});
        const enShape = shape(en);
        const otherShape = shape(other);
        expect([...otherShape.keys()].sort()).toEqual([...enShape.keys()].sort());
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const [base, forms] of enShape) {
          if (forms.size === 0) continue;
          for (const c of categories) expect(other, `${ns}:${base}_${c}`).toHaveProperty([`${base}_${c}`]);
        }
        for (const [key, text] of Object.entries(other)) {
          const enKey = PLURAL.test(key) ? `${key.replace(PLURAL, '')}_other` : key;
          expect(variables(text), `${language}/${ns}:${key}`).toEqual(variables(en[enKey] ?? ''));
          expect(text.trim(), `${language}/${ns}:${key} is empty`).not.toBe('');
        }
      });
    }
  }
});

describe('language choice', () => {
  it('takes the first browser language the console speaks', () => {
    expect(preferredLanguage(['de-DE', 'pl-PL', 'en'])).toBe('pl');
    expect(preferredLanguage(['fr'])).toBe('en');
    expect(initialLanguage('el', ['pl'])).toBe('el');
    expect(initialLanguage('xx', ['ru-RU'])).toBe('ru');
  });
});

describe('one format per language', () => {
  const at = '2026-12-05T14:05:00Z';

  it('writes dates day first with a 24-hour clock in every language', () => {
    expect(formatFor('en').dateTime(at, 'UTC')).toBe('5 Dec 2026, 14:05');
    expect(formatFor('pl').dateTime(at, 'Europe/Warsaw')).toMatch(/^5 gru 2026.*15:05$/);
    expect(formatFor('ru').time(at, 'Europe/Moscow')).toBe('17:05');
    expect(formatFor('el').date(at, 'UTC')).toMatch(/^5 Δεκ 2026$/);
  });

  it('writes durations as their two largest units', () => {
    const en = formatFor('en');
    expect(en.duration(323_000)).toBe('5 mins 23 secs');
    expect(en.duration((59 * 24 + 23) * 3_600_000)).toBe('59 days 23 hrs');
    expect(en.duration(3_600_000 + 4 * 60_000)).toBe('1 hr 4 mins');
    expect(en.duration(2 * 86_400_000)).toBe('2 days');
    expect(en.duration(0)).toBe('0 secs');
    expect(formatFor('pl').duration(3_600_000 + 4 * 60_000)).toBe('1 godz. 4 min');
    expect(formatFor('ru').duration(5 * 60_000, 'long')).toBe('5 минут');
  });

  it('writes numbers, shares and money the language\'s way', () => {
    expect(formatFor('en').number(1234.5)).toBe('1,234.5');
    expect(formatFor('pl').number(12345.5).replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatFor('en').percent(0.873)).toBe('87.3%');
    expect(formatFor('el').currency(10, 'EUR').replace(/\s/g, ' ')).toBe('10,00 €');
    expect(formatFor('en').number(null)).toBe('—');
  });

  it('names languages in the reader\'s language', () => {
    expect(formatFor('en').languageName('pl')).toBe('Polish');
    expect(formatFor('pl').languageName('el')).toBe('grecki');
    expect(formatFor('ru').languageName('en')).toBe('английский');
  });
});
