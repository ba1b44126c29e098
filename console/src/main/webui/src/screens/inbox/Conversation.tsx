import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError, get, send, sendOnce } from '../../api';
import { RetryKeys } from '../../logic/idempotency';
import { usePolling } from '../../hooks';
import { useTranslation } from '../../i18n/i18n';
import { type Me, canReply } from '../../logic/navigation';
import { thread } from '../../logic/thread';
import { networkLink, postUrl } from '../../logic/inbox/links';
import { answeringNotice, attachmentView, awaitsBrand, statusActions } from '../../logic/inbox/workflow';
import type { ConversationDetail, ConversationSummary, Interaction, Moderation, Ownership, Team } from '../../types/inbox';
import { DueBadge, ErrorLine, problemText, useAll, useLoad, useWhen } from './common';
import { SignalBadges } from './SignalBadges';
import { Composer } from './Composer';
import { HeldReply } from './HeldReply';
import { rejectedDraft } from '../../logic/approvals/replyApprovals';
import { AuditTrail, AuthorHistoryPanel, OwnerPanel } from './Context';
import { NotesPanel } from './Notes';
import { CompensationPanel } from './Compensation';
import { ComplaintMemory } from './ComplaintMemory';

/**
 * A conversation, laid out for work: at the top, who the customer is (their profile, the post and the comment on the
 * network, their history, the audit trail) with the status and the clock; then the thread and the reply with Send
 * in view; beside them, the owner, compensation, complaints memory and notes. With `takeFocus` the heading takes
 * the focus once it has loaded, so Enter on a queue item (or j/k) moves the keyboard to the conversation.
 */
