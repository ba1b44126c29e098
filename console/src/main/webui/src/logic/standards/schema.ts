// The nine sections of a brand's standards as form schemas: which input each field of the catalogue
// (docs/standards.md) gets, its label, and what a new list entry starts as. The screen renders these;
// form.ts converts between the catalogue and the form through them; diff.ts labels changes with them.

import type { Json, JsonObject } from '../../types/standards';
import { APPROVER_KIND_NAMES, APPROVER_KINDS, APPROVER_ROLES, CONTENT_TYPES, RISK_LEVELS, approversAsSteps,
  describeStep } from './approvals';

export const CHANNELS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'vk', 'telegram', 'forum',
  'rss', 'generic'];
export const LANGUAGES = ['en', 'pl', 'el', 'ru'];
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', pl: 'Polish', el: 'Greek', ru: 'Russian' };
export const SEVERITIES = ['warn', 'block'];
export const LICENCES = ['own', 'commissioned', 'employee', 'stock-royalty-free', 'stock-rights-managed', 'cc0',
  'cc-by', 'cc-by-sa', 'editorial', 'user-generated'];
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const MOMENTS = ['first-response', 'follow-up', 'resolution'];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 43200;

/** One input of a section's form. `key` is the field's name in the catalogue object it belongs to. */
export type Field =
  | { kind: 'text'; key: string; label: string; optional?: boolean; placeholder?: string; width?: number }
  | { kind: 'time'; key: string; label: string }
  | { kind: 'number'; key: string; label: string; min: number; max: number; decimals?: boolean; optional?: boolean }
  | { kind: 'toggle'; key: string; label: string }
  /** One of `options`; with `optional`, the empty choice (`anyLabel`) leaves the field out of the catalogue. */
  | { kind: 'select'; key: string; label: string; options: string[]; optional?: boolean; anyLabel?: string;
      names?: Record<string, string> }
  /** Several of `options`; `omitEmpty`: none chosen leaves the field out of the catalogue. */
  | { kind: 'multi'; key: string; label: string; options: string[]; omitEmpty?: boolean }
  /** Free words (domains, phrases, handles, dates): Enter adds one. */
  | { kind: 'tags'; key: string; label: string; placeholder?: string }
  /** An ISO-8601 duration edited as an amount and a unit (minutes, hours, days); empty: none. */
  | { kind: 'duration'; key: string; label: string }
  /** How many of the sibling list `of` must approve: any one, N of M, all. */
  | { kind: 'quorum'; key: string; label: string; of: string }
  /** A list of objects; `title` names an entry for people (and for screen readers' labels). `reorderable`:
   * entries move up and down (their order means something); `emptyText`: what an empty list means. */
  | { kind: 'list'; key: string; label: string; item: string; fields: Field[]; newItem: () => Record<string, unknown>;
      title?: (item: Record<string, unknown>, index: number) => string; table?: boolean; reorderable?: boolean;
      emptyText?: string; omitEmpty?: boolean }
  /** A nested object. */
  | { kind: 'group'; key: string; label: string; fields: Field[] };

export interface Section {
  key: string;
  number: number;
  title: string;
  description: string;
  fields: Field[];
  /** May a channel override this section (sections 1-8)? */
  overridable: boolean;
  /** The section's value as the form edits it, when that differs from the stored shape (section 1). */
  prepare?: (value: Json | undefined) => Json | undefined;
}

const topicFields: Field[] = [
  { kind: 'text', key: 'id', label: 'Id' },
  { kind: 'text', key: 'name', label: 'Name' },
  { kind: 'tags', key: 'phrases', label: 'Phrases', placeholder: 'a phrase, then Enter' },
  { kind: 'select', key: 'language', label: 'Language', options: LANGUAGES, names: LANGUAGE_NAMES },
  { kind: 'select', key: 'severity', label: 'Severity', options: SEVERITIES },
  { kind: 'text', key: 'explanation', label: 'Why' },
];
const newTopic = () => ({ id: '', name: '', phrases: [], language: 'en', severity: 'warn', explanation: '' });
const str = (v: unknown) => (typeof v === 'string' && v ? v : '');
const newStep = () => ({ name: '', approvers: [{ kind: 'role', id: 'approver' }], required: 1, remindAfter: '',
  escalateAfter: '', escalateTo: [], skippableBy: [] });
const approverTitle = (a: Record<string, unknown>, i: number) =>
  (str(a.id) ? `${APPROVER_KIND_NAMES[str(a.kind)] ?? str(a.kind)} ${str(a.id)}` : `approver ${i + 1}`);

