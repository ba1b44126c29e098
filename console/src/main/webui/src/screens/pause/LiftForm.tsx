import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { useTranslation } from '../../i18n/i18n';
import { type Held, liftRequest, MAX_REASON, type PublishingStatus } from '../../logic/pause/pause';
import { pauseChanged } from './usePublishingPauses';

/**
 * A manager lifts the pause, saying why and what becomes of the posts held meanwhile: sent now, or sent back to be
 * rescheduled. Parley's suggestion is chosen at first, and said why.
 */
export function LiftForm({ brand, status, onDone, onCancel }: {
  brand: string; status: PublishingStatus; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation('pause');
  const [reason, setReason] = useState('');
  const [held, setHeld] = useState<Held>(status.suggestion);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = liftRequest(reason, held);
    if ('problem' in built) {
      setProblem(t(`problem.${built.problem}`, { max: MAX_REASON }));
      return;
    }
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      await send('POST', `/api/v1/brands/${encodeURIComponent(brand)}/publishing-pause/lift`, built.request);
      pauseChanged();
      onDone();
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
    <Paper withBorder p="md" mb="sm" component="form" onSubmit={submit} aria-label={t('lift.form')}
      data-testid="lift-form">
      <Title order={2} size="h4" mb="xs">{t('lift.title', { brand })}</Title>
      <Stack gap="xs">
        <Textarea label={t('lift.reason')} required value={reason} error={problem} autosize minRows={1}
          maxLength={MAX_REASON} onChange={(e) => setReason(e.currentTarget.value)} data-testid="lift-reason" />
        {status.held > 0 && (
          <Radio.Group label={t('lift.held')} value={held} onChange={(v) => setHeld(v as Held)}
            description={t(status.suggestion === 'send' ? 'lift.suggestSend' : 'lift.suggestReschedule')}>
            <Stack gap={4} mt={4}>
              <Radio value="send" label={t('lift.send', { count: status.held })} data-testid="lift-send" />
              <Radio value="reschedule" label={t('lift.reschedule')} data-testid="lift-reschedule" />
            </Stack>
          </Radio.Group>
        )}
        {error && <Alert color="red" title={t('lift.failed')}>{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="subtle" c="indigo.9" onClick={onCancel}>{t('cancel')}</Button>
          <Button type="submit" loading={busy} color="indigo.9" data-testid="lift-submit">{t('lift.submit')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
