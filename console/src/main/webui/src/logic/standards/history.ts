// The history's decisions: how a status reads, which versions to compare first, and how the version in
// force is described.

import type { CatalogueHistory, CatalogueVersion, VersionStatus } from '../../types/standards';

export const STATUS_LABELS: Record<VersionStatus, string> = {
  current: 'in force', scheduled: 'scheduled', past: 'past', superseded: 'superseded',
};

/** The newest version against the one before it (or the empty catalogue); null without versions. */
export function defaultComparison(history: CatalogueHistory): { from: number; to: number } | null {
  const newest = history.versions[0];
  if (!newest) return null;
  return { from: newest.version - 1, to: newest.version };
}

/** "Version 4 in force since … by manager1: “comment”" and, when one waits, the scheduled version. */
export function describeVersion(v: CatalogueVersion, format: (iso: string) => string): string {
  if (v.version === 0) return 'No version saved yet: the empty catalogue with the default response time.';
  const parts = [`Version ${v.version} in force`];
  if (v.effectiveFrom) parts.push(`since ${format(v.effectiveFrom)}`);
  if (v.author) parts.push(`by ${v.author}`);
  let text = parts.join(' ');
  if (v.comment) text += `: “${v.comment}”`;
  if (v.latestVersion > v.version) {
    text += ` · version ${v.latestVersion} is scheduled`;
  }
  return text;
}

/** What a refused save (412 stale If-Match, 409 lost race) tells the user. */
export function conflictMessage(status: number, base: number, newest: { version: number; author: string;
  comment: string; createdAt: string } | null, format: (iso: string) => string): string {
  const who = newest && newest.version > base
    ? `${newest.author} saved version ${newest.version} (“${newest.comment}”) at ${format(newest.createdAt)}`
    : 'Someone saved a new version';
  const what = status === 409 ? ' at the same moment as you' : ` after you opened version ${base}`;
  return `Not saved: ${who}${what}. Your edits are still in the form — see what they changed in the history, `
    + 'then reload their version and make your change again.';
}
