import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { useTranslation } from '../../i18n/i18n';
import { MAX_REASON, pauseRequest, type PublishingPause } from '../../logic/pause/pause';
import { pauseChanged } from './usePublishingPauses';

/**
 * A manager pauses all publishing of a brand, with a reason (prefilled from the incident it is paused from). Nothing
 * scheduled goes out until the pause is lifted.
 */
export function PauseForm({ brand, incident, onDone, onCancel }: {
  brand: string; incident?: { id: string; title: string }; onDone: (p: PublishingPause) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('pause');
  const [reason, setReason] = useState(incident ? t('pause.fromIncident', { title: incident.title }) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = pauseRequest(reason, incident?.id ?? null);
    if ('problem' in built) {
      setProblem(t(`problem.${built.problem}`, { max: MAX_REASON }));
      return;
    }
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      const { body } = await send<PublishingPause>('POST',
        `/api/v1/brands/${encodeURIComponent(brand)}/publishing-pause`, built.request);
      pauseChanged();
      onDone(body);
    } catch (err) {
      const p = (err as ApiError).problem;
      const field = p.errors?.find((x) => x.field === 'reason');
      if (field) setProblem(field.message);
      else setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" mb="sm" component="form" onSubmit={submit} aria-label={t('pause.form')}
      data-testid="pause-form">
      <Title order={2} size="h4" mb="xs">{t('pause.title', { brand })}</Title>
      <Text size="sm" mb="xs">{t('pause.help', { brand })}</Text>
      <Stack gap="xs">
        <Textarea label={t('pause.reason')} required value={reason} error={problem} autosize minRows={2}
          maxLength={MAX_REASON} onChange={(e) => setReason(e.currentTarget.value)} data-testid="pause-reason" />
        {error && <Alert color="red" title={t('pause.failed')}>{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="subtle" c="indigo.9" onClick={onCancel}>{t('cancel')}</Button>
          <Button type="submit" loading={busy} color="red.9" data-testid="pause-submit">{t('pause.submit')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
