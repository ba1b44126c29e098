// The listening rules of the brand setup screen (ingest-service's /api/v1/listening-rules): a rule as the form holds
// it (phrases one per line), the checks it passes before it is sent (the service checks again, with the same limits),
// and where the service's field errors belong ("terms[3]" is shown beside the terms field).
import type { ListeningRule } from '../../types/brandsetup';

/** ingest-service's limits (ListeningRules.MAX_TERMS, MAX_TERM_LENGTH, the name's 100 characters). */
export const MAX_PHRASES = 200;
export const MAX_PHRASE_LENGTH = 100;
export const MAX_NAME_LENGTH = 100;

/** The languages offered in the form: the console's four and the others the brands' audiences write in. */
export const RULE_LANGUAGES = ['en', 'pl', 'el', 'ru', 'uk', 'de', 'fr', 'es', 'it'];

export interface RuleDraft {
  name: string;
  /** one phrase a line */
  terms: string;
  exclusions: string;
  languages: string[];
  platforms: string[];
  enabled: boolean;
}

export const EMPTY_RULE: RuleDraft = { name: '', terms: '', exclusions: '', languages: [], platforms: [], enabled: true };

/** The form's copy of a stored rule. */
export function draftOf(rule: ListeningRule): RuleDraft {
  return { name: rule.name, terms: rule.terms.join('\n'), exclusions: rule.exclusions.join('\n'),
    languages: [...rule.languages], platforms: [...rule.platforms], enabled: rule.enabled };
}

/** The phrases of a text field: one a line, trimmed, empty lines and repeats dropped. */
export function phrases(text: string): string[] {
  const seen = new Set<string>();
  return text.split(/\r?\n/).map((p) => p.trim()).filter((p) => {
    if (p === '' || seen.has(p)) return false;
    seen.add(p);
    return true;
  });
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The fields a draft gets wrong, as codes the screen words (required, tooLong, tooMany, noWord). */
export function ruleErrors(draft: RuleDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = 'required';
  else if (draft.name.trim().length > MAX_NAME_LENGTH) errors.name = 'tooLong';
  const check = (field: 'terms' | 'exclusions', required: boolean) => {
    const list = phrases(draft[field]);
    if (required && list.length === 0) errors[field] = 'required';
    else if (list.length > MAX_PHRASES) errors[field] = 'tooMany';
    else if (list.some((p) => p.length > MAX_PHRASE_LENGTH)) errors[field] = 'phraseTooLong';
    else if (list.some((p) => !HAS_WORD.test(p))) errors[field] = 'noWord';
  };
  check('terms', true);
  check('exclusions', false);
  return errors;
}

/** The body of POST /api/v1/listening-rules (and of PUT, where the brand must stay the rule's). */
export function ruleRequest(brand: string, draft: RuleDraft) {
  return {
    brand,
    name: draft.name.trim(),
    terms: phrases(draft.terms),
    exclusions: phrases(draft.exclusions),
    languages: [...draft.languages].sort(),
    platforms: [...draft.platforms].sort(),
    enabled: draft.enabled,
  };
}

/** The form field a service error names: "terms[3]" → "terms", "languages[0]" → "languages". */
export function fieldOf(serverField: string): string {
  return serverField.replace(/\[\d+\]$/, '');
}

/** The service's field errors by form field; several errors of one list are joined. */
export function serverFieldErrors(errors: { field: string; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors ?? []) {
    const field = fieldOf(e.field);
    const which = e.field !== field ? `${e.field.slice(field.length)} ` : '';
    out[field] = out[field] ? `${out[field]}; ${which}${e.message}` : `${which}${e.message}`;
  }
  return out;
}