export function ConversationView({ id, summary, me, now, teams, onChanged, onOpen, takeFocus, nudge = 0 }: {
  id: string; summary: ConversationSummary | null; me: Me; now: number; teams: Team[]; onChanged: () => void;
  onOpen: (id: string) => void; takeFocus: boolean;
  /** Changes when news arrives that the side panels read (an approver's decision): they read again. */
  nudge?: number;
}) {
  const { t } = useTranslation('inbox');
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ownership = useLoad<Ownership>(`/api/v1/conversations/${id}/ownership`);
  const moderation = useAll<Moderation>(`/api/v1/conversations/${id}/moderation`);
  const [auditVersion, setAuditVersion] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const [draft, setDraft] = useState<{ text: string; at: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A reply an approver rejected goes back to its author: its text into the composer, once per rejected reply.
  const takenUp = useRef<string | null>(null);
  const focused = useRef(false);

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
  useEffect(() => {
    const rejected = detail ? rejectedDraft(detail.replies, me.userName) : null;
    if (rejected && takenUp.current !== rejected.id) {
      takenUp.current = rejected.id;
      setDraft({ text: rejected.text, at: Date.now() });
    }
  }, [detail, me.userName]);
  const changed = () => { refresh(); setAuditVersion((v) => v + 1); onChanged(); };
  useEffect(() => { if (nudge > 0) setAuditVersion((v) => v + 1); }, [nudge]);
  useEffect(() => {
    if (detail && takeFocus && !focused.current) {
      focused.current = true;
      heading.current?.focus();
    }
  }, [detail, takeFocus]);

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

  if (error) return <Alert color="red" title={t('conversation.loadFailed')} role="alert">{error}</Alert>;
  if (!detail) return <Text>{t('conversation.loading')}</Text>;
  const mayReply = canReply(me);
  const colleague = answeringNotice(ownership.data, me.userName, now);
  // What enrichment read: the detail's own (a deep link), else the queue's line for it.
  const facts = { moment: detail.moment ?? summary?.moment, sentiment: detail.sentiment ?? summary?.sentiment,
    language: detail.language ?? summary?.language };
  const isComplaint = facts.moment === 'complaint';
  const name = detail.author?.name ?? t('queue.customer');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('conversation.label', { name })}
      data-testid="conversation" className="inbox-conversation">
      <div className="inbox-conversation-head">
        <Group justify="space-between" mb={4} wrap="wrap" gap="xs">
          <Title order={3} size="h4" ref={heading} tabIndex={-1} data-testid="conversation-heading">
            {t('conversation.heading', { name, platform: detail.platform, brand: detail.brand })}
          </Title>
          <Group gap="xs">
            <Badge color={awaitsBrand(detail.status) ? 'indigo.8' : 'gray.8'} variant="filled"
              data-testid="conversation-status">{t(`status.${detail.status}`, { defaultValue: detail.status })}</Badge>
            <DueBadge c={{ ...detail, breachedAt: detail.breachedAt ?? ownership.data?.breachedAt }} now={now} />
          </Group>
        </Group>
        {mayReply && (
          <Group gap="xs" aria-label={t('conversation.statusActions')} role="group">
            {statusActions(detail.status).map((a) => (
              <Button key={a.to} size="xs" variant="outline" color="indigo.8" data-action={a.to}
                onClick={() => (a.to === 'resolved' && isComplaint ? setResolving(true) : changeStatus(a.to))}>
                {t(`action.${a.key}`)}
              </Button>
            ))}
            {facts.moment && (
              <Text size="xs" c="gray.8">{t('conversation.facts', { moment: t(`moment.${facts.moment}`,
                { defaultValue: facts.moment }), sentiment: facts.sentiment ? t(`sentiment.${facts.sentiment}`,
                { defaultValue: facts.sentiment }) : '—', language: facts.language?.toUpperCase() ?? '—' })}</Text>
            )}
          </Group>
        )}
        <ErrorLine title={t('conversation.statusFailed')} error={actionError} />
      </div>
      <CustomerContext detail={detail} id={id} onOpen={onOpen} auditVersion={auditVersion} />
      {colleague && (
        <Alert color="#8a3c00" variant="outline" role="status" my="xs" data-testid="answering-notice"
          title={t('conversation.someoneAnswering')}>
          {t('conversation.answering', { name: colleague })} {t('conversation.answeringAdvice')}
        </Alert>
      )}
      <div className="inbox-conversation-body">
        <div className="inbox-conversation-main">
          <Thread detail={detail} moderation={moderation.data ?? []} mayModerate={mayReply} onChanged={changed}
            onEdit={(text) => setDraft({ text, at: Date.now() })} me={me.userName} now={now} />
          {waiting && <Text size="sm" c="gray.8" mt="sm" aria-live="polite">{t('conversation.waitingPlatform')}</Text>}
          {mayReply && (
            <Composer detail={detail} me={me} ownership={ownership.data} onSent={changed} draft={draft} />
          )}
        </div>
        <Stack gap="sm" className="inbox-conversation-side" component="aside" aria-label={t('conversation.side')}>
          <OwnerPanel conversationId={id} brand={detail.brand} ownership={ownership.data} teams={teams}
            mayAssign={mayReply} onChanged={changed} />
          <ComplaintMemory conversationId={id} status={detail.status} complaint={isComplaint}
            resolving={resolving} onCancel={() => setResolving(false)}
            onResolve={() => changeStatus('resolved')} />
          <CompensationPanel conversationId={id} mayOffer={mayReply} onChanged={changed} version={auditVersion} />
          <NotesPanel conversationId={id} brand={detail.brand} onChanged={changed} />
        </Stack>
      </div>
    </Paper>
  );
}

/** Who the customer is, first: links to them and to what they wrote on the network, their history, the audit trail. */
function CustomerContext({ detail, id, onOpen, auditVersion }: {
  detail: ConversationDetail; id: string; onOpen: (id: string) => void; auditVersion: number;
}) {
  const { t } = useTranslation('inbox');
  const name = detail.author?.name ?? t('queue.customer');
  const profile = networkLink(detail.author?.profileUrl);
  const post = postUrl(detail.platform, detail.postId) ?? networkLink(detail.story?.permalink);
  const comment = networkLink(detail.interactions[0]?.permalink);
  return (
    <div className="inbox-context" data-testid="customer-context" role="region" aria-label={t('conversation.context')}>
      {(profile || post || comment) && (
        <Group gap="md" mb={4} data-testid="network-links" aria-label={t('conversation.links')} role="group">
          {profile && <Anchor href={profile} target="_blank" rel="noreferrer noopener" size="sm">
            {t('conversation.profile', { name, platform: detail.platform })}</Anchor>}
          {post && <Anchor href={post} target="_blank" rel="noreferrer noopener" size="sm" data-testid="post-link">
            {t('conversation.post', { platform: detail.platform })}</Anchor>}
          {comment && <Anchor href={comment} target="_blank" rel="noreferrer noopener" size="sm" data-testid="comment-link">
            {t('conversation.comment', { platform: detail.platform })}</Anchor>}
        </Group>
      )}
      {detail.story && (
        <Text size="sm" mb={4} data-testid="conversation-story">
          {t('conversation.story')}{' '}
          <Anchor href={`/stories/${detail.story.id}?variant=${detail.story.variantId}`}>“{detail.story.title}”</Anchor>
        </Text>
      )}
      <AuthorHistoryPanel conversationId={id} onOpen={onOpen} />
      <AuditTrail conversationId={id} version={auditVersion} />
    </div>
  );
}

