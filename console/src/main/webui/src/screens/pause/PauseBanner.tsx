import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { useNow } from '../../hooks';
import { since } from '../../logic/incidents/incidents';
import type { Me } from '../../logic/navigation';
import { canPause } from '../../logic/pause/pause';
import { LiftForm } from './LiftForm';
import type { PausedBrand } from './usePublishingPauses';

/**
 * Above every screen, for every role, while a brand's publishing is paused: who paused it, since when, why, and how
 * many scheduled posts it holds; managers lift it from here.
 */
export function PauseBanner({ me, paused }: { me: Me; paused: PausedBrand[] }) {
  const { t } = useTranslation('pause');
  const format = useFormat();
  const now = useNow(30_000);
  const [lifting, setLifting] = useState<string | null>(null);
  if (paused.length === 0) return null;
  const sinceText = (at: string) => {
    const s = since(at, now);
    return t('banner.since', { at: s.today ? format.time(s.at) : format.dateTime(s.at),
      ago: s.ms < 60_000 ? t('banner.justNow') : format.duration(s.ms) });
  };
  return (
    <>
      {paused.map(({ brand, status }) => (
        <div key={brand}>
          <section className="pause-banner" aria-label={t('banner.label')} data-testid="pause-banner" aria-live="polite">
            <Group justify="space-between" wrap="nowrap" gap="md">
              <div>
                <Text fw={700} size="md">⏸ {t('banner.headline', { brand })}</Text>
                <Text size="sm">{[t('banner.by', { who: status.pause!.pausedBy, since: sinceText(status.pause!.pausedAt) }),
                  status.held > 0 ? t('banner.held', { count: status.held }) : t('banner.noneHeld')].join(' · ')}</Text>
                <Text size="sm" className="pause-reason">{t('banner.why', { reason: status.pause!.reason })}</Text>
              </div>
              {canPause(me) && lifting !== brand && (
                <Button variant="white" color="dark.9" onClick={() => setLifting(brand)} data-testid="pause-lift">
                  {t('banner.lift')}
                </Button>
              )}
            </Group>
          </section>
          {lifting === brand && <LiftForm brand={brand} status={status} onDone={() => setLifting(null)}
            onCancel={() => setLifting(null)} />}
        </div>
      ))}
    </>
  );
}
