import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import axe from 'axe-core';
import '../i18n/i18n';
import { setLanguage } from '../i18n/i18n';
import { BrandSetupScreen } from './BrandSetup';
import type { ListeningRule, LogoSightings } from '../types/brandsetup';

URL.createObjectURL = () => 'blob:test-image';
URL.revokeObjectURL = () => {};

afterEach(() => { cleanup(); setLanguage('en'); vi.unstubAllGlobals(); });

const manager = { userName: 'manager1', displayName: 'Manager', roles: ['manager'], brands: ['acme'] };
const RULE: ListeningRule = { id: 'r1', brand: 'acme', name: 'Zwroty', terms: ['zwrot pieniędzy'], exclusions: [],
  languages: ['pl'], platforms: [], enabled: true, version: 4, createdAt: '2026-12-01T10:00:00Z', createdBy: 'manager1',
  updatedAt: null, updatedBy: null };
const SIGHTINGS: LogoSightings = { brand: 'acme', format: 'jpeg', width: 1080, height: 1080,
  registered: ['acme-logo', 'acme-white'], analysisMillis: 104, sightings: [{ logoId: 'acme-logo', x: 810, y: 945,
    width: 135, height: 54, widthShare: 0.125, areaShare: 0.00625, score: 0.93, placement: 'bottom-right',
    clearSpacePx: 81 }] };

interface Call { method: string; url: string; body: unknown; headers: Headers }

/** The services behind the relay, recording what the screen sent. */
function services(answers: Record<string, (c: Call) => { status: number; body: unknown }>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const c: Call = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body };
    calls.push(c);
    const key = Object.keys(answers).find((k) => `${c.method} ${url}`.startsWith(k));
    const a = key ? answers[key](c) : { status: 404, body: { status: 404, detail: `no ${url}` } };
    return new Response(a.body == null ? '' : JSON.stringify(a.body), { status: a.status });
  }));
  return calls;
}

async function axeClean(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const show = (path: string) => render(<MantineProvider><BrandSetupScreen me={manager} path={path} /></MantineProvider>);

describe('brand setup: listening rules', { timeout: 30_000 }, () => {
  it('lists the rules and creates one, the service\'s refusal beside the field it names, and is axe-clean', async () => {
    let refuse = true;
    const calls = services({
      'GET /api/v1/brands/acme/listening-rules?limit=200': () => ({ status: 200, body: { items: [RULE], nextCursor: null } }),
      'POST /api/v1/listening-rules': (c) => (refuse
        ? { status: 400, body: { status: 400, detail: 'invalid', errors: [{ field: 'languages[0]',
          message: 'must be an ISO 639-1 code such as pl, el, ru' }] } }
        : { status: 201, body: { ...RULE, id: 'r2', ...(c.body as object) } }),
    });
    const { container } = show('/brand/listening');
    const row = await screen.findByTestId('listening-rule');
    expect(row.textContent).toContain('zwrot pieniędzy');
    expect(row.textContent).toContain('Polish');
    fireEvent.click(screen.getByTestId('listening-new'));
    fireEvent.click(screen.getByTestId('listening-save'));
    expect(await screen.findByText('Required.', { selector: '#' + screen.getByTestId('listening-name')
      .getAttribute('aria-describedby')?.split(' ').find((id) => id.includes('error')) })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('listening-name'), { target: { value: 'Reklamacje' } });
    fireEvent.change(screen.getByTestId('listening-terms'), { target: { value: 'reklamacja\nzwrot towaru\n' } });
    fireEvent.click(screen.getByTestId('listening-save'));
    expect(await screen.findByText('[0] must be an ISO 639-1 code such as pl, el, ru')).toBeTruthy();
    await axeClean(container);

    refuse = false;
    fireEvent.click(screen.getByTestId('listening-save'));
    expect((await screen.findByTestId('listening-notice')).textContent).toBe('The rule “Reklamacje” was saved.');
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({ brand: 'acme', name: 'Reklamacje',
      terms: ['reklamacja', 'zwrot towaru'], exclusions: [], languages: [], platforms: [], enabled: true });
  });

  it('changes a rule with the version it read', async () => {
    const calls = services({
      'GET /api/v1/brands/acme/listening-rules?limit=200': () => ({ status: 200, body: { items: [RULE], nextCursor: null } }),
      'PUT /api/v1/listening-rules/r1': (c) => ({ status: 200, body: { ...RULE, ...(c.body as object), version: 5 } }),
    });
    show('/brand/listening');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Zwroty' }));
    fireEvent.change(screen.getByTestId('listening-exclusions'), { target: { value: 'konkurs' } });
    fireEvent.click(screen.getByTestId('listening-save'));
    await screen.findByTestId('listening-notice');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect((put.body as { exclusions: string[] }).exclusions).toEqual(['konkurs']);
  });
});

describe('brand setup: auto-hide', { timeout: 30_000 }, () => {
  it('explains what turning it on does before it applies, then turns it on', async () => {
    const calls = services({
      'GET /api/v1/brands/acme/moderation-rule': () => ({ status: 200, body: { brand: 'acme', autoHideAbusive: false,
        updatedBy: null, updatedAt: null } }),
      'PUT /api/v1/brands/acme/moderation-rule': () => ({ status: 200, body: { brand: 'acme', autoHideAbusive: true,
        updatedBy: 'manager1', updatedAt: '2026-12-06T14:00:00Z' } }),
    });
    const { container } = show('/brand/moderation');
    expect((await screen.findByTestId('moderation-state')).textContent).toContain('Auto-hide is off.');
    expect(screen.getByTestId('moderation-impact').textContent).toContain('stay visible');
    fireEvent.click(screen.getByRole('switch'));
    const impact = screen.getByTestId('moderation-impact').textContent!;
    expect(impact).toContain('hidden on the network as soon as it arrives');
    expect(impact).toContain('Direct messages are never hidden.');
    expect(impact).toContain('Not applied yet');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await axeClean(container);
    fireEvent.click(screen.getByTestId('moderation-save'));
    expect((await screen.findByTestId('moderation-outcome')).textContent).toContain('Auto-hide is on');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ autoHideAbusive: true });
    expect(screen.getByTestId('moderation-state').textContent).toContain('manager1');
  });
});

