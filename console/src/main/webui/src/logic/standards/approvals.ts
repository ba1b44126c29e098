// Section 1 (approvers) as the form edits it: every rule as ordered steps. A rule written before steps existed
// ({approvers, required, order}) is shown as the steps it stands for — exactly as standards-service reads it
// (order any: one step needing `required` of the approvers; sequential: one step per approver, in order) — and
// saved as steps. Durations (remind, escalate) are ISO-8601 on the wire and amount + unit in the form.

import type { Json, JsonObject } from '../../types/standards';

export const APPROVER_KINDS = ['user', 'role', 'external'];
/** The roles a step may name and that may skip a step (the integrator approves nothing). */
export const APPROVER_ROLES = ['agent', 'editor', 'approver', 'manager', 'admin'];
export const CONTENT_TYPES = ['post', 'story', 'reel', 'video', 'article', 'reply', 'ad'];
export const RISK_LEVELS = ['low', 'normal', 'high'];

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The steps a rule stands for; a rule that has `steps` keeps them. */
export function stepsOf(rule: JsonObject): JsonObject[] {
  if (Array.isArray(rule.steps)) return rule.steps.filter(isObject);
  const approvers = Array.isArray(rule.approvers) ? rule.approvers.filter(isObject) : [];
  if (approvers.length === 0) return [];
  if (rule.order === 'sequential') {
    // the step's name is stored with the catalogue when saved: written like standards-service names it
    return approvers.map((a) => ({ name: `Approval by ${String(a.id ?? '')}`, approvers: [a], required: 1 }));
  }
  const required = typeof rule.required === 'number' ? Math.max(1, Math.min(rule.required, approvers.length)) : 1;
  return [{ name: 'Approval', approvers, required }];
}

/** One rule with its steps in place of the form from before steps. */
export function ruleAsSteps(rule: JsonObject): JsonObject {
  const { approvers: _a, required: _r, order: _o, ...rest } = rule;
  return { ...rest, steps: stepsOf(rule) };
}

/** Section 1 as the form edits it (also a channel's override of it). */
export function approversAsSteps(section: Json | undefined): Json | undefined {
  if (!isObject(section) || !Array.isArray(section.rules)) return section;
  return { ...section, rules: section.rules.map((r) => (isObject(r) ? ruleAsSteps(r) : r)) };
}

/** How many of a step's approvers must approve: the only one, any one, k of n, all n. */
export type Quorum = { value: number; of: number; kind: 'only' | 'any' | 'some' | 'all' };

/** The choices of "how many must approve" for a step with `count` approvers: any one, 2 of 3…, all. */
export function quorumOptions(count: number): Quorum[] {
  const n = Math.max(1, count);
  return Array.from({ length: n }, (_, i) => {
    const k = i + 1;
    const kind = n === 1 ? 'only' : k === 1 ? 'any' : k === n ? 'all' : 'some';
    return { value: k, of: n, kind };
  });
}

/** The number of approvals a step needs after its approvers changed: "all" stays all, else kept within 1..count. */
export function requiredAfter(required: Json | undefined, before: number, after: number): number {
  const r = typeof required === 'number' ? required : 1;
  if (before > 1 && r === before) return Math.max(1, after);
  return Math.max(1, Math.min(r, Math.max(1, after)));
}

export type DurationUnit = 'minutes' | 'hours' | 'days';
export const DURATION_UNITS: DurationUnit[] = ['minutes', 'hours', 'days'];
const MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** 'PT4H' → 4 hours, 'P1D' → 1 day, 'PT90M' or 'PT1H30M' → 90 minutes; '' → null; anything else → undefined. */
export function parseDuration(iso: string): { amount: number; unit: DurationUnit } | null | undefined {
  if (!iso) return null;
  const m = iso.trim().toUpperCase().match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes > 0 && minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

/** 4 hours → 'PT4H', 2 days → 'P2D', 90 minutes → 'PT90M'; no amount → '' (none). */
export function formatDuration(amount: number | null | undefined, unit: DurationUnit): string {
  if (amount == null || Number.isNaN(amount) || amount <= 0) return '';
  const whole = Math.round(amount);
  if (unit === 'days') return `P${whole}D`;
  if (unit === 'hours') return `PT${whole}H`;
  return `PT${whole}M`;
}

/** In minutes, to compare two durations (escalate after must be longer than remind after). */
export function durationMinutes(iso: string): number | null {
  const d = parseDuration(iso);
  return d ? d.amount * MINUTES[d.unit] : null;
}

/** What is wrong with a step's durations before saving, by field key, as codes the screen words; empty when fine. */
export type StepProblem = 'escalateNotAfterReminder' | 'escalateToMissing' | 'escalateAfterMissing';

export function stepDurationProblems(step: JsonObject): Record<string, StepProblem> {
  const problems: Record<string, StepProblem> = {};
  const remind = typeof step.remindAfter === 'string' ? step.remindAfter : '';
  const escalate = typeof step.escalateAfter === 'string' ? step.escalateAfter : '';
  const r = durationMinutes(remind);
  const e = durationMinutes(escalate);
  if (r !== null && e !== null && e <= r) problems.escalateAfter = 'escalateNotAfterReminder';
  const escalateTo = Array.isArray(step.escalateTo) ? step.escalateTo : [];
  if (escalate && escalateTo.length === 0) problems.escalateTo = 'escalateToMissing';
  if (!escalate && escalateTo.length > 0) problems.escalateAfter = 'escalateAfterMissing';
  return problems;
}

/**
 * The problems of every step of section 1 (base and channel overrides) the form can tell before saving, by form
 * key ('approvers.rules.0.steps.1.escalateAfter'), in the shape of the 422's errors; empty when none.
 */
export function approvalProblems(form: JsonObject): Record<string, StepProblem[]> {
  const out: Record<string, StepProblem[]> = {};
  const sections: [string, Json | undefined][] = [['approvers', form.approvers]];
  if (isObject(form.overrides)) {
    Object.entries(form.overrides).forEach(([c, o]) => {
      if (isObject(o) && o.approvers != null) sections.push([`overrides.${c}.approvers`, o.approvers]);
    });
  }
  sections.forEach(([prefix, section]) => {
    const rules = isObject(section) && Array.isArray(section.rules) ? section.rules : [];
    rules.forEach((rule, r) => {
      const steps = isObject(rule) && Array.isArray(rule.steps) ? rule.steps : [];
      steps.forEach((step, s) => {
        if (!isObject(step)) return;
        Object.entries(stepDurationProblems(step)).forEach(([field, message]) => {
          (out[`${prefix}.rules.${r}.steps.${s}.${field}`] ??= []).push(message);
        });
      });
    });
  });
  return out;
}
