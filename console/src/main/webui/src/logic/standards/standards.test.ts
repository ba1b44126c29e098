import { describe, expect, it } from 'vitest';
import { diffCatalogues, diffGroups, locate, parsePath } from './diff';
import { errorCount, errorKey, errorsByKey, sectionOfKey } from './errors';
import { getAt, outOfRange, setAt, toCatalogue, toForm, validateSave } from './form';

const catalogue = {
  approvers: { rules: [] },
  tools: { allowed: [] },
  photos: { allowedLicences: ['own'], attributionRequiredFor: [], modelReleaseRequired: true,
    propertyReleaseRequired: false, stockSources: [] },
  content: {
    forbidden: [{ id: 'no-free', phrase: 'darmowy', language: 'pl', severity: 'block', explanation: 'Nic nie jest darmowe' }],
    topics: [], patterns: [], allowed: [],
  },
  links: { ownDomains: ['acme.example'], allowedDomains: [], forbiddenDomains: [], requiredUtmParameters: [],
    shorteners: { policy: 'warn', domains: [] } },
  otherBrands: { brands: [] },
  logos: { requiredByDefault: false, channels: [], positions: [] },
  engagement: { mayLike: true, mayComment: true, mayShare: false, avoidTopics: [], avoidSources: [] },
  responseTargets: { defaultMinutes: 60, timeZone: 'Europe/Warsaw', hours: { mode: 'always', days: [] }, holidays: [],
    targets: [{ channel: 'facebook', momentOfTruth: 'first-response', priority: 'normal', minutes: 30 }] },
  overrides: { instagram: { content: { forbidden: [], topics: [], patterns: [], allowed: [] } } },
};

describe('form ↔ catalogue', () => {
  it('fills every field the form shows and gives back the catalogue as it came', () => {
    const form = toForm(catalogue);
    expect(getAt(form, ['content', 'forbidden', 0, 'suggestion'])).toBe('');
    expect(getAt(form, ['content', 'forbidden', 0, 'match'])).toBe('stem');
    expect(getAt(form, ['links', 'maxLinks'])).toBeNull();
    expect(getAt(form, ['logos', 'logoId'])).toBe('');
    const back = toCatalogue(form);
    expect(getAt(back, ['content', 'forbidden', 0])).toEqual({ ...catalogue.content.forbidden[0], match: 'stem' });
    expect(back.links).toEqual(catalogue.links);
    expect(back.logos).toEqual(catalogue.logos);
    expect(back.responseTargets).toEqual(catalogue.responseTargets);
    expect(back.overrides).toEqual(catalogue.overrides);
  });

  it('leaves optional fields out when empty and keeps Greek, Polish, Russian and emoji exactly', () => {
    let form = toForm(catalogue);
    form = setAt(form, ['content', 'forbidden', 1], { id: 'no-guarantee', phrase: 'εγγύηση 🎉', language: 'el',
      match: 'stem', severity: 'warn', explanation: 'Без гарантий, żadnych', suggestion: '' }) as typeof form;
    form = setAt(form, ['approvers', 'rules', 0], { channel: '', contentType: 'post', riskLevel: 'high',
      approvers: [{ kind: 'role', id: 'manager' }], required: 1, order: 'any' }) as typeof form;
    const back = toCatalogue(form);
    expect(getAt(back, ['content', 'forbidden', 1])).toEqual({ id: 'no-guarantee', phrase: 'εγγύηση 🎉', language: 'el',
      match: 'stem', severity: 'warn', explanation: 'Без гарантий, żadnych' });
    expect(getAt(back, ['approvers', 'rules', 0, 'channel'])).toBeUndefined();
    expect(getAt(back, ['approvers', 'rules', 0, 'contentType'])).toBe('post');
  });

  it('drops a channel override left without sections', () => {
    const form = setAt(toForm(catalogue), ['overrides', 'x'], {});
    expect(Object.keys(toCatalogue(form as typeof catalogue).overrides as object)).toEqual(['instagram']);
  });

  it('removes list entries and sets nested values without touching the original', () => {
    const form = toForm(catalogue);
    const removed = setAt(form, ['content', 'forbidden', 0], undefined);
    expect(getAt(removed, ['content', 'forbidden'])).toEqual([]);
    expect(getAt(form, ['content', 'forbidden', 0, 'id'])).toBe('no-free');
  });

  it('asks for a comment and refuses an effective-from in the past', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(validateSave('', '', now)).toEqual({ comment: 'commentMissing' });
    expect(validateSave('Black Friday', '2026-11-22T12:00:00Z', now).effectiveFrom).toBe('inThePast');
    expect(validateSave('Black Friday', '2026-11-24T12:00', now)).toEqual({});
  });
});

