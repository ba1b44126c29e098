import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import type { CatalogueDiff, CatalogueHistory, CatalogueVersion, CatalogueVersionSummary } from '../../types/standards';
import { diffGroups } from '../../logic/standards/diff';
import { defaultComparison } from '../../logic/standards/history';
import { changeWords, groupTitle, useStandardsWords } from './words';
import { SavedNotice } from './SavedNotice';

// White text on each: 9.1, 7.9, 7.9 and 6.5 : 1.
const STATUS_COLOURS: Record<string, string> = { current: '#1b5e20', scheduled: '#364fc7', past: '#495057',
  superseded: '#b3261e' };

/**
 * Every version (newest first), a diff between any two in words, and (managers) restoring an earlier version as a new
 * one: the action is on the version ("Restore version 7…"), never beside a change, and asks for a reason first.
 */
export function History({ brand, canRollBack, refreshKey, onRolledBack, compareRequest, notice }: {
  brand: string; canRollBack: boolean; refreshKey: number; onRolledBack: (v: CatalogueVersion) => void;
  /** Open the diff between these two versions (after a conflict, say). */
  compareRequest?: { from: number; to: number } | null;
  /** What was just saved or restored, said where the restore was confirmed. */
  notice?: string | null;
}) {
  const w = useStandardsWords();
  const { t } = w;
  const when = (iso?: string) => w.format.dateTime(iso);
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/standards`;
  const [history, setHistory] = useState<CatalogueHistory | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<CatalogueDiff | null>(null);
  /** The two versions compared, to name list entries by their content. */
  const [compared, setCompared] = useState<(CatalogueVersion | null)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [rollback, setRollback] = useState<CatalogueVersionSummary | null>(null);
  const [comment, setComment] = useState('');
  const [rollbackError, setRollbackError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const compare = useCallback((a: number, b: number) => {
    setFrom(a);
    setTo(b);
    const version = (n: number) => (n <= 0 ? Promise.resolve(null)
      : get<CatalogueVersion>(`${base}/versions/${n}`).then((r) => r.body).catch(() => null));
    Promise.all([get<CatalogueDiff>(`${base}/diff?from=${a}&to=${b}`), version(b), version(a)])
      .then(([{ body }, after, before]) => { setDiff(body); setCompared([after, before]); setError(null); })
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
    if (!comment.trim()) { setRollbackError(t('restore.why')); return; }
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

  const options = [{ value: '0', label: t('history.empty') },
    ...[...(history?.versions ?? [])].reverse().map((v) => ({ value: String(v.version), label: `${v.version} · ${v.comment}` }))];
  const groups = diff ? diffGroups(diff.changes, compared.map((v) => v?.catalogue)) : [];
  const newest = history?.versions[0]?.version ?? 0;

  return (
    <Stack>
      {error && <Alert color="red" title={t('history.failed')}>{error}</Alert>}
      <Table striped captionSide="top" data-testid="history">
        <Table.Caption>{t('history.caption', { brand })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.version')}</Table.Th><Table.Th>{t('history.status')}</Table.Th>
            <Table.Th>{t('history.author')}</Table.Th><Table.Th>{t('history.saved')}</Table.Th>
            <Table.Th>{t('history.inForce')}</Table.Th><Table.Th>{t('history.comment')}</Table.Th>
            <Table.Th>{t('history.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(history?.versions ?? []).map((v) => (
            <Table.Tr key={v.version} data-testid={`version-${v.version}`}>
              <Table.Td>{v.version}</Table.Td>
              <Table.Td miw={110}>
                <Badge variant="filled" color={STATUS_COLOURS[v.status]} style={{ overflow: 'visible' }}>
                  {t(`status.${v.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{v.author}</Table.Td>
              <Table.Td>{when(v.createdAt)}</Table.Td>
              <Table.Td>{when(v.effectiveFrom)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{v.comment}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Button size="compact-xs" variant="outline" color="indigo.8"
                    aria-label={t('history.changesIn', { version: v.version })}
                    onClick={() => compare(v.version - 1, v.version)}>{t('history.changes')}</Button>
                  {canRollBack && v.status !== 'current' && (
                    <Button size="compact-xs" variant="outline" color="indigo.8"
                      aria-label={t('restore.button', { version: v.version })}
                      onClick={() => { setRollback(v); setRollbackError(null); }}>
                      {t('restore.button', { version: v.version })}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {rollback && (
        <Paper withBorder p="md" component="form" aria-label={t('restore.form', { version: rollback.version })}
          onSubmit={(e) => { e.preventDefault(); doRollback(); }}>
          <Title order={3} size="h5">{t('restore.title', { version: rollback.version, next: newest + 1 })}</Title>
          <Text size="sm" mb="xs">
            {t('restore.explain', { version: rollback.version, comment: rollback.comment, next: newest + 1 })}
          </Text>
          <TextInput label={t('restore.reason')} value={comment} onChange={(e) => setComment(e.currentTarget.value)}
            error={rollbackError} data-autofocus />
          <Group mt="sm">
            <Button type="submit" color="red.9" loading={busy}>{t('restore.confirm', { version: rollback.version })}</Button>
            <Button variant="default" onClick={() => setRollback(null)}>{t('restore.cancel')}</Button>
          </Group>
        </Paper>
      )}
      {notice && !rollback && <SavedNotice>{notice}</SavedNotice>}

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">{t('diff.title')}</Title>
        <Group align="end">
          <NativeSelect label={t('diff.from')} data={options} value={from == null ? '' : String(from)}
            onChange={(e) => to != null && compare(Number(e.currentTarget.value), to)} />
          <NativeSelect label={t('diff.to')} data={options} value={to == null ? '' : String(to)}
            onChange={(e) => from != null && compare(from, Number(e.currentTarget.value))} />
        </Group>
        {diff && (
          <Stack mt="md" gap="sm" data-testid="diff">
            <Text size="sm" fw={600}>
              {diff.changes.length === 0 ? t('diff.same', { from: diff.from, to: diff.to })
                : t('diff.count', { count: diff.changes.length, from: diff.from, to: diff.to })}
            </Text>
            {groups.map((g) => (
              <Table key={g.key} captionSide="top" withTableBorder data-testid={`diff-${g.key}`}>
                <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{groupTitle(w, g)}</Table.Caption>
                <Table.Thead>
                  <Table.Tr><Table.Th w="26%">{t('diff.what')}</Table.Th>
                    <Table.Th w="37%">{t('diff.version', { version: diff.from })}</Table.Th>
                    <Table.Th w="37%">{t('diff.version', { version: diff.to })}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.rows.map((r) => {
                    const words = changeWords(w, r);
                    return (
                      <Table.Tr key={r.path} className={`diff-${r.kind}`}>
                        <Table.Td>{words.label}</Table.Td>
                        <Table.Td className="diff-before">{words.before}</Table.Td>
                        <Table.Td className="diff-after">{words.after}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
