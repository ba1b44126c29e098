import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { NotesPanel } from './Notes';

// jsdom has no font loading; Mantine's autosizing textarea listens to it.

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

const PEOPLE = { brand: 'acme', people: [
  { user: 'admin1', name: 'Ada Admin', roles: ['admin'] },
  { user: 'agent1', name: 'Anna Nowak', roles: ['agent'] },
  { user: 'manager1', name: 'Maria Nowak', roles: ['agent', 'manager'] },
  { user: 'mikołaj', name: null, roles: ['editor'] },
] };

/** The inbox: no notes yet, the brand's people, and every note saved (recorded). */
function inbox() {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    if ((init.method ?? 'GET') === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ id: 'n1' }), { status: 201 });
    }
    return new Response(JSON.stringify(url.includes('/people') ? PEOPLE : { items: [], nextCursor: null }),
      { status: 200 });
  }));
  return posted;
}

function type(box: HTMLTextAreaElement, value: string) {
  fireEvent.change(box, { target: { value } });
  box.setSelectionRange(value.length, value.length);
  fireEvent.select(box);
}

describe('the @mention picker in the note composer', () => {
  it('offers the brand’s people after "@", is worked with arrows and Enter, and closes with Esc', async () => {
    const posted = inbox();
    render(<MantineProvider><NotesPanel conversationId="c1" brand="acme" onChanged={() => {}} /></MantineProvider>);
    const box = screen.getByRole('combobox', { name: 'Internal note' }) as HTMLTextAreaElement;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([u]) => String(u).includes('/brands/acme/people')))
      .toBe(true));

    type(box, 'Proszę @a');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    const list = screen.getByRole('listbox');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const options = () => screen.getAllByRole('option');
    expect(options().map((o) => o.textContent)).toEqual(['@admin1 · Ada Admin · admin', '@agent1 · Anna Nowak · agent']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // wraps round
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Proszę @agent1 ');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Will tell: @agent1')).toBeTruthy();

    // a word of a name finds them too; Esc closes the list without choosing
    type(box, 'Proszę @agent1 i @now');
    await waitFor(() => expect(options().map((o) => o.textContent?.split(' ·')[0])).toEqual(['@agent1', '@manager1']));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('Proszę @agent1 i @now');

    type(box, 'Proszę @agent1 i @mana');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Tab' });
    expect(box.value).toBe('Proszę @agent1 i @manager1 ');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(posted).toEqual([{ text: 'Proszę @agent1 i @manager1 ' }]));
  }, 30_000); // 2 s alone; a loaded build machine takes several times that

  it('points out a name no one of the brand answers to before the note is saved', async () => {
    inbox();
    render(<MantineProvider><NotesPanel conversationId="c1" brand="acme" onChanged={() => {}} /></MantineProvider>);
    const box = screen.getByRole('combobox', { name: 'Internal note' }) as HTMLTextAreaElement;
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.length).toBeGreaterThanOrEqual(2));
    type(box, '@manger1 pilne!');
    await waitFor(() => expect(screen.getByTestId('unknown-mentions').textContent)
      .toBe('@manger1 is no one who can see acme: the note would not be saved.'));
    expect(screen.queryByText(/Will tell/u)).toBeNull();
  }, 30_000);
});
