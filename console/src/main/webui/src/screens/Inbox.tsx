import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { type ApiError, get } from '../api';
import { useInboxStream, useNow, usePolling } from '../hooks';
import { type QueueFilters, PAGE_SIZE, appendPage, filtersFromQuery, queueQuery } from '../logic/inbox/filters';
import { pruneSelection, selectionBrand, toggleSelection } from '../logic/inbox/workflow';
import type { Me } from '../logic/navigation';
import type { ConversationPage, ConversationSummary, GroupedAnswer, Team } from '../types/inbox';
import { ConversationView } from './inbox/Conversation';
import { GroupedAnswerPanel, GroupedOutcomePanel } from './inbox/GroupedAnswer';
import { Queue } from './inbox/Queue';
import { QueueFilterBar } from './inbox/QueueFilters';

/**
 * How often the queue asks the inbox again: often without the live stream, rarely with it (the stream
 * tells of new and answered conversations, not of a new message in one already open). docs/console.md.
 */
export const QUEUE_REFRESH_MS = 4000;
export const QUEUE_REFRESH_LIVE_MS = 15000;

/** "/inbox/<conversationId>" opens that conversation (links from approvals and incidents land here). */
function conversationFromPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'inbox' && parts[1] ? decodeURIComponent(parts[1]) : null;
}

export function InboxScreen({ me }: { me: Me }) {
  const now = useNow(1000);
  const [filters, setFilters] = useState<QueueFilters>(() => filtersFromQuery(window.location.search));
  const [items, setItems] = useState<ConversationSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(() => conversationFromPath(window.location.pathname));
  const [checked, setChecked] = useState<string[]>([]);
  // The grouped answer last posted, followed until every platform has answered; the text of one to edit again.
  const [grouped, setGrouped] = useState<{ answer: GroupedAnswer; names: Record<string, string> } | null>(null);
  const [groupedDraft, setGroupedDraft] = useState<string | undefined>(undefined);
  const [teams, setTeams] = useState<Team[]>([]);
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);
  const pages = useRef(1);

  // The queue as far as it was read: a refresh reads again as many pages as were loaded (at most 200).
  const load = useCallback(() => {
    const limit = Math.min(200, PAGE_SIZE * pages.current);
    get<ConversationPage>(`/api/v1/conversations${queueQuery(filters, null, limit)}`)
      .then(({ body }) => {
        setItems(body.items);
        setNextCursor(body.nextCursor);
        setError(null);
        setRefreshedAt(Date.now());
        setChecked((c) => pruneSelection(c, body.items));
      })
      .catch((e: ApiError) => setError(e.message));
  }, [filters]);
  const live = useInboxStream(load);
  usePolling(load, live ? QUEUE_REFRESH_LIVE_MS : QUEUE_REFRESH_MS, [load, live]);

  const loadMore = () => {
    if (!nextCursor) return;
    get<ConversationPage>(`/api/v1/conversations${queueQuery(filters, nextCursor)}`)
      .then(({ body }) => {
        pages.current += 1;
        setItems((current) => appendPage(current, body.items));
        setNextCursor(body.nextCursor);
      })
      .catch((e: ApiError) => setError(e.message));
  };

  // Teams of the user's brands, for the owner filter and reassignment.
  useEffect(() => {
    Promise.all(me.brands.map((b) => get<Team[]>(`/api/v1/brands/${b}/teams`).then((r) => r.body).catch(() => [])))
      .then((all) => setTeams(all.flat()));
  }, [me.brands]);

  // The address follows what is open and filtered, so a reload or a shared link shows the same.
  const changeFilters = (f: QueueFilters) => {
    pages.current = 1;
    setFilters(f);
    setChecked([]);
    const search = queueQuery(f, null).replace(/[?&]limit=\d+/u, '').replace(/^&/u, '?');
    window.history.replaceState({}, '', `${window.location.pathname}${search === '?' ? '' : search}`);
  };
  const open = (id: string | null) => {
    setOpenId(id);
    window.history.pushState({}, '', `/inbox${id ? `/${id}` : ''}${window.location.search}`);
  };
  useEffect(() => {
    const onPop = () => setOpenId(conversationFromPath(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const groupBrand = useMemo(() => selectionBrand(checked, items), [checked, items]);
  const openSummary = items.find((i) => i.id === openId) ?? null;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Inbox</Title>
        <Group gap="md">
          <Text size="sm" c="gray.8" aria-live="polite" data-testid="queue-count">
            {items.length}{nextCursor ? '+' : ''} conversation{items.length === 1 ? '' : 's'}
            {refreshedAt ? ` · updated ${new Date(refreshedAt).toLocaleTimeString('en-GB')}` : ''}
          </Text>
          <Text size="sm" c="gray.8" data-testid="live-state">
            {live ? '● Live' : '○ Refreshing every few seconds'}
          </Text>
        </Group>
      </Group>
      <QueueFilterBar filters={filters} onChange={changeFilters} brands={me.brands} teams={teams} />
      {error && <Alert color="red" title="The inbox did not answer" role="alert">{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {groupBrand && checked.length > 0 && (
            <GroupedAnswerPanel brand={groupBrand} selected={checked} items={items} initialText={groupedDraft}
              onPosted={(answer, names) => { setGrouped({ answer, names }); setGroupedDraft(undefined); setChecked([]); load(); }}
              onClear={() => { setChecked([]); setGroupedDraft(undefined); }} />
          )}
          {grouped && (
            <GroupedOutcomePanel brand={grouped.answer.brand} answer={grouped.answer} names={grouped.names}
              onRetried={(answer) => { setGrouped({ answer, names: grouped.names }); load(); }}
              onEdit={(failedIds, text) => { setChecked(failedIds); setGroupedDraft(text); setGrouped(null); }}
              onDismiss={() => setGrouped(null)} />
          )}
          <nav aria-label="Queue, by due time">
            <Queue items={items} now={now} openId={openId} onOpen={open} checked={checked}
              onToggle={(id) => setChecked((c) => toggleSelection(c, id))} />
            {items.length === 0 && !error && <Text c="gray.8">Nothing here. New conversations appear by themselves.</Text>}
            {nextCursor && <Button variant="outline" color="indigo.8" fullWidth mt="xs" onClick={loadMore}>Load more</Button>}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {openId
            ? <ConversationView key={openId} id={openId} summary={openSummary} me={me} now={now} teams={teams}
                onChanged={load} onOpen={open} />
            : <Text c="gray.8">Choose a conversation to read and answer it.</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
