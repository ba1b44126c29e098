import { describe, expect, it } from 'vitest';
import type { StoryComment, Variant } from '../../types/publishing';
import { firstCommentText, formErrors, newVariant, parseTags, resetsApproval, selectionSpan, spanText, threads, variantChanged,
  variantInput } from './composer';
import { asFinding, openBlocking, severityKind } from './findings';
import { isoMinutes, progress, required } from './approval';

const account = { id: 'acc-fb', brand: 'acme', platform: 'facebook', accountId: '1', name: 'Acme PL', enabled: true };

describe('the composer’s form', () => {
  it('sends the time typed in the brand’s zone as an instant, and empty fields as null', () => {
    const f = { ...newVariant(account), text: 'Wiosna 🌷', scheduledLocal: '2026-04-01T09:00' };
    expect(variantInput(f, 'Europe/Warsaw')).toEqual({ channelAccount: 'acc-fb', text: 'Wiosna 🌷', media: [],
      link: null, firstComment: null, contentType: 'post', riskLevel: 'normal', scheduledFor: '2026-04-01T07:00:00.000Z' });
  });

  it('knows a time change keeps approval and a text change resets it', () => {
    const saved = { id: 'v', text: 'A', link: null, firstComment: null, media: [], contentType: 'post',
      riskLevel: 'normal', scheduledFor: '2026-04-01T07:00:00Z', status: 'approved' } as unknown as Variant;
    const form = { ...newVariant(account), id: 'v', text: 'A', scheduledLocal: '2026-04-02T09:00' };
    expect(variantChanged(form, saved, 'Europe/Warsaw')).toBe(true);
    expect(resetsApproval(form, saved, 'Europe/Warsaw')).toBe(false);
    expect(resetsApproval({ ...form, text: 'B' }, saved, 'Europe/Warsaw')).toBe(true);
    expect(variantChanged({ ...form, scheduledLocal: '2026-04-01T09:00' }, saved, 'Europe/Warsaw')).toBe(false);
  });

  it('sees no change in a time planned through the API to the millisecond (shown to the second)', () => {
    const saved = { id: 'v', text: 'A', link: null, firstComment: null, media: [], contentType: 'post',
      riskLevel: 'normal', scheduledFor: '2026-12-05T23:51:37.412Z', status: 'published' } as unknown as Variant;
    const form = { ...newVariant(account), id: 'v', text: 'A', scheduledLocal: '2026-12-06T00:51:37' };
    expect(variantChanged(form, saved, 'Europe/Warsaw')).toBe(false);
    expect(variantChanged({ ...form, scheduledLocal: '2026-12-06T00:51' }, saved, 'Europe/Warsaw')).toBe(true);
  });

  it('reads the first comment the service answers as an object, and sees no change when it is the same text', () => {
    const saved = { id: 'v', text: 'A', link: null, media: [], contentType: 'post', riskLevel: 'normal',
      scheduledFor: null, status: 'approved',
      firstComment: { text: 'Link do sklepu 👇', delayMinutes: 2, state: 'pending' } } as unknown as Variant;
    expect(firstCommentText(saved.firstComment)).toBe('Link do sklepu 👇');
    expect(firstCommentText('Stary tekst')).toBe('Stary tekst');
    expect(firstCommentText(null)).toBe('');
    const form = { ...newVariant(account), id: 'v', text: 'A', firstComment: 'Link do sklepu 👇' };
    expect(variantChanged(form, saved, 'Europe/Warsaw')).toBe(false);
    expect(resetsApproval({ ...form, firstComment: 'Inny' }, saved, 'Europe/Warsaw')).toBe(true);
  });

  it('puts each 422 field on its tab and input', () => {
    const e = formErrors([
      { field: 'variants[1].text', message: 'X allows 280 characters' },
      { field: 'variants[0].channelAccount', message: 'unknown channel account' },
      { field: 'title', message: 'must not be blank' },
      { field: 'scheduledFor', message: 'is in the past' },
    ], 2);
    expect(e.variants[1]).toEqual({ text: ['X allows 280 characters'] });
    expect(e.variants[0]).toEqual({ channelAccount: ['unknown channel account'] });
    expect(e.story).toEqual({ title: ['must not be blank'] });
    expect(e.variants[2]).toEqual({ scheduledFor: ['is in the past'] });
    expect(formErrors([{ field: 'x', message: 'y' }], null).other).toEqual(['x: y']);
  });

  it('tags, spans of a selection in code points, threads', () => {
    expect(parseTags('wiosna, launch , ,wiosna')).toEqual(['wiosna', 'launch']);
    expect(selectionSpan('🎉 Darmowy zwrot', 3, 10)).toEqual({ start: 2, end: 9 });
    expect(spanText('🎉 Darmowy zwrot', { start: 2, end: 9 })).toBe('Darmowy');
    expect(selectionSpan('abc', 2, 2)).toBeNull();
    const c = (id: string, at: string, parentId: string | null = null, variantId: string | null = null) =>
      ({ id, createdAt: at, parentId, variantId }) as StoryComment;
    const t = threads([c('r', '3', 'a'), c('a', '1'), c('b', '2', null, 'v2'), c('orphan', '4', 'gone')], 'all');
    expect(t.map((x) => [x.comment.id, x.replies.map((r) => r.id)])).toEqual([['a', ['r']], ['b', []], ['orphan', []]]);
    expect(threads([c('a', '1', null, 'v1'), c('b', '2', null, 'v2')], 'v1').map((x) => x.comment.id)).toEqual(['a']);
  });
});

