import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import '../../i18n/i18n';
import { setLanguage } from '../../i18n/i18n';
import { ComplaintsScreen } from '../Complaints';
import { ScreenHeader } from './ScreenHeader';

afterEach(() => { cleanup(); void setLanguage('en'); vi.unstubAllGlobals(); });

const inMantine = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('ScreenHeader', { timeout: 60_000 }, () => {
  it('names the screen and, for a user of several brands, offers them under the screen\'s label', async () => {
    const onBrand = vi.fn();
    const { container } = inMantine(
      <ScreenHeader title="Complaints" brandLabel="Brand" brands={['acme', 'globex']} brand="acme" onBrand={onBrand}>
        <button type="button">Refresh</button>
      </ScreenHeader>);
    expect(screen.getByRole('heading', { level: 2, name: 'Complaints' })).toBeTruthy();
    const picker = screen.getByRole('combobox', { name: 'Brand' }) as HTMLInputElement;
    expect(picker.value).toBe('acme');
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'globex' }, { timeout: 10_000 }));
    expect(onBrand).toHaveBeenCalledWith('globex', expect.anything());
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy();
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('offers no picker to a user of one brand', () => {
    inMantine(<ScreenHeader title="Reports" brandLabel="Brand" brands={['acme']} brand="acme" onBrand={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Reports' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Brand' })).toBeNull();
  });

  it('switches a screen to the brand picked, in the screen\'s own words', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"items":[]}', { status: 200 })));
    await setLanguage('pl');
    inMantine(<ComplaintsScreen me={{ userName: 'manager1', displayName: 'M', roles: ['manager'], brands: ['acme', 'globex'] }} />);
    const picker = screen.getByRole('combobox', { name: 'Marka' }) as HTMLInputElement;
    expect(picker.value).toBe('acme');
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: 'globex' }, { timeout: 10_000 }));
    expect(picker.value).toBe('globex');
  });
});
