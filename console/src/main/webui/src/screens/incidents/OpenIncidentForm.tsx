import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { MAX_WINDOW_HOURS, type OpenForm, openRequest } from '../../logic/incidents/incidents';
import type { Incident } from '../../types/governance';

const EMPTY: OpenForm = { title: '', signal: '', terms: '', hours: 1 };

/** A manager opens an incident by hand: a title, what gathers it (words and/or a signal) and the window. */
export function OpenIncidentForm({ brand, onOpened, onCancel }: {
  brand: string; onOpened: (i: Incident) => void; onCancel: () => void;
}) {
  const [form, setForm] = useState<OpenForm>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = openRequest(form, Date.now());
    if ('errors' in built) {
      setErrors(built.errors);
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
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Open an incident">
      <Title order={3} size="h4" mb="xs">Open an incident in {brand}</Title>
      <Stack gap="xs">
        <TextInput label="Title" required value={form.title} maxLength={200} error={errors.title}
          onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
          placeholder="Awaria płatności — πρόβλημα πληρωμών" />
        <Textarea label="Words that gather it" description="Separated by commas; any inflected form matches"
          value={form.terms} error={errors.terms} autosize minRows={1}
          onChange={(e) => setForm({ ...form, terms: e.currentTarget.value })} placeholder="płatność, πληρωμή, оплата" />
        <Group grow>
          <Select label="Signal" data={[{ value: 'complaint', label: 'Complaints (moment of truth)' },
            { value: 'negative', label: 'Negative sentiment' }]} value={form.signal || null} clearable
            placeholder="Any interaction" onChange={(v) => setForm({ ...form, signal: (v ?? '') as OpenForm['signal'] })} />
          <NumberInput label="Window: the last hours" min={1} max={MAX_WINDOW_HOURS} value={form.hours}
            error={errors.hours} onChange={(v) => setForm({ ...form, hours: Number(v) })} />
        </Group>
        {error && <Alert color="red" title="The incident was not opened">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onCancel}>Cancel</Button>
          <Button type="submit" loading={busy} color="red.9">Open the incident</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
