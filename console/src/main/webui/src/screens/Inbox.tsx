import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, type ConversationDetail, type ConversationPage, type ConversationSummary, type Reply, get, query,
  send } from '../api';
import { useInboxStream, useNow, usePolling } from '../hooks';
import { dueState } from '../logic/due';
import { type Me, canReply } from '../logic/navigation';
import { CHANNELS } from '../logic/targets';
import { thread } from '../logic/thread';

/**
 * How often the queue asks the inbox again: often without the live stream, rarely with it (the stream
 * tells of new and answered conversations, not of a new message in one already open). docs/console.md.
 */
export const QUEUE_REFRESH_MS = 4000;
export const QUEUE_REFRESH_LIVE_MS = 15000;

function DueBadge({ c, now }: { c: { receivedAt: string; dueAt: string; status: string }; now: number }) {
  const due = dueState(c.receivedAt, c.dueAt, now, c.status);
  return <span className={`due due-${due.state}`} data-due-state={due.state}>{due.label}</span>;
}

export function InboxScreen({ me }: { me: Me }) {
  const now = useNow(1000);
  const [brand, setBrand] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>('new,open');
  const [items, setItems] = useState<ConversationSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);

  const load = useCallback(() => {
    get<ConversationPage>(`/api/v1/conversations${query({ status, brand, platform: channel, limit: 100 })}`)
      .then(({ body }) => { setItems(body.items); setError(null); setRefreshedAt(Date.now()); })
      .catch((e: ApiError) => setError(e.message));
  }, [status, brand, channel]);
  const live = useInboxStream(load);
  usePolling(load, live ? QUEUE_REFRESH_LIVE_MS : QUEUE_REFRESH_MS, [load, live]);

  return (
    <Stack>
      <Title order={2}>Inbox</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} clearable placeholder="All brands"
          w={160} />
        <Select label="Channel" data={[...CHANNELS]} value={channel} onChange={setChannel} clearable
          placeholder="All channels" w={160} />
        <Select label="Status" data={[{ value: 'new,open', label: 'Waiting for us' }, { value: 'new', label: 'New' },
          { value: 'open', label: 'Open' }, { value: 'pending_customer', label: 'Pending customer' },
          { value: 'answered', label: 'Answered' }, { value: 'resolved', label: 'Resolved' }]}
          value={status} onChange={setStatus} clearable placeholder="Any status" w={160} />
        <Text size="sm" c="gray.8" aria-live="polite">
          {items.length} conversation{items.length === 1 ? '' : 's'}
          {refreshedAt ? ` · updated ${new Date(refreshedAt).toLocaleTimeString()}` : ''}
        </Text>
        <Text size="sm" c="gray.8" data-testid="live-state">
          {live ? '● Live' : '○ Refreshing every few seconds'}
        </Text>
      </Group>
      {error && <Alert color="red" title="The inbox did not answer">{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <nav aria-label="Queue, by due time">
            <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="queue">
              {items.map((c) => {
                const state = dueState(c.receivedAt, c.dueAt, now, c.status).state;
                return (
                  <li key={c.id}>
                    <button type="button" className={`queue-item ${state}`} aria-current={c.id === selected}
                      data-conversation-id={c.id} onClick={() => setSelected(c.id)}>
                      <Group justify="space-between" wrap="nowrap">
                        <Text fw={600} size="sm" truncate>{c.author?.name ?? 'Customer'}</Text>
                        <DueBadge c={c} now={now} />
                      </Group>
                      <Text size="sm" lineClamp={2} className="preview">{c.preview}</Text>
                      <Text size="xs" c="gray.8">{c.platform} · {c.brand} · {c.interactions} message
                        {c.interactions === 1 ? '' : 's'}</Text>
                    </button>
                  </li>
                );
              })}
            </ol>
            {items.length === 0 && !error && <Text c="gray.8">Nothing waiting. New conversations appear here.</Text>}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected
            ? <ConversationView id={selected} now={now} mayReply={canReply(me)} onChanged={load} />
            : <Text c="gray.8">Choose a conversation to read and answer it.</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ConversationView({ id, now, mayReply, onChanged }: {
  id: string; now: number; mayReply: boolean; onChanged: () => void;
}) {
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const idempotencyKey = useRef<string>(crypto.randomUUID());

  const load = useCallback(() => {
    get<ConversationDetail>(`/api/v1/conversations/${id}`)
      .then(({ body }) => { setDetail(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [id]);
  useEffect(() => { setDetail(null); setText(''); setSendError(null); }, [id]);
  // While a reply is on its way, follow it until the platform confirms it.
  const waiting = detail?.replies.some((r) => r.status === 'sending') ?? false;
  usePolling(load, waiting ? 1500 : 5000, [load, waiting]);

  const reply = async () => {
    if (!text.trim()) return;
    setSending(true);
    setSendError(null);
    try {
      await send<Reply>('POST', `/api/v1/conversations/${id}/replies`, { text },
        { 'Idempotency-Key': idempotencyKey.current });
      idempotencyKey.current = crypto.randomUUID();
      setText('');
      load();
      onChanged();
    } catch (e) {
      setSendError((e as ApiError).message);
    } finally {
      setSending(false);
    }
  };

  if (error) return <Alert color="red" title="This conversation could not be loaded">{error}</Alert>;
  if (!detail) return <Text>Loading…</Text>;
  return (
    <Paper withBorder p="md" component="section" aria-label={`Conversation with ${detail.author?.name}`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">{detail.author?.name ?? 'Customer'} on {detail.platform}</Title>
        <Group gap="xs">
          <Badge color={detail.status === 'open' || detail.status === 'new' ? 'indigo.8' : 'gray.8'} variant="filled"
            data-testid="conversation-status">{detail.status}</Badge>
          <DueBadge c={detail} now={now} />
        </Group>
      </Group>
      <div role="log" aria-label="Thread" data-testid="thread">
        {thread(detail).map((e) => (
          <div key={e.key} className={`bubble bubble-${e.who}`}>
            <Text size="xs" fw={600}>{e.name} · {new Date(e.at).toLocaleString()}
              {e.status ? ` · ${e.status}` : ''}</Text>
            <Text size="sm">{e.text}</Text>
            {e.failureReason && <Text size="xs" c="red.9">{e.failureReason}</Text>}
          </div>
        ))}
      </div>
      {mayReply && (detail.status === 'open' || detail.status === 'new') && (
        <Stack gap="xs" mt="md">
          <Textarea label="Public reply" description="Ctrl+Enter sends" autosize minRows={3} value={text}
            onChange={(e) => setText(e.currentTarget.value)} maxLength={8000}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); reply(); } }} />
          {sendError && <Alert color="red" title="The reply was not sent">{sendError}</Alert>}
          <Group justify="flex-end">
            <Button onClick={reply} loading={sending} disabled={!text.trim()}>Send reply</Button>
          </Group>
        </Stack>
      )}
      {waiting && <Text size="sm" c="gray.8" mt="sm" aria-live="polite">Waiting for the platform to confirm the reply…</Text>}
    </Paper>
  );
}
