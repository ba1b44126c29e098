import { describe, expect, it } from 'vitest';
import { approverChoices, awaitingApproval, decisionBody, dueMinutes, heldState, rejectedDraft, sendOutcome }
  from './replyApprovals';
import type { Reply } from '../../types/inbox';

const at = Date.parse('2026-12-06T10:00:00Z');
const reply = (over: Partial<Reply>): Reply => ({
  id: 'r1', text: 'Sorry!', author: 'newbie', status: 'sending', createdAt: '2026-12-06T10:00:00Z', ...over,
});

describe('reply approvals', () => {
  it('never says sent for a held reply', () => {
    expect(sendOutcome({ status: 'awaiting_approval' })).toBe('sentForApproval');
    expect(sendOutcome({ status: 'sending' })).toBe('sent');
  });

  it('counts the approval due time down, warns near the end and flags it overdue', () => {
    const held = reply({ status: 'awaiting_approval',
      approval: { state: 'waiting', dueAt: '2026-12-06T10:15:00Z', overdue: false } });
    expect(heldState(held, at + 60_000)).toEqual({ kind: 'waiting', state: 'ok', ms: 14 * 60_000, overdue: false });
    expect(heldState(held, at + 12 * 60_000)).toMatchObject({ kind: 'waiting', state: 'warning' });
    expect(heldState(held, at + 17 * 60_000)).toEqual({ kind: 'waiting', state: 'breach', ms: 2 * 60_000,
      overdue: true });
  });

  it('tells approved, edited and rejected replies apart', () => {
    expect(heldState(reply({}), at)).toEqual({ kind: 'none' });
    expect(heldState(reply({ approval: { state: 'approved', dueAt: '2026-12-06T10:15:00Z', overdue: false,
      decidedBy: 'manager1', originalText: 'Sorry' } }), at)).toEqual({ kind: 'approved', by: 'manager1', edited: true });
    expect(heldState(reply({ status: 'rejected', approval: { state: 'rejected', dueAt: '2026-12-06T10:15:00Z',
      overdue: false, decidedBy: 'manager1', comment: 'Name the courier' } }), at))
      .toEqual({ kind: 'rejected', by: 'manager1', comment: 'Name the courier' });
  });

  it('gives the author back their rejected text, and nobody else', () => {
    const rejected = reply({ id: 'r2', status: 'rejected', createdAt: '2026-12-06T10:05:00Z' });
    expect(rejectedDraft([reply({}), rejected], 'newbie')?.id).toBe('r2');
    expect(rejectedDraft([reply({}), rejected], 'agent1')).toBeNull();
    expect(rejectedDraft([rejected, reply({ id: 'r3', createdAt: '2026-12-06T10:09:00Z' })], 'newbie')).toBeNull();
    expect(rejectedDraft([], 'newbie')).toBeNull();
    expect(awaitingApproval([reply({}), reply({ id: 'h', status: 'awaiting_approval' })])?.id).toBe('h');
  });

  it('sends the edited text only when it changed, and never rejects without a reason', () => {
    expect(decisionBody('approve', 'Sorry!', 'Sorry!', '')).toEqual({});
    expect(decisionBody('approve', 'Sorry!', 'Sorry — DPD brings it tomorrow.', ' ok ')).toEqual({
      text: 'Sorry — DPD brings it tomorrow.', comment: 'ok' });
    expect(decisionBody('approve', 'Sorry!', '   ', '')).toEqual({});
    expect(decisionBody('reject', 'Sorry!', 'Sorry!', '  ')).toBeNull();
    expect(decisionBody('reject', 'Sorry!', 'Sorry!', 'Podaj kuriera')).toEqual({ comment: 'Podaj kuriera' });
  });

  it('keeps the due time to whole minutes from 1 to 1440 and held agents out of the approvers', () => {
    expect(dueMinutes('15')).toBe(15);
    expect(dueMinutes(1440)).toBe(1440);
    expect(dueMinutes('0')).toBeNull();
    expect(dueMinutes('1.5')).toBeNull();
    expect(dueMinutes('')).toBeNull();
    expect(approverChoices(['agent1', 'manager1', 'newbie'], ['newbie'])).toEqual(['agent1', 'manager1']);
  });
});
