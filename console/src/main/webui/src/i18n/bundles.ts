// The words of each language, one chunk per language and namespace. English is in the console's first script (it is
// every other language's fallback); another language's namespaces are fetched when a screen that uses them is shown
// in it (i18next asks WORDS_BACKEND for them), so a first screen downloads only its own namespaces' words.
import type { BackendModule, ReadCallback } from 'i18next';
import type { Words } from './words';
import en from './bundles/en';

export const ENGLISH: Words = en;

const OTHER_LANGUAGES = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/en/*.json'],
  { import: 'default' });

/** One namespace's words in one language other than English, fetched once ({} for one that does not exist). */
export function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = OTHER_LANGUAGES[`./locales/${language}/${namespace}.json`];
  return load ? load() : Promise.resolve({});
}

/** i18next's source of the words it does not have yet. */
export const WORDS_BACKEND: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    loadNamespace(language, namespace).then((words) => callback(null, words), (e: Error) => callback(e, false));
  },
};
