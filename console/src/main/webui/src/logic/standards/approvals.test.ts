import { describe, expect, it } from 'vitest';
import { approvalProblems, approversAsSteps, durationMinutes, formatDuration, parseDuration, quorumOptions,
  requiredAfter, stepDurationProblems, stepsOf } from './approvals';
import { getAt, moveItem, newItem, setAt, toCatalogue, toForm } from './form';
import { SECTION_BY_KEY } from './schema';
import type { Catalogue, JsonObject } from '../../types/standards';

const legacyRules: JsonObject[] = [
    { channel: 'linkedin', riskLevel: 'high', approvers: [{ kind: 'role', id: 'manager' }, { kind: 'user', id: 'approver1' }],
      required: 2, order: 'sequential' },
    { riskLevel: 'normal', approvers: [{ kind: 'role', id: 'approver' }, { kind: 'role', id: 'manager' },
      { kind: 'user', id: 'admin1' }], required: 2, order: 'any' },
];
const legacy: JsonObject = { rules: legacyRules };

const steps: JsonObject[] = [
    { name: 'Brand review', approvers: [{ kind: 'role', id: 'approver' }], required: 1, remindAfter: 'PT4H',
      escalateAfter: 'PT8H', escalateTo: [{ kind: 'role', id: 'manager' }], skippableBy: ['manager'] },
    { name: 'Client sign-off', approvers: [{ kind: 'external', id: 'any' }], required: 1 },
];
const withSteps: JsonObject = { rules: [{ channel: 'facebook', contentType: 'post', riskLevel: 'normal', steps }] };

const catalogue = (approvers: JsonObject, overrides: JsonObject = {}): Catalogue => ({
  approvers, tools: { allowed: [] }, overrides,
});

describe('section 1: rules as steps', () => {
  it('reads a rule written before steps as the steps it stands for, like standards-service', () => {
    expect(stepsOf(legacyRules[0])).toEqual([
      { name: 'Approval by manager', approvers: [{ kind: 'role', id: 'manager' }], required: 1 },
      { name: 'Approval by approver1', approvers: [{ kind: 'user', id: 'approver1' }], required: 1 },
    ]);
    expect(stepsOf(legacyRules[1])).toEqual([{ name: 'Approval', approvers: legacyRules[1].approvers, required: 2 }]);
    expect(stepsOf({ riskLevel: 'low', steps: [] })).toEqual([]);
    const rule = (approversAsSteps(legacy) as { rules: JsonObject[] }).rules[0];
    expect(Object.keys(rule).sort()).toEqual(['channel', 'riskLevel', 'steps']);
  });

  it('fills the form with steps and saves them, durations and all, leaving empty ones out', () => {
    const form = toForm(catalogue(withSteps));
    expect(getAt(form, ['approvers', 'rules', 0, 'steps', 1, 'remindAfter'])).toBe('');
    expect(getAt(form, ['approvers', 'rules', 0, 'steps', 1, 'escalateTo'])).toEqual([]);
    const back = toCatalogue(form);
    expect(getAt(back, ['approvers', 'rules', 0, 'steps', 0])).toEqual(steps[0]);
    // Nothing added that was not there: a step without escalation or skipping is saved as it came.
    expect(getAt(back, ['approvers', 'rules', 0, 'steps', 1])).toEqual(steps[1]);
    expect(back.approvers).toEqual(withSteps);
    // A rule written before steps is saved as steps; so is a channel's own section 1.
    const old = toCatalogue(toForm(catalogue(legacy, { x: { approvers: legacy } })));
    expect(getAt(old, ['approvers', 'rules', 0, 'steps', 1, 'approvers'])).toEqual([{ kind: 'user', id: 'approver1' }]);
    expect(getAt(old, ['approvers', 'rules', 0, 'order'])).toBeUndefined();
    expect(getAt(old, ['overrides', 'x', 'approvers', 'rules', 1, 'steps', 0, 'required'])).toBe(2);
  });

  it('adds, removes and reorders steps', () => {
    const rules = SECTION_BY_KEY.approvers.fields[0];
    if (rules.kind !== 'list') throw new Error('rules is a list');
    const steps = rules.fields.find((f) => f.key === 'steps');
    if (!steps || steps.kind !== 'list') throw new Error('steps is a list');
    expect(steps.reorderable).toBe(true);
    let form = toForm(catalogue(withSteps));
    form = setAt(form, ['approvers', 'rules', 0, 'steps', 2], newItem(steps)) as Catalogue;
    expect(getAt(form, ['approvers', 'rules', 0, 'steps', 2])).toEqual({ name: '', approvers: [{ kind: 'role', id: 'approver' }],
      required: 1, remindAfter: '', escalateAfter: '', escalateTo: [], skippableBy: [] });
    const list = getAt(form, ['approvers', 'rules', 0, 'steps']) as JsonObject[];
    const moved = moveItem(list, 1, 0);
    expect(moved.map((s) => s.name)).toEqual(['Client sign-off', 'Brand review', '']);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 2, 5).map((s) => s.name)).toEqual(['Brand review', 'Client sign-off', '']);
    form = setAt(form, ['approvers', 'rules', 0, 'steps', 0], undefined) as Catalogue;
    expect((getAt(form, ['approvers', 'rules', 0, 'steps']) as JsonObject[]).map((s) => s.name))
      .toEqual(['Client sign-off', '']);
  });

  it('offers any one, N of M and all, and keeps "all" when approvers are added or removed', () => {
    expect(quorumOptions(1)).toEqual([{ value: 1, of: 1, kind: 'only' }]);
    expect(quorumOptions(3).map((o) => o.kind)).toEqual(['any', 'some', 'all']);
    expect(requiredAfter(3, 3, 4)).toBe(4);
    expect(requiredAfter(3, 3, 2)).toBe(2);
    expect(requiredAfter(2, 4, 5)).toBe(2);
    expect(requiredAfter(1, 1, 2)).toBe(1);
    expect(requiredAfter(3, 4, 2)).toBe(2);
  });
});