function Thread({ detail, moderation, mayModerate, onChanged, onEdit, me, now }: {
  detail: ConversationDetail; moderation: Moderation[]; mayModerate: boolean; onChanged: () => void;
  onEdit: (text: string) => void; me: string; now: number;
}) {
  const { t } = useTranslation('inbox');
  const when = useWhen();
  return (
    <div role="log" aria-label={t('conversation.thread')} data-testid="thread">
      {thread(detail).map((e) => (
        <div key={e.key} className={`bubble bubble-${e.who}${e.interaction?.state === 'hidden' ? ' bubble-hidden' : ''}`
          + `${e.reply?.status === 'failed' ? ' bubble-failed' : ''}`}
          data-interaction-id={e.interaction?.id}>
          <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
            <Text size="xs" fw={600}>{e.name} · {when(e.at)}
              {e.status ? ` · ${t(`reply.state.${e.status}`, { defaultValue: e.status })}` : ''}
              {e.interaction?.editedAt ? ` · ${t('conversation.edited')}` : ''}</Text>
            {e.interaction && (
              <MessageMenu interaction={e.interaction} platform={detail.platform} conversationId={detail.id}
                history={moderation.filter((m) => m.interactionId === e.interaction!.id)} mayModerate={mayModerate}
                onChanged={onChanged} />
            )}
          </Group>
          {e.interaction && <SignalBadges signals={e.interaction} showScore />}
          <Text size="sm">{e.text}</Text>
          {e.interaction?.attachments && e.interaction.attachments.length > 0 && (
            <Attachments interaction={e.interaction} />
          )}
          {e.reply?.status === 'failed'
            ? <FailedReply conversationId={detail.id} text={e.reply.text} reason={e.failureReason ?? null}
                mayRetry={mayModerate && awaitsBrand(detail.status)} onRetried={onChanged} onEdit={onEdit} />
            : e.failureReason && <Text size="xs" c="red.9">{e.failureReason}</Text>}
          {e.reply?.approval && (
            <HeldReply reply={e.reply} now={now} mine={e.reply.author === me} onEdit={onEdit} />
          )}
          {e.reply?.findings && e.reply.findings.length > 0 && (
            <Text size="xs" c="gray.8">{t('reply.standards', { verdict: e.reply.checkVerdict ?? '' })}
              {e.reply.overrideBy ? ` · ${t('reply.overridden', { name: e.reply.overrideBy, reason: e.reply.overrideReason ?? '' })}` : ''}</Text>
          )}
          {e.interaction && (
            <ModerationState interaction={e.interaction} platform={detail.platform}
              history={moderation.filter((m) => m.interactionId === e.interaction!.id)} />
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
  const { t } = useTranslation('inbox');
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
      <Text size="sm" fw={700} c="red.9">{t('reply.failed')}</Text>
      {reason && <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>{t('reply.why', { reason })}</Text>}
      {mayRetry && (
        <Group gap={6} mt={4}>
          <Button size="compact-sm" color="indigo.8" loading={busy} onClick={retry}>{t('reply.retry')}</Button>
          <Button size="compact-sm" variant="outline" color="indigo.8" onClick={() => onEdit(text)}>{t('reply.editAndSend')}</Button>
        </Group>
      )}
      <ErrorLine title={t('reply.notSentAgain')} error={error} />
    </div>
  );
}

function Attachments({ interaction }: { interaction: Interaction }) {
  const { t } = useTranslation('inbox');
  const author = interaction.author?.name ?? t('queue.customer');
  return (
    <ul className="attachments" aria-label={t('attachment.list')}>
      {interaction.attachments!.map((a, i) => {
        const v = attachmentView(a, i);
        const what = t(`attachment.kind.${v.what}`);
        return (
          <li key={`${a.url ?? a.platformId}-${i}`}>
            {v.kind === 'image' && (
              <a href={v.url!} target="_blank" rel="noreferrer noopener">
                <img src={v.url!} alt={t('attachment.photo', { number: v.number, name: author })}
                  className="attachment-thumb" loading="lazy" />
              </a>
            )}
            {v.kind === 'link' && <a href={v.url!} target="_blank" rel="noreferrer noopener">
              {t('attachment.numbered', { what, number: v.number })}{a.type === 'link' ? `: ${v.url}` : ''}</a>}
            {v.kind === 'text' && <span>{t('attachment.withId', { what, number: v.number,
              id: v.platformId ?? t('attachment.noAddress') })}</span>}
          </li>
        );
      })}
    </ul>
  );
}

const REASONS = ['abusive', 'spam', 'below_the_belt', 'legal'];
const HIDEABLE = ['facebook', 'instagram', 'x', 'youtube'];

/** What was done to a customer's message on the platform, and whether a moderation is on its way or was refused. */
function ModerationState({ interaction, platform, history }: {
  interaction: Interaction; platform: string; history: Moderation[];
}) {
  const { t } = useTranslation('inbox');
  const when = useWhen();
  const latest = history[history.length - 1];
  const state = interaction.state ?? 'visible';
  const pending = history.some((m) => m.status === 'sending');
  return (
    <div className="moderation" data-testid="moderation">
      {state !== 'visible' && (
        <Text size="xs" fw={600} className={`moderation-state moderation-${state}`} data-testid="moderation-state">
          {t(state === 'hidden' ? 'moderation.hidden' : 'moderation.deleted', { platform })}
          {latest ? ` ${t('moderation.by', { name: latest.requestedBy, time: when(latest.completedAt ?? latest.requestedAt) })}` : ''}
          {latest?.reason ? ` · ${t(`moderation.reason.${latest.reason}`, { defaultValue: latest.reason })}` : ''}
        </Text>
      )}
      {pending && <Text size="xs" c="gray.8" role="status">{t('moderation.onItsWay',
        { action: t(`moderation.action.${latest?.action}`, { defaultValue: latest?.action ?? '' }) })}</Text>}
      {latest?.status === 'failed' && <Text size="xs" c="red.9">{t('moderation.refused', { reason: latest.failureReason ?? '' })}</Text>}
    </div>
  );
}

/**
 * One menu per customer message: see it on the network, hide it (where the network can) or delete it — each with
 * its reason, recorded — or undo a hide. The thread stays readable: no row of controls under every message.
 */
function MessageMenu({ interaction, platform, conversationId, history, mayModerate, onChanged }: {
  interaction: Interaction; platform: string; conversationId: string; history: Moderation[]; mayModerate: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('inbox');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [interaction.state]);
  const pending = history.some((m) => m.status === 'sending');
  const state = interaction.state ?? 'visible';
  const link = networkLink(interaction.permalink);
  const [keys] = useState(() => new RetryKeys());
  const act = async (action: 'hide' | 'unhide' | 'delete', reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await sendOnce(keys, `/api/v1/conversations/${conversationId}/moderation`,
        { interactionId: interaction.id, action, reason });
      onChanged();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const mayAct = mayModerate && !pending;
  if (!link && !mayAct) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button size="compact-xs" variant="default" loading={busy}
            aria-label={t('moderation.menu', { name: interaction.author?.name ?? t('queue.customer') })}>
            {t('moderation.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {link && <Menu.Item component="a" href={link} target="_blank" rel="noreferrer noopener">
            {t('moderation.see', { platform })}</Menu.Item>}
          {mayAct && state === 'visible' && HIDEABLE.includes(platform) && (
            <>
              <Menu.Label>{t('moderation.hideGroup', { platform })}</Menu.Label>
              {REASONS.map((r) => (
                <Menu.Item key={`hide-${r}`} onClick={() => act('hide', r)}>
                  {t('moderation.hide', { reason: t(`moderation.reason.${r}`) })}</Menu.Item>
              ))}
            </>
          )}
          {mayAct && state === 'visible' && (
            <>
              <Menu.Label>{t('moderation.deleteGroup')}</Menu.Label>
              {REASONS.map((r) => (
                <Menu.Item key={`delete-${r}`} color="red.9" onClick={() => act('delete', r)}>
                  {t('moderation.delete', { reason: t(`moderation.reason.${r}`) })}</Menu.Item>
              ))}
            </>
          )}
          {mayAct && state === 'hidden' && (
            <Menu.Item onClick={() => act('unhide')}>{t('moderation.undo')}</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {error && <div style={{ flexBasis: '100%' }}><ErrorLine title={t('moderation.failed')} error={error} /></div>}
    </>
  );
}
