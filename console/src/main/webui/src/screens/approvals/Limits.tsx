import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { formatMoney, fromRows, LIMIT_ROLES, type LimitErrors, type LimitRow, toRows } from '../../logic/approvals/approvals';
import type { CompensationLimits } from '../../types/governance';

/**
 * What each role, and each named person, may offer on their own per currency. Managers and admins edit the
 * table and replace it at once; the others read it.
 */
export function Limits({ brand, editable }: { brand: string; editable: boolean }) {
  const [rows, setRows] = useState<LimitRow[]>([]);
  const [loaded, setLoaded] = useState<CompensationLimits | null>(null);
  const [errors, setErrors] = useState<LimitErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    get<CompensationLimits>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/limits`)
      .then(({ body }) => { setLoaded(body); setRows(toRows(body.limits)); setError(null); setErrors({}); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(load, [load]);

  const set = (i: number, patch: Partial<LimitRow>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    setSaved(null);
  };

  const save = async () => {
    const result = fromRows(rows);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    setErrors({});
    setError(null);
    try {
      const { body } = await send<CompensationLimits>('PUT',
        `/api/v1/brands/${encodeURIComponent(brand)}/compensation/limits`, { limits: result.limits });
      setLoaded(body);
      setRows(toRows(body.limits));
      setSaved(`Saved: ${body.limits.length} limit${body.limits.length === 1 ? '' : 's'} in force for ${brand}.`);
    } catch (e) {
      const p = (e as ApiError).problem;
      setError((e as ApiError).message);
      if (p.errors) setErrors(Object.fromEntries(p.errors.map((x) => [x.field, x.message])));
    } finally {
      setSaving(false);
    }
  };

  const err = (i: number, field: string) => errors[`limits[${i}].${field}`];

  if (!loaded && !error) return <Text>Loading…</Text>;
  return (
    <Stack>
      <Text size="sm" c="gray.8">A person’s own limit wins over their roles’; otherwise the highest of their roles’.
        A currency with no limit always needs an approver. {editable ? '' : 'Managers change these limits.'}</Text>
      {error && <Alert color="red" title="The limits were not saved">{error}</Alert>}
      {saved && <Alert color="green" title="Limits saved" data-testid="limits-saved">{saved}</Alert>}
      <Table withTableBorder data-testid="limits">
        <Table.Thead>
          <Table.Tr><Table.Th>Who</Table.Th><Table.Th>Role or person</Table.Th><Table.Th>Currency</Table.Th>
            <Table.Th>May offer on their own</Table.Th>{editable && <Table.Th><VisuallyHidden>Remove</VisuallyHidden></Table.Th>}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => editable ? (
            <Table.Tr key={i}>
              <Table.Td>
                <Select aria-label={`Kind of limit ${i + 1}`} data={[{ value: 'role', label: 'A role' },
                  { value: 'user', label: 'A person' }]} value={r.subjectKind} allowDeselect={false} w={120}
                  onChange={(v) => set(i, { subjectKind: (v ?? 'role') as LimitRow['subjectKind'], subject: '' })} />
              </Table.Td>
              <Table.Td>
                {r.subjectKind === 'role'
                  ? <Select aria-label={`Role of limit ${i + 1}`} data={LIMIT_ROLES} value={r.subject || null}
                    onChange={(v) => set(i, { subject: v ?? '' })} error={err(i, 'role')} w={150} />
                  : <TextInput aria-label={`Person of limit ${i + 1}`} value={r.subject} placeholder="user name"
                    onChange={(e) => set(i, { subject: e.currentTarget.value })} error={err(i, 'user')} w={150} />}
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Currency of limit ${i + 1}`} value={r.currency} maxLength={3} w={90}
                  onChange={(e) => set(i, { currency: e.currentTarget.value.toUpperCase() })} error={err(i, 'currency')} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Amount of limit ${i + 1}`} value={r.amount} w={160} inputMode="decimal"
                  onChange={(e) => set(i, { amount: e.currentTarget.value })} error={err(i, 'amountMinor')}
                  rightSection={<Text size="xs" c="gray.8">{r.currency}</Text>} />
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red.9" aria-label={`Remove limit ${i + 1}`}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Table.Td>
            </Table.Tr>
          ) : (
            <Table.Tr key={i}>
              <Table.Td>{r.subjectKind === 'role' ? 'Role' : 'Person'}</Table.Td><Table.Td>{r.subject}</Table.Td>
              <Table.Td>{r.currency}</Table.Td>
              <Table.Td className="num">{formatMoney(loaded!.limits[i].amountMinor, r.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && <Text c="gray.8">No limits: every offer needs an approver.</Text>}
      {editable && (
        <Group justify="space-between">
          <Button variant="outline" onClick={() => setRows((rs) => [...rs, { subjectKind: 'role', subject: 'agent',
            currency: 'EUR', amount: '' }])}>Add a limit</Button>
          <Group>
            <Button variant="subtle" onClick={load}>Discard changes</Button>
            <Button onClick={save} loading={saving}>Save limits</Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
