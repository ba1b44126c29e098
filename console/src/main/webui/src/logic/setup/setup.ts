// The care setup screen's decisions that are not about rotas, variables or coverage: its tabs, who may change
// things, the service's field errors by field, saved replies searched and paged, rules written and read back.
import type { Me } from '../navigation';
import type { AssignmentRule, SavedReply } from '../../types/setup';

export const SETUP_TABS = ['teams', 'rules', 'saved-replies', 'priorities'] as const;
export type SetupTab = (typeof SETUP_TABS)[number];

/** "/care-setup/rules" → rules; anything else → teams. */
export function tabFromPath(path: string): SetupTab {
  const second = path.split('/').filter(Boolean)[1];
  return (SETUP_TABS as readonly string[]).includes(second ?? '') ? second as SetupTab : 'teams';
}

/** Only managers and admins set up teams, rules and saved replies (the inbox API's PUT/POST roles). */
export function canManageSetup(me: Me): boolean {
  return me.roles.includes('manager') || me.roles.includes('admin');
}

/** problem+json's errors by field name ("members[0].schedule[1].from"), the first message of each. */
export function fieldErrors(errors: { field: string; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  (errors ?? []).forEach((e) => { out[e.field] ??= e.message; });
  return out;
}

/** Lower case without accents, Greek final sigma as sigma: "Zamówienie" finds "zamowienie", "δέμα" finds "ΔΕΜΑ". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ').replace(/ł/g, 'l');
}

export const PAGE_SIZE = 20;

export interface ReplyPage { items: SavedReply[]; total: number; page: number; pages: number }

/** The replies matching the words (in title, body or guidance) and language, one page of them, by language and title. */
export function searchReplies(all: SavedReply[], q: string, language: string | null, page: number,
  size = PAGE_SIZE): ReplyPage {
  const words = fold(q).split(/\s+/).filter(Boolean);
  const found = all.filter((r) => (!language || r.language === language)
    && words.every((w) => fold(`${r.title} ${r.body} ${r.guidance ?? ''}`).includes(w)))
    .sort((a, b) => a.language.localeCompare(b.language) || a.title.localeCompare(b.title));
  const pages = Math.max(1, Math.ceil(found.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: found.slice(p * size, p * size + size), total: found.length, page: p, pages };
}

/** A rule as the form holds it: every condition a string, '' for "any". */
export interface RuleDraft {
  name: string; platform: string; channelAccountId: string; moment: string; language: string; keyword: string;
  team: string; assignee: string;
}

export function draftOf(rule: AssignmentRule): RuleDraft {
  return { name: rule.name ?? '', platform: rule.match?.platform ?? '', channelAccountId: rule.match?.channelAccountId ?? '',
    moment: rule.match?.moment ?? '', language: rule.match?.language ?? '', keyword: rule.match?.keyword ?? '',
    team: rule.team ?? '', assignee: rule.assignee ?? '' };
}

export const EMPTY_RULE: RuleDraft = { name: '', platform: '', channelAccountId: '', moment: '', language: '', keyword: '',
  team: '', assignee: '' };

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function ruleOf(d: RuleDraft): AssignmentRule {
  return { name: d.name.trim(), match: { platform: orNull(d.platform), channelAccountId: orNull(d.channelAccountId),
    moment: orNull(d.moment), language: orNull(d.language), keyword: orNull(d.keyword) },
  team: orNull(d.team), assignee: orNull(d.assignee) };
}

/** What the form can tell before sending, by the service's field names (rules[2].name). */
export function ruleDraftErrors(drafts: RuleDraft[]): Record<string, string> {
  const out: Record<string, string> = {};
  drafts.forEach((d, i) => {
    if (!d.name.trim()) out[`rules[${i}].name`] = 'nameRequired';
    if (!d.team.trim() && !d.assignee.trim()) out[`rules[${i}]`] = 'whereTo';
  });
  return out;
}

/** Moves the rule at `from` one place up (-1) or down (+1); the order is the order rules are tried in. */
export function move<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[from], copy[to]] = [copy[to], copy[from]];
  return copy;
}

/** Team names as the API takes them: 1-40 lower-case letters, digits or '-'. */
export function validTeamName(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,39}$/.test(name);
}
