import type { Approval, ApprovalStep, Approver } from '../../types/publishing';

// The approval workflow of a variant in words: each step's approvers, how many must agree, its state, who decided
// what; what waits for whom.

export function approverText(a: Approver): string {
  return a.kind === 'role' ? `any ${a.id}` : a.kind === 'external' ? `external reviewer ${a.id}` : a.id;
}

/** "1 of 2" (any), "2 of 2" (all), "2 of 3". */
export function requiredText(step: Pick<ApprovalStep, 'required' | 'approvers'>): string {
  const m = step.approvers.length;
  const n = step.required === 'any' ? 1 : step.required === 'all' ? m : Number(step.required);
  if (m === 1) return 'needs 1 approval';
  return `needs ${n} of ${m}${n === 1 ? ' (any)' : n === m ? ' (all)' : ''}`;
}

export const STEP_STATE: Record<string, string> = {
  waiting: '… Waiting', active: '⏳ Deciding now', approved: '✓ Approved', skipped: '⤼ Skipped',
  changes_requested: '↩ Changes requested',
};

/** Approvals counted in this step (request_changes ends it). */
export function approvalsIn(step: ApprovalStep): number {
  return step.decisions.filter((d) => d.decision === 'approve').length;
}

/** The step deciding now, or null. */
export function activeStep(approval: Approval | null): ApprovalStep | null {
  if (!approval || approval.currentStep === null || approval.currentStep === undefined) return null;
  return approval.steps[approval.currentStep] ?? null;
}

/** "Step 1 of 2 · Brand team" for the active step; a word for a finished workflow. */
export function progressText(approval: Approval | null): string {
  if (!approval || approval.steps.length === 0) return 'No approval needed by the brand’s rules';
  const step = activeStep(approval);
  if (!step) {
    return approval.steps.every((s) => s.state === 'approved' || s.state === 'skipped') ? 'All steps approved'
      : 'Not submitted yet';
  }
  return `Step ${approval.currentStep! + 1} of ${approval.steps.length} · ${step.name}`;
}

/** "P1D" / "PT4H" / "PT30M" in words. */
export function durationText(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m) return iso;
  const parts: string[] = [];
  if (m[1]) parts.push(`${m[1]} d`);
  if (m[2]) parts.push(`${m[2]} h`);
  if (m[3]) parts.push(`${m[3]} min`);
  return parts.join(' ') || iso;
}
