import { describe, expect, it } from 'vitest';
import { canManageSetup, draftOf, EMPTY_RULE, fieldErrors, fold, move, ruleDraftErrors, ruleOf, searchReplies,
  tabFromPath, validTeamName } from './setup';
import type { SavedReply } from '../../types/setup';

const reply = (i: number, language: string, title: string, body = 'Thanks {author.firstName}'): SavedReply => ({
  id: `r${i}`, brand: 'acme', language, title, body, sentiment: null, guidance: null, createdBy: 'manager1',
  updatedAt: '2026-12-01T00:00:00Z', version: 0 });

describe('care setup', () => {
  it('opens the tab the address names, teams otherwise', () => {
    expect(tabFromPath('/care-setup/rules')).toBe('rules');
    expect(tabFromPath('/care-setup/saved-replies')).toBe('saved-replies');
    expect(tabFromPath('/care-setup')).toBe('teams');
    expect(tabFromPath('/care-setup/nope')).toBe('teams');
  });

  it('lets only managers and admins change things', () => {
    const me = (roles: string[]) => ({ userName: 'x', displayName: 'X', roles, brands: ['acme'] });
    expect(canManageSetup(me(['manager']))).toBe(true);
    expect(canManageSetup(me(['admin']))).toBe(true);
    expect(canManageSetup(me(['agent']))).toBe(false);
  });

  it('keeps the first message the service gave for each field', () => {
    expect(fieldErrors([{ field: 'members[0].user', message: 'agent2 cannot see brand acme' },
      { field: 'members[0].user', message: 'second' }, { field: 'strategy', message: 'bad' }]))
      .toEqual({ 'members[0].user': 'agent2 cannot see brand acme', strategy: 'bad' });
    expect(fieldErrors(undefined)).toEqual({});
  });

  it('searches saved replies in any script and case, and pages many of them', () => {
    expect(fold('Zamówienie ΔΈΜΑΣ')).toBe('zamowienie δεμασ');
    const many = Array.from({ length: 45 }, (_, i) => reply(i, i % 2 ? 'pl' : 'en', `Reply ${String(i).padStart(2, '0')}`));
    many.push(reply(99, 'pl', 'Opóźniona przesyłka', 'Przepraszamy za opóźnienie'));
    const first = searchReplies(many, '', null, 0);
    expect(first).toMatchObject({ total: 46, pages: 3, page: 0 });
    expect(first.items).toHaveLength(20);
    expect(searchReplies(many, '', null, 2).items).toHaveLength(6);
    expect(searchReplies(many, '', null, 9).page).toBe(2);
    expect(searchReplies(many, 'OPOZNIENIE', null, 0).items.map((r) => r.id)).toEqual(['r99']);
    expect(searchReplies(many, 'reply', 'pl', 0).total).toBe(22);
  });

  it('writes blank conditions as "any" and reads them back', () => {
    const d = { ...EMPTY_RULE, name: ' Night Greek ', language: 'el', team: 'night' };
    expect(ruleOf(d)).toEqual({ name: 'Night Greek', match: { platform: null, channelAccountId: null, moment: null,
      language: 'el', keyword: null }, team: 'night', assignee: null });
    expect(draftOf(ruleOf(d))).toEqual({ ...d, name: 'Night Greek' });
    expect(ruleDraftErrors([d, EMPTY_RULE])).toEqual({ 'rules[1].name': 'nameRequired', 'rules[1]': 'whereTo' });
  });

  it('moves rules up and down, not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('takes team names as the API does', () => {
    expect(validTeamName('night-shift')).toBe(true);
    expect(validTeamName('Zespół')).toBe(false);
    expect(validTeamName('-x')).toBe(false);
  });
});
