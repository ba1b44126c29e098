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
import { ENGLISH, loadNamespace, WORDS_BACKEND } from './bundles';

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

void i18next.use(WORDS_BACKEND).use(initReactI18next).init({
  resources: { en: ENGLISH },
  // English is here; the namespaces of another language are fetched as screens use them (bundles.ts)
  partialBundledLanguages: true,
  lng: initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages ?? []),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // the namespaces in use: common at first, then each screen's as useTranslation asks for it
  ns: ['common'],
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18next.language;

/** The namespaces the console has used so far (react-i18next notes each screen's), common first. */
function namespacesInUse(): string[] {
  return [...new Set(['common', ...(i18next.reportNamespaces?.getUsedNamespaces() ?? [])])];
}

const hasWords = (language: Language) => language === 'en'
  || namespacesInUse().every((ns) => i18next.hasResourceBundle(language, ns));

/**
 * Fetches the words of {@code language} for the namespaces in use and adds them (until then i18next falls back to
 * English); a screen shown later fetches its own through the backend (bundles.ts).
 */
async function ensureLanguage(language: Language): Promise<void> {
  if (hasWords(language)) return;
  const missing = namespacesInUse().filter((ns) => !i18next.hasResourceBundle(language, ns));
  await Promise.all(missing.map(async (ns) => {
    i18next.addResourceBundle(language, ns, await loadNamespace(language, ns), true, true);
  }));
}

/** Before the first screen: the shared words of the language the console starts in, fetched and in use. */
export async function languageReady(): Promise<void> {
  const wanted = i18next.language;
  if (!(LANGUAGES as readonly string[]).includes(wanted)) return;
  await ensureLanguage(wanted as Language);
  await i18next.changeLanguage(wanted);
}

export const i18n = i18next;

/**
 * Changes the console's language, once its words are here (at once when they already are), and for this browser's
 * next visits.
 */
export function setLanguage(language: Language): Promise<void> {
  const apply = () => {
    void i18next.changeLanguage(language);
    document.documentElement.lang = language;
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // private mode: the choice lasts for this visit
    }
  };
  if (hasWords(language)) {
    apply();
    return Promise.resolve();
  }
  return ensureLanguage(language).then(apply);
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
      onChange={(v) => { if (v) void setLanguage(v as Language); }}
      key={instance.language} />
  );
}

export { useTranslation };
