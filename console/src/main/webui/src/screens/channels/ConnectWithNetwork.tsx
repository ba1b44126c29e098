import { useEffect, useState } from 'react';
import { Alert, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { connectOutcome, connectUrl, CONNECT_ERRORS, type ConnectOutcome, usesOAuth,
  withoutOutcome } from '../../logic/channels/connect';
import type { Channel, PlatformRequirements } from '../../types/channels';
import { useChannelWords } from './useChannelWords';

/**
 * "Connect with <network>": for networks that connect by signing in on the network, a link to ingest-service's
 * OAuth start (GET /api/v1/brands/{brand}/channels/oauth/{network}/start), which sends the browser to the network's consent
 * page and back to /channels?connected=<id> or ?connectError=<code>.
 */
export function ConnectWithNetwork({ brand, network, requirements }: {
  brand: string; network: string; requirements?: PlatformRequirements;
}) {
  const { t, network: name } = useChannelWords();
  if (!usesOAuth(network, requirements)) return null;
  return (
    <Stack gap={4} data-testid="connect-with">
      <Group>
        <Button component="a" href={connectUrl(network, brand)} variant="filled" color="indigo.8"
          data-testid="connect-with-network">{t('connect.button', { network: name(network) })}</Button>
      </Group>
      <Text size="xs">{t('connect.hint', { network: name(network) })}</Text>
    </Stack>
  );
}

/** The outcome the connect flow brought back, read once from the address (then removed from it so a reload is quiet). */
export function ConnectOutcomeBanner({ channels }: { channels: Channel[] | null }) {
  const { t, network } = useChannelWords();
  const [outcome, setOutcome] = useState<ConnectOutcome | null>(() => connectOutcome(window.location.search));
  useEffect(() => {
    if (outcome) window.history.replaceState(window.history.state, '', withoutOutcome(window.location.pathname,
      window.location.search));
  }, [outcome]);
  if (!outcome) return null;
  const close = <CloseButton aria-label={t('connect.dismiss')} onClick={() => setOutcome(null)} />;
  if (outcome.ok) {
    const c = channels?.find((x) => x.id === outcome.channelId);
    return (
      <Alert color="green" role="status" data-testid="connect-outcome" data-ok="true"
        title={c ? t('connect.connected', { name: c.name, network: network(c.platform) })
          : t('connect.connectedId', { id: outcome.channelId })}>
        <Group justify="space-between" wrap="nowrap"><Text size="sm">{t('connect.connectedNext')}</Text>{close}</Group>
      </Alert>
    );
  }
  const known = CONNECT_ERRORS.includes(outcome.code);
  return (
    <Alert color="red" role="alert" data-testid="connect-outcome" data-ok="false" title={t('connect.failed')}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{known ? t(`connect.error.${outcome.code}`) : t('connect.error.other', { code: outcome.code })}</Text>
        {close}
      </Group>
    </Alert>
  );
}
