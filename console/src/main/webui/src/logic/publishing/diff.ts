import type { DiffChange, TextOp, VariantDiff } from '../../types/publishing';

// Differences between two versions of a variant, written for people: calendar-service's diff (changed fields and
// the text as equal/insert/delete runs), or the same computed here by words when two versions are at hand.

const FIELD_NAMES: Record<string, string> = {
  text: 'Text', media: 'Images', link: 'Link', firstComment: 'First comment', scheduledFor: 'Scheduled for',
  contentType: 'Content type', riskLevel: 'Risk level', status: 'Status', channelAccount: 'Channel',
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field;
}

/** A value as a line of text: nothing, a list's length, an object's id, or the value. */
export function valueText(v: unknown, format: (instant: string) => string = (s) => s): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length === 0 ? 'none' : `${v.length} (${v.map((x) => valueText(x)).join(', ')})`;
  if (typeof v === 'object') return String((v as { id?: unknown }).id ?? JSON.stringify(v));
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return format(v);
  return String(v);
}

/** The changes other than the text (whose runs are shown apart), each "Field: before → after". */
export function changeLines(diff: Pick<VariantDiff, 'changes'>, format?: (instant: string) => string):
  { field: string; before: string; after: string }[] {
  return diff.changes.filter((c: DiffChange) => c.field !== 'text')
    .map((c) => ({ field: fieldName(c.field), before: valueText(c.before, format), after: valueText(c.after, format) }));
}

/** Neighbouring runs of the same kind joined; empty runs dropped. */
export function compact(ops: TextOp[]): TextOp[] {
  const out: TextOp[] = [];
  for (const op of ops) {
    if (!op.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === op.op) last.text += op.text; else out.push({ ...op });
  }
  return out;
}

/** Whether anything changed in the text. */
export const textChanged = (ops: TextOp[]) => ops.some((o) => o.op !== 'equal' && o.text.length > 0);

/** Words and the spaces between them, so a diff never splits a word (any script, emoji kept whole). */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}_'’-]+|./gsu) ?? [];
}

/**
 * The text's change from `before` to `after` as runs, by words (longest common subsequence). Long texts beyond
 * `maxTokens` on both sides are compared as one deletion and one insertion rather than slowly.
 */
export function wordDiff(before: string, after: string, maxTokens = 3000): TextOp[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops: TextOp[] = [{ op: 'equal', text: a.slice(0, start).join('') }];
  if (midA.length * midB.length > maxTokens * maxTokens / 4 || midA.length > maxTokens || midB.length > maxTokens) {
    ops.push({ op: 'delete', text: midA.join('') }, { op: 'insert', text: midB.join('') });
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) { ops.push({ op: 'equal', text: midA[i] }); i++; j++; }
      else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) { ops.push({ op: 'delete', text: midA[i] }); i++; }
      else { ops.push({ op: 'insert', text: midB[j] }); j++; }
    }
  }
  ops.push({ op: 'equal', text: a.slice(endA).join('') });
  return compact(ops);
}

/** For screen readers and tests: "[-old-]{+new+}" marks around the changed runs. */
export function diffText(ops: TextOp[]): string {
  return compact(ops).map((o) => (o.op === 'insert' ? `{+${o.text}+}` : o.op === 'delete' ? `[-${o.text}-]` : o.text))
    .join('');
}
