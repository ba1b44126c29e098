import { useCallback, useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { get } from '../api';
import { useNow, usePolling } from '../hooks';
import { BANNER_REFRESH_MS, bannerOf } from '../logic/incidents/incidents';
import type { Me } from '../logic/navigation';
import type { Incident, IncidentPage } from '../types/governance';
import { INCIDENTS_CHANGED_EVENT, OPEN_INCIDENT_EVENT, incidentPath } from '../logic/incidents/route';
import { useIncidentWords } from './incidents/words';

const READS_INCIDENTS = ['agent', 'manager', 'admin', 'integrator'];

/**
 * The crisis banner above every screen while an incident is open for one of the user's brands: its title, how
 * many conversations, since when, and a button to open it. Asks the inbox every 15 s (BANNER_REFRESH_MS).
 */
export function IncidentBanner({ me, onOpen }: { me: Me; onOpen: () => void }) {
  const w = useIncidentWords();
  const { t } = w;
  const now = useNow(30_000);
  const [open, setOpen] = useState<Incident[]>([]);
  const reads = me.roles.some((r) => READS_INCIDENTS.includes(r));

  const load = useCallback(() => {
    if (!reads) return;
    Promise.all(me.brands.map((b) => get<IncidentPage>(`/api/v1/brands/${encodeURIComponent(b)}/incidents?state=open`)
      .then(({ body }) => body.items).catch(() => [] as Incident[])))
      .then((lists) => setOpen(lists.flat()));
  }, [me.brands, reads]);
  usePolling(load, BANNER_REFRESH_MS, [load]);
  useEffect(() => {
    window.addEventListener(INCIDENTS_CHANGED_EVENT, load);
    return () => window.removeEventListener(INCIDENTS_CHANGED_EVENT, load);
  }, [load]);

  const banner = bannerOf(open);
  if (!banner) return null;
  const openIt = () => {
    onOpen();
    window.history.replaceState({}, '', incidentPath(banner.incident.id));
    window.dispatchEvent(new CustomEvent(OPEN_INCIDENT_EVENT, { detail: banner.incident.id }));
  };
  return (
    <section className="crisis-banner" aria-label={t('banner.label')} data-testid="crisis-banner" aria-live="polite">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text fw={700} size="md" className="crisis-title">⚠ {t('banner.headline', { title: banner.incident.title })}</Text>
          <Text size="sm">{[banner.incident.brand, w.conversations(banner.incident.conversations),
            w.since(banner.incident.openedAt, now), banner.incident.source === 'spike' ? t('banner.bySpike')
              : t('banner.by', { who: banner.incident.openedBy })].join(' · ')}
          {banner.others > 0 ? ` · ${t('banner.others', { count: banner.others })}` : ''}</Text>
        </div>
        <Button color="dark.9" variant="white" onClick={openIt} className="crisis-open">{t('banner.open')}</Button>
      </Group>
    </section>
  );
}
