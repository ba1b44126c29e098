import { useCallback, useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { get } from '../api';
import { useNow, usePolling } from '../hooks';
import { BANNER_REFRESH_MS, bannerOf } from '../logic/incidents/incidents';
import { type Me, screensFor } from '../logic/navigation';
import { canPause } from '../logic/pause/pause';
import { PauseForm } from './pause/PauseForm';
import type { PausedBrand } from './pause/usePublishingPauses';
import type { Incident, IncidentPage } from '../types/governance';
import { INCIDENTS_CHANGED_EVENT, OPEN_INCIDENT_EVENT, incidentPath } from '../logic/incidents/route';
import { useIncidentWords } from './incidents/words';
import { useTranslation } from '../i18n/i18n';

/** Every role of a brand reads its open incidents (editors and approvers too, on the publishing screens). */
const READS_INCIDENTS = ['agent', 'editor', 'approver', 'manager', 'admin', 'integrator'];

/**
 * The crisis banner above every screen, for every role, while an incident is open for one of the user's brands: its
 * title, how many conversations, since when, a button to open it (for those who work incidents) and, for managers,
 * "Pause publishing…" of the incident's brand while it is not paused yet. Asks the inbox every 15 s
 * (BANNER_REFRESH_MS).
 */
export function IncidentBanner({ me, onOpen, paused }: { me: Me; onOpen: () => void; paused: PausedBrand[] }) {
  const w = useIncidentWords();
  const { t } = w;
  const { t: tp } = useTranslation('pause');
  const now = useNow(30_000);
  const [open, setOpen] = useState<Incident[]>([]);
  const [pausing, setPausing] = useState(false);
  const opensIncidents = screensFor(me).includes('incidents');
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
  const mayPause = canPause(me) && !paused.some((p) => p.brand === banner.incident.brand);
  return (
    <>
    <section className="crisis-banner" aria-label={t('banner.label')} data-testid="crisis-banner" aria-live="polite">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text fw={700} size="md" className="crisis-title">⚠ {t('banner.headline', { title: banner.incident.title })}</Text>
          <Text size="sm">{[banner.incident.brand, w.conversations(banner.incident.conversations),
            w.since(banner.incident.openedAt, now), banner.incident.source === 'spike' ? t('banner.bySpike')
              : t('banner.by', { who: banner.incident.openedBy })].join(' · ')}
          {banner.others > 0 ? ` · ${t('banner.others', { count: banner.others })}` : ''}</Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {mayPause && !pausing && (
            <Button color="dark.9" variant="white" onClick={() => setPausing(true)} className="crisis-open"
              data-testid="crisis-pause">{tp('pause.open')}</Button>
          )}
          {opensIncidents && (
            <Button color="dark.9" variant="white" onClick={openIt} className="crisis-open">{t('banner.open')}</Button>
          )}
        </Group>
      </Group>
    </section>
    {mayPause && pausing && <PauseForm brand={banner.incident.brand} incident={banner.incident}
      onDone={() => setPausing(false)} onCancel={() => setPausing(false)} />}
    </>
  );
}
