// The standards in the user's words: field labels, option names, list entries named by their content, values as a
// person reads them, and changes (the diff, the impact of a save) as sentences — "Facebook · first response · normal:
// 30 mins → 15 mins" rather than "Targets › Target 1 › Minutes". The words are the "standards" translations, keyed
// by a field's chain of keys ("responseTargets/targets/minutes"); the logic (logic/standards) holds none.
import { useMemo } from 'react';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { Format } from '../../i18n/locale';
import type { Json, JsonObject } from '../../types/standards';
import type { Field } from '../../logic/standards/schema';
import { type Quorum, durationMinutes, parseDuration } from '../../logic/standards/approvals';
import { type ChangeGroup, type ChangeRow, type Crumb, locate } from '../../logic/standards/diff';
import type { Path } from '../../logic/standards/form';

/** A translation function of the "standards" namespace (i18next's t, or getFixedT in tests). */
export type T = (key: string, options?: Record<string, unknown>) => string;

export interface Words {
  t: T;
  format: Format;
}

/** The words of the standards screen in the user's language; new when the language changes. */
export function useStandardsWords(): Words {
  const { t } = useTranslation('standards');
  const format = useFormat();
  return useMemo(() => ({ t: t as unknown as T, format }), [t, format]);
}

/** ['overrides', 'x', 'content', 'forbidden', 0, 'phrase'] → 'content/forbidden/phrase'. */
export function chainOf(path: Path): string {
  const parts = path[0] === 'overrides' ? path.slice(2) : path;
  return parts.filter((p) => typeof p === 'string').join('/');
}

export const sectionTitle = (w: Words, key: string) => w.t(`section.${key}.title`);
export const sectionDescription = (w: Words, key: string) => w.t(`section.${key}.description`);
export const fieldLabel = (w: Words, chain: string) => w.t(`field.${chain}`);
export const channelName = (w: Words, channel: string) => w.t(`option.channel.${channel}`, { defaultValue: channel });

/** An option's name in the user's language; languages through the reader's language names. */
export function optionName(w: Words, field: Field | null | undefined, value: string): string {
  const set = field && (field.kind === 'select' || field.kind === 'multi') ? field.optionSet : undefined;
  if (!set || value === '') return value;
  if (set === 'language') return w.format.languageName(value);
  return w.t(`option.${set}.${value}`, { defaultValue: value });
}

/** "Any one", "2 of 3", "All 3", "The approver". */
export const quorumName = (w: Words, q: Quorum) => w.t(`quorum.${q.kind}`, { k: q.value, n: q.of });

/** A duration of the catalogue (ISO-8601) as the user reads it: "4 hours"; none: "never". */
export function durationText(w: Words, iso: string): string {
  const parsed = parseDuration(iso);
  if (parsed === null) return w.t('value.never');
  if (parsed === undefined) return iso;
  return w.format.duration((durationMinutes(iso) ?? 0) * 60_000, 'long');
}

const str = (v: Json | undefined) => (typeof v === 'string' ? v : '');

/** The field of a list entry that names it, where one does. */
const NAMED_BY: Record<string, string> = {
  'tools/allowed': 'name', 'content/topics': 'name', 'engagement/avoidTopics': 'name', 'content/patterns': 'id',
  'otherBrands/brands': 'name', 'engagement/avoidSources': 'source', 'logos/channels': 'channel',
  'responseTargets/hours/days': 'day',
};

/** A list entry named for people and screen readers: by its content where it has one, else "Term 3". */
export function itemTitle(w: Words, list: Extract<Field, { kind: 'list' }>, chain: string, item: JsonObject | null,
  index: number): string {
  const numbered = () => w.t(`item.${chain}`, { n: index + 1 });
  const v = item ?? {};
  const option = (key: string) => optionName(w, list.fields.find((f) => f.key === key), str(v[key]));
  switch (chain) {
    case 'approvers/rules':
      return w.t('named.rule', { n: index + 1, risk: str(v.riskLevel) ? option('riskLevel') : w.t('option.risk.normal'),
        type: str(v.contentType) ? option('contentType') : w.t('any.approvers/rules/contentType'),
        channel: str(v.channel) ? option('channel') : w.t('any.approvers/rules/channel') });
    case 'approvers/rules/steps': {
      const name = str(v.name) || w.t('item.approvers/rules/steps', { n: index + 1 });
      const count = Array.isArray(v.approvers) ? v.approvers.length : 0;
      const required = typeof v.required === 'number' ? v.required : 1;
      if (count === 0 || required < 1 || required > count) return w.t('named.step', { n: index + 1, name });
      const q: Quorum = { value: required, of: count,
        kind: count === 1 ? 'only' : required === 1 ? 'any' : required === count ? 'all' : 'some' };
      return w.t('named.stepQuorum', { n: index + 1, name,
        quorum: quorumName(w, q).toLocaleLowerCase(w.format.language) });
    }
    case 'approvers/rules/steps/approvers':
    case 'approvers/rules/steps/escalateTo':
      return str(v.id) ? `${option('kind')} ${str(v.id)}` : numbered();
    case 'content/forbidden':
      return str(v.phrase) ? w.t('named.term', { phrase: str(v.phrase) }) : numbered();
    case 'content/allowed':
      return str(v.phrase) ? w.t('named.allowed', { phrase: str(v.phrase) }) : numbered();
    case 'responseTargets/targets':
      return w.t('named.target', { channel: option('channel'), moment: option('momentOfTruth'),
        priority: option('priority') });
    default: {
      const key = NAMED_BY[chain];
      if (!key || !str(v[key])) return numbered();
      return option(key);
    }
  }
}

