import { useEffect } from 'react';
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { query } from '../../api';
import type { SetupChange } from '../../types/setup';
import { useResource, useSetupWords } from './common';

/** The latest changes of one part of the setup, with who and when (the inbox's setup trail). */
export function ChangesPanel({ brand, subject, version }: { brand: string; subject: string; version: number }) {
  const w = useSetupWords();
  const { t, format } = w;
  const changes = useResource<{ items: SetupChange[] }>(`/api/v1/brands/${encodeURIComponent(brand)}/setup-changes${
    query({ subject, limit: 10 })}`);
  const { reload } = changes;
  // read again after each change this tab made
  useEffect(() => { if (version) reload(); }, [version, reload]);
  const what = (c: SetupChange) => (c.subject === 'saved-reply' ? String(c.details.title ?? c.key)
    : c.subject === 'assignment-rules' ? t('changes.rules', { n: Array.isArray(c.details.rules) ? c.details.rules.length : 0 })
      : c.key);
  return (
    <Stack gap="xs" component="section" aria-labelledby={`changes-${subject}`} data-testid={`changes-${subject}`}>
      <Title order={3} size="h5" id={`changes-${subject}`}>{t('changes.title')}</Title>
      {changes.error && <Alert color="red" title={t('loadFailed', { detail: changes.error })} />}
      {changes.data && changes.data.items.length === 0 && <Text size="sm">{t('changes.none')}</Text>}
      {changes.data && changes.data.items.length > 0 && (
        <Table striped w="auto">
          <caption className="visually-hidden">{t('changes.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('changes.when')}</Table.Th>
              <Table.Th scope="col">{t('changes.who')}</Table.Th>
              <Table.Th scope="col">{t('changes.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.data.items.map((c) => (
              <Table.Tr key={c.id} data-testid="setup-change">
                <Table.Td>{format.dateTime(c.at)}</Table.Td>
                <Table.Td>{c.actor}</Table.Td>
                <Table.Td>{t(`changes.action.${c.action}`, { defaultValue: c.action, what: what(c) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
