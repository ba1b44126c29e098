import { describe, expect, it } from 'vitest';
import { networkOf, pickable, pickingOf, pickingUrl, pickRequest, toggle, withoutPicking } from './picker';
import type { PickableAccount } from '../../types/channels';

const HANDLE = '0b6f1c52-8a61-4a43-9d1e-2f7a3c9b1e04.facebook.1796571000.Qm9va2luZy1zaWduYXR1cmUtYmFzZTY0dXJs';

function account(id: string, extra: Partial<PickableAccount> = {}): PickableAccount {
  return { accountId: id, name: `Page ${id}`, pageId: id, pageName: `Page ${id}`, tasks: ['MODERATE'],
    connected: false, channelId: null, otherBrand: false, ...extra };
}

describe('the page picker', () => {
  it('reads the picking the callback brought back, and only a handle the service gives', () => {
    expect(pickingOf(`?picking=${HANDLE}`)).toBe(HANDLE);
    expect(pickingOf(`?brand=acme&picking=${encodeURIComponent(HANDLE)}`)).toBe(HANDLE);
    expect(pickingOf('?picking=../../admin')).toBeNull();
    expect(pickingOf('?picking=')).toBeNull();
    expect(pickingOf('?connected=1')).toBeNull();
    expect(networkOf(HANDLE)).toBe('facebook');
  });

  it('asks the service for the picking and forgets it from the address when done', () => {
    expect(pickingUrl(HANDLE)).toBe(`/api/v1/channels/oauth/pickings/${HANDLE}`);
    expect(withoutPicking('/channels', `?picking=${HANDLE}`)).toBe('/channels');
    expect(withoutPicking('/channels', `?brand=acme&picking=${HANDLE}`)).toBe('/channels?brand=acme');
  });

  it('toggles accounts, never one of another brand', () => {
    const a = account('111');
    const taken = account('222', { otherBrand: true });
    let selected = toggle(new Set(), a);
    expect([...selected]).toEqual(['111']);
    selected = toggle(selected, taken);
    expect([...selected]).toEqual(['111']);
    expect(pickable(taken)).toBe(false);
    expect([...toggle(selected, a)]).toEqual([]);
  });

  it('confirms the picked accounts in the listed order; nothing picked sends an empty list', () => {
    const list = [account('111'), account('222', { connected: true, channelId: 'c2' }), account('333')];
    expect(pickRequest(list, new Set(['333', '111']))).toEqual({ accountIds: ['111', '333'] });
    expect(pickRequest(list, new Set(['222']))).toEqual({ accountIds: ['222'] });
    expect(pickRequest(list, new Set(['999']))).toEqual({ accountIds: [] });
    expect(pickRequest(list, new Set())).toEqual({ accountIds: [] });
  });
});
