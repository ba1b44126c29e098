// Meaningful contacts — questions answered, complaints settled, suggestions passed on, advocates gained,
// recommendations obtained (and asked for) — shown above the follower counts (seed 001: contacts count for more than followers).
import { useEffect, useState } from 'react';
import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import type { ContactsView, PublishingReport } from '../../types/analytics';
import { publishingPath, latestFollowers } from '../../logic/analytics/publishing';
import type { Window } from '../../logic/analytics/window';
import { FigureLink, platformName, useAnalyticsWords } from './common';

export const CONTACTS = ['questionsAnswered', 'complaintsSettled', 'suggestionsPassedOn', 'advocatesGained',
  'recommendationsObtained', 'recommendationsRequested'] as const;

export function ContactsTab({ brand, window, navigate, followers }: {
  brand: string; window: Window; navigate: (to: string) => void; followers: boolean;
}) {
  const { t, format } = useAnalyticsWords();
  const [view, setView] = useState<ContactsView | null>(null);
  const [report, setReport] = useState<PublishingReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!window.from || !window.to) return;
    const p = new URLSearchParams({ from: window.from, to: window.to });
    get<ContactsView>(`/api/v1/brands/${encodeURIComponent(brand)}/analytics/contacts?${p}`)
      .then(({ body }) => { setView(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
    if (followers) {
      get<PublishingReport>(publishingPath(brand, window.from, window.to))
        .then(({ body }) => setReport(body))
        .catch(() => setReport(null));
    }
  }, [brand, window, followers]);

  const accounts = (report?.channels ?? []).filter((c) => c.followers.length > 0);
  return (
    <Stack>
      <Title order={3} size="h4">{t('contacts.title')}</Title>
      <Text size="sm" c="gray.8">{t('contacts.intro')}</Text>
      {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="contacts">
        {CONTACTS.map((k) => (
          <Paper key={k} withBorder p="md" data-contact={k}>
            <Text size="xl" fw={700} data-count={view ? view[k] : ''}>{view ? format.number(view[k]) : '…'}</Text>
            <FigureLink id={k} navigate={navigate} />
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" c="gray.8">{t('contacts.recommendationsNote')}</Text>
      {followers && (
        <>
          <Title order={3} size="h5" mt="md">{t('contacts.followersTitle')}</Title>
          <Table striped captionSide="top" data-testid="followers-table">
            <Table.Caption>{t('contacts.followersCaption')}</Table.Caption>
            <Table.Thead><Table.Tr><Table.Th>{t('column.channel')}</Table.Th>
              <Table.Th><FigureLink id="followers" navigate={navigate} /></Table.Th>
              <Table.Th><FigureLink id="followerGrowth" navigate={navigate} /></Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {accounts.map((c) => (
                <Table.Tr key={c.channelAccountId}>
                  <Table.Td>{platformName(t, c.platform)}</Table.Td>
                  <Table.Td>{format.number(latestFollowers(c))}</Table.Td>
                  <Table.Td>{c.followerGrowth == null ? '—' : signed(format.number(c.followerGrowth), c.followerGrowth)}</Table.Td>
                </Table.Tr>
              ))}
              {accounts.length === 0 && <Table.Tr><Table.Td colSpan={3}>{t('contacts.noFollowers')}</Table.Td></Table.Tr>}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}

/** "+12", "−3", "0": a change with its sign. */
export function signed(text: string, n: number): string {
  return n > 0 ? `+${text}` : text.replace('-', '−');
}
