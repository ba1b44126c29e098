// The nine sections of a brand's standards as form schemas: which input each field of the catalogue
// (docs/standards.md) gets, its limits, and what a new list entry starts as. The screen renders these;
// form.ts converts between the catalogue and the form through them; diff.ts locates changes with them.
// The words (labels, titles, option names) are in the "standards" translations, keyed by a field's chain of
// keys ("content/forbidden/phrase"): see screens/standards/words.ts.

import type { Json, JsonObject } from '../../types/standards';
import { APPROVER_KINDS, APPROVER_ROLES, CONTENT_TYPES, RISK_LEVELS, approversAsSteps } from './approvals';

export const CHANNELS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'vk', 'telegram', 'forum',
  'rss', 'generic'];
export const LANGUAGES = ['en', 'pl', 'el', 'ru'];
export const SEVERITIES = ['warn', 'block'];
export const LICENCES = ['own', 'commissioned', 'employee', 'stock-royalty-free', 'stock-rights-managed', 'cc0',
  'cc-by', 'cc-by-sa', 'editorial', 'user-generated'];
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const MOMENTS = ['first-response', 'follow-up', 'resolution'];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 43200;

/**
 * The option lists whose values the screen names in words (translations "option.<set>.<value>"; "language" through
 * the reader's language names). A select or multi without a set shows its values as they are.
 */
export type OptionSet = 'channel' | 'language' | 'severity' | 'licence' | 'match' | 'shortener' | 'relation' | 'mention'
  | 'position' | 'moment' | 'priority' | 'clock' | 'day' | 'approverKind' | 'role' | 'contentType' | 'risk';

/** One input of a section's form. `key` is the field's name in the catalogue object it belongs to. */
export type Field =
  | { kind: 'text'; key: string; optional?: boolean; example?: string; width?: number }
  | { kind: 'time'; key: string }
  /** `unit: 'minutes'`: the number is a length of time, written as one. */
  | { kind: 'number'; key: string; min: number; max: number; decimals?: boolean; optional?: boolean; unit?: 'minutes' }
  | { kind: 'toggle'; key: string }
  /** One of `options`; with `optional`, the empty choice ("any.<chain>") leaves the field out of the catalogue. */
  | { kind: 'select'; key: string; options: string[]; optional?: boolean; optionSet?: OptionSet }
  /** Several of `options`; `omitEmpty`: none chosen leaves the field out of the catalogue. */
  | { kind: 'multi'; key: string; options: string[]; omitEmpty?: boolean; optionSet?: OptionSet }
  /** Free words (domains, phrases, handles, dates): Enter adds one. */
  | { kind: 'tags'; key: string; example?: string }
  /** An ISO-8601 duration edited as an amount and a unit (minutes, hours, days); empty: none. */
  | { kind: 'duration'; key: string }
  /** How many of the sibling list `of` must approve: any one, N of M, all. */
  | { kind: 'quorum'; key: string; of: string }
  /** A list of objects, each named for people and screen readers by its content (words.ts). `reorderable`: entries
   * move up and down (their order means something); `explainEmpty`: an empty list means something worth saying;
   * `named`: an entry's name says what the list is ("Facebook · first response · normal"), so a change to it is
   * named without the list's label; `primary`: the field a change of which is named by the entry alone. */
  | { kind: 'list'; key: string; fields: Field[]; newItem: () => Record<string, unknown>; table?: boolean;
      reorderable?: boolean; explainEmpty?: boolean; omitEmpty?: boolean; named?: boolean; primary?: string }
  /** A nested object. */
  | { kind: 'group'; key: string; fields: Field[] };

export interface Section {
  key: string;
  number: number;
  fields: Field[];
  /** May a channel override this section (sections 1-8)? */
  overridable: boolean;
  /** The section's value as the form edits it, when that differs from the stored shape (section 1). */
  prepare?: (value: Json | undefined) => Json | undefined;
}

const topicFields: Field[] = [
  { kind: 'text', key: 'id' },
  { kind: 'text', key: 'name' },
  { kind: 'tags', key: 'phrases' },
  { kind: 'select', key: 'language', options: LANGUAGES, optionSet: 'language' },
  { kind: 'select', key: 'severity', options: SEVERITIES, optionSet: 'severity' },
  { kind: 'text', key: 'explanation' },
];
const newTopic = () => ({ id: '', name: '', phrases: [], language: 'en', severity: 'warn', explanation: '' });
const newStep = () => ({ name: '', approvers: [{ kind: 'role', id: 'approver' }], required: 1, remindAfter: '',
  escalateAfter: '', escalateTo: [], skippableBy: [] });

