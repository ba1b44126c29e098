import { describe, expect, it } from 'vitest';
import { canEditStandards, canReply, screenFromPath, screensFor, firstScreens } from './navigation';

const user = (...roles: string[]) => ({ userName: 'u', displayName: 'U', roles, brands: ['acme'] });

describe('navigation follows roles', () => {
  it('gives an agent the inbox, the standards and the calendar to read, and analytics', () => {
    expect(screensFor(user('agent'))).toEqual(['inbox', 'complaints', 'incidents', 'standards', 'calendar',
      'analytics']);
    expect(canReply(user('agent'))).toBe(true);
    expect(canEditStandards(user('agent'))).toBe(false);
  });

  it('shows an integrator the calendar, read only', () => {
    expect(screensFor(user('integrator'))).toEqual(['calendar']);
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
      'standards', 'calendar', 'analytics', 'reports', 'channels', 'brand', 'care-setup']);
    expect(canEditStandards(user('manager'))).toBe(true);
  });

  it('gives the report pack to managers and admins only', () => {
    expect(screensFor(user('admin'))).toContain('reports');
    expect(screensFor(user('agent'))).not.toContain('reports');
    expect(screensFor(user('editor', 'approver'))).not.toContain('reports');
    expect(screenFromPath('/reports', ['inbox', 'reports'])).toBe('reports');
  });

  it('gives the channels screen to managers and admins only', () => {
    expect(screensFor(user('admin'))).toContain('channels');
    expect(screensFor(user('agent', 'editor', 'approver', 'integrator'))).not.toContain('channels');
    expect(screenFromPath('/channels', ['inbox', 'channels'])).toBe('channels');
  });

  it('gives brand setup to managers and admins only, at /brand and its tabs', () => {
    expect(screensFor(user('admin'))).toContain('brand');
    expect(screensFor(user('agent', 'editor', 'approver', 'integrator'))).not.toContain('brand');
    expect(screenFromPath('/brand/logos', ['inbox', 'brand'])).toBe('brand');
  });

  it('gives the care setup screen to managers and admins only, each tab at its own address', () => {
    expect(screensFor(user('admin'))).toContain('care-setup');
    expect(screensFor(user('agent', 'editor', 'approver', 'integrator'))).not.toContain('care-setup');
    expect(screenFromPath('/care-setup/saved-replies', ['inbox', 'care-setup'])).toBe('care-setup');
    expect(screenFromPath('/care-setup/rules', ['inbox'])).toBe('inbox');
  });

  it('gives a user without a Parley role nothing', () => {
    expect(screensFor(user('offline_access'))).toEqual([]);
    expect(screenFromPath('/inbox', [])).toBeNull();
  });

  it('opens the screen a path names when the user may see it, otherwise their first screen', () => {
    expect(screenFromPath('/standards/acme', ['inbox', 'standards'])).toBe('standards');
    expect(screenFromPath('/calendar', ['inbox', 'standards'])).toBe('inbox');
    expect(screenFromPath('/', ['standards', 'calendar'])).toBe('standards');
    // the story composer belongs to the calendar; post approvals to approvals
    expect(screenFromPath('/stories/new', ['inbox', 'calendar'])).toBe('calendar');
    expect(screenFromPath('/stories/abc', ['inbox'])).toBe('inbox');
    expect(screenFromPath('/approvals/posts', ['approvals', 'calendar'])).toBe('approvals');
  });

  it('lands agents, managers and admins on the inbox, approvers on approvals, editors on standards, integrators on the calendar', () => {
    expect(firstScreens()).toEqual(['inbox', 'approvals', 'standards', 'calendar']);
    expect(screensFor(user('editor'))[0]).toBe('standards');
    expect(screensFor(user('integrator'))[0]).toBe('calendar');
  });
});