describe('422 error paths → fields', () => {
  it('turns JSON paths into the form keys', () => {
    expect(errorKey('catalogue.content.forbidden[0].severity')).toBe('content.forbidden.0.severity');
    expect(errorKey('catalogue.overrides.facebook.links.maxLinks')).toBe('overrides.facebook.links.maxLinks');
    expect(errorKey('catalogue')).toBe('');
    expect(errorKey('comment')).toBe('comment');
  });

  it('collects several messages per field and counts them per section', () => {
    const errors = errorsByKey([
      { field: 'catalogue.content.forbidden[0].severity', message: "must be one of warn, block, was 'never'" },
      { field: 'catalogue.content.forbidden[0].severity', message: 'is required' },
      { field: 'catalogue.links.maxLinks', message: 'must be between 0 and 100, was -1' },
      { field: 'catalogue.overrides.x.content.forbidden[1].phrase', message: 'needs a letter or digit' },
    ]);
    expect(errors['content.forbidden.0.severity']).toHaveLength(2);
    expect(errorCount(errors, 'content')).toBe(2);
    expect(errorCount(errors, 'links')).toBe(1);
    expect(errorCount(errors, 'overrides.x.content')).toBe(1);
    expect(errorCount(errors, 'engagement')).toBe(0);
    expect(sectionOfKey('overrides.x.content.forbidden.1.phrase')).toBe('content');
    expect(sectionOfKey('links.maxLinks')).toBe('links');
  });
});

describe('the diff between two versions', () => {
  it('reads paths with indexes', () => {
    expect(parsePath('content.forbidden[12].phrase')).toEqual(['content', 'forbidden', 12, 'phrase']);
    expect(parsePath('content.forbidden.0.id')).toEqual(['content', 'forbidden', 0, 'id']);
    expect(parsePath('overrides.facebook.links.ownDomains[0]')).toEqual(['overrides', 'facebook', 'links', 'ownDomains', 0]);
  });

  it('locates a change in its section, channel, fields and list entries, with the entry it is in', () => {
    const at = locate('responseTargets.targets[0].minutes', [catalogue]);
    expect(at).toMatchObject({ section: 'responseTargets', number: 9, channel: null });
    expect(at.crumbs.map((c) => c.chain)).toEqual(['responseTargets/targets', 'responseTargets/targets',
      'responseTargets/targets/minutes']);
    expect(at.crumbs[1]).toMatchObject({ kind: 'item', index: 0, item: { channel: 'facebook', minutes: 30 } });
    expect(locate('overrides.instagram.content.forbidden[0].severity')).toMatchObject({ section: 'content',
      channel: 'instagram' });
    expect(locate('links.ownDomains[1]').crumbs.map((c) => c.kind)).toEqual(['field']);
  });

  it('groups changes per section in the sections’ order', () => {
    const groups = diffGroups([
      { path: 'responseTargets.targets[0].minutes', before: 30, after: 25 },
      { path: 'content.forbidden[1]', before: null, after: { id: 'no-promise', phrase: 'obiecujemy' } },
      { path: 'engagement.mayShare', before: true, after: false },
      { path: 'links.ownDomains[1]', before: 'old.example', after: null },
    ]);
    expect(groups.map((g) => g.section)).toEqual(['content', 'links', 'engagement', 'responseTargets']);
    expect(groups.map((g) => g.rows[0].kind)).toEqual(['added', 'removed', 'changed', 'changed']);
  });

  it('computes what a save would change, in the service’s shape', () => {
    const before = { responseTargets: { defaultMinutes: 60, targets: [{ channel: 'facebook', minutes: 30 }] },
      links: { ownDomains: ['acme.example'] } };
    const after = { responseTargets: { defaultMinutes: 60, targets: [{ channel: 'facebook', minutes: 15 }] },
      links: { ownDomains: ['acme.example', 'acme.pl'] } };
    expect(diffCatalogues(before, after)).toEqual([
      { path: 'links.ownDomains[1]', before: null, after: 'acme.pl' },
      { path: 'responseTargets.targets[0].minutes', before: 30, after: 15 },
    ]);
    expect(diffCatalogues(before, before)).toEqual([]);
  });
});

describe('numbers outside their range', () => {
  it('are found in the base and in channel overrides, so that a target of 0 is never saved', () => {
    let form = toForm(catalogue);
    expect(outOfRange(form)).toEqual([]);
    form = setAt(form, ['responseTargets', 'targets', 0, 'minutes'], 0) as typeof form;
    form = setAt(form, ['responseTargets', 'defaultMinutes'], 0) as typeof form;
    expect(outOfRange(form)).toEqual(['responseTargets.defaultMinutes', 'responseTargets.targets.0.minutes']);
  });
});
