// The history's decisions: which versions to compare first. (How a status, a version and a conflict read is the
// screen's: screens/standards/words.ts.)

import type { CatalogueHistory } from '../../types/standards';

/** The newest version against the one before it (or the empty catalogue); null without versions. */
export function defaultComparison(history: CatalogueHistory): { from: number; to: number } | null {
  const newest = history.versions[0];
  if (!newest) return null;
  return { from: newest.version - 1, to: newest.version };
}
