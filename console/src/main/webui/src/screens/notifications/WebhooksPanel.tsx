import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type ApiError, getAll, getPage, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { Me } from '../../logic/navigation';
import { KINDS, type WebhookDelivery, type WebhookSubscription } from '../../logic/notifications/notifications';

/**
 * For managers and admins: a brand's outgoing webhook subscriptions (/api/v1/brands/{brand}/webhooks) — subscribe a
 * receiver URL to kinds (the signing secret is shown once, right after), unsubscribe, and read each one's delivery
 * log (status, attempts, last answer, next attempt).
 */
export function WebhooksPanel({ me }: { me: Me }) {
  const { t } = useTranslation('notifications');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [brand, setBrand] = useState<string>(me.brands[0] ?? '');
  const [subs, setSubs] = useState<WebhookSubscription[]>([]);
  const [url, setUrl] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [nextDeliveries, setNextDeliveries] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const base = `/api/v1/brands/${encodeURIComponent(brand)}/webhooks`;
  const load = useCallback(() => {
    if (!brand) return;
    getAll<WebhookSubscription>(base).then(setSubs)
      .catch((e: ApiError) => setError(e.message));
  }, [base, brand]);
  useEffect(load, [load]);

  const create = () => {
    setError(null);
    send<WebhookSubscription>('POST', base, { url, kinds }).then(({ body }) => {
      setSecret(body.secret ?? null);
      setUrl('');
      setKinds([]);
      load();
    }).catch((e: ApiError) => setError(e.message));
  };
  const remove = (id: string) => send<null>('DELETE', `${base}/${encodeURIComponent(id)}`, null)
    .then(() => { if (shown === id) setShown(null); load(); }).catch((e: ApiError) => setError(e.message));
  const showDeliveries = (id: string) => {
    setShown(id);
    getPage<WebhookDelivery>(`${base}/${encodeURIComponent(id)}/deliveries`, null)
      .then(({ body }) => { setDeliveries(body.items); setNextDeliveries(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  };
  // A delivery log grows with every notification: a page at a time, newest first.
  const moreDeliveries = () => {
    if (!shown || !nextDeliveries) return;
    getPage<WebhookDelivery>(`${base}/${encodeURIComponent(shown)}/deliveries`, nextDeliveries)
      .then(({ body }) => { setDeliveries((current) => [...current, ...body.items]); setNextDeliveries(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  };

  return (
    <section aria-labelledby="webhooks-title" data-testid="webhooks-panel">
      <Title order={3} size="h5" id="webhooks-title" mt="md">{t('webhooks.title')}</Title>
      <Stack gap="xs">
        {me.brands.length > 1 && <Select label={t('webhooks.brand')} data={me.brands} value={brand}
          onChange={(b) => { if (b) { setBrand(b); setShown(null); } }} allowDeselect={false} />}
        {error && <Text size="sm" c="red.9" role="alert">{t('webhooks.failed')}: {error}</Text>}
        {secret && <Alert color="yellow" title={t('webhooks.secret')} data-testid="webhook-secret">
          <Code>{secret}</Code></Alert>}
        <TextInput label={t('webhooks.url')} value={url} onChange={(e) => setUrl(e.currentTarget.value)}
          placeholder="https://hooks.example.com/parley" />
        <Checkbox.Group label={t('webhooks.kinds')} value={kinds} onChange={setKinds}>
          <Group gap="sm" mt={4}>
            {KINDS.map((k) => <Checkbox key={k} value={k} label={t(`kind.${k}`)} />)}
          </Group>
        </Checkbox.Group>
        <Group><Button size="compact-sm" onClick={create} disabled={!url || kinds.length === 0}>
          {t('webhooks.create')}</Button></Group>
        {subs.length === 0 ? <Text size="sm">{t('webhooks.none')}</Text> : (
          <ul className="webhook-list">
            {subs.map((s) => (
              <li key={s.id}>
                <Text size="sm">{s.url}</Text>
                <Text size="xs">{s.kinds.map((k) => t(`kind.${k}`)).join(', ')} · {format.dateTime(s.createdAt)}</Text>
                <Group gap="xs">
                  <Button size="compact-xs" variant="light" onClick={() => showDeliveries(s.id)}
                    aria-label={t('webhooks.showDeliveries', { url: s.url })}>{t('webhooks.deliveries')}</Button>
                  <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" onClick={() => { void remove(s.id); }}>
                    {t('webhooks.delete')}</Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
        {shown && (deliveries.length === 0 ? <Text size="sm">{t('webhooks.noDeliveries')}</Text> : (
          <Table data-testid="webhook-deliveries">
            <Table.Thead><Table.Tr>
              <Table.Th scope="col">{t('webhooks.col.when')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.col.kind')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.col.status')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.col.attempts')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.col.code')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.col.next')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {deliveries.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{format.dateTime(d.createdAt)}</Table.Td>
                  <Table.Td>{t(`kind.${d.kind}`)}</Table.Td>
                  <Table.Td>{t(`webhooks.status.${d.status}`)}</Table.Td>
                  <Table.Td>{format.number(d.attempts)}</Table.Td>
                  <Table.Td>{d.lastCode ?? d.lastError ?? '—'}</Table.Td>
                  <Table.Td>{format.dateTime(d.nextAttemptAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
        {shown && nextDeliveries && <Button variant="subtle" size="xs" onClick={moreDeliveries}
          data-testid="webhook-deliveries-more">{tc('loadMore')}</Button>}
      </Stack>
    </section>
  );
}