/** A value as a person reads it, for the field at `chain` (null: unknown). */
export function valueText(w: Words, value: Json | undefined, field: Field | null | undefined, chain: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return w.t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'string') {
    if (field?.kind === 'duration') return durationText(w, value);
    if (value === '') return w.t('value.empty');
    return optionName(w, field, value);
  }
  if (typeof value === 'number') {
    if (field?.kind === 'number' && field.unit === 'minutes') return w.format.duration(value * 60_000);
    return w.format.number(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return w.t('value.none');
    if (field?.kind === 'list') return value.map((v) => `[${objectText(w, v, field.fields, chain)}]`).join(', ');
    return value.map((v) => valueText(w, v, field, chain)).join(', ');
  }
  const parts = field && (field.kind === 'list' || field.kind === 'group') ? field.fields : [];
  return objectText(w, value, parts, chain);
}

/** An object's parts, each named by its label: "Phrase: obiecujemy; Language: Polish". */
export function objectText(w: Words, value: Json, parts: Field[], chain: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return valueText(w, value, null, chain);
  return Object.entries(value).map(([k, v]) => {
    const f = parts.find((x) => x.key === k);
    const sub = `${chain}/${k}`;
    return `${f ? fieldLabel(w, sub) : k}: ${valueText(w, v, f ?? null, sub)}`;
  }).join('; ');
}

/** Where a change is, in words: the fields and entries on the way, a named list's label and its main field left out. */
export function crumbsText(w: Words, crumbs: Crumb[]): string {
  const words: string[] = [];
  crumbs.forEach((c, i) => {
    if (c.kind === 'item') {
      words.push(itemTitle(w, c.list, c.chain, c.item, c.index));
      return;
    }
    const next = crumbs[i + 1];
    const previous = crumbs[i - 1];
    if (c.field.kind === 'list' && c.field.named && next?.kind === 'item') return;
    if (previous?.kind === 'item' && previous.list.primary === c.field.key) return;
    words.push(fieldLabel(w, c.chain));
  });
  return words.length ? words.join(' › ') : w.t('diff.wholeSection');
}

/** "9 · Response times", "4 · Content — on Instagram". */
export function groupTitle(w: Words, g: Pick<ChangeGroup, 'section' | 'number' | 'channel'>): string {
  if (!g.section) return g.channel ? w.t('diff.overridesOn', { channel: channelName(w, g.channel) }) : w.t('diff.other');
  const base = `${g.number} · ${sectionTitle(w, g.section)}`;
  return g.channel ? w.t('diff.onChannel', { section: base, channel: channelName(w, g.channel) }) : base;
}

export interface ChangeWords {
  label: string;
  before: string;
  after: string;
  /** "Facebook · first response · normal: 30 mins → 15 mins". */
  sentence: string;
}

/** One change in words: where it is, the values before and after, and the sentence saying it. */
export function changeWords(w: Words, row: ChangeRow): ChangeWords {
  const last = row.crumbs[row.crumbs.length - 1];
  const chain = last ? last.chain : (locate(row.path).section ?? '');
  const shown = (v: Json) => (row.parts && typeof v === 'object' && v !== null && !Array.isArray(v)
    ? objectText(w, v, row.parts, chain) : valueText(w, v, row.field, chain));
  const label = crumbsText(w, row.crumbs);
  const before = shown(row.before);
  const after = shown(row.after);
  const sentence = row.kind === 'added' ? w.t('diff.added', { label, after })
    : row.kind === 'removed' ? w.t('diff.removed', { label, before })
      : w.t('diff.changed', { label, before, after });
  return { label, before, after, sentence };
}

/** A form key (an error's field) in words, with its section: "4 · Content: Forbidden terms › Term 2 › Id". */
export function describeKey(w: Words, key: string, form?: JsonObject | null): string {
  const where = locate(key, [form]);
  if (!where.section) return key;
  return `${groupTitle(w, where)}: ${crumbsText(w, where.crumbs)}`;
}
