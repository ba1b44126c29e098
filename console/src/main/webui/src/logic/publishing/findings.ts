import type { Finding } from '../../types/inbox';
import type { VariantFinding } from '../../types/publishing';
import { isBlocking } from '../inbox/findings';

// A variant's standards findings: calendar-service stores what standards-service's checks found (ruleId,
// "block"/"warn"); the contract also names them code and "blocking"/"warning"/"info". Both read as the inbox's
// Finding, so the composer reuses the inbox's highlighting and one-click fixes (logic/inbox/findings.ts).

const SEVERITY: Record<string, string> = { blocking: 'block', block: 'block', warning: 'warn', warn: 'warn', info: 'info' };

/** `text`: the text the finding was found in, to name the words of a span that came without them. */
export function asFinding(f: VariantFinding, text?: string): Finding & { overridden?: VariantFinding['overridden'] } {
  return {
    ruleId: f.ruleId ?? f.code ?? 'finding',
    section: typeof f.section === 'number' ? f.section : Number(f.section) || 0,
    sectionName: f.sectionName ?? (typeof f.section === 'string' ? f.section : undefined),
    severity: SEVERITY[f.severity] ?? f.severity,
    span: f.span ? { start: f.span.start, end: f.span.end,
      text: f.span.text ?? (text !== undefined ? [...text].slice(f.span.start, f.span.end).join('') : '') } : null,
    imageIndex: f.imageIndex ?? null,
    message: f.message, why: f.why ?? null, suggestion: f.suggestion ?? null,
    messageKey: f.messageKey ?? null, params: f.params ?? null,
    overridden: f.overridden ?? null,
  };
}

/** The code an override names (`overrides:[{code, reason}]`). */
export const findingCode = (f: VariantFinding | Finding) => ('ruleId' in f && f.ruleId) || (f as VariantFinding).code || '';

/** Blocking findings nobody has overridden: these stop a submit. */
export function openBlocking(findings: (VariantFinding | Finding)[]): Finding[] {
  return findings.map((f) => ('ruleId' in f && typeof f.section === 'number' && !('code' in f)
    ? f as Finding : asFinding(f as VariantFinding)))
    .filter((f) => isBlocking(f) && !(f as { overridden?: unknown }).overridden);
}

/** The severity in words with an icon (never by colour alone). */
/** A finding's severity as one of three kinds (the screen words it with its icon: ⛔ blocks, ⚠ warning, ℹ note). */
export function severityKind(severity: string): 'block' | 'warn' | 'info' {
  const s = SEVERITY[severity] ?? severity;
  return s === 'block' ? 'block' : s === 'warn' ? 'warn' : 'info';
}

export const SEVERITY_ICONS = { block: '⛔', warn: '⚠', info: 'ℹ' } as const;

/** Findings about an image (`imageIndex`), grouped by image, for the media list. */
export function imageFindings(findings: VariantFinding[]): Map<number, VariantFinding[]> {
  const out = new Map<number, VariantFinding[]>();
  for (const f of findings) {
    if (f.imageIndex === null || f.imageIndex === undefined) continue;
    const list = out.get(f.imageIndex);
    if (list) list.push(f); else out.set(f.imageIndex, [f]);
  }
  return out;
}
