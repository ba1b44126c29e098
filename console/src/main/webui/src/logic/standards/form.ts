// The catalogue ↔ the form. The form is the catalogue with every field the schema knows present (empty
// strings, empty lists, null numbers), so that each input is controlled; the catalogue sent back leaves
// out what the schema calls optional and is empty, as standards-service expects ("absent: every channel").

import type { Catalogue, Json, JsonObject } from '../../types/standards';
import { type Field, SECTIONS } from './schema';

export type Path = (string | number)[];

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One field's value made ready for its input. */
function fill(field: Field, value: unknown): Json {
  switch (field.kind) {
    case 'text':
    case 'time':
    case 'duration':
      return typeof value === 'string' ? value : value == null ? '' : String(value);
    case 'quorum':
      return typeof value === 'number' ? value : 1;
    case 'select':
      return typeof value === 'string' ? value : field.optional ? '' : field.options[0];
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'toggle':
      return value === true;
    case 'multi':
    case 'tags':
      return Array.isArray(value) ? value.map(String) : [];
    case 'list':
      return Array.isArray(value) ? value.map((item) => fillObject(field.fields, item)) : [];
    case 'group':
      return fillObject(field.fields, value);
  }
}

/** A section's value as its form reads it (section 1: rules as steps). */
function prepared(sectionKey: string, value: Json | undefined): Json | undefined {
  const section = SECTIONS.find((s) => s.key === sectionKey);
  return section?.prepare ? section.prepare(value) : value;
}

function fillObject(fields: Field[], value: unknown): JsonObject {
  const source = isObject(value) ? value : {};
  const out: JsonObject = { ...source };
  fields.forEach((f) => { out[f.key] = fill(f, source[f.key]); });
  return out;
}

/** One field's value as the catalogue wants it; undefined: leave the field out. */
function strip(field: Field, value: Json | undefined): Json | undefined {
  switch (field.kind) {
    case 'text':
    case 'select':
      return field.optional && (value === '' || value == null) ? undefined : value;
    case 'duration':
      return value === '' || value == null ? undefined : value;
    case 'number':
      return value == null || (typeof value === 'number' && Number.isNaN(value)) ? (field.optional ? undefined : null)
        : value;
    case 'list':
      if (field.omitEmpty && (!Array.isArray(value) || value.length === 0)) return undefined;
      return Array.isArray(value) ? value.map((item) => stripObject(field.fields, item)) : [];
    case 'multi':
      return field.omitEmpty && (!Array.isArray(value) || value.length === 0) ? undefined : value;
    case 'group':
      return stripObject(field.fields, value);
    default:
      return value;
  }
}

function stripObject(fields: Field[], value: Json | undefined): JsonObject {
  const out: JsonObject = isObject(value) ? { ...value } : {};
  fields.forEach((f) => {
    const v = strip(f, out[f.key]);
    if (v === undefined) delete out[f.key];
    else out[f.key] = v;
  });
  return out;
}

/** The catalogue as the form edits it: every section and every override's sections filled. */
export function toForm(catalogue: Catalogue): Catalogue {
  const form: JsonObject = { ...catalogue };
  SECTIONS.forEach((s) => { form[s.key] = fillObject(s.fields, prepared(s.key, catalogue[s.key])); });
  const overrides: JsonObject = {};
  Object.entries(isObject(catalogue.overrides) ? catalogue.overrides : {}).forEach(([channel, o]) => {
    const filled: JsonObject = {};
    SECTIONS.filter((s) => s.overridable).forEach((s) => {
      if (isObject(o) && o[s.key] != null) filled[s.key] = fillObject(s.fields, prepared(s.key, o[s.key]));
    });
    overrides[channel] = filled;
  });
  form.overrides = overrides;
  return form;
}

