import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Grid, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { ApiError, get } from '../api';
import { useNow, usePolling } from '../hooks';
import { byStateThenTime, conversationsLabel, since } from '../logic/incidents/incidents';
import { INCIDENTS_CHANGED_EVENT, OPEN_INCIDENT_EVENT, incidentFromPath, incidentPath } from '../logic/incidents/route';
import type { Me } from '../logic/navigation';
import type { Incident, IncidentPage } from '../types/governance';
import { IncidentView } from './incidents/IncidentView';
import { OpenIncidentForm } from './incidents/OpenIncidentForm';

/** Crises seen as one (docs/inbox-authority.md#incidents-r210): the list, opening one by hand, and each incident. */
export function IncidentsScreen({ me }: { me: Me }) {
  const now = useNow(1000);
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [state, setState] = useState<'open' | 'closed' | 'all'>('open');
  const [items, setItems] = useState<Incident[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(() => incidentFromPath(window.location.pathname));
  const [opening, setOpening] = useState(false);
  const manages = me.roles.includes('manager') || me.roles.includes('admin');

  const load = useCallback(() => {
    if (!brand) return;
    get<IncidentPage>(`/api/v1/brands/${encodeURIComponent(brand)}/incidents${state === 'all' ? '' : `?state=${state}`}`)
      .then(({ body }) => { setItems([...body.items].sort(byStateThenTime)); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, state]);
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
      <Group justify="space-between" align="end">
        <Title order={2}>Incidents</Title>
        <Group align="end">
          {me.brands.length > 1 && (
            <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} allowDeselect={false} w={160} />
          )}
          {manages && !opening && <Button color="red.9" onClick={() => setOpening(true)}>Open an incident…</Button>}
        </Group>
      </Group>
      {opening && brand && (
        <OpenIncidentForm brand={brand} onCancel={() => setOpening(false)} onOpened={(i) => {
          setOpening(false);
          setState('open');
          changed();
          choose(i.id);
        }} />
      )}
      {error && <Alert color="red" title="The incidents did not load">{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SegmentedControl aria-label="Which incidents" value={state} color="indigo.8" fullWidth mb="xs"
            onChange={(v) => setState(v as typeof state)}
            data={[{ value: 'open', label: 'Open' }, { value: 'closed', label: 'Closed' }, { value: 'all', label: 'All' }]} />
          <nav aria-label="Incidents">
            <ol className="gov-list" data-testid="incidents">
              {items?.map((i) => (
                <li key={i.id}>
                  <button type="button" className={`queue-item incident-item ${i.state}`} aria-current={i.id === selected}
                    data-incident-id={i.id} onClick={() => choose(i.id)}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600} size="sm" lineClamp={2}>{i.title}</Text>
                      <span className={`gov-status gov-incident-${i.state}`}>{i.state}</span>
                    </Group>
                    <Text size="xs" c="gray.8">
                      {conversationsLabel(i.conversations)} · {i.source === 'spike' ? 'spike' : `by ${i.openedBy}`}
                      {' · '}{i.state === 'open' ? since(i.openedAt, now) : `closed ${new Date(i.closedAt!).toLocaleString()}`}
                    </Text>
                  </button>
                </li>
              ))}
            </ol>
            {items && items.length === 0 && (
              <Text c="gray.8">{state === 'open' ? 'No open incident. Analytics opens one on a spike of complaints or '
                + 'negative interactions; a manager can open one by hand.' : 'None.'}</Text>
            )}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {selected && brand
            ? <IncidentView key={selected} brand={brand} id={selected} me={me} now={now} onChanged={changed}
              onClose={() => choose(null)} />
            : <Text c="gray.8">Choose an incident to see its conversations and act on them together.</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
