// The diff between two catalogue versions, as standards-service lists it (one change per differing leaf,
// {path, before, after}, null where absent; arrays element by element), made readable: grouped per
// section (and channel override) in the sections' order, each change named by the form's labels and its
// values written as a person reads them.

import type { CatalogueChange, Json } from '../../types/standards';
import { type Field, SECTION_BY_KEY, SECTIONS } from './schema';
import { describeDuration } from './approvals';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ChangeRow {
  path: string;
  label: string;
  kind: ChangeKind;
  before: string;
  after: string;
}

export interface ChangeGroup {
  key: string;
  title: string;
  rows: ChangeRow[];
}

/** 'content.forbidden[0].phrase' → ['content', 'forbidden', 0, 'phrase']. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  path.split('.').forEach((part) => {
    if (/^\d+$/.test(part)) { out.push(Number(part)); return; } // the form's keys: 'forbidden.0.id'
    const m = part.match(/^([^[]*)((?:\[\d+\])*)$/);
    if (!m) { out.push(part); return; }
    if (m[1]) out.push(m[1]);
    [...m[2].matchAll(/\[(\d+)\]/g)].forEach((i) => out.push(Number(i[1])));
  });
  return out;
}

interface Located { groupKey: string; groupTitle: string; order: number; label: string; field: Field | null }

/** Where a path is in the form: its section (or a channel's override of it) and its labels. */
export function locate(path: string): Located {
  const parts = parsePath(path);
  let channel: string | null = null;
  if (parts[0] === 'overrides') {
    channel = String(parts[1] ?? '');
    parts.splice(0, 2);
  }
  const section = SECTION_BY_KEY[String(parts[0] ?? '')];
  if (!section) {
    const title = channel ? `Overrides on ${channel}` : 'Other';
    return { groupKey: channel ? `overrides.${channel}` : 'other', groupTitle: title, order: 100, label: path,
      field: null };
  }
  const labels: string[] = [];
  let fields: Field[] = section.fields;
  let field: Field | null = null;
  for (const part of parts.slice(1)) {
    if (typeof part === 'number') {
      if (field && field.kind === 'list') {
        labels.push(`${field.item} ${part + 1}`);
        fields = field.fields;
        field = null;
      } else {
        labels.push(`item ${part + 1}`);
      }
      continue;
    }
    const next = fields.find((f) => f.key === part) ?? null;
    labels.push(next ? next.label : part);
    field = next;
    if (next && next.kind === 'group') fields = next.fields;
  }
  const base = `${section.number} · ${section.title}`;
  return {
    groupKey: channel ? `overrides.${channel}.${section.key}` : section.key,
    groupTitle: channel ? `${base} — on ${channel}` : base,
    order: section.number + (channel ? 0.5 : 0),
    label: labels.length ? labels.join(' › ') : 'the whole section',
    field,
  };
}

/** A value as a person reads it; `fields` names an object's parts when the schema knows them. */
export function formatValue(value: Json | undefined, fields?: Field[]): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => formatValue(v, fields)).join(', ');
  return Object.entries(value)
    .map(([k, v]) => {
      const f = fields?.find((x) => x.key === k);
      const sub = f && (f.kind === 'list' || f.kind === 'group') ? f.fields : undefined;
      const named = f && f.kind === 'select' && typeof v === 'string' ? f.names?.[v] : undefined;
      const shown = named ?? (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null)
        ? `[${formatValue(v, sub)}]` : formatValue(v, sub));
      return `${f ? f.label : k}: ${shown}`;
    })
    .join('; ');
}

/** The fields that describe the value at a path (a list's items, a group's parts), for formatValue. */
function fieldsOf(located: Located, path: string): Field[] | undefined {
  const f = located.field;
  if (f && (f.kind === 'list' || f.kind === 'group')) return f.fields;
  // a whole list item ('…forbidden[3]'): the list's item fields
  const parts = parsePath(path);
  if (typeof parts[parts.length - 1] === 'number') {
    const parent = locate(path.replace(/\[\d+\]$/, '')).field;
    if (parent && parent.kind === 'list') return parent.fields;
  }
  const section = SECTION_BY_KEY[String(parts[parts[0] === 'overrides' ? 2 : 0])];
  return parts.length === (parts[0] === 'overrides' ? 3 : 1) ? section?.fields : undefined;
}

/** The changes grouped per section in the sections' order, each named and written readably. */
export function diffGroups(changes: CatalogueChange[]): ChangeGroup[] {
  const groups = new Map<string, { group: ChangeGroup; order: number }>();
  changes.forEach((c) => {
    const at = locate(c.path);
    const fields = fieldsOf(at, c.path);
    const kind: ChangeKind = c.before === null ? 'added' : c.after === null ? 'removed' : 'changed';
    const entry = groups.get(at.groupKey) ?? { group: { key: at.groupKey, title: at.groupTitle, rows: [] }, order: at.order };
    const shown = (v: Json) => (at.field?.kind === 'duration' && typeof v === 'string' ? describeDuration(v)
      : formatValue(v, fields));
    entry.group.rows.push({ path: c.path, label: at.label, kind, before: shown(c.before), after: shown(c.after) });
    groups.set(at.groupKey, entry);
  });
  return [...groups.values()].sort((a, b) => a.order - b.order || a.group.key.localeCompare(b.group.key))
    .map((g) => g.group);
}

/** The label of an error or change path, with its section: for the summary of a refused save. */
export function describePath(path: string): string {
  const at = locate(path);
  return at.field === null && at.groupKey === 'other' ? path : `${at.groupTitle}: ${at.label}`;
}

export const SECTION_ORDER = SECTIONS.map((s) => s.key);
