import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import type { GroupedAnswer } from '../../types/inbox';
import { GroupedOutcomePanel } from './GroupedAnswer';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const answer = (fb: string, x: string, id = 'g1'): GroupedAnswer => ({ id, brand: 'acme', text: 'Naprawione ✅ Διορθώθηκε',
  createdBy: 'agent1', createdAt: '2026-12-06T01:00:00Z', posts: [
    { actionId: 'a1', platform: 'facebook', channelAccountId: 'fb-1', status: fb, conversationIds: ['c1', 'c2'],
      failureReason: null },
    { actionId: 'a2', platform: 'x', channelAccountId: 'x-1', status: x, conversationIds: ['c3'],
      failureReason: x === 'failed' ? 'duplicate content (187)' : null },
  ] });

/** A fetch that answers GETs of the grouped answer with `followed` and records every request. */
function platform(followed: GroupedAnswer, retried: GroupedAnswer) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : null });
    const body = method === 'GET' ? followed : retried;
    return new Response(JSON.stringify(body), { status: method === 'GET' ? 200 : 201 });
  }));
  return calls;
}

describe('a grouped answer after it is posted', () => {
  it('reads "on its way" until the platforms answer, then names the conversation that failed and retries only it',
    async () => {
      const calls = platform(answer('delivered', 'failed'), answer('sending', 'sending', 'g2'));
      const onRetried = vi.fn();
      render(<MantineProvider><GroupedOutcomePanel brand="acme" answer={answer('sending', 'sending')}
        names={{ c1: 'Ζωή', c2: 'Łucja', c3: 'Фёдор' }} onRetried={onRetried} onEdit={() => {}}
        onDismiss={() => {}} /></MantineProvider>);

      const panel = screen.getByTestId('grouped-posted');
      expect(panel.dataset.outcome).toBe('pending');
      expect(panel.textContent).toContain('Grouped answer on its way');
      expect(panel.textContent).not.toContain('posted');

      await waitFor(() => expect(panel.dataset.outcome).toBe('failure'), { timeout: 12_000 });
      expect(panel.getAttribute('role')).toBe('alert');
      expect(panel.textContent).toContain('Not posted everywhere: 2 of 3 conversations answered, 1 failed.');
      expect(panel.textContent).toContain('✕ Фёдор on x: not posted — duplicate content (187)');
      expect(panel.textContent).toContain('✓ Ζωή on facebook: answered');

      fireEvent.click(screen.getByRole('button', { name: 'Retry for the 1 that failed' }));
      await waitFor(() => expect(onRetried).toHaveBeenCalled());
      const post = calls.find((c) => c.method === 'POST')!;
      expect(post.url).toBe('/api/v1/brands/acme/grouped-answers');
      expect(post.body).toEqual({ conversationIds: ['c3'], text: 'Naprawione ✅ Διορθώθηκε' });
    }, 20_000); // one follow-up takes 1.5 s; on a loaded build machine the whole took 7 s

  it('offers the failed ones with their text to edit before sending again', async () => {
    platform(answer('failed', 'failed'), answer('sending', 'sending'));
    const onEdit = vi.fn();
    render(<MantineProvider><GroupedOutcomePanel brand="acme" answer={answer('failed', 'failed')}
      names={{}} onRetried={() => {}} onEdit={onEdit} onDismiss={() => {}} /></MantineProvider>);
    expect(screen.getByTestId('grouped-posted').textContent).toContain('Not posted: all 3 conversations still wait');
    fireEvent.click(screen.getByRole('button', { name: 'Edit and retry' }));
    expect(onEdit).toHaveBeenCalledWith(['c1', 'c2', 'c3'], 'Naprawione ✅ Διορθώθηκε');
  });
});
