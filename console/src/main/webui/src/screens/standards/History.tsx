import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import type { CatalogueDiff, CatalogueHistory, CatalogueVersion, CatalogueVersionSummary } from '../../types/standards';
import { diffGroups } from '../../logic/standards/diff';
import { STATUS_LABELS, defaultComparison } from '../../logic/standards/history';

// White text on each: 9.1, 7.9, 7.9 and 6.5 : 1.
const STATUS_COLOURS: Record<string, string> = { current: '#1b5e20', scheduled: '#364fc7', past: '#495057',
  superseded: '#b3261e' };

const when = (iso?: string) => (iso ? new Date(iso).toLocaleString() : '—');

/** Every version (newest first), a diff between any two, and (managers) the roll-back to one of them. */
export function History({ brand, canRollBack, refreshKey, onRolledBack, compareRequest }: {
  brand: string; canRollBack: boolean; refreshKey: number; onRolledBack: (v: CatalogueVersion) => void;
  /** Open the diff between these two versions (after a conflict, say). */
  compareRequest?: { from: number; to: number } | null;
}) {
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/standards`;
  const [history, setHistory] = useState<CatalogueHistory | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<CatalogueDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rollback, setRollback] = useState<CatalogueVersionSummary | null>(null);
  const [comment, setComment] = useState('');
  const [rollbackError, setRollbackError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const compare = useCallback((a: number, b: number) => {
    setFrom(a);
    setTo(b);
    get<CatalogueDiff>(`${base}/diff?from=${a}&to=${b}`)
      .then(({ body }) => { setDiff(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [base]);

  useEffect(() => {
    get<CatalogueHistory>(`${base}/versions`)
      .then(({ body }) => {
        setHistory(body);
        setError(null);
        const pair = compareRequest ?? defaultComparison(body);
        if (pair) compare(pair.from, pair.to);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [base, refreshKey, compare, compareRequest]);

  const doRollback = async () => {
    if (!rollback) return;
    if (!comment.trim()) { setRollbackError('say why: the history shows it'); return; }
    setBusy(true);
    try {
      const { body } = await send<CatalogueVersion>('POST', `${base}/rollback`,
        { toVersion: rollback.version, comment });
      setRollback(null);
      setComment('');
      setRollbackError(null);
      onRolledBack(body);
    } catch (e) {
      setRollbackError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const options = [{ value: '0', label: '0 (empty catalogue)' },
    ...[...(history?.versions ?? [])].reverse().map((v) => ({ value: String(v.version), label: `${v.version} · ${v.comment}` }))];
  const groups = diff ? diffGroups(diff.changes) : [];

  return (
    <Stack>
      {error && <Alert color="red" title="The history did not load">{error}</Alert>}
      <Table striped captionSide="top" data-testid="history">
        <Table.Caption>Versions of {brand}’s standards, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th><Table.Th>Status</Table.Th><Table.Th>Author</Table.Th><Table.Th>Saved</Table.Th>
            <Table.Th>In force from</Table.Th><Table.Th>Comment</Table.Th><Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(history?.versions ?? []).map((v) => (
            <Table.Tr key={v.version} data-testid={`version-${v.version}`}>
              <Table.Td>{v.version}</Table.Td>
              <Table.Td miw={110}>
                <Badge variant="filled" color={STATUS_COLOURS[v.status]} style={{ overflow: 'visible' }}>
                  {STATUS_LABELS[v.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{v.author}</Table.Td>
              <Table.Td>{when(v.createdAt)}</Table.Td>
              <Table.Td>{when(v.effectiveFrom)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{v.comment}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Button size="compact-xs" variant="outline" color="indigo.8"
                    aria-label={`Changes in version ${v.version}`}
                    onClick={() => compare(v.version - 1, v.version)}>Changes</Button>
                  {canRollBack && v.status !== 'current' && (
                    <Button size="compact-xs" variant="outline" color="red.9"
                      aria-label={`Roll back to version ${v.version}`}
                      onClick={() => { setRollback(v); setRollbackError(null); }}>Roll back</Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {rollback && (
        <Paper withBorder p="md" component="form" aria-label={`Roll back to version ${rollback.version}`}
          onSubmit={(e) => { e.preventDefault(); doRollback(); }}>
          <Title order={3} size="h5">Roll back to version {rollback.version}</Title>
          <Text size="sm" mb="xs">
            A new version is made with version {rollback.version}’s catalogue (“{rollback.comment}”); nothing is deleted.
          </Text>
          <TextInput label="Why roll back" value={comment} onChange={(e) => setComment(e.currentTarget.value)}
            error={rollbackError} data-autofocus />
          <Group mt="sm">
            <Button type="submit" color="red.9" loading={busy}>Confirm the roll-back</Button>
            <Button variant="default" onClick={() => setRollback(null)}>Cancel</Button>
          </Group>
        </Paper>
      )}

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">Differences between two versions</Title>
        <Group align="end">
          <NativeSelect label="From version" data={options} value={from == null ? '' : String(from)}
            onChange={(e) => to != null && compare(Number(e.currentTarget.value), to)} />
          <NativeSelect label="To version" data={options} value={to == null ? '' : String(to)}
            onChange={(e) => from != null && compare(from, Number(e.currentTarget.value))} />
        </Group>
        {diff && (
          <Stack mt="md" gap="sm" data-testid="diff">
            <Text size="sm" fw={600}>
              {diff.changes.length === 0 ? `Versions ${diff.from} and ${diff.to} are the same.`
                : `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'} from version ${diff.from} to version ${diff.to}`}
            </Text>
            {groups.map((g) => (
              <Table key={g.key} captionSide="top" withTableBorder data-testid={`diff-${g.key}`}>
                <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{g.title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr><Table.Th w="26%">Field</Table.Th><Table.Th w="37%">Version {diff.from}</Table.Th>
                    <Table.Th w="37%">Version {diff.to}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.rows.map((r) => (
                    <Table.Tr key={r.path} className={`diff-${r.kind}`}>
                      <Table.Td>{r.label}</Table.Td>
                      <Table.Td className="diff-before">{r.before}</Table.Td>
                      <Table.Td className="diff-after">{r.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
