import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import '../../i18n/i18n';
import { SchedulesPanel } from './SchedulesPanel';

afterEach(() => { cleanup(); });

const schedule = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`, brand: 'acme', cadence: 'monthly',
  recipients: [`lead-${n}@acme.example`], language: 'en', hours: 'all', nextRunAt: '2027-01-01T00:00:00Z',
  createdBy: 'manager1', createdAt: `2026-12-0${n}T08:00:00Z`, updatedBy: null, updatedAt: null, lastDelivery: null,
});

describe('the report schedules', { timeout: 30_000 }, () => {
  it('lists the first page and fetches the next with its cursor on Load more, until there is none', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      asked.push(url);
      const body = url.includes('cursor=c%2F2')
        ? { items: [schedule(3)], nextCursor: null }
        : { items: [schedule(1), schedule(2)], nextCursor: 'c/2' };
      return new Response(JSON.stringify(body), { status: 200 });
    }));
    render(<MantineProvider><SchedulesPanel brand="acme" /></MantineProvider>);
    const table = await screen.findByTestId('schedules');
    expect(within(table).getByText('lead-2@acme.example')).toBeTruthy();
    expect(within(table).queryByText('lead-3@acme.example')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByTestId('schedules')).getByText('lead-3@acme.example')).toBeTruthy());
    expect(asked).toEqual(['/api/v1/brands/acme/analytics/reports/schedules',
      '/api/v1/brands/acme/analytics/reports/schedules?cursor=c%2F2']);
    expect(within(screen.getByTestId('schedules')).getAllByText(/lead-\d@acme\.example/)).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
