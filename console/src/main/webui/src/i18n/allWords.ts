// Every language's words at once, for the tests that compare the languages (the console itself loads them one language
// at a time: bundles.ts).
import type { Words } from './words';
import { byNamespace } from './words';

export function bundledResources(): Record<string, Words> {
  const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
  const byLanguage: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, keys] of Object.entries(files)) {
    const language = /\.\/locales\/([^/]+)\//.exec(path)![1];
    (byLanguage[language] ??= {})[path] = keys;
  }
  return Object.fromEntries(Object.entries(byLanguage).map(([l, f]) => [l, byNamespace(f)]));
}
