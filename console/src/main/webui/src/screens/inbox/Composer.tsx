import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { ApiError, send } from '../../api';
import { useTranslation } from '../../i18n/i18n';
import { insertAt, unfilledVariables } from '../../logic/inbox/compose';
import { fixFor, inContext, isBlocking, segments, sendDecision } from '../../logic/inbox/findings';
import { useFindingWords } from './findingWords';
import { shouldMarkAnswering } from '../../logic/inbox/workflow';
import type { Me } from '../../logic/navigation';
import type { ConversationDetail, Finding, Ownership, Reply, SavedReplySuggestion } from '../../types/inbox';
import { problemText, useLoad } from './common';
import { useStandardsCheck } from './standardsCheck';
import { type SendOutcome, awaitingApproval, sendOutcome } from '../../logic/approvals/replyApprovals';

/**
 * The public reply: saved replies in the conversation's language (suggested first for the customer's mood,
 * with tone guidance), the brand's standards checked as you type with the words highlighted and a fix one
 * click away, blocks stopping the send unless an approver records why, and the answering mark that tells
 * colleagues someone is on it.
 */
export function Composer({ detail, me, ownership, onSent, draft }: {
  detail: ConversationDetail; me: Me; ownership: Ownership | null; onSent: () => void;
  /** A failed reply's text to edit and send again (its `at` tells one request from the next). */
  draft?: { text: string; at: number } | null;
}) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ title: string; detail: string } | null>(null);
  // What the service did with the last reply: sent, or held for an approver (reply approvals) — said as it is.
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [guidance, setGuidance] = useState<string | null>(null);
  const idempotencyKey = useRef<string>(crypto.randomUUID());
  const area = useRef<HTMLTextAreaElement>(null);
  const markedAt = useRef<number | null>(null);
  useEffect(() => {
    if (!draft) return;
    setText(draft.text);
    requestAnimationFrame(() => { area.current?.focus(); area.current?.setSelectionRange(draft.text.length, draft.text.length); });
  }, [draft]);
  const check = useStandardsCheck(detail.brand, [detail.platform], text);
  const checking = check.checking;
  const checkError = check.error;
  const saved = useLoad<SavedReplySuggestion[]>(`/api/v1/conversations/${detail.id}/saved-replies`);
  const isApprover = me.roles.includes('approver');

  // Tell colleagues: "agent1 is answering…" while the composer is in use; let go when leaving it empty.
  useEffect(() => {
    const now = Date.now();
    if (shouldMarkAnswering(markedAt.current, now, text)) {
      markedAt.current = now;
      send('POST', `/api/v1/conversations/${detail.id}/answering`, {}).catch(() => { markedAt.current = null; });
    }
  }, [text, detail.id]);
  useEffect(() => () => {
    if (markedAt.current !== null) {
      send('DELETE', `/api/v1/conversations/${detail.id}/answering`, {}).catch(() => {});
    }
  }, [detail.id]);

  const findings: Finding[] = check.findings;
  const current = check.checkedText === text;
  const decision = sendDecision(current ? findings : [], isApprover, overrideReason);

  const reply = async () => {
    if (!text.trim() || !decision.allowed) return;
    setSending(true);
    setSendError(null);
    setOutcome(null);
    try {
      const { body } = await send<Reply>('POST', `/api/v1/conversations/${detail.id}/replies`,
        { text, overrideReason: decision.override ? overrideReason : undefined },
        { 'Idempotency-Key': idempotencyKey.current });
      setOutcome(sendOutcome(body));
      idempotencyKey.current = crypto.randomUUID();
      markedAt.current = null;
      setText('');
      setOverrideReason('');
      setGuidance(null);
      onSent();
    } catch (e) {
      const status = e instanceof ApiError ? e.problem.status : 0;
      const title = status === 409 ? t('composer.conflict')
        : status === 422 ? t('composer.blocked')
          : status === 503 ? t('composer.unchecked') : t('composer.notSent');
      setSendError({ title, detail: problemText(e) });
      if (e instanceof ApiError && Array.isArray(e.problem.findings)) {
        check.setFindings(text, e.problem.findings as Finding[]);
      }
    } finally {
      setSending(false);
    }
  };

  const useSaved = (id: string | null) => {
    const s = saved.data?.find((r) => r.id === id);
    if (!s) return;
    const el = area.current;
    const { text: next, cursor } = insertAt(text, el?.selectionStart ?? text.length, el?.selectionEnd ?? text.length,
      s.text);
    setText(next);
    setGuidance(s.guidance ?? null);
    requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(cursor, cursor); });
  };

  const suggestions = [...(saved.data ?? [])].sort((a, b) => Number(b.suggested) - Number(a.suggested));
  const unfilled = unfilledVariables(text);
  const held = awaitingApproval(detail.replies);
  if (!['new', 'open', 'pending_customer', 'answered'].includes(detail.status)) return null;
  return (
    <Stack gap="xs" mt="md" component="section" aria-label={t('composer.label')} className="inbox-composer">
      <Group align="end" gap="xs">
        <Select label={t('composer.saved')} placeholder={suggestions.length ? t('composer.savedPlaceholder') : t('composer.savedNone')}
          data={suggestions.map((s) => ({ value: s.id, label: `${s.suggested ? '★ ' : ''}${s.title}` }))}
          value={null} onChange={useSaved} w={320} disabled={suggestions.length === 0} data-testid="saved-replies"
          searchable nothingFoundMessage={t('composer.savedNothing')} />
        {suggestions.some((s) => s.suggested) && (
          <Text size="xs" c="gray.8">{t('composer.forMood')}</Text>
        )}
      </Group>
      {guidance && (
        <Alert color="indigo.8" variant="outline" title={t('composer.guidance')} data-testid="tone-guidance">{guidance}</Alert>
      )}
      <Textarea ref={area} label={t('composer.text')} description={t('composer.hint')}
        autosize minRows={3} maxRows={10} value={text} maxLength={8000} data-testid="composer"
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); reply(); } }} />
      {unfilled.length > 0 && (
        <Text size="xs" c="#8a3c00" role="status">{t('composer.fillIn', { names: unfilled.join(', ') })}</Text>
      )}
      <div aria-live="polite" data-testid="findings">
        {checking && !current && <Text size="xs" c="gray.8">{t('composer.checking')}</Text>}
        {checkError && <Text size="xs" c="red.9">{t('composer.checkFailed', { error: checkError })}</Text>}
        {current && text.trim() && findings.length === 0 && (
          <Text size="xs" c="teal.9" data-testid="findings-none">{t('composer.meets')}</Text>
        )}
        {current && findings.length > 0 && (
          // The reply is in the box above: each finding quotes its own words rather than showing the text twice.
          <FindingsList text={text} findings={findings} onApply={(next) => setText(next)} showText={false} />
        )}
      </div>
      {decision.override && (
        <Textarea label={t('composer.overrideReason')} autosize minRows={1} maxLength={1000}
          value={overrideReason} onChange={(e) => setOverrideReason(e.currentTarget.value)} />
      )}
      {sendError && <Alert color="red" title={sendError.title} role="alert" data-testid="send-error">{sendError.detail}</Alert>}
      <div aria-live="polite">
        {outcome && !text && (
          <Text size="sm" c={outcome === 'sentForApproval' ? '#8a3c00' : 'teal.9'} data-testid="send-outcome"
            data-outcome={outcome}>{t(`composer.${outcome}`)}</Text>
        )}
        {held && held.author === me.userName && outcome !== 'sentForApproval' && (
          <Text size="sm" c="#8a3c00" data-testid="awaiting-approval-note">{t('composer.awaitingApproval')}</Text>
        )}
      </div>
      <Group justify="space-between" className="inbox-send-row">
        <Text size="xs" c={decision.allowed ? 'gray.8' : 'red.9'}>
          {decision.why?.kind === 'blocking' ? t('composer.fixBlocking', { count: decision.why.count })
            : decision.why?.kind === 'reason' ? t('composer.giveReason') : ''}
        </Text>
        <Button onClick={reply} loading={sending} disabled={!text.trim() || !decision.allowed} color="indigo.8"
          data-testid="send-reply">
          {decision.override && decision.allowed ? t('composer.sendOverride') : t('composer.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Each finding: how bad, which words, what, why, and its fix; with `showText` (the story composer), first the text
 * with each finding's words marked. The reply composer leaves the text out: it is in the box just above.
 */
export function FindingsList({ text, findings, onApply, showText = true }: {
  text: string; findings: Finding[]; onApply: (t: string) => void; showText?: boolean;
}) {
  const { t } = useTranslation('inbox');
  const words = useFindingWords();
  return (
    <Stack gap={6}>
      {showText && <Text size="sm" className="findings-preview" data-testid="findings-preview">
        {segments(text, findings).map((s, i) => (s.finding
          ? <mark key={i} className={`finding-${isBlocking(s.finding) ? 'block' : 'warn'}`}
              title={words.message(s.finding)}>{s.text}<sup>{(s.index ?? 0) + 1}</sup></mark>
          : <span key={i}>{s.text}</span>))}
      </Text>}
      <ol className="findings-list">
        {findings.map((f, i) => {
          const fix = fixFor(text, f);
          const context = fix ? inContext(text, fix) : null;
          const why = words.why(f);
          const instead = words.instead(f);
          const alternatives = fix ? null : words.alternatives(f);
          return (
            <li key={`${f.ruleId}-${i}`} className={`finding finding-item-${isBlocking(f) ? 'block' : 'warn'}`}
              data-rule={f.ruleId} data-severity={f.severity}>
              <Group gap={6} align="center">
                <Badge color={isBlocking(f) ? 'red.9' : 'yellow.4'} c={isBlocking(f) ? 'white' : 'dark.9'}
                  variant="filled" size="sm" style={{ flexShrink: 0 }}>{isBlocking(f) ? t('findings.blocks') : t('findings.warning')}</Badge>
                <Text size="sm" fw={600} style={{ flex: 1, minWidth: 0 }} data-testid="finding-message">
                  {words.message(f)}
                </Text>
              </Group>
              {why && <Text size="xs" c="gray.8">{t('findings.why', { why })}</Text>}
              {instead && !fix && <Text size="xs" c="gray.8">{t('findings.instead', { suggestion: instead })}</Text>}
              {alternatives && <Text size="xs" c="dark.9" data-testid="finding-alternatives">{alternatives}</Text>}
              {fix && context && (
                <div className="finding-fix" role="group" aria-label={words.t('fix.label')} data-testid="finding-fix">
                  <Text size="xs" c="dark.9"><span className="finding-fix-label">{words.t('fix.now')}</span>{' '}
                    {context.lead}<del>{context.from}</del>{context.trail}</Text>
                  <Text size="xs" c="dark.9"><span className="finding-fix-label">{words.t('fix.after')}</span>{' '}
                    {fix.kind === 'removePrivate' ? words.t('fix.removed')
                      : <>{context.lead}<ins>{context.to}</ins>{context.trail}</>}</Text>
                  <Button size="compact-xs" variant="outline" color="indigo.8" mt={2} data-testid="finding-apply"
                    onClick={() => onApply(fix.apply(text))}>
                    {fix.kind === 'replace' ? t('findings.replace', { word: fix.replacement }) : t('findings.removePrivate')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
