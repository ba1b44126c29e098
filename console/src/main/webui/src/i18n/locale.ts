// The console's languages and the one place that formats dates, numbers, currencies, durations and language names.
// Every screen formats through here (useFormat in i18n.tsx), so a user reads one format throughout, in their language.

export const LANGUAGES = ['en', 'pl', 'el', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's choice is kept between visits (this browser only). */
export const LANGUAGE_KEY = 'parley.language';

/** The first of the browser's preferred languages the console speaks, else English. */
export function preferredLanguage(browser: readonly string[]): Language {
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** The user's stored choice if it is one the console speaks, else the browser's. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  return stored && (LANGUAGES as readonly string[]).includes(stored) ? (stored as Language) : preferredLanguage(browser);
}

/**
 * Intl tags per language. English is written as British English: day before month and a 24-hour clock, the
 * convention of the other three, so "05/12/2026, 14:05" never reads as May.
 */
export const TAGS: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL', el: 'el-GR', ru: 'ru-RU' };

export type DurationStyle = 'short' | 'long';

export interface Format {
  language: Language;
  /** 6 Dec 2026, 14:05 — a moment, in the browser's time zone unless one is given. */
  dateTime(at: string | number | Date | null | undefined, zone?: string): string;
  /** 6 Dec 2026 */
  date(at: string | number | Date | null | undefined, zone?: string): string;
  /** 14:05 */
  time(at: string | number | Date | null | undefined, zone?: string): string;
  /** 1,234.5 in English, 1 234,5 in Polish. */
  number(n: number | null | undefined, fractionDigits?: number): string;
  /** 0.873 → 87.3 % (one decimal unless told). */
  percent(share: number | null | undefined, fractionDigits?: number): string;
  currency(amount: number | null | undefined, code: string): string;
  /**
   * A length of time as its two largest units: "2 days 3 hrs", "1 hr 4 mins", "5 mins 23 secs", "45 secs" (short)
   * or the words in full (long). Countdowns, due times, response times and targets all read this way.
   */
  duration(ms: number | null | undefined, style?: DurationStyle): string;
  /** "pl" → "Polish" in English, "polski" in Polish. */
  languageName(code: string | null | undefined): string;
  /** A list: "a, b and c" / "a, b i c". */
  list(items: string[]): string;
}

const EMPTY = '—';

function toDate(at: string | number | Date): Date {
  return at instanceof Date ? at : new Date(at);
}

/** The formats of one language; cheap to call, formatters are cached per language. */
export function formatFor(language: Language): Format {
  const cached = cache.get(language);
  if (cached) return cached;
  const tag = TAGS[language];
  const dateTimes = new Map<string, Intl.DateTimeFormat>();
  const dtf = (kind: 'dateTime' | 'date' | 'time', zone?: string) => {
    const key = `${kind}|${zone ?? ''}`;
    let f = dateTimes.get(key);
    if (!f) {
      const base: Intl.DateTimeFormatOptions = kind === 'dateTime'
        ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : kind === 'date' ? { day: 'numeric', month: 'short', year: 'numeric' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
      f = new Intl.DateTimeFormat(tag, zone ? { ...base, timeZone: zone } : base);
      dateTimes.set(key, f);
    }
    return f;
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let f = numbers.get(key);
    if (!f) {
      f = new Intl.NumberFormat(tag, options);
      numbers.set(key, f);
    }
    return f;
  };
  const unit = (u: 'day' | 'hour' | 'minute' | 'second', style: DurationStyle) =>
    nf(`unit|${u}|${style}`, { style: 'unit', unit: u, unitDisplay: style === 'long' ? 'long' : 'short' });
  const names = new Intl.DisplayNames([tag], { type: 'language' });
  const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });

  const format: Format = {
    language,
    dateTime: (at, zone) => (at == null || at === '' ? EMPTY : dtf('dateTime', zone).format(toDate(at))),
    date: (at, zone) => (at == null || at === '' ? EMPTY : dtf('date', zone).format(toDate(at))),
    time: (at, zone) => (at == null || at === '' ? EMPTY : dtf('time', zone).format(toDate(at))),
    number: (n, digits) => (n == null || Number.isNaN(n) ? EMPTY
      : nf(`n|${digits ?? ''}`, digits == null ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n)),
    percent: (share, digits = 1) => (share == null || Number.isNaN(share) ? EMPTY
      : nf(`p|${digits}`, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share)),
    currency: (amount, code) => (amount == null ? EMPTY : nf(`c|${code}`, { style: 'currency', currency: code }).format(amount)),
    duration: (ms, style = 'short') => {
      if (ms == null || Number.isNaN(ms)) return EMPTY;
      const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
      const parts: [number, 'day' | 'hour' | 'minute' | 'second'][] = [
        [Math.floor(total / 86_400), 'day'], [Math.floor((total % 86_400) / 3600), 'hour'],
        [Math.floor((total % 3600) / 60), 'minute'], [total % 60, 'second']];
      const first = parts.findIndex(([n]) => n > 0);
      if (first < 0) return unit('second', style).format(0);
      const shown = parts.slice(first, first + 2).filter(([n], i) => i === 0 || n > 0);
      return shown.map(([n, u]) => unit(u, style).format(n)).join(' ');
    },
    languageName: (code) => {
      if (!code) return EMPTY;
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (items) => lists.format(items),
  };
  cache.set(language, format);
  return format;
}

const cache = new Map<Language, Format>();
