import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea,
  Title } from '@mantine/core';
import { ApiError, api, getPage, send } from '../../api';
import { appendPage } from '../../logic/inbox/filters';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/locale';
import { parseRecipients } from '../../logic/reports/reports';
import type { ReportDelivery, ReportSchedule } from '../../types/reports';

/** The brand's e-mailed reports: each schedule with its next run and last delivery; add, send now, stop. */
export function SchedulesPanel({ brand }: { brand: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const [items, setItems] = useState<ReportSchedule[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cadence, setCadence] = useState<'weekly' | 'monthly'>('monthly');
  const [recipients, setRecipients] = useState('');
  const [language, setLanguage] = useState<string>('en');
  const [hours, setHours] = useState<'all' | 'business'>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/analytics/reports/schedules`;

  const load = useCallback(() => {
    getPage<ReportSchedule>(base, null).then(({ body }) => { setItems(body.items); setNext(body.nextCursor); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [base]);
  useEffect(load, [load]);
  const loadMore = () => {
    if (!next) return;
    getPage<ReportSchedule>(base, next)
      .then(({ body }) => { setItems((current) => appendPage(current ?? [], body.items)); setNext(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  };

  const parsed = parseRecipients(recipients);
  const add = () => {
    setNotice(null);
    send<ReportSchedule>('POST', base, { cadence, recipients: parsed.valid, language, hours })
      .then(() => { setRecipients(''); load(); setNotice(t('schedules.added')); })
      .catch((e: ApiError) => setError(e.message));
  };
  const sendNow = (s: ReportSchedule) => {
    setNotice(null);
    api<ReportDelivery>(`${base}/${s.id}/deliveries`, { method: 'POST' })
      .then(({ body }) => {
        load();
        setNotice(body.status === 'sent' ? t('schedules.sentNow', { count: body.recipients.length })
          : t('schedules.failedNow', { problem: body.problem ?? '' }));
      })
      .catch((e: ApiError) => setError(e.message));
  };
  const remove = (s: ReportSchedule) => {
    setNotice(null);
    api<null>(`${base}/${s.id}`, { method: 'DELETE' }).then(() => { load(); setNotice(t('schedules.removed')); })
      .catch((e: ApiError) => setError(e.message));
  };

  const last = (d: ReportDelivery | null) => {
    if (!d) return <Text size="sm">{t('schedules.never')}</Text>;
    return (
      <Stack gap={2}>
        <Group gap="xs">
          <Badge color={d.status === 'sent' ? 'teal.9' : 'red.9'} variant="filled">{t(`schedules.status.${d.status}`)}</Badge>
          <Text size="sm">{format.dateTime(d.createdAt)}</Text>
        </Group>
        <Text size="xs">{t('schedules.period', { from: format.date(d.periodFrom, 'UTC'),
          to: format.date(new Date(Date.parse(d.periodTo) - 1000), 'UTC') })}</Text>
        {d.problem && <Text size="xs" c="red.8">{d.problem}</Text>}
      </Stack>
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-schedules">
      <Title order={3} size="h4" id="report-schedules">{t('schedules.title')}</Title>
      <Text size="sm">{t('schedules.intro')}</Text>
      {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
      {notice && <Text size="sm" mt="xs" role="status" data-testid="schedule-notice">{notice}</Text>}
      {items && items.length === 0 && <Text size="sm" mt="xs">{t('schedules.none')}</Text>}
      {items && items.length > 0 && (
        <Table mt="sm" data-testid="schedules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('schedules.cadence')}</Table.Th>
              <Table.Th>{t('schedules.recipients')}</Table.Th>
              <Table.Th>{t('language')}</Table.Th>
              <Table.Th>{t('schedules.next')}</Table.Th>
              <Table.Th>{t('schedules.last')}</Table.Th>
              <Table.Th><span className="visually-hidden">{t('schedules.actions')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id} data-testid="schedule-row">
                <Table.Td>{t(`cadence.${s.cadence}`)}{s.hours === 'business' ? ` · ${t('hours.business')}` : ''}</Table.Td>
                <Table.Td>{format.list(s.recipients)}</Table.Td>
                <Table.Td>{format.languageName(s.language)}</Table.Td>
                <Table.Td>{format.dateTime(s.nextRunAt)}</Table.Td>
                <Table.Td>{last(s.lastDelivery)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="compact-sm" variant="default" onClick={() => sendNow(s)}
                      data-testid="schedule-send-now">{t('schedules.sendNow')}</Button>
                    <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" onClick={() => remove(s)}>
                      {t('schedules.remove')}</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {next && <Button variant="outline" color="indigo.8" mt="xs" onClick={loadMore}>{t('schedules.loadMore')}</Button>}

      <Title order={4} size="h5" mt="md">{t('schedules.new')}</Title>
      <Group align="end" mt="xs">
        <div>
          <Text size="sm" fw={500} id="schedule-cadence">{t('schedules.cadence')}</Text>
          <SegmentedControl aria-labelledby="schedule-cadence" value={cadence}
            onChange={(v) => setCadence(v as 'weekly' | 'monthly')}
            data={[{ value: 'weekly', label: t('cadence.weekly') }, { value: 'monthly', label: t('cadence.monthly') }]} />
        </div>
        <Select label={t('language')} w={160} allowDeselect={false} value={language}
          onChange={(v) => v && setLanguage(v)}
          data={LANGUAGES.map((l) => ({ value: l, label: format.languageName(l) }))} />
        <div>
          <Text size="sm" fw={500} id="schedule-hours">{t('hours.label')}</Text>
          <SegmentedControl aria-labelledby="schedule-hours" value={hours}
            onChange={(v) => setHours(v as 'all' | 'business')}
            data={[{ value: 'all', label: t('hours.all') }, { value: 'business', label: t('hours.business') }]} />
        </div>
      </Group>
      <Textarea mt="xs" label={t('schedules.recipients')} description={t('schedules.recipientsHelp')} autosize
        minRows={2} value={recipients} data-testid="schedule-recipients"
        onChange={(e) => setRecipients(e.currentTarget.value)}
        error={parsed.invalid.length > 0 ? t('schedules.notAddresses', { list: format.list(parsed.invalid) }) : undefined} />
      <Button mt="sm" onClick={add} disabled={parsed.valid.length === 0 || parsed.invalid.length > 0}
        data-testid="schedule-add">{t('schedules.add')}</Button>
    </Paper>
  );
}
