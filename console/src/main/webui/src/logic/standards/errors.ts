// standards-service answers an invalid catalogue with 422 and every bad field by its JSON path in the
// request body ("catalogue.content.forbidden[0].severity"). The form shows each message beside its input.

export interface FieldError { field: string; message: string }

/** 'catalogue.content.forbidden[0].severity' → 'content.forbidden.0.severity' (the form's keys). */
export function errorKey(field: string): string {
  return field.replace(/^catalogue\.?/, '').replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The messages per form key; a key may have several. Errors not about the catalogue (comment, effectiveFrom) keep their name. */
export function errorsByKey(errors: FieldError[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  (errors ?? []).forEach((e) => {
    const key = errorKey(e.field);
    (out[key] ??= []).push(e.message);
  });
  return out;
}

/** How many errors fall in a section (base `content…`) or one channel's override of it (`overrides.x.content…`). */
export function errorCount(errors: Record<string, string[]>, prefix: string): number {
  return Object.entries(errors)
    .filter(([k]) => k === prefix || k.startsWith(prefix + '.'))
    .reduce((n, [, m]) => n + m.length, 0);
}

/** The section an error key is about ('overrides.facebook.content.forbidden.0' → 'content'), or null. */
export function sectionOfKey(key: string): string | null {
  const parts = key.split('.');
  if (parts[0] === 'overrides') return parts[2] ?? null;
  return parts[0] || null;
}