/** The form as the catalogue to save: optional fields left empty are left out; empty overrides dropped. */
export function toCatalogue(form: Catalogue): Catalogue {
  const out: JsonObject = { ...form };
  SECTIONS.forEach((s) => { out[s.key] = stripObject(s.fields, form[s.key]); });
  const overrides: JsonObject = {};
  Object.entries(isObject(form.overrides) ? form.overrides : {}).forEach(([channel, o]) => {
    const stripped: JsonObject = {};
    SECTIONS.filter((s) => s.overridable).forEach((s) => {
      if (isObject(o) && o[s.key] != null) stripped[s.key] = stripObject(s.fields, o[s.key]);
    });
    if (Object.keys(stripped).length > 0) overrides[channel] = stripped;
  });
  out.overrides = overrides;
  return out;
}

export function getAt(value: Json | undefined, path: Path): Json | undefined {
  return path.reduce<Json | undefined>((v, k) => {
    if (Array.isArray(v) && typeof k === 'number') return v[k];
    if (isObject(v) && typeof k === 'string') return v[k];
    return undefined;
  }, value);
}

/** A copy of `root` with the value at `path` replaced (objects created on the way); undefined removes it. */
export function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    if (rest.length === 0 && value === undefined) {
      list.splice(head, 1);
      return list;
    }
    list[head] = setAt(list[head] ?? null, rest, value);
    return list;
  }
  const obj: JsonObject = isObject(root) ? { ...root } : {};
  if (rest.length === 0 && value === undefined) {
    delete obj[head];
    return obj;
  }
  obj[head] = setAt(obj[head] ?? null, rest, value);
  return obj;
}

/** A copy of a list with the entry at `from` moved to `to` (both kept within the list). */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return list;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (target === from) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}

/** A path as the form's keys write it: ['content', 'forbidden', 0, 'phrase'] → 'content.forbidden.0.phrase'. */
export const keyOf = (path: Path) => path.join('.');

/** A new list entry for a field, filled like the rest of the form. */
export function newItem(field: Extract<Field, { kind: 'list' }>): JsonObject {
  return fillObject(field.fields, field.newItem());
}

/** A section's value filled for the form (used when a channel's override starts as a copy of the base). */
export function fillSection(sectionKey: string, value: Json | undefined): JsonObject {
  const section = SECTIONS.find((s) => s.key === sectionKey);
  return section ? fillObject(section.fields, prepared(sectionKey, value)) : {};
}

/** What the comment and effective-from fields need before a save, as codes the screen words; empty when it can go. */
export type SaveProblem = 'commentMissing' | 'commentTooLong' | 'notADate' | 'inThePast';

export function validateSave(comment: string, effectiveFrom: string, now: Date): Record<string, SaveProblem> {
  const problems: Record<string, SaveProblem> = {};
  if (!comment.trim()) problems.comment = 'commentMissing';
  else if (comment.length > 500) problems.comment = 'commentTooLong';
  if (effectiveFrom) {
    const at = new Date(effectiveFrom);
    if (Number.isNaN(at.getTime())) problems.effectiveFrom = 'notADate';
    else if (at.getTime() < now.getTime() - 5 * 60_000) problems.effectiveFrom = 'inThePast';
  }
  return problems;
}

/**
 * The form keys of every number outside its field's range (base and channel overrides), so that a save is refused
 * before it is sent: a response-time target of 0 is said beside the field and never saved as something else.
 */
export function outOfRange(form: Catalogue): string[] {
  const out: string[] = [];
  const walk = (fields: Field[], value: Json | undefined, path: Path) => {
    if (!isObject(value)) return;
    fields.forEach((f) => {
      const v = value[f.key];
      const here = [...path, f.key];
      if (f.kind === 'number' && typeof v === 'number' && (v < f.min || v > f.max)) out.push(keyOf(here));
      if (f.kind === 'group') walk(f.fields, v, here);
      if (f.kind === 'list' && Array.isArray(v)) v.forEach((item, i) => walk(f.fields, item, [...here, i]));
    });
  };
  SECTIONS.forEach((s) => walk(s.fields, form[s.key], [s.key]));
  Object.entries(isObject(form.overrides) ? form.overrides : {}).forEach(([channel, o]) => {
    SECTIONS.filter((s) => s.overridable)
      .forEach((s) => { if (isObject(o)) walk(s.fields, o[s.key], ['overrides', channel, s.key]); });
  });
  return out;
}
