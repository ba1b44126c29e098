/** One language's words: namespace → its keys. */
export type Words = Record<string, Record<string, unknown>>;

/** {"../locales/pl/inbox.json": {...}} → {"inbox": {...}}. */
export function byNamespace(files: Record<string, Record<string, unknown>>): Words {
  const words: Words = {};
  for (const [path, keys] of Object.entries(files)) {
    words[/([^/]+)\.json$/.exec(path)![1]] = keys;
  }
  return words;
}
