// Vitest set-up: every language's words loaded before the tests, so a test switches language at once.
import { i18n } from './i18n';
import { bundledResources } from './allWords';

for (const [language, words] of Object.entries(bundledResources())) {
  for (const [namespace, keys] of Object.entries(words)) i18n.addResourceBundle(language, namespace, keys, true, true);
}