export const SECTIONS: Section[] = [
  {
    key: 'approvers', number: 1, title: 'Approvers', overridable: true, prepare: approversAsSteps,
    description: 'Who signs off posts. A post gets the first rule for its risk level that fits its channel and content '
      + 'type; with none for its level, the first for the next higher level (a rule covers lower levels too). Its steps '
      + 'run in order, each needing any one, some or all of its approvers. A rule without steps: no approval needed.',
    fields: [{
      kind: 'list', key: 'rules', label: 'Approval rules', item: 'Rule',
      newItem: () => ({ riskLevel: 'normal', steps: [newStep()] }),
      title: (r, i) => `Rule ${i + 1}: ${str(r.riskLevel) || 'normal'} risk, ${str(r.contentType) || 'every type'} on `
        + `${str(r.channel) || 'every channel'}`,
      fields: [
        { kind: 'select', key: 'channel', label: 'Channel', options: CHANNELS, optional: true, anyLabel: 'every channel' },
        { kind: 'select', key: 'contentType', label: 'Content type', options: CONTENT_TYPES,
          optional: true, anyLabel: 'every type' },
        { kind: 'select', key: 'riskLevel', label: 'Risk level (and lower)', options: RISK_LEVELS },
        { kind: 'list', key: 'steps', label: 'Steps, in order', item: 'Step', reorderable: true,
          emptyText: 'No steps: posts this rule fits need no approval.',
          newItem: newStep, title: (s, i) => describeStep(s as JsonObject, i),
          fields: [
            { kind: 'text', key: 'name', label: 'Step name', placeholder: 'Brand review' },
            { kind: 'list', key: 'approvers', label: 'Approvers', item: 'Approver', table: true,
              newItem: () => ({ kind: 'role', id: 'approver' }), title: (a, i) => approverTitle(a, i),
              fields: [
                { kind: 'select', key: 'kind', label: 'Kind', options: APPROVER_KINDS, names: APPROVER_KIND_NAMES },
                { kind: 'text', key: 'id', label: 'User, role, or reviewer e-mail (any: every invited reviewer)' },
              ] },
            { kind: 'quorum', key: 'required', label: 'Must approve', of: 'approvers' },
            { kind: 'duration', key: 'remindAfter', label: 'Remind after' },
            { kind: 'duration', key: 'escalateAfter', label: 'Escalate after' },
            { kind: 'list', key: 'escalateTo', label: 'Escalate to', item: 'Escalation', table: true, omitEmpty: true,
              newItem: () => ({ kind: 'role', id: 'manager' }), title: (a, i) => approverTitle(a, i),
              fields: [
                { kind: 'select', key: 'kind', label: 'Kind', options: ['user', 'role'] },
                { kind: 'text', key: 'id', label: 'User or role' },
              ] },
            { kind: 'multi', key: 'skippableBy', label: 'May be skipped (with a reason) by', options: APPROVER_ROLES,
              omitEmpty: true },
          ] },
      ],
    }],
  },
  {
    key: 'tools', number: 2, title: 'Tools', overridable: true,
    description: 'The tools that may publish or reply for the brand.',
    fields: [{
      kind: 'list', key: 'allowed', label: 'Allowed tools', item: 'Tool',
      newItem: () => ({ id: '', name: '', channels: [], mayPublish: true, mayReply: true }),
      title: (t, i) => str(t.name) || `Tool ${i + 1}`,
      fields: [
        { kind: 'text', key: 'id', label: 'Id' },
        { kind: 'text', key: 'name', label: 'Name' },
        { kind: 'multi', key: 'channels', label: 'Channels (none: all)', options: CHANNELS },
        { kind: 'toggle', key: 'mayPublish', label: 'May publish' },
        { kind: 'toggle', key: 'mayReply', label: 'May reply' },
      ],
    }],
  },
  {
    key: 'photos', number: 3, title: 'Photos and copyright', overridable: true,
    description: 'Which licences a photo may have, when it needs an attribution or a release, and the stock sites.',
    fields: [
      { kind: 'multi', key: 'allowedLicences', label: 'Allowed licences', options: LICENCES },
      { kind: 'multi', key: 'attributionRequiredFor', label: 'Attribution required for', options: LICENCES },
      { kind: 'toggle', key: 'modelReleaseRequired', label: 'A photo showing people needs a model release' },
      { kind: 'toggle', key: 'propertyReleaseRequired', label: 'A photo showing private property needs a property release' },
      { kind: 'tags', key: 'stockSources', label: 'Stock sources (domains; none: any)', placeholder: 'stock.example' },
    ],
  },
  {
    key: 'content', number: 4, title: 'Content', overridable: true,
    description: 'Terms, topics and patterns the brand does not use, and phrases that are fine after all.',
    fields: [
      { kind: 'list', key: 'forbidden', label: 'Forbidden terms', item: 'Term',
        newItem: () => ({ id: '', phrase: '', language: 'en', match: 'stem', severity: 'warn', explanation: '' }),
        title: (t, i) => (str(t.phrase) ? `Term “${str(t.phrase)}”` : `Term ${i + 1}`),
        fields: [
          { kind: 'text', key: 'id', label: 'Id' },
          { kind: 'text', key: 'phrase', label: 'Phrase' },
          { kind: 'select', key: 'language', label: 'Language', options: LANGUAGES, names: LANGUAGE_NAMES },
          { kind: 'select', key: 'match', label: 'Match', options: ['stem', 'exact'],
            names: { stem: 'every inflected form', exact: 'exact words' } },
          { kind: 'select', key: 'severity', label: 'Severity', options: SEVERITIES },
          { kind: 'text', key: 'explanation', label: 'Why' },
          { kind: 'text', key: 'suggestion', label: 'Write instead', optional: true },
        ] },
      { kind: 'list', key: 'topics', label: 'Topics', item: 'Topic', newItem: newTopic,
        title: (t, i) => str(t.name) || `Topic ${i + 1}`, fields: topicFields },
      { kind: 'list', key: 'patterns', label: 'Patterns', item: 'Pattern',
        newItem: () => ({ id: '', regex: '', severity: 'warn', explanation: '' }),
        title: (p, i) => str(p.id) || `Pattern ${i + 1}`,
        fields: [
          { kind: 'text', key: 'id', label: 'Id' },
          { kind: 'text', key: 'regex', label: 'Regular expression (Java; (?i) ignores case)' },
          { kind: 'select', key: 'severity', label: 'Severity', options: SEVERITIES },
          { kind: 'text', key: 'explanation', label: 'Why' },
          { kind: 'text', key: 'suggestion', label: 'Write instead', optional: true },
        ] },
      { kind: 'list', key: 'allowed', label: 'Allowed phrases', item: 'Allowed phrase',
        newItem: () => ({ phrase: '', language: 'en' }),
        title: (a, i) => (str(a.phrase) ? `Allowed “${str(a.phrase)}”` : `Allowed phrase ${i + 1}`),
        fields: [
          { kind: 'text', key: 'phrase', label: 'Phrase' },
          { kind: 'select', key: 'language', label: 'Language', options: LANGUAGES, names: LANGUAGE_NAMES },
          { kind: 'text', key: 'explanation', label: 'Why', optional: true },
        ] },
    ],
  },
  {
    key: 'links', number: 5, title: 'Links', overridable: true,
    description: 'The brand’s own domains, where posts may and may not link, UTM parameters and shorteners.',
    fields: [
      { kind: 'tags', key: 'ownDomains', label: 'Own domains', placeholder: 'acme.example' },
      { kind: 'tags', key: 'allowedDomains', label: 'Allowed domains (none: any other domain)' },
      { kind: 'tags', key: 'forbiddenDomains', label: 'Forbidden domains' },
      { kind: 'tags', key: 'requiredUtmParameters', label: 'UTM parameters required on own links', placeholder: 'utm_source' },
      { kind: 'group', key: 'shorteners', label: 'Link shorteners', fields: [
        { kind: 'select', key: 'policy', label: 'Shortened links', options: ['allow', 'warn', 'block'] },
        { kind: 'tags', key: 'domains', label: 'More shortener domains' },
      ] },
      { kind: 'number', key: 'maxLinks', label: 'Most links in one post (empty: no limit)', min: 0, max: 100, optional: true },
    ],
  },
  {
    key: 'otherBrands', number: 6, title: 'Other brands', overridable: true,
    description: 'Partners, brands the team follows and competitors, and whether a post may mention them.',
    fields: [{
      kind: 'list', key: 'brands', label: 'Brands', item: 'Brand',
      newItem: () => ({ id: '', name: '', aliases: [], handles: [], relation: 'competitor', mentionPolicy: 'warn' }),
      title: (b, i) => str(b.name) || `Brand ${i + 1}`,
      fields: [
        { kind: 'text', key: 'id', label: 'Id' },
        { kind: 'text', key: 'name', label: 'Name' },
        { kind: 'tags', key: 'aliases', label: 'Other names' },
        { kind: 'tags', key: 'handles', label: 'Handles', placeholder: '@name' },
        { kind: 'select', key: 'relation', label: 'Relation', options: ['partner', 'follow', 'competitor'] },
        { kind: 'select', key: 'mentionPolicy', label: 'Mentions', options: ['encouraged', 'allowed', 'warn', 'block'] },
        { kind: 'text', key: 'explanation', label: 'Why', optional: true },
      ],
    }],
  },
  {
    key: 'logos', number: 7, title: 'Logos on photos', overridable: true,
    description: 'Where photos need the brand’s logo, how large and where it may be.',
    fields: [
      { kind: 'text', key: 'logoId', label: 'Registered logo', optional: true, placeholder: 'acme-logo' },
      { kind: 'toggle', key: 'requiredByDefault', label: 'Required on channels not listed' },
      { kind: 'list', key: 'channels', label: 'Per channel', item: 'Channel rule', table: true,
        newItem: () => ({ channel: 'instagram', required: true }), title: (c, i) => str(c.channel) || `channel ${i + 1}`,
        fields: [
          { kind: 'select', key: 'channel', label: 'Channel', options: CHANNELS },
          { kind: 'toggle', key: 'required', label: 'Logo required' },
        ] },
      { kind: 'number', key: 'minShare', label: 'Smallest share of the image width (0-1)', min: 0, max: 1, decimals: true, optional: true },
      { kind: 'number', key: 'maxShare', label: 'Largest share of the image width (0-1)', min: 0, max: 1, decimals: true, optional: true },
      { kind: 'multi', key: 'positions', label: 'Positions', options: ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'] },
      { kind: 'number', key: 'clearSpace', label: 'Clear space (share of the logo width, 0-2)', min: 0, max: 2, decimals: true, optional: true },
    ],
  },
  {
    key: 'engagement', number: 8, title: 'Engagement', overridable: true,
    description: 'What the brand may like, comment on or share, and the topics and sources it stays away from.',
    fields: [
      { kind: 'toggle', key: 'mayLike', label: 'May like' },
      { kind: 'toggle', key: 'mayComment', label: 'May comment' },
      { kind: 'toggle', key: 'mayShare', label: 'May share' },
      { kind: 'list', key: 'avoidTopics', label: 'Topics to avoid', item: 'Topic', newItem: newTopic,
        title: (t, i) => str(t.name) || `Topic ${i + 1}`, fields: topicFields },
      { kind: 'list', key: 'avoidSources', label: 'Sources to avoid', item: 'Source', table: true,
        newItem: () => ({ source: '', severity: 'warn' }), title: (s, i) => str(s.source) || `source ${i + 1}`,
        fields: [
          { kind: 'text', key: 'source', label: 'Domain or @handle' },
          { kind: 'select', key: 'severity', label: 'Severity', options: SEVERITIES },
          { kind: 'text', key: 'explanation', label: 'Why', optional: true },
        ] },
    ],
  },
  {
    key: 'responseTargets', number: 9, title: 'Response times', overridable: false,
    description: 'How long the brand may take to respond, per channel, moment and priority; the clock runs in '
      + 'business hours (or always) in the brand’s time zone and stops on holidays. The inbox dates a new '
      + 'conversation by its channel’s first-response target of normal priority (else the default).',
    fields: [
      { kind: 'number', key: 'defaultMinutes', label: 'Default target (minutes)', min: MIN_MINUTES, max: MAX_MINUTES },
      { kind: 'text', key: 'timeZone', label: 'Time zone (IANA)', placeholder: 'Europe/Warsaw', width: 260 },
      { kind: 'list', key: 'targets', label: 'Targets', item: 'Target', table: true,
        newItem: () => ({ channel: 'facebook', momentOfTruth: 'first-response', priority: 'normal', minutes: 60 }),
        title: (t) => `${str(t.channel)}, ${str(t.momentOfTruth).replace('-', ' ')}, ${str(t.priority)} priority`,
        fields: [
          { kind: 'select', key: 'channel', label: 'Channel', options: CHANNELS },
          { kind: 'select', key: 'momentOfTruth', label: 'Moment', options: MOMENTS },
          { kind: 'select', key: 'priority', label: 'Priority', options: PRIORITIES },
          { kind: 'number', key: 'minutes', label: 'Minutes', min: MIN_MINUTES, max: MAX_MINUTES },
        ] },
      { kind: 'group', key: 'hours', label: 'When the clock runs', fields: [
        { kind: 'select', key: 'mode', label: 'Clock', options: ['always', 'business-hours'],
          names: { always: 'always (24/7)', 'business-hours': 'business hours only' } },
        { kind: 'list', key: 'days', label: 'Business hours', item: 'Day', table: true,
          newItem: () => ({ day: 'MONDAY', from: '08:00', to: '18:00' }), title: (d) => str(d.day).toLowerCase(),
          fields: [
            { kind: 'select', key: 'day', label: 'Day', options: DAYS },
            { kind: 'time', key: 'from', label: 'From' },
            { kind: 'time', key: 'to', label: 'To' },
          ] },
      ] },
      { kind: 'tags', key: 'holidays', label: 'Holidays (YYYY-MM-DD)', placeholder: '2026-12-25' },
    ],
  },
];

export const SECTION_BY_KEY: Record<string, Section> = Object.fromEntries(SECTIONS.map((s) => [s.key, s]));
