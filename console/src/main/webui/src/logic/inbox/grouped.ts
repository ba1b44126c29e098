import type { GroupedAnswer } from '../../types/inbox';

/** Where one conversation of a grouped answer stands: its channel account's post decides it. */
export interface GroupedRow {
  conversationId: string; name: string; platform: string; status: 'sending' | 'delivered' | 'failed';
  reason: string | null;
}

export interface GroupedOutcome {
  rows: GroupedRow[]; delivered: number; failed: number; sending: number;
  /** Every post has its answer from the platform (delivered or failed). */
  settled: boolean;
  tone: 'pending' | 'success' | 'failure';
  /**
   * What the headline says, never "posted" while a post is on its way or has failed: all posted, on its way, none
   * posted, or some; with the counts (`accounts`: channel accounts posted to). The screen writes the words.
   */
  headline: { kind: 'posted' | 'onItsWay' | 'none' | 'some'; total: number; accounts: number };
  failedIds: string[];
}

function rowStatus(status: string): GroupedRow['status'] {
  return status === 'delivered' ? 'delivered' : status === 'failed' ? 'failed' : 'sending';
}

/**
 * A grouped answer as the agent must read it: one row per conversation with its post's real outcome, and a
 * headline that never says "posted" while a post is still on its way or has failed.
 */
export function groupedOutcome(answer: GroupedAnswer, names: Record<string, string>): GroupedOutcome {
  const rows: GroupedRow[] = answer.posts.flatMap((p) => p.conversationIds.map((id) => ({
    conversationId: id, name: names[id] ?? '', platform: p.platform, status: rowStatus(p.status),
    // null for a failure the platform gave no reason for: the screen says it refused
    reason: rowStatus(p.status) === 'failed' ? (p.failureReason ?? null) : null,
  })));
  const count = (s: GroupedRow['status']) => rows.filter((r) => r.status === s).length;
  const delivered = count('delivered');
  const failed = count('failed');
  const sending = count('sending');
  const total = rows.length;
  const settled = sending === 0;
  const kind = failed === 0 && settled ? 'posted' : failed === 0 ? 'onItsWay'
    : delivered === 0 && settled ? 'none' : 'some';
  const headline = { kind, total, accounts: answer.posts.length } as const;
  return {
    rows, delivered, failed, sending, settled, headline,
    tone: failed > 0 ? 'failure' : settled ? 'success' : 'pending',
    failedIds: rows.filter((r) => r.status === 'failed').map((r) => r.conversationId),
  };
}
