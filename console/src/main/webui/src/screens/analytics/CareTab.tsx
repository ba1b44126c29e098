// Care: time to first response (median, p90), response rate, share within target, resolution time and reopened
// rate, per channel, team, agent, moment of truth or language, in business or all hours; every figure opens the
// conversations behind it.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import type { CareDimension, CareGroup, CareView, HoursCounted } from '../../types/analytics';
import { type CareCell, CELL_FIGURES, type CareQuery, DIMENSIONS, HOURS, carePath, careSeries,
  cellCount } from '../../logic/analytics/care';
import { pageOf } from '../../logic/analytics/tabs';
import type { Window } from '../../logic/analytics/window';
import { Chart, FigureButton, FigureLink, Pager, groupName, useAnalyticsWords } from './common';
import type { CareDrill } from './DrillDown';

const ROWS = 20;

export function CareTab({ brand, window, navigate, onDrill }: {
  brand: string; window: Window; navigate: (to: string) => void; onDrill: (d: CareDrill) => void;
}) {
  const { t, format } = useAnalyticsWords();
  const [by, setBy] = useState<CareDimension>('channel');
  const [hours, setHours] = useState<HoursCounted>('business');
  const [view, setView] = useState<CareView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const query: CareQuery | null = useMemo(() => (window.from && window.to
    ? { brand, from: window.from, to: window.to, by, hours } : null), [brand, window, by, hours]);

  useEffect(() => {
    if (!query) return;
    get<CareView>(carePath(query))
      .then(({ body }) => { setView(body); setError(null); setPage(0); })
      .catch((e: ApiError) => setError(e.message));
  }, [query]);

  const name = (value: string | null) => groupName(t, format, by, value);
  const cellTitle = (cell: CareCell, g: CareGroup | null) => `${t(`glossary.entries.${cell}.name`)} · ${
    g ? name(g.value) : t('care.all')}`;
  const drill = (cell: CareCell, g: CareGroup | null) => {
    if (!query) return;
    onDrill({ query, figure: CELL_FIGURES[cell][0], figures: CELL_FIGURES[cell], group: g ? g.value : undefined,
      title: cellTitle(cell, g), glossary: cell });
  };

  const series = useMemo(() => careSeries(view), [view]);
  const labels = series.groups.map(name);
  const timesOption = useMemo(() => ({
    aria: { enabled: true, label: { description: t('care.timesDescription', { by: t(`by.${by}`),
      list: format.list(series.groups.map((g, i) => t('care.timesItem', { group: labels[i],
        median: format.duration(view!.groups[i].timeToFirstResponse.medianSeconds == null ? null
          : view!.groups[i].timeToFirstResponse.medianSeconds! * 1000),
        p90: format.duration(view!.groups[i].timeToFirstResponse.p90Seconds == null ? null
          : view!.groups[i].timeToFirstResponse.p90Seconds! * 1000) }))) || t('care.nothing') }) } },
    tooltip: { trigger: 'axis' }, legend: { data: [t('care.median'), t('care.p90')], top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', name: t('care.minutes') },
    series: [{ name: t('care.median'), type: 'bar', data: series.medianMinutes, itemStyle: { color: '#364fc7' } },
      { name: t('care.p90'), type: 'bar', data: series.p90Minutes, itemStyle: { color: '#a61e4d' } }],
  }), [series, labels, view, by, t, format]); // eslint-disable-line react-hooks/exhaustive-deps
  const sharesOption = useMemo(() => ({
    aria: { enabled: true, label: { description: t('care.sharesDescription', { by: t(`by.${by}`),
      list: format.list(series.groups.map((g, i) => t('care.sharesItem', { group: labels[i],
        responded: format.percent(view!.groups[i].responseRate.value),
        within: format.percent(view!.groups[i].withinTarget.value) }))) || t('care.nothing') }) } },
    tooltip: { trigger: 'axis' }, legend: { data: [t('glossary.entries.responseRate.name'),
      t('glossary.entries.withinTarget.name')], top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', max: 100, name: '%' },
    series: [{ name: t('glossary.entries.responseRate.name'), type: 'bar', data: series.responsePercent,
      itemStyle: { color: '#1864ab' } },
    { name: t('glossary.entries.withinTarget.name'), type: 'bar', data: series.withinTargetPercent,
      itemStyle: { color: '#1b5e20' } }],
  }), [series, labels, view, by, t, format]); // eslint-disable-line react-hooks/exhaustive-deps

  const rate = (r: CareGroup['responseRate']) => (r.value == null ? t('care.noBase')
    : t('rateCount', { rate: format.percent(r.value), count: format.number(r.count), base: format.number(r.base) }));
  const secs = (s: number | null) => format.duration(s == null ? null : s * 1000);
  const row = (g: CareGroup, isTotal: boolean) => {
    const cell = (c: CareCell, text: string) => (cellCount(g, c) > 0
      ? <FigureButton onOpen={() => drill(c, isTotal ? null : g)}
        testId={`care-${c}-${isTotal ? 'total' : g.value ?? 'none'}`}>{text}</FigureButton>
      : <span>{text}</span>);
    return (
    <Table.Tr key={isTotal ? '__total' : g.value ?? '__none'} data-group={isTotal ? '__total' : g.value ?? ''}>
      {isTotal ? <Table.Th scope="row">{t('care.all')}</Table.Th> : <Table.Th scope="row" fw={400}>{name(g.value)}</Table.Th>}
      <Table.Td>{cell('conversations', format.number(g.conversations))}</Table.Td>
      <Table.Td>{cell('responseRate', rate(g.responseRate))}</Table.Td>
      <Table.Td>{cell('timeToFirstResponse', secs(g.timeToFirstResponse.medianSeconds))}</Table.Td>
      <Table.Td>{cell('timeToFirstResponse', secs(g.timeToFirstResponse.p90Seconds))}</Table.Td>
      <Table.Td>{cell('withinTarget', rate(g.withinTarget))}</Table.Td>
      <Table.Td>{cell('resolution', secs(g.resolution.medianSeconds))}</Table.Td>
      <Table.Td>{cell('resolution', secs(g.resolution.p90Seconds))}</Table.Td>
      <Table.Td>{cell('reopened', rate(g.reopened))}</Table.Td>
    </Table.Tr>
    );
  };
  const shown = pageOf(view?.groups ?? [], page, ROWS);
  const total = view?.total;

  return (
    <Stack>
      <Group align="end">
        <NativeSelect label={t('care.groupBy')} value={by} data-testid="care-by"
          onChange={(e) => setBy(e.currentTarget.value as CareDimension)}
          data={DIMENSIONS.map((d) => ({ value: d, label: t(`by.${d}`) }))} />
        <div>
          <Text size="sm" fw={500} id="care-hours-label">{t('care.hours')}</Text>
          <SegmentedControl aria-labelledby="care-hours-label" value={hours} onChange={(v) => setHours(v as HoursCounted)}
            data={HOURS.map((h) => ({ value: h, label: t(`hours.${h}`) }))} />
        </div>
        <FigureLink id="businessHours" navigate={navigate}>{t('care.hoursExplained')}</FigureLink>
      </Group>
      {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
      {total && (
        <Text data-testid="analytics-summary">
          {t('care.summary', { count: total.conversations, conversations: format.number(total.conversations),
            answered: format.number(total.responseRate.count), rate: format.percent(total.responseRate.value),
            within: format.percent(total.withinTarget.value),
            median: secs(total.timeToFirstResponse.medianSeconds) })}
        </Text>
      )}
      <Text size="sm" c="gray.8">{t('care.attribution')}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t('care.timesTitle', { by: t(`by.${by}`) })}</Title>
          <Chart testId="care-times-chart" label={t('care.timesLabel')} option={timesOption}
            onPick={(i) => view && drill('timeToFirstResponse', view.groups[i])} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t('care.sharesTitle', { by: t(`by.${by}`) })}</Title>
          <Chart testId="care-shares-chart" label={t('care.sharesLabel')} option={sharesOption}
            onPick={(i, s) => view && drill(s === 0 ? 'responseRate' : 'withinTarget', view.groups[i])} />
        </Paper>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={1000}>
      <Table captionSide="top" striped data-testid="care-table">
        <Table.Caption>{t('care.tableCaption', { by: t(`by.${by}`) })}</Table.Caption>
        <Table.Thead><Table.Tr>
          <Table.Th>{t(`by.${by}`)}</Table.Th>
          <Table.Th><FigureLink id="conversations" navigate={navigate} /></Table.Th>
          <Table.Th><FigureLink id="responseRate" navigate={navigate} /></Table.Th>
          <Table.Th><FigureLink id="timeToFirstResponse" navigate={navigate}>{t('care.ttfrMedian')}</FigureLink></Table.Th>
          <Table.Th><FigureLink id="timeToFirstResponse" navigate={navigate}>{t('care.ttfrP90')}</FigureLink></Table.Th>
          <Table.Th><FigureLink id="withinTarget" navigate={navigate} /></Table.Th>
          <Table.Th><FigureLink id="resolution" navigate={navigate}>{t('care.resolutionMedian')}</FigureLink></Table.Th>
          <Table.Th><FigureLink id="resolution" navigate={navigate}>{t('care.resolutionP90')}</FigureLink></Table.Th>
          <Table.Th><FigureLink id="reopened" navigate={navigate} /></Table.Th>
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {total && row(total, true)}
          {shown.rows.map((g) => row(g, false))}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
      <Pager page={page} pages={shown.pages} onPage={setPage} label={t('care.pages')} />
    </Stack>
  );
}
