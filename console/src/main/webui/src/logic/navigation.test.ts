import { describe, expect, it } from 'vitest';
import { canEditStandards, canReply, screenFromPath, screensFor } from './navigation';

const user = (...roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });

describe('navigation follows roles', () => {
  it('gives an agent the inbox, the standards to read and analytics, but not the calendar', () => {
    expect(screensFor(user('agent'))).toEqual(['inbox', 'complaints', 'incidents', 'standards', 'analytics']);
    expect(canReply(user('agent'))).toBe(true);
    expect(canEditStandards(user('agent'))).toBe(false);
  });

  it('gives an editor the standards and the calendar only', () => {
    expect(screensFor(user('editor'))).toEqual(['standards', 'calendar']);
    expect(canReply(user('editor'))).toBe(false);
  });

  it('gives an approver the approvals queue besides an editor\'s screens', () => {
    expect(screensFor(user('approver', 'editor'))).toEqual(['approvals', 'standards', 'calendar']);
  });

  it('gives a manager every screen and the right to change the standards', () => {
    expect(screensFor(user('manager', 'agent', 'approver'))).toEqual(['inbox', 'approvals', 'complaints', 'incidents',
      'standards', 'calendar', 'analytics']);
    expect(canEditStandards(user('manager'))).toBe(true);
  });

  it('gives a user without a Parley role nothing', () => {
    expect(screensFor(user('offline_access'))).toEqual([]);
    expect(screenFromPath('/inbox', [])).toBeNull();
  });

  it('opens the screen a path names when the user may see it, otherwise their first screen', () => {
    expect(screenFromPath('/standards/acme', ['inbox', 'standards'])).toBe('standards');
    expect(screenFromPath('/calendar', ['inbox', 'standards'])).toBe('inbox');
    expect(screenFromPath('/', ['standards', 'calendar'])).toBe('standards');
  });
});
