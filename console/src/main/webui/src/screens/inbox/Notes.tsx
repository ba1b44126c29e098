import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { send } from '../../api';
import { mentionSegments, mentions } from '../../logic/inbox/compose';
import type { Note, Team } from '../../types/inbox';
import { ErrorLine, problemText, useLoad } from './common';
import { useFormat, useTranslation } from '../../i18n/i18n';

/** Internal notes, never sent to the customer; @name calls a colleague in (the inbox tells them). */
export function NotesPanel({ conversationId, onChanged, teams }: {
  conversationId: string; onChanged: () => void; teams: Team[];
}) {
  const { t } = useTranslation('notes');
  const format = useFormat();
  const { data, error, reload } = useLoad<Note[]>(`/api/v1/conversations/${conversationId}/notes`);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const colleagues = [...new Set(teams.flatMap((t) => [...t.members.map((m) => m.user), ...t.managers]))].sort();
  const named = mentions(text);

  const add = async () => {
    setBusy(true);
    setSendError(null);
    try {
      await send('POST', `/api/v1/conversations/${conversationId}/notes`, { text });
      setText('');
      reload();
      onChanged();
    } catch (e) {
      setSendError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" mt="md" component="section" aria-label={t('title')} data-testid="notes">
      <Title order={4} size="h5">{t('title')}</Title>
      <ErrorLine title={t('notLoaded')} error={error} />
      <Stack gap={6} mb="xs">
        {data?.map((n) => (
          <div key={n.id} className="note" data-testid="note">
            <Text size="xs" fw={600}>{n.author} · {format.dateTime(n.createdAt)}
              {n.mentioned.length > 0 ? ` · ${t('told', { who: n.mentioned.map((m) => `@${m}`).join(', ') })}` : ''}</Text>
            <Text size="sm">{mentionSegments(n.text).map((s, i) => (s.mention
              ? <strong key={i} className="mention">{s.text}</strong> : <span key={i}>{s.text}</span>))}</Text>
          </div>
        ))}
        {data?.length === 0 && <Text size="xs" c="gray.8">{t('none')}</Text>}
      </Stack>
      <Textarea label={t('label')} description={colleagues.length
        ? t('helpWith', { colleagues: colleagues.map((c) => `@${c}`).join(', ') }) : t('help')}
        autosize minRows={2} maxLength={4000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="gray.8" aria-live="polite">{named.length ? t('willTell', { who: named.map((m) => `@${m}`).join(', ') }) : ''}</Text>
        <Button size="xs" color="indigo.8" onClick={add} loading={busy} disabled={!text.trim()}>{t('add')}</Button>
      </Group>
      <ErrorLine title={t('notSaved')} error={sendError} />
    </Paper>
  );
}
