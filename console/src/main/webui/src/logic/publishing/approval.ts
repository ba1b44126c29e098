import type { Approval, ApprovalStep } from '../../types/publishing';

// The approval workflow of a variant: each step's approvers, how many must agree, its state, who decided what; what
// waits for whom. The screens word them (screens/publishing/common.tsx, usePublishingWords).

/** How many of a step's approvers must agree: n of m. */
export function required(step: Pick<ApprovalStep, 'required' | 'approvers'>): { n: number; of: number } {
  const m = step.approvers.length;
  const n = step.required === 'any' ? 1 : step.required === 'all' ? m : Number(step.required);
  return { n, of: m };
}

/** Each step state's icon, shown beside its words. */
export const STEP_ICONS: Record<string, string> = {
  waiting: '…', active: '⏳', approved: '✓', skipped: '⤼', changes_requested: '↩',
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

/** Where the workflow is: no approval needed, all approved, not submitted, or step n of m (its name). */
export type Progress = { kind: 'none' | 'allApproved' | 'notSubmitted' } | { kind: 'step'; step: number; of: number; name: string };

export function progress(approval: Approval | null): Progress {
  if (!approval || approval.steps.length === 0) return { kind: 'none' };
  const step = activeStep(approval);
  if (!step) {
    return { kind: approval.steps.every((s) => s.state === 'approved' || s.state === 'skipped') ? 'allApproved'
      : 'notSubmitted' };
  }
  return { kind: 'step', step: approval.currentStep! + 1, of: approval.steps.length, name: step.name };
}

/** "P1D" / "PT4H" / "PT30M" in minutes (null: not a duration), for useFormat's duration. */
export function isoMinutes(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