describe('findings and approvals in words', () => {
  it('reads the contract’s and standards-service’s finding shapes alike', () => {
    const a = asFinding({ code: 'no-free', severity: 'blocking', message: 'forbidden', span: { start: 0, end: 7 } });
    expect(a).toMatchObject({ ruleId: 'no-free', severity: 'block' });
    expect(asFinding({ code: 'pl-darmowy', severity: 'blocking', message: '', span: { start: 2, end: 9 } },
      '🎉 Darmowy zwrot').span).toEqual({ start: 2, end: 9, text: 'Darmowy' });
    const b = asFinding({ ruleId: 'no-free', section: 4, severity: 'block', message: 'forbidden',
      span: { start: 0, end: 7, text: 'Darmowy' } });
    expect(b.span).toEqual({ start: 0, end: 7, text: 'Darmowy' });
    expect(openBlocking([{ code: 'a', severity: 'blocking', message: '' },
      { code: 'b', severity: 'blocking', message: '', overridden: { by: 'approver1', reason: 'ok', at: '' } },
      { code: 'c', severity: 'warning', message: '' }]).map((f) => f.ruleId)).toEqual(['a']);
    expect(severityKind('blocking')).toBe('block');
    expect(severityKind('warn')).toBe('warn');
  });

  it('says how many must agree and where the workflow is', () => {
    const approvers = [{ kind: 'user', id: 'approver1' }, { kind: 'role', id: 'manager' }];
    expect(required({ required: 'any', approvers })).toEqual({ n: 1, of: 2 });
    expect(required({ required: 'all', approvers })).toEqual({ n: 2, of: 2 });
    expect(required({ required: 2, approvers: [...approvers, { kind: 'external', id: 'x' }] })).toEqual({ n: 2, of: 3 });
    expect(isoMinutes('PT4H')).toBe(240);
    expect(isoMinutes('P1DT30M')).toBe(1470);
    const step = (name: string, state: string) => ({ name, approvers, required: 1, state, decisions: [] });
    expect(progress({ rule: 0, round: 1, currentStep: 1, steps: [step('Brand', 'approved'), step('Klient', 'active')] }))
      .toEqual({ kind: 'step', step: 2, of: 2, name: 'Klient' });
    expect(progress({ rule: 0, round: 1, currentStep: null, steps: [step('Brand', 'approved')] })).toEqual({ kind: 'allApproved' });
    expect(progress(null)).toEqual({ kind: 'none' });
  });
});
