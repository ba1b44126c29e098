// The words of each language, one chunk per language. English is in the console's first script (it is every other
// language's fallback); the others are fetched when a user first needs them, so the first screen downloads the words of
// at most two languages instead of four.
import type { Language } from './locale';
import type { Words } from './words';
import en from './bundles/en';

export const ENGLISH: Words = en;

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Words>> = {
  pl: () => import('./bundles/pl').then((m) => m.default),
  el: () => import('./bundles/el').then((m) => m.default),
  ru: () => import('./bundles/ru').then((m) => m.default),
};

/** The words of {@code language}, fetched once. */
export function loadWords(language: Language): Promise<Words> {
  return language === 'en' ? Promise.resolve(ENGLISH) : LOADERS[language]();
}
