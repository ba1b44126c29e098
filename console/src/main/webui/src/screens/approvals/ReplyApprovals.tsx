import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { usePolling } from '../../hooks';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { decisionKey } from '../../logic/approvals/approvals';
import { approverChoices, decisionBody, dueMinutes, heldState } from '../../logic/approvals/replyApprovals';
import type { Reply, ReplyApprovalPage, ReplyApprovalSetting } from '../../types/inbox';
import { useLoad } from '../inbox/common';

/** The replies queue refreshes this often: a held reply shows within this time. */
export const REPLY_APPROVALS_REFRESH_MS = 10_000;

type Item = ReplyApprovalPage['items'][number];

/**
 * Replies of the agents a brand holds (new starters), waiting for a second person (docs/inbox.md#reply-approvals):
 * the soonest approval due first, each approved as written, edited and approved, or rejected with a comment for its
 * author. Managers and admins name the held agents in the form above the queue.
 */
export function ReplyApprovalQueue({ brand, now, me, mayEditSetting, onCount }: {
  brand: string; now: number; me: string; mayEditSetting: boolean; onCount: (n: number) => void;
}) {
  const { t } = useTranslation('approvals');
  const format = useFormat();
  const [items, setItems] = useState<Item[] | null>(null);
  const [counts, setCounts] = useState<ReplyApprovalPage['counts'] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/reply-approvals`;

  const load = useCallback(() => {
    get<ReplyApprovalPage>(base)
      .then(({ body }) => {
        setItems(body.items);
        setNext(body.nextCursor);
        setCounts(body.counts);
        onCount(body.counts.waiting);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [base, onCount]);
  usePolling(load, REPLY_APPROVALS_REFRESH_MS, [load]);

  const more = () => {
    if (!next) return;
    get<ReplyApprovalPage>(`${base}?cursor=${encodeURIComponent(next)}`)
      .then(({ body }) => { setItems((old) => [...(old ?? []), ...body.items]); setNext(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  };

  const decided = (r: Reply) => {
    setDone(t(r.status === 'rejected' ? 'replies.rejected' : 'replies.approved', { author: r.author }));
    load();
  };

  return (
    <Stack>
      <HeldAgentsSetting brand={brand} editable={mayEditSetting} />
      {error && <Alert color="red" title={t('replies.failed')}>{error}</Alert>}
      {done && <Alert color="green" title={t('decision.title')} role="status" data-testid="reply-decision-done"
        withCloseButton closeButtonLabel={t('dismiss')} onClose={() => setDone(null)}>{done}</Alert>}
      {counts && (
        <Text size="sm" c="gray.8" data-testid="reply-approval-counts">
          {t('replies.counts', { waiting: format.number(counts.waiting), overdue: format.number(counts.overdue) })}
        </Text>
      )}
      {items && items.length === 0 && <Text c="gray.8" data-testid="reply-approvals-empty">{t('replies.empty', { brand })}</Text>}
      {!items && !error && <Text>{t('loading')}</Text>}
      <ol className="gov-list" aria-label={t('replies.label')} data-testid="reply-approvals">
        {items?.map((i) => (
          <li key={i.reply.id}>
            <HeldReplyCard item={i} now={now} brand={brand} mine={i.reply.author === me} onDecided={decided}
              onStale={load} />
          </li>
        ))}
      </ol>
      {next && <Button variant="subtle" color="indigo.8" onClick={more}>{t('replies.more')}</Button>}
    </Stack>
  );
}

function HeldReplyCard({ item, now, brand, mine, onDecided, onStale }: {
  item: Item; now: number; brand: string; mine: boolean; onDecided: (r: Reply) => void; onStale: () => void;
}) {
  const { t } = useTranslation('approvals');
  const format = useFormat();
  const { reply, conversation } = item;
  const [text, setText] = useState(reply.text);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const s = heldState(reply, now);
  const edited = text !== reply.text;
  const name = conversation.authorName ?? t('customer');

  const decide = async (how: 'approve' | 'reject') => {
    const body = decisionBody(how, reply.text, text, comment);
    if (!body) { setProblem(t('replies.rejectWhy')); return; }
    setBusy(how);
    setProblem(null);
    try {
      const { body: r } = await send<Reply>('POST',
        `/api/v1/brands/${encodeURIComponent(brand)}/reply-approvals/${reply.id}/${how}`, body);
      onDecided(r);
    } catch (e) {
      const p = (e as ApiError).problem;
      // 403: one's own reply or not an approver; 409: someone decided first; 422: the standards block the text.
      setProblem((e as ApiError).message);
      if (p.status === 409 || p.status === 404) onStale();
    } finally {
      setBusy(null);
    }
  };
  const keys = (e: React.KeyboardEvent) => {
    const how = decisionKey(e);
    if (how && busy === null && !mine) { e.preventDefault(); decide(how); }
  };

  return (
    <Paper withBorder p="md" component="article" className={`gov-card ${s.kind === 'waiting' ? s.state : ''}`}
      aria-label={t('replies.cardLabel', { author: reply.author, name })} data-reply-id={reply.id}>
      <Group justify="space-between" align="start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">{t('replies.wrote', { author: reply.author, at: format.dateTime(reply.createdAt) })}</Title>
          <Text size="sm" c="gray.8">{t('replies.to', { name, platform: t(`channel.${conversation.platform}`,
            { defaultValue: conversation.platform }), preview: conversation.preview ?? '' })}</Text>
          <Text size="xs" c={conversation.overdue ? 'red.9' : 'gray.8'}>
            {conversation.overdue ? t('replies.conversationOverdue')
              : t('replies.conversationDue', { at: format.dateTime(conversation.dueAt) })}</Text>
        </div>
        {s.kind === 'waiting' && (
          <span className={`due due-${s.state}`} data-due-state={s.state} data-testid="reply-approval-due">
            {t(s.overdue ? 'replies.overdue' : 'replies.due', { time: format.duration(s.ms) })}</span>
        )}
      </Group>
      <Anchor href={`/inbox/${conversation.id}`} size="sm" c="indigo.9">{t('replies.open')}</Anchor>
      {mine ? <Text size="sm" mt="xs" data-testid="held-text">{reply.text}</Text> : (
        <Stack gap="xs" mt="sm">
          <Textarea label={t('replies.text')} autosize minRows={2} maxLength={8000} value={text}
            data-testid="held-text" onChange={(e) => setText(e.currentTarget.value)} onKeyDown={keys} />
          <Textarea label={t('replies.comment', { author: reply.author })}
            description={`${t('replies.commentHelp')} ${t('card.keys')}`} autosize minRows={1} maxLength={2000}
            value={comment} data-testid="held-comment" onChange={(e) => setComment(e.currentTarget.value)} onKeyDown={keys} />
          {problem && <Alert color="red" title={t('replies.notDecided')} data-testid="reply-decision-problem">{problem}</Alert>}
          <Group justify="flex-end">
            <Button variant="outline" color="red.9" onClick={() => decide('reject')} loading={busy === 'reject'}
              disabled={busy !== null} data-testid="held-reject">{t('replies.reject')}</Button>
            <Button color="#1b5e20" onClick={() => decide('approve')} loading={busy === 'approve'}
              disabled={busy !== null || !text.trim()} data-testid="held-approve">
              {edited ? t('replies.approveEdited') : t('replies.approve')}</Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

/** Who is held, who approves and how long they have; managers and admins change it, everyone else reads it. */
function HeldAgentsSetting({ brand, editable }: { brand: string; editable: boolean }) {
  const { t } = useTranslation('approvals');
  const format = useFormat();
  const path = `/api/v1/brands/${encodeURIComponent(brand)}/reply-approvals/setting`;
  const setting = useLoad<ReplyApprovalSetting>(path);
  const directory = useLoad<{ brand: string; people: { user: string }[] }>(
    editable ? `/api/v1/brands/${encodeURIComponent(brand)}/people` : null);
  const [held, setHeld] = useState<string[]>([]);
  const [approvers, setApprovers] = useState<string[]>([]);
  const [due, setDue] = useState('15');
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!setting.data) return;
    setHeld(setting.data.heldAgents);
    setApprovers(setting.data.approvers);
    setDue(String(setting.data.dueMinutes));
  }, [setting.data]);
  const people = [...new Set([...(directory.data?.people.map((p) => p.user) ?? []), ...held, ...approvers])].sort();
  const minutes = dueMinutes(due);

  const save = async () => {
    if (minutes === null) return;
    setSaving(true);
    setResult(null);
    try {
      await send<ReplyApprovalSetting>('PUT', path, { heldAgents: held, approvers, dueMinutes: minutes });
      setResult({ ok: true, text: t('replies.setting.saved') });
      setting.reload();
    } catch (e) {
      setResult({ ok: false, text: (e as ApiError).message });
    } finally {
      setSaving(false);
    }
  };

  const s = setting.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="held-agents-title" data-testid="held-agents">
      <Title order={3} size="h4" id="held-agents-title">{t('replies.setting.title')}</Title>
      <Text size="sm" c="gray.8">{t('replies.setting.help')}</Text>
      {setting.error && <Alert color="red" mt="xs">{setting.error}</Alert>}
      {s && !editable && (
        <Text size="sm" mt="xs" data-testid="held-agents-summary">
          {s.heldAgents.length === 0 ? t('replies.setting.nobody') : t('replies.setting.summary', {
            held: s.heldAgents.join(', '), minutes: format.number(s.dueMinutes),
            approvers: s.approvers.length ? s.approvers.join(', ') : t('replies.setting.anyApprover') })}
        </Text>
      )}
      {s && editable && (
        <Stack gap="xs" mt="xs">
          <MultiSelect label={t('replies.setting.held')} data={people} value={held} onChange={setHeld} searchable
            data-testid="held-agents-select" />
          <MultiSelect label={t('replies.setting.approvers')} description={t('replies.setting.approversHelp')}
            data={approverChoices(people, held)} value={approvers} searchable
            onChange={(v) => setApprovers(v.filter((a) => !held.includes(a)))} data-testid="held-approvers-select" />
          <TextInput label={t('replies.setting.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)}
            inputMode="numeric" w={200} error={minutes === null ? t('replies.setting.dueInvalid') : undefined}
            data-testid="held-due" />
          <Group justify="space-between">
            <Text size="xs" c="gray.8">{s.updatedBy && s.updatedAt
              ? t('replies.setting.last', { who: s.updatedBy, at: format.dateTime(s.updatedAt) }) : ''}</Text>
            <Button color="indigo.8" onClick={save} loading={saving} disabled={minutes === null}
              data-testid="held-save">{t('replies.setting.save')}</Button>
          </Group>
          <div aria-live="polite">
            {result && <Text size="sm" c={result.ok ? 'teal.9' : 'red.9'} role={result.ok ? 'status' : 'alert'}
              data-testid="held-result">{result.ok ? result.text : `${t('replies.setting.notSaved')}: ${result.text}`}</Text>}
          </div>
        </Stack>
      )}
      {s && !editable && <Text size="xs" c="gray.8">{t('replies.setting.readOnly')}</Text>}
    </Paper>
  );
}
