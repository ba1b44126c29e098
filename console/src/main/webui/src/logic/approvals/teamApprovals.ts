// Reply approvals per team (docs/inbox.md#reply-approvals): a team's own new starters, approvers and due time for the
// replies in the conversations it owns. Precedence, as inbox-service applies it: the team's setting when it holds the
// author, else the brand's when the brand holds them; a team's setting never releases someone the brand holds.
import type { ReplyApprovalSetting, TeamReplyApprovalSetting } from '../../types/inbox';
import { dueMinutes } from './replyApprovals';

/** Which setting holds a person's replies in the team's conversations, with its approvers and due time. */
export type HeldBy =
  | { by: 'team'; approvers: string[]; dueMinutes: number }
  | { by: 'brand'; approvers: string[]; dueMinutes: number }
  | { by: 'nobody' };

export function heldBy(user: string, team: Pick<TeamReplyApprovalSetting, 'set' | 'heldAgents' | 'approvers'
  | 'dueMinutes'> | null, brand: Pick<ReplyApprovalSetting, 'heldAgents' | 'approvers' | 'dueMinutes'> | null): HeldBy {
  if (team?.set && team.heldAgents.includes(user)) {
    return { by: 'team', approvers: team.approvers, dueMinutes: team.dueMinutes };
  }
  if (brand && brand.heldAgents.includes(user)) {
    return { by: 'brand', approvers: brand.approvers, dueMinutes: brand.dueMinutes };
  }
  return { by: 'nobody' };
}

/** The form's request, or the fields the form must name first (the due time; someone both held and approving). */
export function teamApprovalRequest(held: string[], approvers: string[], due: string):
  { ok: true; body: { heldAgents: string[]; approvers: string[]; dueMinutes: number } }
  | { ok: false; errors: Record<string, 'dueInvalid' | 'heldApprover'> } {
  const errors: Record<string, 'dueInvalid' | 'heldApprover'> = {};
  const minutes = dueMinutes(due);
  if (minutes === null) errors.dueMinutes = 'dueInvalid';
  const heldSet = new Set(held);
  approvers.forEach((a, i) => { if (heldSet.has(a)) errors[`approvers[${i}]`] = 'heldApprover'; });
  if (minutes === null || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, body: { heldAgents: [...held], approvers: [...approvers], dueMinutes: minutes } };
}

/** Who the team editor offers: the team's members first (its likely new starters), then the brand's other people. */
export function teamPeople(members: string[], brandPeople: string[], named: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of [...members, ...[...brandPeople].sort(), ...named]) {
    if (p && !seen.has(p)) { seen.add(p); out.push(p); }
  }
  return out;
}
