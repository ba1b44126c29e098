import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, List, Paper, Text, Textarea, Title } from '@mantine/core';
import { ApiError, get, sendOnce } from '../../api';
import { RetryKeys } from '../../logic/idempotency';
import { groupedOutcome } from '../../logic/inbox/grouped';
import { isBlocking } from '../../logic/inbox/findings';
import type { ConversationSummary, Finding, GroupedAnswer as GroupedAnswerView } from '../../types/inbox';
import { useTranslation } from '../../i18n/i18n';
import { problemText } from './common';
import { FindingsList } from './Composer';
import { useStandardsCheck } from './standardsCheck';

/** How often a grouped answer's posts are asked after while the platforms have not all answered. */
export const FOLLOW_MS = 1500;

/**
 * One public statement for the conversations checked in the queue (an outage, a recall): checked against the
 * brand's standards on every channel involved as it is typed, posted once per channel account; each
 * conversation is answered when its post is delivered (docs/inbox.md#grouped-answer).
 */
export function GroupedAnswerPanel({ brand, selected, items, initialText, onPosted, onClear }: {
  brand: string; selected: string[]; items: ConversationSummary[]; initialText?: string;
  onPosted: (answer: GroupedAnswerView, names: Record<string, string>) => void; onClear: () => void;
}) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(initialText ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (initialText !== undefined) setText(initialText); }, [initialText]);
  const chosen = items.filter((i) => selected.includes(i.id));
  const names = Object.fromEntries(chosen.map((i) => [i.id, i.author?.name ?? t('queue.customer')]));
  const check = useStandardsCheck(brand, chosen.map((i) => i.platform), text);
  const current = check.checkedText === text;
  const blocked = current && check.findings.some(isBlocking);

  const [keys] = useState(() => new RetryKeys());
  const post = async () => {
    setBusy(true);
    setError(null);
    try {
      const { body } = await sendOnce<GroupedAnswerView>(keys, `/api/v1/brands/${brand}/grouped-answers`,
        { conversationIds: selected, text });
      setText('');
      // Followed by the screen: the conversations may leave the queue (and this panel with them) as soon as
      // the platforms confirm the posts.
      onPosted(body, names);
    } catch (e) {
      setError(problemText(e));
      if (e instanceof ApiError && Array.isArray(e.problem.findings)) {
        check.setFindings(text, e.problem.findings as Finding[]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('grouped.label')} data-testid="grouped-answer">
      <Title order={3} size="h5">{t('grouped.title', { count: selected.length, brand })}</Title>
      <Text size="xs" c="gray.8" mb="xs">{Object.values(names).join(', ')}</Text>
      <Textarea label={t('grouped.statement')} description={t('grouped.statementHint')}
        autosize minRows={2} maxLength={8000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <div aria-live="polite" data-testid="grouped-findings">
        {check.checking && !current && <Text size="xs" c="gray.8">{t('composer.checking')}</Text>}
        {check.error && <Text size="xs" c="red.9">{t('composer.checkFailed', { error: check.error })}</Text>}
        {current && text.trim() && check.findings.length === 0 && (
          <Text size="xs" c="teal.9">{t('grouped.meetsAll')}</Text>
        )}
        {current && check.findings.length > 0 && (
          <FindingsList text={text} findings={check.findings} onApply={setText} showText={false} />
        )}
      </div>
      {error && <Alert color="red" title={t('grouped.notPosted')} role="alert" mt="xs">{error}</Alert>}
      <Group justify="flex-end" mt="xs">
        <Button variant="outline" color="gray.8" onClick={onClear}>{t('grouped.clear')}</Button>
        <Button color="indigo.8" onClick={post} loading={busy}
          disabled={!text.trim() || selected.length === 0 || blocked}>
          {t('grouped.post', { count: selected.length })}
        </Button>
      </Group>
      {blocked && <Text size="xs" c="red.9" ta="right">{t('grouped.blocked')}</Text>}
    </Paper>
  );
}

/**
 * Where a grouped answer stands, followed until every platform has answered: one line per conversation,
 * delivered or failed with the platform's reason; the failed ones can be sent again, as they are or edited.
 */
export function GroupedOutcomePanel({ brand, answer: first, names, onRetried, onEdit, onDismiss }: {
  brand: string; answer: GroupedAnswerView; names: Record<string, string>;
  onRetried: (answer: GroupedAnswerView) => void; onEdit: (failedIds: string[], text: string) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('inbox');
  const [answer, setAnswer] = useState(first);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setAnswer(first), [first]);
  const outcome = groupedOutcome(answer, names);
  const follow = useCallback(() => {
    get<GroupedAnswerView>(`/api/v1/brands/${brand}/grouped-answers/${first.id}`)
      .then(({ body }) => { setAnswer(body); setError(null); })
      .catch((e) => setError(problemText(e)));
  }, [brand, first.id]);
  useEffect(() => {
    if (outcome.settled) return undefined;
    const timer = setInterval(follow, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [follow, outcome.settled]);

  const [keys] = useState(() => new RetryKeys());
  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      const { body } = await sendOnce<GroupedAnswerView>(keys, `/api/v1/brands/${brand}/grouped-answers`,
        { conversationIds: outcome.failedIds, text: answer.text });
      onRetried(body);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  const h = outcome.headline;
  const conversations = t('grouped.conversations', { count: h.total });
  const headline = h.kind === 'posted'
    ? t('grouped.headline.posted', { conversations, accounts: t('grouped.accounts', { count: h.accounts }) })
    : h.kind === 'onItsWay'
      ? t('grouped.headline.onItsWay', { delivered: outcome.delivered, conversations, sending: outcome.sending })
      : h.kind === 'none' ? t('grouped.headline.none', { conversations })
        : outcome.sending > 0
          ? t('grouped.headline.someSending', { delivered: outcome.delivered, conversations, failed: outcome.failed,
            sending: outcome.sending })
          : t('grouped.headline.some', { delivered: outcome.delivered, conversations, failed: outcome.failed });
  const color = outcome.tone === 'failure' ? 'red' : outcome.tone === 'success' ? 'teal.9' : 'indigo.8';
  const title = outcome.tone === 'failure' ? t('grouped.failedSome')
    : outcome.tone === 'success' ? t('grouped.posted') : t('grouped.onItsWay');
  return (
    <Alert color={color} variant="outline" mb="xs" role={outcome.tone === 'failure' ? 'alert' : 'status'}
      data-testid="grouped-posted" data-outcome={outcome.tone} title={title} withCloseButton
      closeButtonLabel={t('grouped.dismiss')} onClose={onDismiss}>
      <Text size="sm">{headline}</Text>
      <List size="xs" mt={4} spacing={2} data-testid="grouped-rows" style={{ overflowWrap: 'anywhere' }}>
        {outcome.rows.map((r) => (
          <List.Item key={r.conversationId} data-conversation-id={r.conversationId} data-status={r.status}>
            {r.status === 'delivered' ? '✓' : r.status === 'failed' ? '✕' : '…'} {t('grouped.row', { name: r.name || t('queue.customer'), platform: r.platform })}{' '}
            {r.status === 'delivered' ? t('grouped.answered') : r.status === 'failed' ? t('grouped.rowFailed', { reason: r.reason ?? t('grouped.refused') }) : t('grouped.waiting')}
          </List.Item>
        ))}
      </List>
      {outcome.failed > 0 && outcome.settled && (
        <Group gap={6} mt="xs">
          <Button size="compact-sm" color="indigo.8" loading={busy} onClick={retry}>
            {t('grouped.retry', { count: outcome.failed })}
          </Button>
          <Button size="compact-sm" variant="outline" color="indigo.8"
            onClick={() => onEdit(outcome.failedIds, answer.text)}>{t('grouped.editRetry')}</Button>
        </Group>
      )}
      {error && <Text size="xs" c="red.9" mt={4}>{error}</Text>}
    </Alert>
  );
}
