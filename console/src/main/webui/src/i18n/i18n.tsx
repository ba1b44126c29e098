// The console's translations (i18next) and the hooks screens use: useTranslation(namespace) for words,
// useFormat() for dates, numbers, currencies, durations and language names (locale.ts).
//
// Words live in locales/<language>/<namespace>.json, one namespace per screen or shared part, and every namespace
// exists in all four languages with the same keys (i18n.test.ts fails otherwise). Plurals use i18next's suffixes
// from Intl.PluralRules: English _one/_other, Polish and Russian _one/_few/_many/_other, Greek _one/_other.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { Select } from '@mantine/core';
import { type Format, formatFor, initialLanguage, type Language, LANGUAGE_KEY, LANGUAGES } from './locale';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Every locales/<language>/<namespace>.json, bundled: the four languages are small. */
export function bundledResources(): Resources {
  const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
  const resources: Resources = {};
  for (const [path, words] of Object.entries(files)) {
    const [, language, file] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
    (resources[language] ??= {})[file] = words;
  }
  return resources;
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

const resources = bundledResources();

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages ?? []),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(resources.en ?? { common: {} }),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export const i18n = i18next;

/** Changes the console's language now and for this browser's next visits. */
export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this visit
  }
}

export function currentLanguage(): Language {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return ((LANGUAGES as readonly string[]).includes(l) ? l : 'en') as Language;
}

/** The formats of the user's language; re-renders when the language changes. */
export function useFormat(): Format {
  const { i18n: instance } = useTranslation();
  const l = instance.resolvedLanguage ?? instance.language;
  return formatFor(((LANGUAGES as readonly string[]).includes(l) ? l : 'en') as Language);
}

/** Each language named in itself, so a user finds their own whatever the console speaks now. */
const ENDONYMS: Record<Language, string> = { en: 'English', pl: 'Polski', el: 'Ελληνικά', ru: 'Русский' };

export function LanguagePicker() {
  const { t, i18n: instance } = useTranslation('common');
  return (
    <Select size="xs" w={130} aria-label={t('language.label')} data-testid="language-picker"
      data={LANGUAGES.map((l) => ({ value: l, label: ENDONYMS[l] }))}
      value={currentLanguage()} allowDeselect={false} checkIconPosition="right"
      onChange={(v) => { if (v) setLanguage(v as Language); }}
      key={instance.language} />
  );
}

export { useTranslation };
