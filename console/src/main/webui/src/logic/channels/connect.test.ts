import { describe, expect, it } from 'vitest';
import { addRequest } from './channels';
import { changeRequest, connectOutcome, connectUrl, editDraftOf, enabledRequest, usesOAuth,
  withoutOutcome } from './connect';
import type { Channel } from '../../types/channels';

const PAGE: Channel = {
  id: 'a1', brand: 'acme', platform: 'facebook', accountId: '1234567890', name: 'Acme Polska', mode: 'live',
  enabled: true, settings: { pageName: 'Acme' }, secrets: [{ name: 'accessToken',
    reference: 'env:PARLEY_CHANNEL_SECRETS_ACME_PAGE', available: true, outsideStores: null }], origin: 'api',
  version: 3, createdAt: '2026-12-01T00:00:00Z', createdBy: 'manager1',
  health: { state: 'healthy', since: null, reason: null, whatToDo: 'none', lastEventAt: null, usualGapSeconds: null,
    until: null },
};

describe('the connect flow', () => {
  it('offers "Connect with" for OAuth networks only, unless the service says otherwise', () => {
    expect(usesOAuth('tiktok')).toBe(true);
    expect(usesOAuth('facebook')).toBe(true);
    expect(usesOAuth('telegram')).toBe(false);
    expect(usesOAuth('rss')).toBe(false);
    expect(usesOAuth('x', { secrets: [], settings: [], polled: false, oauth: false })).toBe(false);
    expect(usesOAuth('vk', { secrets: [], settings: [], polled: false, oauth: true })).toBe(true);
  });

  it('starts at ingest-service\'s start endpoint for the brand', () => {
    expect(connectUrl('tiktok', 'acme')).toBe('/api/v1/brands/acme/channels/oauth/tiktok/start');
    expect(connectUrl('facebook', 'acme & co')).toBe('/api/v1/brands/acme%20%26%20co/channels/oauth/facebook/start');
  });

  it('reads the outcome the network\'s redirect brought back', () => {
    expect(connectOutcome('?connected=5f0c')).toEqual({ ok: true, channelId: '5f0c' });
    expect(connectOutcome('?connectError=access_denied')).toEqual({ ok: false, code: 'access_denied' });
    expect(connectOutcome('?connectError=<script>')).toEqual({ ok: false, code: 'unknown' });
    // an error wins over an id: the flow never sends both, and a failure must not read as success
    expect(connectOutcome('?connected=5f0c&connectError=expired')).toEqual({ ok: false, code: 'expired' });
    expect(connectOutcome('')).toBeNull();
    expect(connectOutcome('?connected=')).toBeNull();
  });

  it('drops only its own parameters from the address', () => {
    expect(withoutOutcome('/channels', '?connected=5f0c')).toBe('/channels');
    expect(withoutOutcome('/channels', '?connectError=expired&brand=acme')).toBe('/channels?brand=acme');
  });
});

describe('adding, changing and pausing an account', () => {
  it('adds a live account with its secret references only', () => {
    expect(addRequest({ brand: 'acme', platform: 'telegram', accountId: ' 7000000003 ', name: '',
      secrets: { secretToken: ' env:PARLEY_CHANNEL_SECRETS_BOT ', botToken: '' }, settings: {} }, 'live'))
      .toEqual({ brand: 'acme', platform: 'telegram', accountId: '7000000003', mode: 'live',
        secrets: { secretToken: 'env:PARLEY_CHANNEL_SECRETS_BOT' }, settings: {} });
  });

  it('changes an account by sending it whole, its references as they were unless changed', () => {
    const draft = { ...editDraftOf(PAGE), name: 'Acme PL', mode: 'sandbox' };
    expect(changeRequest(PAGE, draft)).toEqual({ brand: 'acme', platform: 'facebook', accountId: '1234567890',
      name: 'Acme PL', mode: 'sandbox', enabled: true, settings: { pageName: 'Acme' },
      secrets: { accessToken: 'env:PARLEY_CHANNEL_SECRETS_ACME_PAGE' } });
  });

  it('pauses an account without changing anything else', () => {
    expect(enabledRequest(PAGE, false)).toEqual({ ...changeRequest(PAGE, editDraftOf(PAGE)), enabled: false });
    expect(enabledRequest(PAGE, false).mode).toBe('live');
  });
});
