import { describe, expect, it } from 'vitest';
import { bannerOf, canManageChannels, draftErrors, addRequest, toneOf, unhealthy } from './channels';
import type { Channel, PlatformRequirements } from '../../types/channels';

const user = (...roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });

function channel(id: string, state: string, since: string | null = '2026-12-06T10:00:00Z', enabled = true): Channel {
  return {
    id, brand: 'acme', platform: 'telegram', accountId: id, name: `Bot ${id}`, mode: 'sandbox', enabled,
    settings: {}, secrets: [], origin: 'api', version: 1, createdAt: '2026-12-01T00:00:00Z', createdBy: 'manager1',
    health: { state, since, reason: null, whatToDo: 'none', lastEventAt: null, usualGapSeconds: null, until: null },
  };
}

const telegram: PlatformRequirements = {
  secrets: [{ name: 'secretToken', required: true, purpose: 'webhook' }, { name: 'botToken', required: false, purpose: 'api' }],
  settings: [{ name: 'channelChatId', required: false, purpose: 'chat' }],
  polled: false,
};

describe('channel health', () => {
  it('lets managers and admins set up channels, nobody else', () => {
    expect(canManageChannels(user('manager'))).toBe(true);
    expect(canManageChannels(user('admin'))).toBe(true);
    expect(canManageChannels(user('agent', 'approver', 'editor'))).toBe(false);
  });

  it('lists unhealthy enabled accounts worst first, longest first among equals', () => {
    const list = [channel('a', 'silent', '2026-12-06T09:00:00Z'), channel('b', 'healthy'),
      channel('c', 'token_revoked'), channel('d', 'silent', '2026-12-06T08:00:00Z'),
      channel('e', 'token_revoked', null, false)];
    expect(unhealthy(list).map((c) => c.id)).toEqual(['c', 'd', 'a']);
  });

  it('shows a banner for the worst account and counts the others, none when all are healthy', () => {
    expect(bannerOf([channel('a', 'healthy')])).toBeNull();
    const banner = bannerOf([channel('a', 'rate_limited'), channel('b', 'missing_permission'), channel('c', 'healthy')]);
    expect(banner?.worst.id).toBe('b');
    expect(banner?.others).toBe(1);
  });

  it('colours what stops a channel red and what needs a look orange', () => {
    expect(toneOf('token_revoked')).toBe('red');
    expect(toneOf('silent')).toBe('orange');
    expect(toneOf('healthy')).toBe('green');
  });
});

describe('a new sandbox account', () => {
  const draft = { brand: 'acme', platform: 'telegram', accountId: ' 7000000099 ', name: '',
    secrets: { secretToken: 'env:PARLEY_CHANNEL_SECRETS_ACME_BOT', botToken: '' }, settings: { channelChatId: '' } };

  it('passes with a reference into the channel secret stores and is sent as sandbox, trimmed, without empty fields', () => {
    expect(draftErrors(draft, telegram)).toEqual({});
    expect(addRequest(draft, 'sandbox')).toEqual({ brand: 'acme', platform: 'telegram', accountId: '7000000099',
      mode: 'sandbox', secrets: { secretToken: 'env:PARLEY_CHANNEL_SECRETS_ACME_BOT' }, settings: {} });
  });

  it('names each field it gets wrong: a missing id or required secret, a secret given as a value', () => {
    expect(draftErrors({ ...draft, accountId: ' ', secrets: {} }, telegram))
      .toEqual({ accountId: 'required', 'secrets.secretToken': 'required' });
    expect(draftErrors({ ...draft, secrets: { secretToken: 'hunter2' } }, telegram))
      .toEqual({ 'secrets.secretToken': 'reference' });
    expect(draftErrors({ ...draft, secrets: { secretToken: 'config:quarkus.datasource.password' } }, telegram))
      .toEqual({ 'secrets.secretToken': 'reference' });
  });
});
