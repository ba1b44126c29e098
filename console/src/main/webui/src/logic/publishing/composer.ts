import type { ChannelAccount, Media, StoryComment, Variant, VariantInput } from '../../types/publishing';
import { fromLocalInput, toLocalInput } from './zoned';

// The story composer's form: a variant as the form edits it (the time as the brand's wall clock), what a save
// sends, which fields a 422 names, comment threads.

export interface VariantForm {
  /** the saved variant's id and version; null until saved */
  id: string | null; version: number | null; status: string;
  channelAccount: string; platform: string; channelName: string;
  text: string; media: Media[]; link: string; firstComment: string;
  contentType: string; riskLevel: string;
  /** datetime-local value in the brand's zone, '' for none */
  scheduledLocal: string;
}

export const CONTENT_TYPES = ['post', 'story', 'reel', 'video', 'article'];
export const RISK_LEVELS = ['low', 'normal', 'high'];

export function newVariant(account: ChannelAccount): VariantForm {
  return { id: null, version: null, status: 'draft', channelAccount: account.id, platform: account.platform,
    channelName: account.name, text: '', media: [], link: '', firstComment: '', contentType: 'post',
    riskLevel: 'normal', scheduledLocal: '' };
}

/** A variant's first comment as text: the service answers it as {text, delayMinutes, state, …} (older answers: a string). */
export function firstCommentText(c: Variant['firstComment'] | undefined): string {
  if (c == null) return '';
  return typeof c === 'string' ? c : c.text ?? '';
}

export function variantForm(v: Variant, zone: string, accounts: ChannelAccount[]): VariantForm {
  const account = accounts.find((a) => a.id === v.channelAccount);
  return { id: v.id, version: v.version, status: v.status, channelAccount: v.channelAccount, platform: v.platform,
    channelName: account?.name ?? v.platform, text: v.text ?? '', media: v.media ?? [], link: v.link ?? '',
    firstComment: firstCommentText(v.firstComment), contentType: v.contentType ?? 'post', riskLevel: v.riskLevel ?? 'normal',
    scheduledLocal: toLocalInput(v.scheduledFor, zone) };
}

export function variantInput(f: VariantForm, zone: string): VariantInput {
  return { channelAccount: f.channelAccount, text: f.text, media: f.media.map((m) => m.id),
    link: f.link.trim() || null, firstComment: f.firstComment.trim() || null, contentType: f.contentType,
    riskLevel: f.riskLevel, scheduledFor: f.scheduledLocal ? fromLocalInput(f.scheduledLocal, zone) : null };
}

/** Whether the form differs from the saved variant (what a save would change). */
/** An instant to the second (the form shows no milliseconds); null for none. */
function toSecond(iso: string | null | undefined): number | null {
  return iso ? Math.floor(Date.parse(iso) / 1000) : null;
}

export function variantChanged(f: VariantForm, saved: Variant | undefined, zone: string): boolean {
  if (!saved) return true;
  const a = variantInput(f, zone);
  return a.text !== (saved.text ?? '') || a.link !== (saved.link ?? null)
    || a.firstComment !== (firstCommentText(saved.firstComment) || null) || a.contentType !== saved.contentType
    || a.riskLevel !== saved.riskLevel || toSecond(a.scheduledFor) !== toSecond(saved.scheduledFor)
    || a.media.join(',') !== (saved.media ?? []).map((m) => m.id).join(',');
}

/** Whether a change of these fields sends an approved variant back to review (only the time does not). */
export function resetsApproval(f: VariantForm, saved: Variant | undefined, zone: string): boolean {
  if (!saved || !['in_review', 'approved', 'scheduled'].includes(saved.status)) return false;
  const a = variantInput(f, zone);
  return a.text !== (saved.text ?? '') || a.link !== (saved.link ?? null)
    || a.firstComment !== (firstCommentText(saved.firstComment) || null)
    || a.media.join(',') !== (saved.media ?? []).map((m) => m.id).join(',');
}

export interface FormErrors {
  story: Record<string, string[]>;
  /** per variant index: field → messages */
  variants: Record<number, Record<string, string[]>>;
  /** messages naming no field of the form */
  other: string[];
}

const STORY_FIELDS = ['title', 'brief', 'campaign', 'tags'];

/**
 * The problem's field paths on the form: "variants[1].text" → variant 1's text; a bare "text" (a variant's own
 * PUT) → the variant `current`; "title" → the story.
 */
export function formErrors(errors: { field: string; message: string }[] | undefined, current: number | null):
  FormErrors {
  const out: FormErrors = { story: {}, variants: {}, other: [] };
  for (const e of errors ?? []) {
    const m = /^variants\[(\d+)\]\.?([\w]*)/.exec(e.field ?? '');
    if (m) {
      const i = Number(m[1]);
      const field = m[2] || 'channelAccount';
      ((out.variants[i] ??= {})[field] ??= []).push(e.message);
      continue;
    }
    const top = (e.field ?? '').split(/[.[]/)[0];
    if (STORY_FIELDS.includes(top)) (out.story[top] ??= []).push(e.message);
    else if (current !== null && top) ((out.variants[current] ??= {})[top] ??= []).push(e.message);
    else out.other.push(e.field ? `${e.field}: ${e.message}` : e.message);
  }
  return out;
}

/** "summer, launch , ,sale" → ["summer", "launch", "sale"]. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

export interface Thread { comment: StoryComment; replies: StoryComment[] }

/** Comments as threads: roots oldest first, each with its replies oldest first; a reply whose root is gone is a root. */
export function threads(comments: StoryComment[], variantId: string | null | 'all' = 'all'): Thread[] {
  const byTime = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const ids = new Set(byTime.map((c) => c.id));
  const roots = byTime.filter((c) => !c.parentId || !ids.has(c.parentId))
    .filter((c) => variantId === 'all' || c.variantId === variantId || c.variantId === null);
  return roots.map((comment) => ({ comment, replies: byTime.filter((c) => c.parentId === comment.id) }));
}

/** The selected part of a textarea as a span in code points (the API's unit), or null when nothing is selected. */
export function selectionSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  if (end <= start) return null;
  return { start: [...text.slice(0, start)].length, end: [...text.slice(0, end)].length };
}

/** The words a comment's span points at in the text as it is now. */
export function spanText(text: string, span: { start: number; end: number } | null): string | null {
  if (!span) return null;
  const points = [...text];
  if (span.end > points.length) return null;
  return points.slice(span.start, span.end).join('');
}
