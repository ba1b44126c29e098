import { describe, expect, it } from 'vitest';
import { canPause, liftRequest, MAX_REASON, pausedOf, pauseRequest, type PublishingStatus } from './pause';

const me = (roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });

const paused: PublishingStatus = {
  paused: true, held: 1, suggestion: 'send', heldPosts: [],
  pause: { id: 'p1', brand: 'acme', reason: 'Awaria płatności', incidentId: null, pausedBy: 'manager1',
    pausedAt: '2026-12-08T09:10:00Z', liftedBy: null, liftedAt: null, liftReason: null, held: null, heldPosts: null },
};

describe('publishing pause', () => {
  it('lets managers and admins pause, not editors, approvers or agents', () => {
    expect(canPause(me(['manager', 'agent']))).toBe(true);
    expect(canPause(me(['admin']))).toBe(true);
    expect(canPause(me(['editor']))).toBe(false);
    expect(canPause(me(['approver', 'editor']))).toBe(false);
    expect(canPause(me(['agent']))).toBe(false);
  });

  it('asks for a reason before pausing, and carries the incident it is paused from', () => {
    expect(pauseRequest('  ', null)).toEqual({ problem: 'reasonMissing' });
    expect(pauseRequest('x'.repeat(MAX_REASON + 1), null)).toEqual({ problem: 'reasonTooLong' });
    expect(pauseRequest(' Κρίση: σταματάμε ', 'i1')).toEqual({ request: { reason: 'Κρίση: σταματάμε', incidentId: 'i1' } });
    expect(pauseRequest('Кризис', null)).toEqual({ request: { reason: 'Кризис' } });
  });

  it('asks for a reason and a choice before lifting', () => {
    expect(liftRequest('', 'send')).toEqual({ problem: 'reasonMissing' });
    expect(liftRequest('Koniec kryzysu', 'reschedule')).toEqual({ request: { reason: 'Koniec kryzysu', held: 'reschedule' } });
  });

  it('shows a banner for each paused brand only', () => {
    expect(pausedOf([{ brand: 'acme', status: paused }, { brand: 'globex', status: { ...paused, paused: false, pause: null } },
      { brand: 'initech', status: null }]).map((p) => p.brand)).toEqual(['acme']);
  });
});
