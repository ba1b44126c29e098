import { describe, expect, it } from 'vitest';
import type { Story, Variant } from '../../types/publishing';
import { brandZone, campaigns, canMove, canWritePosts, droppedOn, placeVariants, STATUS_ICONS } from './calendar';

function variant(id: string, over: Partial<Variant>): Variant {
  return { id, storyId: 's', channelAccount: `acc-${over.platform ?? 'facebook'}`, platform: 'facebook', text: '',
    media: [], link: null, firstComment: null, contentType: 'post', riskLevel: 'normal', scheduledFor: null,
    timeZone: 'Europe/Warsaw', status: 'draft', version: 1, author: 'editor1', lastEditor: 'editor1',
    updatedAt: '2026-03-01T00:00:00Z', findings: [], approval: null, ...over };
}

function story(id: string, variants: Variant[], campaign: string | null = null): Story {
  return { id, brand: 'acme', title: `Story ${id}`, brief: '', campaign, tags: [], owner: 'editor1',
    createdAt: '', updatedAt: '', version: 1, variants };
}

describe('calendar placement', () => {
  const stories = [
    story('a', [
      variant('fb', { platform: 'facebook', scheduledFor: '2026-03-28T23:30:00Z', status: 'approved' }),
      variant('ig', { platform: 'instagram', scheduledFor: '2026-03-29T06:00:00Z', status: 'in_review' }),
      variant('li', { platform: 'linkedin', scheduledFor: null }),
    ], 'Wiosna'),
    story('b', [variant('x', { platform: 'x', scheduledFor: '2026-03-29T06:00:00Z', status: 'draft' })], 'Lato'),
  ];

  it('places each variant on its day in the brand’s zone, in time order then by channel', () => {
    const { byDay, unscheduled } = placeVariants(stories, 'Europe/Warsaw');
    // 23:30 UTC on the 28th is 00:30 on the 29th in Warsaw (CET)
    expect(byDay.get('2026-03-29')!.map((p) => p.variant.id)).toEqual(['fb', 'ig', 'x']);
    expect(byDay.get('2026-03-29')!.map((p) => p.minutes)).toEqual([30, 8 * 60, 8 * 60]);
    expect(byDay.has('2026-03-28')).toBe(false);
    expect(unscheduled.map((p) => p.variant.id)).toEqual(['li']);
  });

  it('places the same variant on the 28th for a viewer in New York’s brand', () => {
    const { byDay } = placeVariants(stories, 'America/New_York');
    expect(byDay.get('2026-03-28')!.map((p) => p.variant.id)).toEqual(['fb']);
  });

  it('filters by channel account, status and campaign, together', () => {
    const only = (f: Parameters<typeof placeVariants>[2]) =>
      [...placeVariants(stories, 'Europe/Warsaw', f).byDay.values()].flat().map((p) => p.variant.id);
    expect(only({ channelAccounts: ['acc-instagram'], statuses: [], campaign: '' })).toEqual(['ig']);
    expect(only({ channelAccounts: [], statuses: ['approved', 'draft'], campaign: '' })).toEqual(['fb', 'x']);
    expect(only({ channelAccounts: [], statuses: [], campaign: 'Lato' })).toEqual(['x']);
    expect(only({ channelAccounts: ['acc-facebook'], statuses: ['draft'], campaign: '' })).toEqual([]);
  });

  it('a drop keeps the time of day; the same day sends nothing; cancelled posts do not move', () => {
    const fb = stories[0].variants[0];
    expect(droppedOn(fb, '2026-03-31', 'Europe/Warsaw')).toBe('2026-03-30T22:30:00.000Z');
    expect(droppedOn(fb, '2026-03-29', 'Europe/Warsaw')).toBeNull();
    expect(canMove(variant('c', { status: 'cancelled', scheduledFor: '2026-03-29T06:00:00Z' }))).toBe(false);
    expect(canMove(fb)).toBe(true);
  });

  it('statuses in words, the zone from the variants, the campaigns, who writes', () => {
    expect(STATUS_ICONS.changes_requested).toBe('↩');
    expect(STATUS_ICONS.in_review).toBe('⏳');
    expect(brandZone(stories, 'UTC')).toBe('Europe/Warsaw');
    expect(brandZone([], 'Europe/Athens')).toBe('Europe/Athens');
    expect(brandZone([], null)).toBe('UTC');
    expect(campaigns(stories)).toEqual(['Lato', 'Wiosna']);
    const me = (roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });
    expect(canWritePosts(me(['agent']))).toBe(false);
    expect(canWritePosts(me(['integrator']))).toBe(false);
    expect(canWritePosts(me(['editor']))).toBe(true);
    expect(canWritePosts(me(['approver', 'editor']))).toBe(true);
  });

  it('places five hundred variants quickly', () => {
    const many = Array.from({ length: 100 }, (_, i) => story(`s${i}`, Array.from({ length: 5 }, (__, j) =>
      variant(`v${i}-${j}`, { scheduledFor: new Date(Date.UTC(2026, 2, 1 + (i % 31), j * 3)).toISOString() }))));
    const t = performance.now();
    const { byDay } = placeVariants(many, 'Europe/Warsaw');
    expect([...byDay.values()].flat().length).toBe(500);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
