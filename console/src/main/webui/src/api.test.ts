import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAll, MAX_PAGE } from './api';

afterEach(() => { vi.unstubAllGlobals(); });

describe('getAll', () => {
  it('reads a list page after page, the largest pages, until nextCursor is null', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      asked.push(url);
      const cursor = new URL(url, 'http://console').searchParams.get('cursor');
      const page = cursor === null ? { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c/2+' }
        : cursor === 'c/2+' ? { items: [{ id: 'c' }], nextCursor: null }
          : { type: '/problems/invalid-input', status: 400 };
      return new Response(JSON.stringify(page), { status: cursor === null || cursor === 'c/2+' ? 200 : 400 });
    }));
    const items = await getAll<{ id: string }>('/api/v1/channels?brand=acme');
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([`/api/v1/channels?brand=acme&limit=${MAX_PAGE}`,
      `/api/v1/channels?brand=acme&limit=${MAX_PAGE}&cursor=c%2F2%2B`]);
  });

  it('asks a path without a query with ?limit', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200 });
    }));
    expect(await getAll('/api/v1/brands/acme/logos')).toEqual([]);
    expect(asked).toEqual(['/api/v1/brands/acme/logos?limit=200']);
  });
});
