import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import '../../i18n/i18n';
import { CommentaryForm } from './CommentaryForm';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const window_ = { from: '2026-12-06T00:00:00Z', to: '2026-12-07T00:00:00Z' };
const empty = { brand: 'acme', from: window_.from, to: window_.to, slots: [] };

describe('the commentary form', () => {
  // The failure ReportsBrowserTest saw once on a loaded machine: the text was typed while the period's slots were
  // still being read; when they arrived (none) they replaced it, Save sent the slots empty, the console said
  // "Commentary saved." and the PDF had none.
  it('waits for the period\'s slots before it takes text, and saves what was typed', async () => {
    let answer: (r: Response) => void = () => {};
    const puts: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn((_path: string, init: RequestInit) => {
      if (init.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as { slots: Record<string, string> };
        puts.push(body);
        return Promise.resolve(new Response(JSON.stringify({ ...empty, slots: [{ slot: 'summary',
          text: body.slots.summary, updatedBy: 'manager1', updatedAt: '2026-12-06T10:00:00Z' }] }), { status: 200 }));
      }
      return new Promise<Response>((resolve) => { answer = resolve; });
    }));
    render(<MantineProvider><CommentaryForm brand="acme" window={window_} /></MantineProvider>);
    const summary = screen.getByTestId('commentary-summary') as HTMLTextAreaElement;
    expect(summary.disabled).toBe(true);
    expect((screen.getByTestId('commentary-save') as HTMLButtonElement).disabled).toBe(true);

    await act(async () => { answer(new Response(JSON.stringify(empty), { status: 200 })); });
    await waitFor(() => expect(summary.disabled).toBe(false));
    fireEvent.change(summary, { target: { value: 'Spokojny dzień' } });
    fireEvent.click(screen.getByTestId('commentary-save'));
    await screen.findByText('Commentary saved.');
    expect(puts).toHaveLength(1);
    expect((puts[0] as { slots: Record<string, string> }).slots.summary).toBe('Spokojny dzień');
    expect(summary.value).toBe('Spokojny dzień');
  }, 60_000);
});
