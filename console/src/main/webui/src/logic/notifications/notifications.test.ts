import { describe, expect, it } from 'vitest';
import { badgeText, canManageWebhooks, isLive, type Notification, safeLink, titleOf, withChoice } from './notifications';

const n = (kind: string, params: Notification['params']): Notification =>
  ({ id: '1', kind, brand: 'acme', params, link: '/channels', createdAt: '2026-12-06T10:00:00Z', read: false });

describe('notifications', () => {
  it('counts on the bell up to 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
  });

  it('words a channel going bad and coming back differently', () => {
    expect(titleOf(n('channel_health', { state: 'token_revoked', name: 'Bot' })).key).toBe('title.channel_unhealthy');
    expect(titleOf(n('channel_health', { state: 'healthy', name: 'Bot' })).key).toBe('title.channel_recovered');
    expect(titleOf(n('channel_health', { state: 'healthy', name: 'Bot' })).values)
      .toEqual({ brand: 'acme', state: 'healthy', name: 'Bot' });
  });

  it('words an approval by its stage and an unknown kind still', () => {
    expect(titleOf(n('approval_waiting', { stage: 'escalated' })).key).toBe('title.approval_escalated');
    expect(titleOf(n('approval_waiting', { stage: 'odd' })).key).toBe('title.approval_requested');
    expect(titleOf(n('something_new', {})).key).toBe('title.other');
    expect(titleOf(n('mentioned', { author: 'manager1', excerpt: null })).values)
      .toEqual({ brand: 'acme', author: 'manager1' });
  });

  it('follows only links inside the console', () => {
    expect(safeLink('/inbox/1')).toBe('/inbox/1');
    expect(safeLink('//evil.example.com')).toBeNull();
    expect(safeLink('https://evil.example.com')).toBeNull();
    expect(safeLink('/\\evil')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });

  it('lets managers and admins look after webhooks', () => {
    expect(canManageWebhooks(['agent'])).toBe(false);
    expect(canManageWebhooks(['agent', 'manager'])).toBe(true);
  });

  it('changes one choice only', () => {
    const prefs = [{ kind: 'mentioned', centre: true, email: true }, { kind: 'incident_opened', centre: true, email: true }];
    expect(withChoice(prefs, 'mentioned', 'email', false)).toEqual([{ kind: 'mentioned', centre: true, email: false },
      { kind: 'incident_opened', centre: true, email: true }]);
  });

  it('is live only while the stream is connected and heard from', () => {
    expect(isLive(true, 1_000, 30_000)).toBe(true);
    expect(isLive(true, 1_000, 60_000)).toBe(false);
    expect(isLive(false, 1_000, 2_000)).toBe(false);
    expect(isLive(true, null, 2_000)).toBe(false);
  });
});
