import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { MAX_WINDOW_HOURS, type OpenForm, openRequest } from '../../logic/incidents/incidents';
import type { Incident } from '../../types/governance';
import { useTranslation } from '../../i18n/i18n';

const EMPTY: OpenForm = { title: '', signal: '', terms: '', hours: 1 };

/** A manager opens an incident by hand: a title, what gathers it (words and/or a signal) and the window. */
export function OpenIncidentForm({ brand, onOpened, onCancel }: {
  brand: string; onOpened: (i: Incident) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('incidents');
  const [form, setForm] = useState<OpenForm>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = openRequest(form, Date.now());
    if ('errors' in built) {
      setErrors(Object.fromEntries(Object.entries(built.errors).map(([k, code]) => [k, t(`open.problem.${code}`,
        { max: MAX_WINDOW_HOURS })])));
      return;
    }
    setErrors({});
    setError(null);
    setBusy(true);
    try {
      const { body } = await send<Incident>('POST', `/api/v1/brands/${encodeURIComponent(brand)}/incidents`,
        built.request);
      setForm(EMPTY);
      onOpened(body);
    } catch (err) {
      const p = (err as ApiError).problem;
      setError((err as ApiError).message);
      if (p.errors) setErrors(Object.fromEntries(p.errors.map((x) => [x.field.replace(/^.*\./, ''), x.message])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('open.form')}>
      <Title order={3} size="h4" mb="xs">{t('open.title', { brand })}</Title>
      <Stack gap="xs">
        <TextInput label={t('open.titleField')} required value={form.title} maxLength={200} error={errors.title}
          onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
          placeholder="Awaria płatności — πρόβλημα πληρωμών" />
        <Textarea label={t('open.terms')} description={t('open.termsHelp')}
          value={form.terms} error={errors.terms} autosize minRows={1}
          onChange={(e) => setForm({ ...form, terms: e.currentTarget.value })} placeholder="płatność, πληρωμή, оплата" />
        <Group grow>
          <Select label={t('open.signal')} data={[{ value: 'complaint', label: t('open.complaints') },
            { value: 'negative', label: t('open.negative') }]} value={form.signal || null} clearable
            placeholder={t('open.anyInteraction')} onChange={(v) => setForm({ ...form, signal: (v ?? '') as OpenForm['signal'] })} />
          <NumberInput label={t('open.window')} min={1} max={MAX_WINDOW_HOURS} value={form.hours}
            error={errors.hours} onChange={(v) => setForm({ ...form, hours: Number(v) })} />
        </Group>
        {error && <Alert color="red" title={t('open.failed')}>{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onCancel}>{t('cancel')}</Button>
          <Button type="submit" loading={busy} color="red.9">{t('open.submit')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
