import { describe, expect, it } from 'vitest';
import { heldBy, teamApprovalRequest, teamPeople } from './teamApprovals';

const team = { set: true, heldAgents: ['ola'], approvers: ['manager1'], dueMinutes: 30 };
const brand = { heldAgents: ['ola', 'piotr'], approvers: [], dueMinutes: 15 };

describe('heldBy: which setting holds a reply in the team\'s conversations', () => {
  it('is the team\'s when the team holds the author, with its approvers and due time', () => {
    expect(heldBy('ola', team, brand)).toEqual({ by: 'team', approvers: ['manager1'], dueMinutes: 30 });
  });
  it('is the brand\'s when the team does not hold the author: a team never releases someone the brand holds', () => {
    expect(heldBy('piotr', team, brand)).toEqual({ by: 'brand', approvers: [], dueMinutes: 15 });
  });
  it('is the brand\'s when the team has no setting of its own', () => {
    expect(heldBy('ola', { ...team, set: false }, brand).by).toBe('brand');
    expect(heldBy('ola', null, brand).by).toBe('brand');
  });
  it('is nobody\'s when neither holds the author', () => {
    expect(heldBy('agent1', team, brand)).toEqual({ by: 'nobody' });
    expect(heldBy('agent1', null, null)).toEqual({ by: 'nobody' });
  });
});

describe('teamApprovalRequest', () => {
  it('builds the request with whole minutes', () => {
    expect(teamApprovalRequest(['ola'], ['manager1'], ' 45 ')).toEqual({ ok: true,
      body: { heldAgents: ['ola'], approvers: ['manager1'], dueMinutes: 45 } });
  });
  it('names a due time outside 1 to 1440 minutes', () => {
    for (const due of ['0', '1441', '1.5', '', 'abc']) {
      expect(teamApprovalRequest([], [], due)).toEqual({ ok: false, errors: { dueMinutes: 'dueInvalid' } });
    }
  });
  it('names an approver who is held, by position', () => {
    expect(teamApprovalRequest(['ola'], ['manager1', 'ola'], '15'))
      .toEqual({ ok: false, errors: { 'approvers[1]': 'heldApprover' } });
  });
});

describe('teamPeople', () => {
  it('offers the members first, then the brand\'s others sorted, each once, and keeps names already set', () => {
    expect(teamPeople(['zoe', 'ola'], ['manager1', 'ola', 'admin1'], ['gone'])).toEqual(
      ['zoe', 'ola', 'admin1', 'manager1', 'gone']);
  });
});
