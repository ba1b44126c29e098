import { useCallback, useEffect, useState } from 'react';
import { ApiError, get, getAll } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { DAYS } from '../../logic/setup/rota';
import type { Day, Person } from '../../types/setup';

/** Reads a path and keeps it; `reload` reads again. A null path reads nothing. */
export function useResource<T>(path: string | null, read: (path: string) => Promise<T> = readBody):
  { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    if (!path) return;
    read(path).then((body) => { setData(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path, read]);
  useEffect(() => { setData(null); reload(); }, [reload]);
  return { data, error, reload };
}

function readBody<T>(path: string): Promise<T> {
  return get<T>(path).then(({ body }) => body);
}

/** Every item of a list endpoint, page after page (for {@link useResource} of a list). */
export const readAll = <T,>(path: string): Promise<T[]> => getAll<T>(path);

/** The people who can see the brand (the only ones the teams API takes as members and managers). */
export function usePeople(brand: string): Person[] {
  const { data } = useResource<{ brand: string; people: Person[] }>(`/api/v1/brands/${encodeURIComponent(brand)}/people`);
  return data?.people ?? [];
}

export function personLabel(p: Person): string {
  return p.name ? `${p.name} (${p.user})` : p.user;
}

/** The setup namespace's words plus the formats: hours ("22:00"), day names, networks, moments. */
export function useSetupWords() {
  const { t } = useTranslation('setup');
  const { t: tc } = useTranslation('channels');
  const format = useFormat();
  // an hour of the day in the locale's clock; 24 is the midnight that ends a day
  const hour = (h: number) => (h === 24 ? '24:00' : format.time(Date.UTC(2026, 0, 5, h, 0), 'UTC'));
  return {
    t,
    format,
    hour,
    hours: (from: number, to: number) => t('hours', { from: hour(from), to: hour(to) }),
    day: (d: Day) => t(`day.${d}`),
    dayShort: (d: Day) => t(`dayShort.${d}`),
    network: (p: string) => tc(`network.${p}`, { defaultValue: p }),
    moment: (m: string) => t(`moment.${m}`, { defaultValue: m }),
    days: DAYS,
  };
}

/** Every IANA zone the browser knows, for the time-zone pickers. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.length ? Array.from(new Set(['UTC', ...zones])) : ['UTC', 'Europe/Warsaw', 'Europe/Athens', 'Europe/London'];
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
