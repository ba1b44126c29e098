// Enrichment's abusive and spam flags as the inbox shows them (inbox-service, docs/inbox.md#signals): which badges a
// message or a queue row carries, and the queue's two filters over them. Kept here so the screen and its tests agree.

export type SignalKind = 'abusive' | 'spam';

export interface Signals {
  abusive?: boolean | null; spam?: boolean | null; abusiveScore?: number | null; spamScore?: number | null;
}

/** A badge: the flag, and the model's score when the inbox sent one (a share in [0,1]). */
export interface SignalBadge { kind: SignalKind; score: number | null }

/** The badges of a message or a conversation: abusive first (it is what an agent must see first), then spam. */
export function signalBadges(s: Signals | null | undefined): SignalBadge[] {
  if (!s) return [];
  const score = (v: number | null | undefined) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : null);
  const badges: SignalBadge[] = [];
  if (s.abusive) badges.push({ kind: 'abusive', score: score(s.abusiveScore) });
  if (s.spam) badges.push({ kind: 'spam', score: score(s.spamScore) });
  return badges;
}

/** A flag filter's choices: only the flagged ('true'), none of them ('false'), or either (null). */
export type FlagChoice = 'true' | 'false';

export function flagChoice(value: boolean | null | undefined): FlagChoice | null {
  return value === true ? 'true' : value === false ? 'false' : null;
}

export function flagValue(choice: string | null): boolean | null {
  return choice === 'true' ? true : choice === 'false' ? false : null;
}