describe('durations as people write them', () => {
  it('reads ISO-8601 durations as an amount and a unit and writes them back', () => {
    expect(parseDuration('PT4H')).toEqual({ amount: 4, unit: 'hours' });
    expect(parseDuration('P1D')).toEqual({ amount: 1, unit: 'days' });
    expect(parseDuration('PT24H')).toEqual({ amount: 1, unit: 'days' });
    expect(parseDuration('PT1H30M')).toEqual({ amount: 90, unit: 'minutes' });
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('4 hours')).toBeUndefined();
    expect(parseDuration('P')).toBeUndefined();
    expect(formatDuration(4, 'hours')).toBe('PT4H');
    expect(formatDuration(2, 'days')).toBe('P2D');
    expect(formatDuration(90, 'minutes')).toBe('PT90M');
    expect(formatDuration(null, 'hours')).toBe('');
    expect(formatDuration(0, 'hours')).toBe('');
    expect(durationMinutes('PT8H')).toBe(480);
    expect(durationMinutes('P1D')).toBe(1440);
    expect(durationMinutes('')).toBeNull();
  });

  it('says before saving when escalation is not after the reminder or has no one to go to', () => {
    expect(stepDurationProblems({ remindAfter: 'PT8H', escalateAfter: 'PT4H', escalateTo: [{ kind: 'role', id: 'manager' }] }))
      .toEqual({ escalateAfter: 'escalateNotAfterReminder' });
    expect(stepDurationProblems({ remindAfter: 'PT4H', escalateAfter: 'P1D', escalateTo: [] }))
      .toEqual({ escalateTo: 'escalateToMissing' });
    expect(stepDurationProblems({ remindAfter: '', escalateAfter: '', escalateTo: [{ kind: 'role', id: 'manager' }] }))
      .toEqual({ escalateAfter: 'escalateAfterMissing' });
    expect(stepDurationProblems(steps[0])).toEqual({});
  });

});

describe('before saving', () => {
  it('finds the steps whose durations do not add up, in the base and in a channel’s own section 1', () => {
    const bad = { rules: [{ riskLevel: 'normal', steps: [
      { name: 'A', approvers: [{ kind: 'role', id: 'approver' }], required: 1, remindAfter: 'PT8H', escalateAfter: 'PT4H',
        escalateTo: [{ kind: 'role', id: 'manager' }] }] }] };
    const form = toForm(catalogue(withSteps, { linkedin: { approvers: bad } }));
    expect(approvalProblems(form)).toEqual({
      'overrides.linkedin.approvers.rules.0.steps.0.escalateAfter': ['escalateNotAfterReminder'] });
    expect(approvalProblems(toForm(catalogue(withSteps)))).toEqual({});
  });
});
