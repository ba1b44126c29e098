import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import type { Advocate, Advocates } from '../../types/governance';

interface RecommendationRequest { id: string; channel: 'direct_message' | 'task'; authorName: string }

/** The brand's advocates (authors with praise in several conversations), each asked for a recommendation. */
export function AdvocatesList({ brand }: { brand: string }) {
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
  if (error) return <Alert color="red" title="The advocates did not load">{error}</Alert>;
  if (!page) return <Text>Loading…</Text>;
  return (
    <Stack>
      <Text size="sm" c="gray.8">Authors who praised {brand} or wrote positively in at least {page.threshold}
        {' '}conversations. Asking sends a direct message where the network allows it, else a task for a person.</Text>
      {done && <Alert color="green" title="Asked" data-testid="advocate-asked">{done}</Alert>}
      <Table striped withTableBorder data-testid="advocates">
        <Table.Thead>
          <Table.Tr><Table.Th>Author</Table.Th><Table.Th>Channel</Table.Th><Table.Th>Positive conversations</Table.Th>
            <Table.Th>Last positive</Table.Th><Table.Th>Last asked</Table.Th><Table.Th>Recommendation</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.items.map((a) => (
            <Table.Tr key={key(a)}>
              <Table.Td>{a.authorName}{a.advocate ? ' ★' : ''}</Table.Td>
              <Table.Td>{a.platform}</Table.Td>
              <Table.Td className="num">{a.positiveConversations}</Table.Td>
              <Table.Td>{new Date(a.lastPositiveAt).toLocaleDateString()}</Table.Td>
              <Table.Td>{a.lastAskedAt ? new Date(a.lastAskedAt).toLocaleDateString() : '—'}</Table.Td>
              <Table.Td>
                {asking === key(a)
                  ? <AskForm brand={brand} advocate={a} onCancel={() => setAsking(null)} onAsked={(r) => {
                    setAsking(null);
                    setDone(`${r.authorName} was asked ${r.channel === 'direct_message' ? 'by direct message'
                      : '— a task for a person, as the network sends no direct messages'}.`);
                    load();
                  }} />
                  : a.advocate && (!a.mayAskAgainAt || Date.parse(a.mayAskAgainAt) <= Date.now())
                    ? <Button size="xs" variant="outline" onClick={() => setAsking(key(a))}
                      aria-label={`Ask ${a.authorName} for a recommendation`}>Ask for a recommendation</Button>
                    : <Text size="xs" c="gray.8">{a.advocate
                      ? `may be asked again from ${new Date(a.mayAskAgainAt!).toLocaleDateString()}`
                      : `below ${page.threshold} conversations`}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {page.items.length === 0 && <Text c="gray.8">No author has written positively yet.</Text>}
    </Stack>
  );
}

function AskForm({ brand, advocate, onCancel, onAsked }: {
  brand: string; advocate: Advocate; onCancel: () => void; onAsked: (r: RecommendationRequest) => void;
}) {
  const [text, setText] = useState(`Dziękujemy, ${advocate.authorName}! Would you recommend us to your friends? 💛`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      const { body } = await send<RecommendationRequest>('POST', `/api/v1/brands/${encodeURIComponent(brand)}/advocates/`
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
      <Textarea label={`Message to ${advocate.authorName}`} value={text} autosize minRows={2} maxLength={2000}
        onChange={(e) => setText(e.currentTarget.value)} />
      {error && <Alert color="red" title="Not asked">{error}</Alert>}
      <Group gap="xs">
        <Button size="xs" onClick={ask} loading={busy} disabled={!text.trim()}>Send the request</Button>
        <Button size="xs" variant="subtle" onClick={onCancel}>Cancel</Button>
      </Group>
    </Stack>
  );
}
