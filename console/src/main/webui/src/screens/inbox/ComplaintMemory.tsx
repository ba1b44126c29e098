import { useState } from 'react';
import { Button, Group, Paper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import type { ComplaintCase, ComplaintMatch } from '../../types/inbox';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { ErrorLine, problemText, useLoad, useWhen } from './common';

/**
 * The complaint library in the conversation: past cases like this one (how they were settled), and on
 * resolving a complaint, what the problem was and how it was settled.
 */
export function ComplaintMemory({ conversationId, status, complaint, resolving, onCancel, onResolve }: {
  conversationId: string; status: string; complaint: boolean; resolving: boolean; onCancel: () => void;
  onResolve: () => void;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const when = useWhen();
  const similar = useLoad<{ items: ComplaintMatch[] }>(`/api/v1/conversations/${conversationId}/similar-cases?limit=3`);
  const own = useLoad<ComplaintCase>(`/api/v1/conversations/${conversationId}/complaint-case`);
  const [category, setCategory] = useState('');
  const [problem, setProblem] = useState('');
  const [settlement, setSettlement] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const showForm = (resolving || recording) && !own.data;

  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      await send('POST', `/api/v1/conversations/${conversationId}/complaint-case`, { category, problem, settlement });
      own.reload();
      setRecording(false);
      if (resolving && status !== 'resolved') onResolve();
    } catch (e) {
      setError(e instanceof ApiError && e.problem.status === 409 ? t('complaint.already', { detail: e.message }) : problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const items = similar.data?.items ?? [];
  if (!complaint && items.length === 0 && !own.data && !showForm) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('complaint.label')} data-testid="complaint-memory">
      <Title order={4} size="h5">{t('complaint.title')}</Title>
      {items.length === 0 && <Text size="xs" c="gray.8">{t('complaint.none')}</Text>}
      <ul className="plain-list">
        {items.map((m) => (
          <li key={m.complaintCase.id}>
            <Text size="xs" fw={600}>{t('complaint.alike', { category: m.complaintCase.category,
              share: format.percent(m.score, 0), terms: m.matchingTerms.slice(0, 4).join(', ') })}</Text>
            <Text size="xs">{t('complaint.problem', { text: m.complaintCase.problem })}</Text>
            <Text size="xs">{t('complaint.settled', { text: m.complaintCase.settlement })}</Text>
          </li>
        ))}
      </ul>
      {own.data && (
        <Text size="xs" mt="xs" data-testid="complaint-case">{t('complaint.recorded', { name: own.data.resolvedBy,
          time: when(own.data.resolvedAt), category: own.data.category, settlement: own.data.settlement })}</Text>
      )}
      {!own.data && !showForm && complaint && (
        <Button size="compact-xs" variant="outline" color="indigo.8" mt="xs" onClick={() => setRecording(true)}>
          {t('complaint.record')}
        </Button>
      )}
      {showForm && (
        <div>
          <Text size="sm" fw={600} mt="xs">{resolving ? t('complaint.before') : t('complaint.recordTitle')}</Text>
          <TextInput label={t('complaint.category')} size="xs" value={category} maxLength={100} onChange={(e) => setCategory(e.currentTarget.value)} />
          <Textarea label={t('complaint.problemLabel')} size="xs" autosize value={problem} maxLength={4000} onChange={(e) => setProblem(e.currentTarget.value)} />
          <Textarea label={t('complaint.settlement')} size="xs" autosize value={settlement} maxLength={4000}
            onChange={(e) => setSettlement(e.currentTarget.value)} />
          <Group justify="flex-end" gap="xs" mt={4}>
            {resolving && <Button size="xs" variant="outline" color="gray.8" onClick={onResolve}>{t('complaint.withoutRecording')}</Button>}
            <Button size="xs" variant="outline" color="gray.8" onClick={() => { setRecording(false); onCancel(); }}>{t('complaint.cancel')}</Button>
            <Button size="xs" color="indigo.8" onClick={record} loading={busy}
              disabled={!category.trim() || !problem.trim() || !settlement.trim()}>
              {resolving ? t('complaint.recordAndResolve') : t('complaint.recordButton')}
            </Button>
          </Group>
          <ErrorLine title={t('complaint.notRecorded')} error={error} />
        </div>
      )}
    </Paper>
  );
}
