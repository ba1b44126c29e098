import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { ApiError, send } from '../../api';
import { insertAt, unfilledVariables } from '../../logic/inbox/compose';
import { fixFor, isBlocking, segments, sendDecision } from '../../logic/inbox/findings';
import { shouldMarkAnswering } from '../../logic/inbox/workflow';
import type { Me } from '../../logic/navigation';
import type { ConversationDetail, Finding, Ownership, Reply, SavedReplySuggestion } from '../../types/inbox';
import { problemText, useLoad } from './common';
import { useStandardsCheck } from './standardsCheck';

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
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ title: string; detail: string } | null>(null);
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
    try {
      await send<Reply>('POST', `/api/v1/conversations/${detail.id}/replies`,
        { text, overrideReason: decision.override ? overrideReason : undefined },
        { 'Idempotency-Key': idempotencyKey.current });
      idempotencyKey.current = crypto.randomUUID();
      markedAt.current = null;
      setText('');
      setOverrideReason('');
      setGuidance(null);
      onSent();
    } catch (e) {
      const status = e instanceof ApiError ? e.problem.status : 0;
      const title = status === 409 ? 'Someone else answered or is answering'
        : status === 422 ? 'The brand’s standards stopped this reply'
          : status === 503 ? 'The reply was not checked, so it was not sent: try again' : 'The reply was not sent';
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
  if (!['new', 'open', 'pending_customer', 'answered'].includes(detail.status)) return null;
  return (
    <Stack gap="xs" mt="md" component="section" aria-label="Reply">
      <Group align="end" gap="xs">
        <Select label="Saved reply" placeholder={suggestions.length ? 'Insert a saved reply…' : 'No saved reply in this language'}
          data={suggestions.map((s) => ({ value: s.id, label: `${s.suggested ? '★ ' : ''}${s.title}` }))}
          value={null} onChange={useSaved} w={320} disabled={suggestions.length === 0} data-testid="saved-replies"
          searchable nothingFoundMessage="No saved reply" />
        {suggestions.some((s) => s.suggested) && (
          <Text size="xs" c="gray.8">★ written for this customer’s mood</Text>
        )}
      </Group>
      {guidance && (
        <Alert color="indigo.8" variant="outline" title="Tone guidance" data-testid="tone-guidance">{guidance}</Alert>
      )}
      <Textarea ref={area} label="Public reply" description="Ctrl+Enter sends · checked against the brand’s standards as you type"
        autosize minRows={3} value={text} maxLength={8000} data-testid="composer"
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); reply(); } }} />
      {unfilled.length > 0 && (
        <Text size="xs" c="#8a3c00" role="status">Fill in before sending: {unfilled.join(', ')}</Text>
      )}
      <div aria-live="polite" data-testid="findings">
        {checking && !current && <Text size="xs" c="gray.8">Checking against the standards…</Text>}
        {checkError && <Text size="xs" c="red.9">The standards check did not answer: {checkError}</Text>}
        {current && text.trim() && findings.length === 0 && (
          <Text size="xs" c="teal.9" data-testid="findings-none">✓ Meets the brand’s standards</Text>
        )}
        {current && findings.length > 0 && (
          <FindingsList text={text} findings={findings} onApply={(next) => setText(next)} />
        )}
      </div>
      {decision.override && (
        <Textarea label="Reason to send despite the blocking findings (recorded)" autosize minRows={1} maxLength={1000}
          value={overrideReason} onChange={(e) => setOverrideReason(e.currentTarget.value)} />
      )}
      {sendError && <Alert color="red" title={sendError.title} role="alert" data-testid="send-error">{sendError.detail}</Alert>}
      <Group justify="space-between">
        <Text size="xs" c={decision.allowed ? 'gray.8' : 'red.9'}>{decision.why ?? ''}</Text>
        <Button onClick={reply} loading={sending} disabled={!text.trim() || !decision.allowed} color="indigo.8">
          {decision.override && decision.allowed ? 'Send with override' : 'Send reply'}
        </Button>
      </Group>
    </Stack>
  );
}

/** The reply with each finding's words marked, then each finding: how bad, what, why, and its fix. */
export function FindingsList({ text, findings, onApply }: { text: string; findings: Finding[]; onApply: (t: string) => void }) {
  return (
    <Stack gap={6}>
      <Text size="sm" className="findings-preview" data-testid="findings-preview">
        {segments(text, findings).map((s, i) => (s.finding
          ? <mark key={i} className={`finding-${isBlocking(s.finding) ? 'block' : 'warn'}`}
              title={s.finding.message}>{s.text}<sup>{(s.index ?? 0) + 1}</sup></mark>
          : <span key={i}>{s.text}</span>))}
      </Text>
      <ol className="findings-list">
        {findings.map((f, i) => {
          const fix = fixFor(text, f);
          return (
            <li key={`${f.ruleId}-${i}`} className={`finding finding-item-${isBlocking(f) ? 'block' : 'warn'}`}
              data-rule={f.ruleId} data-severity={f.severity}>
              <Group gap={6} align="center">
                <Badge color={isBlocking(f) ? 'red.9' : 'yellow.4'} c={isBlocking(f) ? 'white' : 'dark.9'}
                  variant="filled" size="sm" style={{ flexShrink: 0 }}>{isBlocking(f) ? '⛔ Blocks' : '⚠ Warning'}</Badge>
                <Text size="sm" fw={600} style={{ flex: 1, minWidth: 0 }}>{f.span ? `“${f.span.text}”: ` : ''}{f.message}</Text>
              </Group>
              {f.why && <Text size="xs" c="gray.8">Why: {f.why}</Text>}
              {f.suggestion && <Text size="xs" c="gray.8">Instead: {f.suggestion}</Text>}
              {fix && (
                <Button size="compact-xs" variant="outline" color="indigo.8" mt={2}
                  onClick={() => onApply(fix.apply(text))}>{fix.label}</Button>
              )}
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