describe('brand setup: logos', { timeout: 30_000 }, () => {
  it('uploads a logo as its bytes, and draws where a test image shows it, in words too', async () => {
    const calls = services({
      'GET /api/v1/brands/acme/logos?limit=200': () => ({ status: 200, body: { items: [], nextCursor: null } }),
      'PUT /api/v1/brands/acme/logos/acme-logo': () => ({ status: 200, body: { brand: 'acme', logoId: 'acme-logo',
        contentType: 'image/png', width: 400, height: 160, bytes: 5120, uploadedAt: '2026-12-06T14:00:00Z',
        uploadedBy: 'manager1' } }),
      'POST /api/v1/brands/acme/logo-sightings': () => ({ status: 200, body: SIGHTINGS }),
    });
    const { container } = show('/brand/logos');
    await screen.findByText('This brand has no registered logo yet.');
    const [logoInput, testInput] = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="file"]'));
    const logo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'Acme Logo.png', { type: 'image/png' });
    fireEvent.change(logoInput, { target: { files: [logo] } });
    expect((screen.getByTestId('logo-id') as HTMLInputElement).value).toBe('acme-logo');
    fireEvent.click(screen.getByTestId('logo-upload'));
    expect((await screen.findByTestId('logos-notice')).textContent).toBe('The logo acme-logo was registered.');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toBe(logo);
    expect(put.headers.get('Content-Type')).toBe('image/png');

    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'post.jpg', { type: 'image/jpeg' });
    fireEvent.change(testInput, { target: { files: [photo] } });
    fireEvent.click(screen.getByTestId('logo-test'));
    const result = await screen.findByTestId('logo-test-result');
    const box = within(result).getByTestId('logo-box');
    expect(box.style.left).toBe('75%');
    expect(box.style.top).toBe('87.5%');
    expect(box.style.width).toBe('12.5%');
    expect(within(result).getByTestId('logo-sighting').textContent).toBe('acme-logo: in the bottom right part of the '
      + 'image, 12.5% of its width (0.6% of its area), 81 px from the nearest edge; match 0.93.');
    expect(within(result).getByTestId('logo-missing').textContent).toBe('acme-white: not found on this image.');
    await axeClean(container);
  });

  it('refuses a GIF and an id the service would refuse before sending, and speaks Polish', async () => {
    setLanguage('pl');
    const calls = services({ 'GET /api/v1/brands/acme/logos?limit=200': () => ({ status: 200, body: { items: [], nextCursor: null } }) });
    const { container } = show('/brand/logos');
    await screen.findByText('Ta marka nie ma jeszcze zarejestrowanego logo.');
    const [logoInput] = Array.from(container.querySelectorAll<HTMLInputElement>('input[type="file"]'));
    fireEvent.change(logoInput, { target: { files: [new File(['GIF89a'], 'x.gif', { type: 'image/gif' })] } });
    fireEvent.change(screen.getByTestId('logo-id'), { target: { value: 'Acme_Logo' } });
    fireEvent.click(screen.getByTestId('logo-upload'));
    expect(await screen.findByText('Logo musi być plikiem PNG lub JPEG.')).toBeTruthy();
    expect(screen.getByText(/Małe litery, cyfry i łączniki/)).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0));
  });
});
