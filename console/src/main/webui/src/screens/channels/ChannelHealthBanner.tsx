import { useCallback, useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { getAll } from '../../api';
import { useNow, usePolling } from '../../hooks';
import { bannerOf, canManageChannels, CHANNELS_CHANGED_EVENT, HEALTH_REFRESH_MS } from '../../logic/channels/channels';
import type { Me } from '../../logic/navigation';
import type { Channel } from '../../types/channels';
import { useChannelWords } from './useChannelWords';

/**
 * Above every screen for managers and admins while one of their brands' channel accounts is unhealthy: the worst
 * one, since when, what to do, how many others, and a link to the channels screen. Channel health does not reach the
 * console's live stream, so this asks ingest-service's channels API every minute (HEALTH_REFRESH_MS), and at once
 * after an account is added on the channels screen.
 */
export function ChannelHealthBanner({ me, onOpen }: { me: Me; onOpen: () => void }) {
  const w = useChannelWords();
  const { t } = w;
  const now = useNow(30_000);
  const [channels, setChannels] = useState<Channel[]>([]);
  const shown = canManageChannels(me);

  const load = useCallback(() => {
    if (!shown) return;
    Promise.all(me.brands.map((b) => getAll<Channel>(`/api/v1/channels?brand=${encodeURIComponent(b)}`)
      .catch(() => [] as Channel[])))
      .then((lists) => setChannels(lists.flat()));
  }, [me.brands, shown]);
  usePolling(load, HEALTH_REFRESH_MS, [load]);
  useEffect(() => {
    window.addEventListener(CHANNELS_CHANGED_EVENT, load);
    return () => window.removeEventListener(CHANNELS_CHANGED_EVENT, load);
  }, [load]);

  const banner = bannerOf(channels);
  if (!shown || !banner) return null;
  const { worst } = banner;
  return (
    <section className="channel-health-banner" aria-label={t('banner.label')} data-testid="channel-health-banner"
      aria-live="polite">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text fw={700} size="md">⚠ {t('banner.headline', { name: worst.name, network: w.network(worst.platform),
            brand: worst.brand, state: w.state(worst.health.state) })}</Text>
          <Text size="sm">{w.since(worst.health, now)}
            {banner.others > 0 ? ` · ${t('banner.others', { count: banner.others })}` : ''}</Text>
          <Text size="sm">{w.whatToDo(worst.health.whatToDo)}</Text>
        </div>
        <Button component="a" href="/channels" variant="white" color="dark.9" className="channel-health-open"
          onClick={(e: React.MouseEvent) => { e.preventDefault(); onOpen(); }}>{t('banner.open')}</Button>
      </Group>
    </section>
  );
}
