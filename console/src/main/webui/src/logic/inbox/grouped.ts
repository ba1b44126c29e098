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
  headline: string;
  failedIds: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function rowStatus(status: string): GroupedRow['status'] {
  return status === 'delivered' ? 'delivered' : status === 'failed' ? 'failed' : 'sending';
}

/**
 * A grouped answer as the agent must read it: one row per conversation with its post's real outcome, and a
 * headline that never says "posted" while a post is still on its way or has failed.
 */
export function groupedOutcome(answer: GroupedAnswer, names: Record<string, string>): GroupedOutcome {
  const rows: GroupedRow[] = answer.posts.flatMap((p) => p.conversationIds.map((id) => ({
    conversationId: id, name: names[id] ?? 'Customer', platform: p.platform, status: rowStatus(p.status),
    reason: rowStatus(p.status) === 'failed' ? (p.failureReason ?? 'the platform refused it') : null,
  })));
  const count = (s: GroupedRow['status']) => rows.filter((r) => r.status === s).length;
  const delivered = count('delivered');
  const failed = count('failed');
  const sending = count('sending');
  const total = rows.length;
  const settled = sending === 0;
  let headline: string;
  if (failed === 0 && settled) {
    headline = `Posted: ${plural(total, 'conversation')} answered on ${plural(answer.posts.length, 'channel account')}.`;
  } else if (failed === 0) {
    headline = `On its way: ${delivered} of ${plural(total, 'conversation')} answered so far; `
      + `waiting for the platform to confirm ${sending}.`;
  } else if (delivered === 0 && settled) {
    headline = `Not posted: all ${plural(total, 'conversation')} still wait for an answer.`;
  } else {
    headline = `Not posted everywhere: ${delivered} of ${plural(total, 'conversation')} answered, ${failed} failed`
      + `${sending ? `, ${sending} still on its way` : ''}.`;
  }
  return {
    rows, delivered, failed, sending, settled, headline,
    tone: failed > 0 ? 'failure' : settled ? 'success' : 'pending',
    failedIds: rows.filter((r) => r.status === 'failed').map((r) => r.conversationId),
  };
}
