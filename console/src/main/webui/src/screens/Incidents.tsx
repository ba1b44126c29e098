import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Grid, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { ApiError, type Page, getPage } from '../api';
import { useTranslation } from '../i18n/i18n';
import { useNow, usePolling } from '../hooks';
import { byStateThenTime } from '../logic/incidents/incidents';
import { useIncidentWords } from './incidents/words';
import { INCIDENTS_CHANGED_EVENT, OPEN_INCIDENT_EVENT, incidentFromPath, incidentPath } from '../logic/incidents/route';
import type { Me } from '../logic/navigation';
import type { Incident } from '../types/governance';
import { IncidentView } from './incidents/IncidentView';
import { OpenIncidentForm } from './incidents/OpenIncidentForm';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/** Crises seen as one (docs/inbox-authority.md#incidents-r210): the list, opening one by hand, and each incident. */
export function IncidentsScreen({ me }: { me: Me }) {
  const w = useIncidentWords();
  const { t } = w;
  const { t: tc } = useTranslation();
  const now = useNow(1000);
  const [brand, setBrand] = useBrandChoice(me);
  const [state, setState] = useState<'open' | 'closed' | 'all'>('open');
  const [first, setFirst] = useState<Page<Incident> | null>(null);
  // the pages read with "Load more" after the first (the first is read again every 15 s), and the cursor after them
  const [older, setOlder] = useState<{ items: Incident[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(() => incidentFromPath(window.location.pathname));
  const [opening, setOpening] = useState(false);
  const manages = me.roles.includes('manager') || me.roles.includes('admin');

  const path = brand ? `/api/v1/brands/${encodeURIComponent(brand)}/incidents${state === 'all' ? '' : `?state=${state}`}`
    : null;
  const load = useCallback(() => {
    if (!path) return;
    getPage<Incident>(path, null).then(({ body }) => { setFirst(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);
  useEffect(() => { setFirst(null); setOlder(null); }, [path]);
  const next = older ? older.next : first?.nextCursor ?? null;
  const more = path && next ? () => {
    getPage<Incident>(path, next).then(({ body }) => setOlder((o) => ({
      items: [...(o?.items ?? []), ...body.items], next: body.nextCursor })))
      .catch((e: ApiError) => setError(e.message));
  } : null;
  const items = first ? [...new Map([...first.items, ...(older?.items ?? [])].map((i) => [i.id, i])).values()]
    .sort(byStateThenTime) : null;
  /** After the user opened, gathered or closed one: the list, and the crisis banner above every screen. */
  const changed = useCallback(() => {
    load();
    window.dispatchEvent(new Event(INCIDENTS_CHANGED_EVENT));
  }, [load]);
  usePolling(load, 15_000, [load]);

  // The crisis banner opens an incident from any screen; the browser's back and forward move between them.
  useEffect(() => {
    const fromBanner = (e: Event) => { setSelected((e as CustomEvent<string>).detail); setState('open'); };
    const onPop = () => setSelected(incidentFromPath(window.location.pathname));
    window.addEventListener(OPEN_INCIDENT_EVENT, fromBanner);
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener(OPEN_INCIDENT_EVENT, fromBanner);
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  const choose = (id: string | null) => {
    window.history.pushState({}, '', incidentPath(id));
    setSelected(id);
  };

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand}>
        {manages && !opening && <Button color="red.9" onClick={() => setOpening(true)}>{t('openOne')}</Button>}
      </ScreenHeader>
      {opening && brand && (
        <OpenIncidentForm brand={brand} onCancel={() => setOpening(false)} onOpened={(i) => {
          setOpening(false);
          setState('open');
          changed();
          choose(i.id);
        }} />
      )}
      {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SegmentedControl aria-label={t('which')} value={state} color="indigo.8" fullWidth mb="xs"
            onChange={(v) => setState(v as typeof state)}
            data={[{ value: 'open', label: t('filter.open') }, { value: 'closed', label: t('filter.closed') },
              { value: 'all', label: t('filter.all') }]} />
          <nav aria-label={t('title')}>
            <ol className="gov-list" data-testid="incidents">
              {items?.map((i) => (
                <li key={i.id}>
                  <button type="button" className={`queue-item incident-item ${i.state}`} aria-current={i.id === selected}
                    data-incident-id={i.id} onClick={() => choose(i.id)}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600} size="sm" lineClamp={2}>{i.title}</Text>
                      <span className={`gov-status gov-incident-${i.state}`}>{t(`state.${i.state}`)}</span>
                    </Group>
                    <Text size="xs" c="gray.8">
                      {w.conversations(i.conversations)} · {i.source === 'spike' ? t('bySpike') : t('by', { who: i.openedBy })}
                      {' · '}{i.state === 'open' ? w.since(i.openedAt, now) : t('closedAt', { at: w.format.dateTime(i.closedAt) })}
                    </Text>
                  </button>
                </li>
              ))}
            </ol>
            {more && <Button variant="subtle" size="xs" onClick={more} data-testid="incidents-more">
              {tc('loadMore')}</Button>}
            {items && items.length === 0 && (
              <Text c="gray.8">{state === 'open' ? t('noneOpen') : t('none')}</Text>
            )}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {selected && brand
            ? <IncidentView key={selected} brand={brand} id={selected} me={me} now={now} onChanged={changed}
              onClose={() => choose(null)} />
            : <Text c="gray.8">{t('choose')}</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
