import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ReplyApprovalQueue } from './ReplyApprovals';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const NOW = Date.parse('2026-12-06T10:05:00Z');
const HELD = { id: 'r1', text: 'Sorry!', author: 'newbie', status: 'awaiting_approval', createdAt: '2026-12-06T10:00:00Z',
  approval: { state: 'waiting', dueAt: '2026-12-06T10:15:00Z', overdue: false } };
const PAGE = { items: [{ reply: HELD, conversation: { id: 'c1', platform: 'facebook', authorName: 'Zofia Nowak',
  preview: 'Gdzie moja paczka?', status: 'open', dueAt: '2026-12-06T11:00:00Z', overdue: false } }],
nextCursor: null, counts: { waiting: 1, overdue: 0 } };
const SETTING = { brand: 'acme', heldAgents: ['newbie'], approvers: [], dueMinutes: 15, updatedBy: 'manager1',
  updatedAt: '2026-12-06T09:00:00Z', changes: [] };

/** The inbox: one held reply, the setting, the people; every decision and setting recorded. */
function inbox() {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    if (method !== 'GET') {
      const body = JSON.parse(String(init.body));
      sent.push({ method, url, body });
      if (url.endsWith('/reject')) return new Response(JSON.stringify({ ...HELD, status: 'rejected' }), { status: 200 });
      if (url.endsWith('/approve')) return new Response(JSON.stringify({ ...HELD, status: 'sending' }), { status: 200 });
      return new Response(JSON.stringify({ ...SETTING, ...(body as object) }), { status: 200 });
    }
    if (url.includes('/setting')) return new Response(JSON.stringify(SETTING), { status: 200 });
    if (url.includes('/people')) {
      return new Response(JSON.stringify({ brand: 'acme', people: [{ user: 'manager1' }, { user: 'newbie' }] }),
        { status: 200 });
    }
    return new Response(JSON.stringify(PAGE), { status: 200 });
  }));
  return sent;
}

const show = (me: string) => render(<MantineProvider><ReplyApprovalQueue brand="acme" now={NOW} me={me}
  mayEditSetting onCount={() => {}} /></MantineProvider>);

describe('the held replies queue', () => {
  it('shows the held reply with its due time and counts, and will not reject without a comment', async () => {
    const sent = inbox();
    show('manager1');
    await screen.findByText('newbie wrote, 6 Dec 2026, 10:00', { exact: false });
    expect(screen.getByTestId('reply-approval-due').textContent).toBe('decide within 10 mins');
    expect(screen.getByTestId('reply-approval-counts').textContent).toBe('1 waiting · 0 overdue');
    fireEvent.click(screen.getByTestId('held-reject'));
    expect(await screen.findByText('Say why you reject it: the author reads your comment.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(screen.getByTestId('held-comment'), { target: { value: 'Podaj kuriera' } });
    fireEvent.click(screen.getByTestId('held-reject'));
    await screen.findByText('Rejected: the reply went back to newbie.');
    expect(sent).toEqual([{ method: 'POST', url: '/api/v1/brands/acme/reply-approvals/r1/reject',
      body: { comment: 'Podaj kuriera' } }]);
  }, 30_000); // a second or two alone; a loaded build machine takes several times that

  it('approves an edited reply with the new text, by keyboard', async () => {
    const sent = inbox();
    show('manager1');
    const text = await screen.findByTestId('held-text');
    fireEvent.change(text, { target: { value: 'Sorry — DPD brings it tomorrow.' } });
    expect(screen.getByTestId('held-approve').textContent).toBe('Approve the edited reply and send');
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    await screen.findByText('Approved: newbie’s reply is on its way.');
    expect(sent[0]).toEqual({ method: 'POST', url: '/api/v1/brands/acme/reply-approvals/r1/approve',
      body: { text: 'Sorry — DPD brings it tomorrow.' } });
  }, 30_000); // a second or two alone; a loaded build machine takes several times that

  it('offers no decision on one’s own reply', async () => {
    inbox();
    show('newbie');
    await screen.findByText('Sorry!');
    expect(screen.queryByTestId('held-approve')).toBeNull();
    expect(screen.queryByTestId('held-reject')).toBeNull();
  }, 30_000); // a second or two alone; a loaded build machine takes several times that

  it('saves the held agents, keeping them out of the approvers', async () => {
    const sent = inbox();
    show('manager1');
    const due = await screen.findByTestId('held-due');
    await waitFor(() => expect((due as HTMLInputElement).value).toBe('15'));
    fireEvent.change(due, { target: { value: '0' } });
    expect(await screen.findByText('Whole minutes from 1 to 1440')).toBeTruthy();
    expect((screen.getByTestId('held-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(due, { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('held-save'));
    await screen.findByText('Saved.');
    expect(sent[0]).toEqual({ method: 'PUT', url: '/api/v1/brands/acme/reply-approvals/setting',
      body: { heldAgents: ['newbie'], approvers: [], dueMinutes: 30 } });
  }, 30_000); // a second or two alone; a loaded build machine takes several times that
});
