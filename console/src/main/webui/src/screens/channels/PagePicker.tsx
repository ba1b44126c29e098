import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { CHANNELS_CHANGED_EVENT } from '../../logic/channels/channels';
import { networkOf, pickable, pickingOf, pickingUrl, pickRequest, toggle, withoutPicking } from '../../logic/channels/picker';
import type { Picking, PickingResult } from '../../types/channels';
import { useChannelWords } from './useChannelWords';

/**
 * The picker after "Connect with Facebook/Instagram" (/channels?picking=<handle>): the Pages or Instagram business
 * accounts the person manages, those already connected marked; the picked ones are connected, each with its own
 * token (ingest-service's /api/v1/channels/oauth/pickings/{handle}). Cancel ends the picking connecting nothing.
 */
export function PagePicker({ onDone }: { onDone: () => void }) {
  const { t, network, format } = useChannelWords();
  const [handle, setHandle] = useState<string | null>(() => pickingOf(window.location.search));
  const [picking, setPicking] = useState<Picking | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!handle) return;
    get<Picking>(pickingUrl(handle)).then(({ body }) => { setPicking(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [handle]);

  const finish = () => {
    window.history.replaceState(window.history.state, '', withoutPicking(window.location.pathname,
      window.location.search));
    setHandle(null);
    setPicking(null);
  };

  const confirm = async (accountIds: Set<string>) => {
    if (!handle || !picking) return;
    setBusy(true);
    try {
      const { body } = await send<PickingResult>('POST', pickingUrl(handle), pickRequest(picking.accounts, accountIds));
      setResult(body.connected.length === 0 ? t('picker.none')
        : t('picker.done', { count: body.connected.length, names: body.connected.map((c) => c.name).join(', ') }));
      finish();
      onDone();
      window.dispatchEvent(new Event(CHANNELS_CHANGED_EVENT));
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return <Alert color="green" role="status" data-testid="picker-outcome" withCloseButton
      closeButtonLabel={t('connect.dismiss')} onClose={() => setResult(null)}>{result}</Alert>;
  }
  if (!handle) return null;
  const net = network(picking?.network ?? networkOf(handle));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="picker-title" data-testid="page-picker">
      <Title order={3} size="h4" id="picker-title">{t('picker.title', { network: net })}</Title>
      {picking && <Text size="sm" mb="sm">{t('picker.intro', { brand: picking.brand,
        when: format.dateTime(picking.expiresAt) })}</Text>}
      {error && <Alert color="red" role="alert" title={t('picker.failed')} mb="sm">{error}</Alert>}
      {!picking && !error && <Text role="status">{t('loading')}</Text>}
      {picking && picking.accounts.length === 0 && <Text>{t('picker.empty', { network: net })}</Text>}
      {picking && picking.accounts.length > 0 && (
        <Stack gap="xs" role="group" aria-labelledby="picker-title">
          {picking.accounts.map((a) => (
            <Group key={a.accountId} gap="sm" wrap="nowrap" data-testid="picker-account" data-account={a.accountId}>
              <Checkbox checked={selected.has(a.accountId)} disabled={!pickable(a)}
                onChange={() => setSelected((s) => toggle(s, a))}
                label={<><Text span fw={600} size="sm">{a.name}</Text>{' '}
                  <Text span size="xs">{t('picker.id', { id: a.accountId })}</Text>
                  {a.pageId !== a.accountId && <Text span size="xs">{' · '}{t('picker.page', { name: a.pageName })}</Text>}</>} />
              {a.connected && <Badge color="#2b6a30" variant="filled" tt="none">{t('picker.connected')}</Badge>}
              {a.otherBrand && <Badge color="#8a3c00" variant="filled" tt="none">{t('picker.otherBrand')}</Badge>}
            </Group>
          ))}
          {picking.accounts.some((a) => a.connected) && <Text size="xs">{t('picker.connectedHint')}</Text>}
        </Stack>
      )}
      <Group mt="sm">
        <Button loading={busy} disabled={!picking || selected.size === 0} data-testid="picker-confirm"
          onClick={() => { void confirm(selected); }}>{t('picker.confirm', { count: selected.size })}</Button>
        <Button variant="default" disabled={busy} data-testid="picker-cancel"
          onClick={() => { if (picking) void confirm(new Set()); else finish(); }}>{t('picker.cancel')}</Button>
      </Group>
    </Paper>
  );
}
