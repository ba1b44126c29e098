import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { fromRows, LIMIT_ROLES, type LimitErrors, type LimitRow, toRows } from '../../logic/approvals/approvals';
import { useApprovalWords } from './words';
import type { CompensationLimits } from '../../types/governance';

/**
 * What each role, and each named person, may offer on their own per currency. Managers and admins edit the
 * table and replace it at once; the others read it.
 */
export function Limits({ brand, editable }: { brand: string; editable: boolean }) {
  const w = useApprovalWords();
  const { t } = w;
  const [rows, setRows] = useState<LimitRow[]>([]);
  const [loaded, setLoaded] = useState<CompensationLimits | null>(null);
  const [errors, setErrors] = useState<LimitErrors | Record<string, string>>({});
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
      setSaved(t('limits.saved', { count: body.limits.length, brand }));
    } catch (e) {
      const p = (e as ApiError).problem;
      setError((e as ApiError).message);
      if (p.errors) setErrors(Object.fromEntries(p.errors.map((x) => [x.field, x.message])));
      // the service's own words, shown as it wrote them
    } finally {
      setSaving(false);
    }
  };

  const err = (i: number, field: string) => {
    const e = errors[`limits[${i}].${field}`];
    return e == null ? undefined : typeof e === 'string' ? e : w.problem(e);
  };

  if (!loaded && !error) return <Text>{t('loading')}</Text>;
  return (
    <Stack>
      <Text size="sm" c="gray.8">{t('limits.explain')} {editable ? '' : t('limits.managersChange')}</Text>
      {error && <Alert color="red" title={t('limits.notSaved')}>{error}</Alert>}
      {saved && <Alert color="green" title={t('limits.savedTitle')} data-testid="limits-saved" role="status">{saved}</Alert>}
      <Table withTableBorder data-testid="limits">
        <Table.Thead>
          <Table.Tr><Table.Th>{t('limits.who')}</Table.Th><Table.Th>{t('limits.subject')}</Table.Th>
            <Table.Th>{t('limits.currency')}</Table.Th><Table.Th>{t('limits.amount')}</Table.Th>
            {editable && <Table.Th><VisuallyHidden>{t('limits.remove')}</VisuallyHidden></Table.Th>}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => editable ? (
            <Table.Tr key={i}>
              <Table.Td>
                <Select aria-label={t('limits.kindOf', { n: i + 1 })} data={[{ value: 'role', label: t('limits.aRole') },
                  { value: 'user', label: t('limits.aPerson') }]} value={r.subjectKind} allowDeselect={false} w={140}
                  onChange={(v) => set(i, { subjectKind: (v ?? 'role') as LimitRow['subjectKind'], subject: '' })} />
              </Table.Td>
              <Table.Td>
                {r.subjectKind === 'role'
                  ? <Select aria-label={t('limits.roleOf', { n: i + 1 })}
                    data={LIMIT_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} value={r.subject || null}
                    onChange={(v) => set(i, { subject: v ?? '' })} error={err(i, 'role')} w={150} />
                  : <TextInput aria-label={t('limits.personOf', { n: i + 1 })} value={r.subject} placeholder={t('limits.userName')}
                    onChange={(e) => set(i, { subject: e.currentTarget.value })} error={err(i, 'user')} w={150} />}
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('limits.currencyOf', { n: i + 1 })} value={r.currency} maxLength={3} w={90}
                  onChange={(e) => set(i, { currency: e.currentTarget.value.toUpperCase() })} error={err(i, 'currency')} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('limits.amountOf', { n: i + 1 })} value={r.amount} w={160} inputMode="decimal"
                  onChange={(e) => set(i, { amount: e.currentTarget.value })} error={err(i, 'amountMinor')}
                  rightSection={<Text size="xs" c="gray.8">{r.currency}</Text>} />
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red.9" aria-label={t('limits.removeOne', { n: i + 1 })}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Table.Td>
            </Table.Tr>
          ) : (
            <Table.Tr key={i}>
              <Table.Td>{r.subjectKind === 'role' ? t('limits.role') : t('limits.person')}</Table.Td>
              <Table.Td>{r.subjectKind === 'role' ? t(`role.${r.subject}`, { defaultValue: r.subject }) : r.subject}</Table.Td>
              <Table.Td>{r.currency}</Table.Td>
              <Table.Td className="num">{w.money(loaded!.limits[i].amountMinor, r.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && <Text c="gray.8">{t('limits.none')}</Text>}
      {editable && (
        <Group justify="space-between">
          <Button variant="outline" onClick={() => setRows((rs) => [...rs, { subjectKind: 'role', subject: 'agent',
            currency: 'EUR', amount: '' }])}>{t('limits.add')}</Button>
          <Group>
            <Button variant="subtle" onClick={load}>{t('limits.discard')}</Button>
            <Button onClick={save} loading={saving}>{t('limits.save')}</Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
