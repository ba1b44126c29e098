import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { usePolling } from '../../hooks';
import { type Me, canReply } from '../../logic/navigation';
import { thread } from '../../logic/thread';
import { STATUS_LABELS, answeringNotice, attachmentView, awaitsBrand, statusActions } from '../../logic/inbox/workflow';
import type { ConversationDetail, ConversationSummary, Interaction, Moderation, Ownership, Team } from '../../types/inbox';
import { DueBadge, ErrorLine, problemText, useLoad, when } from './common';
import { Composer } from './Composer';
import { AuditTrail, AuthorHistoryPanel, OwnerPanel } from './Context';
import { NotesPanel } from './Notes';
import { CompensationPanel } from './Compensation';
import { ComplaintMemory } from './ComplaintMemory';

/** A conversation: the thread, who owns it and who is answering, its status, and everything done to it. */
export function ConversationView({ id, summary, me, now, teams, onChanged, onOpen }: {
  id: string; summary: ConversationSummary | null; me: Me; now: number; teams: Team[]; onChanged: () => void;
  onOpen: (id: string) => void;
}) {
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ownership = useLoad<Ownership>(`/api/v1/conversations/${id}/ownership`);
  const moderation = useLoad<Moderation[]>(`/api/v1/conversations/${id}/moderation`);
  const [auditVersion, setAuditVersion] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const [draft, setDraft] = useState<{ text: string; at: number } | null>(null);

  const load = useCallback(() => {
    get<ConversationDetail>(`/api/v1/conversations/${id}`)
      .then(({ body }) => { setDetail(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [id]);
  const { reload: reloadOwnership } = ownership;
  const { reload: reloadModeration } = moderation;
  // While a reply or a moderation is on its way, follow it until the platform confirms it; the answering
  // mark of a colleague shows within seconds.
  const waiting = (detail?.replies.some((r) => r.status === 'sending') ?? false)
    || (moderation.data?.some((m) => m.status === 'sending') ?? false);
  const refresh = useCallback(() => { load(); reloadOwnership(); reloadModeration(); }, [load, reloadOwnership,
    reloadModeration]);
  usePolling(refresh, waiting ? 1500 : 5000, [refresh, waiting]);
  const changed = () => { refresh(); setAuditVersion((v) => v + 1); onChanged(); };

  const changeStatus = async (to: string) => {
    setActionError(null);
    try {
      await send('PUT', `/api/v1/conversations/${id}/status`, { status: to });
      setResolving(false);
      changed();
    } catch (e) {
      setActionError(problemText(e));
    }
  };

  if (error) return <Alert color="red" title="This conversation could not be loaded" role="alert">{error}</Alert>;
  if (!detail) return <Text>Loading…</Text>;
  const mayReply = canReply(me);
  const notice = answeringNotice(ownership.data, me.userName, now);
  // What enrichment read: the detail's own (a deep link), else the queue's line for it.
  const facts = { moment: detail.moment ?? summary?.moment, sentiment: detail.sentiment ?? summary?.sentiment,
    language: detail.language ?? summary?.language };
  const isComplaint = facts.moment === 'complaint';
  return (
    <Paper withBorder p="md" component="section" aria-label={`Conversation with ${detail.author?.name}`}
      data-testid="conversation">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h4">{detail.author?.name ?? 'Customer'} on {detail.platform} · {detail.brand}</Title>
        <Group gap="xs">
          <Badge color={awaitsBrand(detail.status) ? 'indigo.8' : 'gray.8'} variant="filled"
            data-testid="conversation-status">{detail.status}</Badge>
          <DueBadge c={{ ...detail, breachedAt: detail.breachedAt ?? ownership.data?.breachedAt }} now={now} />
        </Group>
      </Group>
      {detail.story && (
        <Text size="sm" mb="xs" data-testid="conversation-story">
          Answers the post of the story{' '}
          <Anchor href={`/stories/${detail.story.id}?variant=${detail.story.variantId}`}>“{detail.story.title}”</Anchor>
          {detail.story.permalink && <> · <Anchor href={detail.story.permalink} target="_blank" rel="noreferrer">the post</Anchor></>}
        </Text>
      )}
      {notice && (
        <Alert color="#8a3c00" variant="outline" role="status" mb="xs" data-testid="answering-notice"
          title="Someone else is answering">
          {notice} Wait for their reply, or talk to them before you answer.
        </Alert>
      )}
      {mayReply && (
        <Group gap="xs" mb="sm" aria-label="Status actions" role="group">
          {statusActions(detail.status).map((a) => (
            <Button key={a.to} size="xs" variant="outline" color="indigo.8"
              onClick={() => (a.to === 'resolved' && isComplaint ? setResolving(true) : changeStatus(a.to))}>
              {a.label}
            </Button>
          ))}
          {facts.moment && <Text size="xs" c="gray.8">Moment: {facts.moment} · {facts.sentiment ?? '—'} · {facts.language?.toUpperCase() ?? '—'}</Text>}
        </Group>
      )}
      <ErrorLine title="The status did not change" error={actionError} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Thread detail={detail} moderation={moderation.data ?? []} mayModerate={mayReply} onChanged={changed}
            onEdit={(text) => setDraft({ text, at: Date.now() })} />
          {mayReply && (
            <Composer detail={detail} me={me} ownership={ownership.data} onSent={changed} draft={draft} />
          )}
          {waiting && <Text size="sm" c="gray.8" mt="sm" aria-live="polite">Waiting for the platform to confirm…</Text>}
          <NotesPanel conversationId={id} onChanged={changed} teams={teams} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="sm">
            <OwnerPanel conversationId={id} brand={detail.brand} ownership={ownership.data} teams={teams}
              mayAssign={mayReply} onChanged={changed} />
            <ComplaintMemory conversationId={id} status={detail.status} complaint={isComplaint}
              resolving={resolving} onCancel={() => setResolving(false)}
              onResolve={() => changeStatus('resolved')} />
            <CompensationPanel conversationId={id} mayOffer={mayReply} onChanged={changed} />
            <AuthorHistoryPanel conversationId={id} onOpen={onOpen} />
            <AuditTrail conversationId={id} version={auditVersion} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

const REASONS = [
  { value: 'abusive', label: 'Abusive' }, { value: 'spam', label: 'Spam' },
  { value: 'below_the_belt', label: 'Below the belt' }, { value: 'legal', label: 'Legal' },
];

function Thread({ detail, moderation, mayModerate, onChanged, onEdit }: {
  detail: ConversationDetail; moderation: Moderation[]; mayModerate: boolean; onChanged: () => void;
  onEdit: (text: string) => void;
}) {
  return (
    <div role="log" aria-label="Thread" data-testid="thread">
      {thread(detail).map((e) => (
        <div key={e.key} className={`bubble bubble-${e.who}${e.interaction?.state === 'hidden' ? ' bubble-hidden' : ''}`
          + `${e.reply?.status === 'failed' ? ' bubble-failed' : ''}`}
          data-interaction-id={e.interaction?.id}>
          <Text size="xs" fw={600}>{e.name} · {when(e.at)}
            {e.status ? ` · ${e.status}` : ''}
            {e.interaction?.editedAt ? ' · edited' : ''}</Text>
          <Text size="sm">{e.text}</Text>
          {e.interaction?.attachments && e.interaction.attachments.length > 0 && (
            <Attachments interaction={e.interaction} />
          )}
          {e.reply?.status === 'failed'
            ? <FailedReply conversationId={detail.id} text={e.reply.text} reason={e.failureReason ?? null}
                mayRetry={mayModerate && awaitsBrand(detail.status)} onRetried={onChanged} onEdit={onEdit} />
            : e.failureReason && <Text size="xs" c="red.9">{e.failureReason}</Text>}
          {e.reply?.findings && e.reply.findings.length > 0 && (
            <Text size="xs" c="gray.8">Standards: {e.reply.checkVerdict}
              {e.reply.overrideBy ? ` · overridden by ${e.reply.overrideBy}: ${e.reply.overrideReason}` : ''}</Text>
          )}
          {e.interaction && (
            <ModerationControls interaction={e.interaction} platform={detail.platform} conversationId={detail.id}
              history={moderation.filter((m) => m.interactionId === e.interaction!.id)} mayModerate={mayModerate}
              onChanged={onChanged} />
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * A reply the platform refused: said plainly, with the platform's reason, and the text kept — sent again as it
 * is (a new reply, checked like any other), or put back in the composer to change first.
 */
function FailedReply({ conversationId, text, reason, mayRetry, onRetried, onEdit }: {
  conversationId: string; text: string; reason: string | null; mayRetry: boolean; onRetried: () => void;
  onEdit: (text: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      await send('POST', `/api/v1/conversations/${conversationId}/replies`, { text },
        { 'Idempotency-Key': crypto.randomUUID() });
      onRetried();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="reply-failed" data-testid="reply-failed">
      <Text size="sm" fw={700} c="red.9">✕ Not delivered — the customer has not seen this reply</Text>
      {reason && <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>Why: {reason}</Text>}
      {mayRetry && (
        <Group gap={6} mt={4}>
          <Button size="compact-sm" color="indigo.8" loading={busy} onClick={retry}>Retry</Button>
          <Button size="compact-sm" variant="outline" color="indigo.8" onClick={() => onEdit(text)}>Edit and send</Button>
        </Group>
      )}
      <ErrorLine title="The reply was not sent again" error={error} />
    </div>
  );
}

function Attachments({ interaction }: { interaction: Interaction }) {
  return (
    <ul className="attachments" aria-label="Attachments">
      {interaction.attachments!.map((a, i) => {
        const v = attachmentView(a, interaction.author?.name ?? 'the customer', i);
        return (
          <li key={`${a.url ?? a.platformId}-${i}`}>
            {v.kind === 'image' && (
              <a href={v.url!} target="_blank" rel="noreferrer noopener">
                <img src={v.url!} alt={v.label} className="attachment-thumb" loading="lazy" />
              </a>
            )}
            {v.kind === 'link' && <a href={v.url!} target="_blank" rel="noreferrer noopener">{v.label}</a>}
            {v.kind === 'text' && <span>{v.label}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** Hide with a reason, undo the hide, or delete; the record of who did what and when. */
function ModerationControls({ interaction, platform, conversationId, history, mayModerate, onChanged }: {
  interaction: Interaction; platform: string; conversationId: string; history: Moderation[]; mayModerate: boolean;
  onChanged: () => void;
}) {
  const [reason, setReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [interaction.state]);
  const pending = history.some((m) => m.status === 'sending');
  const latest = history[history.length - 1];
  const state = interaction.state ?? 'visible';
  const act = async (action: 'hide' | 'unhide' | 'delete') => {
    setBusy(true);
    setError(null);
    try {
      await send('POST', `/api/v1/conversations/${conversationId}/moderation`,
        { interactionId: interaction.id, action, reason: action === 'unhide' ? undefined : reason });
      setReason(null);
      onChanged();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const canHide = ['facebook', 'instagram', 'x', 'youtube'].includes(platform);
  return (
    <div className="moderation" data-testid="moderation">
      {state !== 'visible' && (
        <Text size="xs" fw={600} className={`moderation-state moderation-${state}`} data-testid="moderation-state">
          {state === 'hidden' ? '🙈 Hidden' : '🗑 Deleted'} on {platform}
          {latest ? ` by ${latest.requestedBy} at ${when(latest.completedAt ?? latest.requestedAt)}` : ''}
          {latest?.reason ? ` · ${latest.reason.replace(/_/gu, ' ')}` : ''}
        </Text>
      )}
      {pending && <Text size="xs" c="gray.8" role="status">Moderation on its way: {latest?.action}…</Text>}
      {latest?.status === 'failed' && <Text size="xs" c="red.9">The platform refused: {latest.failureReason}</Text>}
      {mayModerate && !pending && state === 'visible' && (
        <Group gap={4} mt={4}>
          <Select aria-label={`Reason to moderate the message of ${interaction.author?.name ?? 'the customer'}`}
            placeholder="Reason…" size="xs" w={150} data={REASONS} value={reason} onChange={setReason} />
          {canHide && (
            <Button size="compact-xs" variant="outline" color="gray.8" disabled={!reason} loading={busy}
              onClick={() => act('hide')}>Hide</Button>
          )}
          <Button size="compact-xs" variant="outline" color="red.9" disabled={!reason} loading={busy}
            onClick={() => act('delete')}>Delete</Button>
        </Group>
      )}
      {mayModerate && !pending && state === 'hidden' && (
        <Button size="compact-xs" variant="outline" color="indigo.8" mt={4} loading={busy} onClick={() => act('unhide')}>
          Undo hide
        </Button>
      )}
      <ErrorLine title="Moderation refused" error={error} />
    </div>
  );
}

export { STATUS_LABELS };
