import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, type ResponseTargets, get, send } from '../api';
import { type Me, canEditStandards } from '../logic/navigation';
import { CHANNELS, MAX_MINUTES, MIN_MINUTES, type TargetsForm, validateTargets, versionFromEtag } from '../logic/targets';

/** Standard 9, response times: the brand's targets as a form, saved as a new version with If-Match. */
export function StandardsScreen({ me }: { me: Me }) {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [current, setCurrent] = useState<ResponseTargets | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [form, setForm] = useState<TargetsForm>({ defaultMinutes: 60, targets: [] });
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editable = canEditStandards(me);

  const load = useCallback(() => {
    if (!brand) return;
    get<ResponseTargets>(`/api/v1/brands/${encodeURIComponent(brand)}/response-targets`)
      .then(({ body, etag }) => {
        setCurrent(body);
        setVersion(versionFromEtag(etag) ?? body.version);
        setForm({ defaultMinutes: body.defaultMinutes, targets: body.targets.map((t) => ({ ...t })) });
        setError(null);
        setConflict(null);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(load, [load]);

  const problems = validateTargets(form);
  const save = async () => {
    if (!brand || Object.keys(problems).length > 0) return;
    setSaving(true);
    setSaved(null);
    setError(null);
    try {
      const { body, etag } = await send<ResponseTargets>('PUT',
        `/api/v1/brands/${encodeURIComponent(brand)}/response-targets`, form, { 'If-Match': `"${version}"` });
      setCurrent(body);
      setVersion(versionFromEtag(etag) ?? body.version);
      setConflict(null);
      setSaved(`Saved as version ${body.version}.`);
    } catch (e) {
      const problem = (e as ApiError).problem;
      if (problem.status === 412) {
        setConflict('Someone changed these targets after you opened them. Your edits are still in the form: '
          + 'reload to see their version, then make your change again.');
      } else {
        setError((e as ApiError).message);
      }
    } finally {
      setSaving(false);
    }
  };

  const setTarget = (i: number, patch: Partial<{ platform: string; firstResponseMinutes: number }>) =>
    setForm((f) => ({ ...f, targets: f.targets.map((t, j) => (j === i ? { ...t, ...patch } : t)) }));
  const used = new Set(form.targets.map((t) => t.platform));

  return (
    <Stack maw={720}>
      <Title order={2}>Standards</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} allowDeselect={false} w={180} />
        {current && (
          <Text size="sm" c="gray.8" data-testid="targets-version">
            Version {version}{current.updatedBy ? ` · by ${current.updatedBy}` : ''}
            {current.updatedAt ? ` · ${new Date(current.updatedAt).toLocaleString()}` : ''}
          </Text>
        )}
      </Group>
      {error && <Alert color="red" title="Not saved">{error}</Alert>}
      {conflict && (
        <Alert color="orange" title="Changed by someone else" role="alert" data-testid="conflict">
          {conflict}
          <Group mt="xs"><Button variant="outline" size="xs" onClick={load}>Reload their version</Button></Group>
        </Alert>
      )}
      {saved && <Alert color="green" title="Saved" role="status">{saved}</Alert>}
      <Paper withBorder p="md" component="form" aria-label="Response-time targets"
        onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Title order={3} size="h4" mb="xs">Response times</Title>
        <Text size="sm" mb="md">How long the brand may take to give its first public response, per channel.</Text>
        <NumberInput label="Every other channel (minutes)" min={MIN_MINUTES} max={MAX_MINUTES} allowDecimal={false}
          value={form.defaultMinutes} disabled={!editable} error={problems.defaultMinutes} w={260}
          onChange={(v) => setForm((f) => ({ ...f, defaultMinutes: Number(v) }))} />
        <Table mt="md" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr><Table.Th>Channel</Table.Th><Table.Th>First response (minutes)</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.targets.map((t, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select aria-label={`Channel of row ${i + 1}`} disabled={!editable} allowDeselect={false}
                    data={CHANNELS.filter((c) => c === t.platform || !used.has(c))} value={t.platform}
                    error={problems[`targets.${i}.platform`]} onChange={(v) => setTarget(i, { platform: v ?? '' })} />
                </Table.Td>
                <Table.Td>
                  <NumberInput aria-label={`Minutes for ${t.platform}`} min={MIN_MINUTES} max={MAX_MINUTES}
                    allowDecimal={false} disabled={!editable} value={t.firstResponseMinutes}
                    error={problems[`targets.${i}.firstResponseMinutes`]}
                    onChange={(v) => setTarget(i, { firstResponseMinutes: Number(v) })} />
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <ActionIcon variant="subtle" color="red.9" aria-label={`Remove the ${t.platform} target`}
                      onClick={() => setForm((f) => ({ ...f, targets: f.targets.filter((_, j) => j !== i) }))}>
                      ✕
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editable ? (
          <Group mt="md" justify="space-between">
            <Button variant="outline" disabled={used.size >= CHANNELS.length}
              onClick={() => setForm((f) => ({ ...f, targets: [...f.targets,
                { platform: CHANNELS.find((c) => !used.has(c)) ?? '', firstResponseMinutes: f.defaultMinutes }] }))}>
              Add a channel
            </Button>
            <Button type="submit" loading={saving} disabled={Object.keys(problems).length > 0}>Save targets</Button>
          </Group>
        ) : (
          <Text size="sm" mt="md" c="gray.8">Only managers change the standards.</Text>
        )}
      </Paper>
    </Stack>
  );
}
