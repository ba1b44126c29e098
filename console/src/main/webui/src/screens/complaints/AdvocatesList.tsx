import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { ApiError, get, sendOnce } from '../../api';
import { RetryKeys } from '../../logic/idempotency';
import type { Advocate, Advocates } from '../../types/governance';
import { useFormat, useTranslation } from '../../i18n/i18n';

interface RecommendationRequest { id: string; channel: 'direct_message' | 'task'; authorName: string }

/** The brand's advocates (authors with praise in several conversations), each asked for a recommendation. */
export function AdvocatesList({ brand }: { brand: string }) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const [page, setPage] = useState<Advocates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    get<Advocates>(`/api/v1/brands/${encodeURIComponent(brand)}/advocates?limit=100`)
      .then(({ body }) => { setPage(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(load, [load]);

  const key = (a: Advocate) => `${a.platform}/${a.authorId}`;
  if (error) return <Alert color="red" title={t('advocates.failed')}>{error}</Alert>;
  if (!page) return <Text>{t('loading')}</Text>;
  return (
    <Stack>
      <Text size="sm" c="gray.8">{t('advocates.explain', { brand, count: page.threshold })}</Text>
      {done && <Alert color="green" title={t('advocates.asked')} data-testid="advocate-asked" role="status">{done}</Alert>}
      <Table striped withTableBorder data-testid="advocates">
        <Table.Thead>
          <Table.Tr><Table.Th>{t('advocates.author')}</Table.Th><Table.Th>{t('advocates.channel')}</Table.Th>
            <Table.Th>{t('advocates.positive')}</Table.Th><Table.Th>{t('advocates.lastPositive')}</Table.Th>
            <Table.Th>{t('advocates.lastAsked')}</Table.Th><Table.Th>{t('advocates.recommendation')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.items.map((a) => (
            <Table.Tr key={key(a)}>
              <Table.Td>{a.authorName}{a.advocate ? ' ★' : ''}</Table.Td>
              <Table.Td>{t(`channel.${a.platform}`, { defaultValue: a.platform })}</Table.Td>
              <Table.Td className="num">{format.number(a.positiveConversations)}</Table.Td>
              <Table.Td>{format.date(a.lastPositiveAt)}</Table.Td>
              <Table.Td>{format.date(a.lastAskedAt)}</Table.Td>
              <Table.Td>
                {asking === key(a)
                  ? <AskForm brand={brand} advocate={a} onCancel={() => setAsking(null)} onAsked={(r) => {
                    setAsking(null);
                    setDone(t(r.channel === 'direct_message' ? 'advocates.askedByMessage' : 'advocates.askedByTask',
                      { name: r.authorName }));
                    load();
                  }} />
                  : a.advocate && (!a.mayAskAgainAt || Date.parse(a.mayAskAgainAt) <= Date.now())
                    ? <Button size="xs" variant="outline" onClick={() => setAsking(key(a))}
                      aria-label={t('advocates.askLabel', { name: a.authorName })}>{t('advocates.ask')}</Button>
                    : <Text size="xs" c="gray.8">{a.advocate
                      ? t('advocates.askAgainFrom', { date: format.date(a.mayAskAgainAt) })
                      : t('advocates.below', { count: page.threshold })}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {page.items.length === 0 && <Text c="gray.8">{t('advocates.none')}</Text>}
    </Stack>
  );
}

function AskForm({ brand, advocate, onCancel, onAsked }: {
  brand: string; advocate: Advocate; onCancel: () => void; onAsked: (r: RecommendationRequest) => void;
}) {
  const { t } = useTranslation('complaints');
  // the message goes to the customer: written in the console's language, which the agent edits as they like
  const [text, setText] = useState(() => t('advocates.message', { name: advocate.authorName }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [keys] = useState(() => new RetryKeys());
  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      const { body } = await sendOnce<RecommendationRequest>(keys, `/api/v1/brands/${encodeURIComponent(brand)}/advocates/`
        + `${encodeURIComponent(advocate.platform)}/${encodeURIComponent(advocate.authorId)}/recommendation-requests`,
      { text });
      onAsked(body);
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4}>
      <Textarea label={t('advocates.messageTo', { name: advocate.authorName })} value={text} autosize minRows={2} maxLength={2000}
        onChange={(e) => setText(e.currentTarget.value)} />
      {error && <Alert color="red" title={t('advocates.notAsked')}>{error}</Alert>}
      <Group gap="xs">
        <Button size="xs" onClick={ask} loading={busy} disabled={!text.trim()}>{t('advocates.send')}</Button>
        <Button size="xs" variant="subtle" onClick={onCancel}>{t('cancel')}</Button>
      </Group>
    </Stack>
  );
}