export const SECTIONS: Section[] = [
  {
    key: 'approvers', number: 1, overridable: true, prepare: approversAsSteps,
    fields: [{
      kind: 'list', key: 'rules', newItem: () => ({ riskLevel: 'normal', steps: [newStep()] }),
      fields: [
        { kind: 'select', key: 'channel', options: CHANNELS, optional: true, optionSet: 'channel' },
        { kind: 'select', key: 'contentType', options: CONTENT_TYPES, optional: true, optionSet: 'contentType' },
        { kind: 'select', key: 'riskLevel', options: RISK_LEVELS, optionSet: 'risk' },
        { kind: 'list', key: 'steps', reorderable: true, explainEmpty: true, newItem: newStep,
          fields: [
            { kind: 'text', key: 'name' },
            { kind: 'list', key: 'approvers', table: true, newItem: () => ({ kind: 'role', id: 'approver' }),
              fields: [
                { kind: 'select', key: 'kind', options: APPROVER_KINDS, optionSet: 'approverKind' },
                { kind: 'text', key: 'id' },
              ] },
            { kind: 'quorum', key: 'required', of: 'approvers' },
            { kind: 'duration', key: 'remindAfter' },
            { kind: 'duration', key: 'escalateAfter' },
            { kind: 'list', key: 'escalateTo', table: true, omitEmpty: true,
              newItem: () => ({ kind: 'role', id: 'manager' }),
              fields: [
                { kind: 'select', key: 'kind', options: ['user', 'role'], optionSet: 'approverKind' },
                { kind: 'text', key: 'id' },
              ] },
            { kind: 'multi', key: 'skippableBy', options: APPROVER_ROLES, omitEmpty: true, optionSet: 'role' },
          ] },
      ],
    }],
  },
  {
    key: 'tools', number: 2, overridable: true,
    fields: [{
      kind: 'list', key: 'allowed',
      newItem: () => ({ id: '', name: '', channels: [], mayPublish: true, mayReply: true }),
      fields: [
        { kind: 'text', key: 'id' },
        { kind: 'text', key: 'name' },
        { kind: 'multi', key: 'channels', options: CHANNELS, optionSet: 'channel' },
        { kind: 'toggle', key: 'mayPublish' },
        { kind: 'toggle', key: 'mayReply' },
      ],
    }],
  },
  {
    key: 'photos', number: 3, overridable: true,
    fields: [
      { kind: 'multi', key: 'allowedLicences', options: LICENCES, optionSet: 'licence' },
      { kind: 'multi', key: 'attributionRequiredFor', options: LICENCES, optionSet: 'licence' },
      { kind: 'toggle', key: 'modelReleaseRequired' },
      { kind: 'toggle', key: 'propertyReleaseRequired' },
      { kind: 'tags', key: 'stockSources', example: 'stock.example' },
    ],
  },
  {
    key: 'content', number: 4, overridable: true,
    fields: [
      { kind: 'list', key: 'forbidden',
        newItem: () => ({ id: '', phrase: '', language: 'en', match: 'stem', severity: 'warn', explanation: '' }),
        fields: [
          { kind: 'text', key: 'id' },
          { kind: 'text', key: 'phrase' },
          { kind: 'select', key: 'language', options: LANGUAGES, optionSet: 'language' },
          { kind: 'select', key: 'match', options: ['stem', 'exact'], optionSet: 'match' },
          { kind: 'select', key: 'severity', options: SEVERITIES, optionSet: 'severity' },
          { kind: 'text', key: 'explanation' },
          { kind: 'text', key: 'suggestion', optional: true },
        ] },
      { kind: 'list', key: 'topics', newItem: newTopic, fields: topicFields },
      { kind: 'list', key: 'patterns', newItem: () => ({ id: '', regex: '', severity: 'warn', explanation: '' }),
        fields: [
          { kind: 'text', key: 'id' },
          { kind: 'text', key: 'regex' },
          { kind: 'select', key: 'severity', options: SEVERITIES, optionSet: 'severity' },
          { kind: 'text', key: 'explanation' },
          { kind: 'text', key: 'suggestion', optional: true },
        ] },
      { kind: 'list', key: 'allowed', newItem: () => ({ phrase: '', language: 'en' }),
        fields: [
          { kind: 'text', key: 'phrase' },
          { kind: 'select', key: 'language', options: LANGUAGES, optionSet: 'language' },
          { kind: 'text', key: 'explanation', optional: true },
        ] },
    ],
  },
  {
    key: 'links', number: 5, overridable: true,
    fields: [
      { kind: 'tags', key: 'ownDomains', example: 'acme.example' },
      { kind: 'tags', key: 'allowedDomains' },
      { kind: 'tags', key: 'forbiddenDomains' },
      { kind: 'tags', key: 'requiredUtmParameters', example: 'utm_source' },
      { kind: 'group', key: 'shorteners', fields: [
        { kind: 'select', key: 'policy', options: ['allow', 'warn', 'block'], optionSet: 'shortener' },
        { kind: 'tags', key: 'domains' },
      ] },
      { kind: 'number', key: 'maxLinks', min: 0, max: 100, optional: true },
    ],
  },
  {
    key: 'otherBrands', number: 6, overridable: true,
    fields: [{
      kind: 'list', key: 'brands',
      newItem: () => ({ id: '', name: '', aliases: [], handles: [], relation: 'competitor', mentionPolicy: 'warn' }),
      fields: [
        { kind: 'text', key: 'id' },
        { kind: 'text', key: 'name' },
        { kind: 'tags', key: 'aliases' },
        { kind: 'tags', key: 'handles', example: '@name' },
        { kind: 'select', key: 'relation', options: ['partner', 'follow', 'competitor'], optionSet: 'relation' },
        { kind: 'select', key: 'mentionPolicy', options: ['encouraged', 'allowed', 'warn', 'block'], optionSet: 'mention' },
        { kind: 'text', key: 'explanation', optional: true },
      ],
    }],
  },
  {
    key: 'logos', number: 7, overridable: true,
    fields: [
      { kind: 'text', key: 'logoId', optional: true, example: 'acme-logo' },
      { kind: 'toggle', key: 'requiredByDefault' },
      { kind: 'list', key: 'channels', table: true, named: true, newItem: () => ({ channel: 'instagram', required: true }),
        fields: [
          { kind: 'select', key: 'channel', options: CHANNELS, optionSet: 'channel' },
          { kind: 'toggle', key: 'required' },
        ] },
      { kind: 'number', key: 'minShare', min: 0, max: 1, decimals: true, optional: true },
      { kind: 'number', key: 'maxShare', min: 0, max: 1, decimals: true, optional: true },
      { kind: 'multi', key: 'positions', options: ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'center'],
        optionSet: 'position' },
      { kind: 'number', key: 'clearSpace', min: 0, max: 2, decimals: true, optional: true },
    ],
  },
  {
    key: 'engagement', number: 8, overridable: true,
    fields: [
      { kind: 'toggle', key: 'mayLike' },
      { kind: 'toggle', key: 'mayComment' },
      { kind: 'toggle', key: 'mayShare' },
      { kind: 'list', key: 'avoidTopics', newItem: newTopic, fields: topicFields },
      { kind: 'list', key: 'avoidSources', table: true, newItem: () => ({ source: '', severity: 'warn' }),
        fields: [
          { kind: 'text', key: 'source' },
          { kind: 'select', key: 'severity', options: SEVERITIES, optionSet: 'severity' },
          { kind: 'text', key: 'explanation', optional: true },
        ] },
    ],
  },
  {
    key: 'responseTargets', number: 9, overridable: false,
    fields: [
      { kind: 'number', key: 'defaultMinutes', min: MIN_MINUTES, max: MAX_MINUTES, unit: 'minutes' },
      { kind: 'text', key: 'timeZone', example: 'Europe/Warsaw', width: 260 },
      { kind: 'list', key: 'targets', table: true, named: true, primary: 'minutes',
        newItem: () => ({ channel: 'facebook', momentOfTruth: 'first-response', priority: 'normal', minutes: 60 }),
        fields: [
          { kind: 'select', key: 'channel', options: CHANNELS, optionSet: 'channel' },
          { kind: 'select', key: 'momentOfTruth', options: MOMENTS, optionSet: 'moment' },
          { kind: 'select', key: 'priority', options: PRIORITIES, optionSet: 'priority' },
          { kind: 'number', key: 'minutes', min: MIN_MINUTES, max: MAX_MINUTES, unit: 'minutes' },
        ] },
      { kind: 'group', key: 'hours', fields: [
        { kind: 'select', key: 'mode', options: ['always', 'business-hours'], optionSet: 'clock' },
        { kind: 'list', key: 'days', table: true, named: true,
          newItem: () => ({ day: 'MONDAY', from: '08:00', to: '18:00' }),
          fields: [
            { kind: 'select', key: 'day', options: DAYS, optionSet: 'day' },
            { kind: 'time', key: 'from' },
            { kind: 'time', key: 'to' },
          ] },
      ] },
      { kind: 'tags', key: 'holidays', example: '2026-12-25' },
    ],
  },
];

export const SECTION_BY_KEY: Record<string, Section> = Object.fromEntries(SECTIONS.map((s) => [s.key, s]));
