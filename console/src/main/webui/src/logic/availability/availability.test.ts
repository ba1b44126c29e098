import { describe, expect, it } from 'vitest';
import { availabilityByUser, isState, takesConversations } from './availability';

describe('availability', () => {
  it('reads each member\'s state from the teams, ignoring states it does not know', () => {
    const states = availabilityByUser([
      { availability: [{ user: 'agent1', state: 'away', since: '2026-12-06T09:00:00Z' }, { user: 'ola', state: 'lunch' }] },
      { availability: [{ user: 'manager1', state: 'offline' }] },
      { availability: null },
    ]);
    expect(states.get('agent1')).toBe('away');
    expect(states.get('manager1')).toBe('offline');
    expect(states.has('ola')).toBe(false);
  });

  it('knows the three states and who sets one', () => {
    expect(['available', 'away', 'offline'].every(isState)).toBe(true);
    expect(isState('busy')).toBe(false);
    expect(takesConversations(['agent'])).toBe(true);
    expect(takesConversations(['editor', 'approver'])).toBe(false);
  });
});
