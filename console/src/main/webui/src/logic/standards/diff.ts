// The diff between two catalogue versions, as standards-service lists it (one change per differing leaf,
// {path, before, after}, null where absent; arrays element by element), located in the form: grouped per
// section (and channel override) in the sections' order, each change placed by the fields and list entries it is
// in. The screen names them in the user's words (screens/standards/words.ts); this file holds no words.
// diffCatalogues computes the same list between the saved version and the form, to show a change before saving.

import type { Catalogue, CatalogueChange, Json, JsonObject } from '../../types/standards';
import { type Field, SECTION_BY_KEY, SECTIONS } from './schema';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One step of where a change is: a field (by its chain of keys, "content/forbidden") or an entry of a list. */
export type Crumb =
  | { kind: 'field'; chain: string; field: Field }
  | { kind: 'item'; chain: string; list: Extract<Field, { kind: 'list' }>; index: number; item: JsonObject | null };

export interface ChangeRow {
  path: string;
  kind: ChangeKind;
  /** The fields and entries from the section down to the change; empty: the whole section. */
  crumbs: Crumb[];
  /** The field the values belong to (null: a whole list entry, or unknown). */
  field: Field | null;
  /** The fields of the value when it is an object (a whole entry, a group), to name its parts. */
  parts?: Field[];
  before: Json;
  after: Json;
}

export interface ChangeGroup {
  key: string;
  /** The section's key (null: not a section the console knows). */
  section: string | null;
  number: number | null;
  channel: string | null;
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

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(value: Json | undefined, parts: (string | number)[]): Json | undefined {
  return parts.reduce<Json | undefined>((v, k) => {
    if (Array.isArray(v) && typeof k === 'number') return v[k];
    if (isObject(v) && typeof k === 'string') return v[k];
    return undefined;
  }, value);
}

export interface Located {
  section: string | null;
  number: number | null;
  channel: string | null;
  crumbs: Crumb[];
  field: Field | null;
}

/**
 * Where a path is in the form: its section (or a channel's override of it), and the fields and entries on the way.
 * `catalogues` (the versions compared) let an entry be named by its content ("Facebook · first response · normal").
 */
export function locate(path: string, catalogues: (Catalogue | null | undefined)[] = []): Located {
  const all = parsePath(path);
  const parts = [...all];
  let channel: string | null = null;
  if (parts[0] === 'overrides') {
    channel = String(parts[1] ?? '');
    parts.splice(0, 2);
  }
  const section = SECTION_BY_KEY[String(parts[0] ?? '')];
  if (!section) return { section: null, number: null, channel, crumbs: [], field: null };
  const crumbs: Crumb[] = [];
  let fields: Field[] = section.fields;
  let field: Field | null = null;
  let chain = section.key;
  parts.slice(1).forEach((part, i) => {
    if (typeof part === 'number') {
      if (field && field.kind === 'list') {
        const itemPath = all.slice(0, all.length - parts.length + i + 2);
        const item = catalogues.map((c) => at(c ?? undefined, itemPath)).find(isObject) ?? null;
        crumbs.push({ kind: 'item', chain, list: field, index: part, item });
        fields = field.fields;
        field = null;
      }
      return; // an element of a list of words (tags, multi): the field itself changed
    }
    const next = fields.find((f) => f.key === part) ?? null;
    chain = `${chain}/${part}`;
    field = next;
    if (next) crumbs.push({ kind: 'field', chain, field: next });
    if (next && next.kind === 'group') fields = next.fields;
  });
  return { section: section.key, number: section.number, channel, crumbs, field };
}

/** The fields naming the parts of a changed value that is an object: a whole list entry, a group, a section. */
function partsOf(located: Located, value: Json): Field[] | undefined {
  if (!isObject(value) && !(Array.isArray(value) && value.some(isObject))) return undefined;
  const last = located.crumbs[located.crumbs.length - 1];
  if (!last) return located.section ? SECTION_BY_KEY[located.section].fields : undefined;
  if (last.kind === 'item') return last.list.fields;
  if (last.field.kind === 'list' || last.field.kind === 'group') return last.field.fields;
  return undefined;
}

/** The changes grouped per section in the sections' order, each located in the form. */
export function diffGroups(changes: CatalogueChange[], catalogues: (Catalogue | null | undefined)[] = []): ChangeGroup[] {
  const groups = new Map<string, { group: ChangeGroup; order: number }>();
  changes.forEach((c) => {
    const where = locate(c.path, catalogues);
    const key = where.section ? (where.channel ? `overrides.${where.channel}.${where.section}` : where.section)
      : (where.channel ? `overrides.${where.channel}` : 'other');
    const order = where.number != null ? where.number + (where.channel ? 0.5 : 0) : 100;
    const entry = groups.get(key) ?? { group: { key, section: where.section, number: where.number,
      channel: where.channel, rows: [] }, order };
    const kind: ChangeKind = c.before === null ? 'added' : c.after === null ? 'removed' : 'changed';
    const last = where.crumbs[where.crumbs.length - 1];
    // a whole entry added or removed is named by itself
    if (last?.kind === 'item' && !last.item) {
      const whole = [c.after, c.before].find(isObject);
      if (whole) where.crumbs[where.crumbs.length - 1] = { ...last, item: whole };
    }
    entry.group.rows.push({ path: c.path, kind, crumbs: where.crumbs, field: last?.kind === 'field' ? last.field : null,
      parts: partsOf(where, c.after ?? c.before), before: c.before, after: c.after });
    groups.set(key, entry);
  });
  return [...groups.values()].sort((a, b) => a.order - b.order || a.group.key.localeCompare(b.group.key))
    .map((g) => g.group);
}

/**
 * The leaf changes between two catalogues in standards-service's shape (objects key by key, arrays element by
 * element, null where absent): what a save would change, shown before it is made.
 */
export function diffCatalogues(before: Json | undefined, after: Json | undefined, path = ''): CatalogueChange[] {
  const b = before ?? null;
  const a = after ?? null;
  if (JSON.stringify(b) === JSON.stringify(a)) return [];
  if (isObject(b) && isObject(a)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    return keys.flatMap((k) => diffCatalogues(b[k], a[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    return Array.from({ length: Math.max(b.length, a.length) },
      (_, i) => diffCatalogues(b[i], a[i], `${path}[${i}]`)).flat();
  }
  return [{ path, before: b, after: a }];
}

export const SECTION_ORDER = SECTIONS.map((s) => s.key);
