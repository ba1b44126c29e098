import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import type { ResponseTargets } from '../../api';
import { useResource, useSetupWords } from './common';

const LEVELS = ['urgent', 'high', 'normal', 'low'] as const;

/**
 * How the inbox sets priorities (inbox-service's PriorityPolicy: fixed, not configured per brand) and the brand's
 * response targets the priority picks from (standards-service's response targets; per priority in the standards).
 */
export function PrioritiesTab({ brand, navigate }: { brand: string; navigate: (to: string) => void }) {
  const w = useSetupWords();
  const { t, format } = w;
  const targets = useResource<ResponseTargets>(`/api/v1/brands/${encodeURIComponent(brand)}/response-targets`);
  return (
    <Stack>
      <Text size="sm">{t('priorities.intro')}</Text>
      <div className="table-scroll">
        <Table striped data-testid="priority-levels">
          <caption className="visually-hidden">{t('priorities.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('priorities.level')}</Table.Th>
              <Table.Th scope="col">{t('priorities.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LEVELS.map((l) => (
              <Table.Tr key={l}>
                <Table.Th scope="row">{t(`priorities.level_${l}`)}</Table.Th>
                <Table.Td>{t(`priorities.when_${l}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Text size="sm">{t('priorities.rises')}</Text>
      <Title order={3} size="h4">{t('priorities.targets', { brand })}</Title>
      <Text size="sm">{t('priorities.targetsIntro')}</Text>
      {targets.error && <Alert color="orange" title={t('priorities.noTargets')} />}
      {targets.data && (
        <>
          <Text size="sm">{t('priorities.default')}: {format.duration(targets.data.defaultMinutes * 60_000)}</Text>
          {targets.data.targets.length > 0 && (
            <Table striped w="auto">
              <caption className="visually-hidden">{t('priorities.targets', { brand })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('priorities.channel')}</Table.Th>
                  <Table.Th scope="col">{t('priorities.firstResponse')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {targets.data.targets.map((x) => (
                  <Table.Tr key={x.platform}>
                    <Table.Th scope="row">{w.network(x.platform)}</Table.Th>
                    <Table.Td>{format.duration(x.firstResponseMinutes * 60_000)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <div>
        <Button variant="default" component="a" href="/standards"
          onClick={(e: React.MouseEvent) => { e.preventDefault(); navigate('/standards'); }}>{t('priorities.openStandards')}</Button>
      </div>
    </Stack>
  );
}
