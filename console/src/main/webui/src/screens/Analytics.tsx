import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Group, NativeSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
import { ApiError, type ResponseTimes, get, query } from '../api';
import { type Me } from '../logic/navigation';
import { REPORTED_CHANNELS, responseTimeDescription, responseTimeSeries } from '../logic/analytics';
import type { Sentiment, Volumes } from '../types/analytics';
import { MOMENTS, MOMENT_COLOURS, SENTIMENT_COLOURS, bucketLabel, countOf, formatScore, nonEmptyRows, periodWindow,
  sentimentDescription, volumeDescription,
  sentimentSeries, volumeSeries } from '../logic/analytics/volumes';
import { CHANNELS } from '../logic/standards/schema';

/**
 * Response times per channel (median and p90 in minutes, the share answered within target), volumes by
 * moment of truth and sentiment over time; every chart has its figures as a table beside it.
 */
export function AnalyticsScreen({ me }: { me: Me }) {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [days, setDays] = useState('30');
  const [channel, setChannel] = useState('');
  const [bucket, setBucket] = useState<'day' | 'hour'>('day');
  const [rows, setRows] = useState<ResponseTimes[]>([]);
  const [volumes, setVolumes] = useState<Volumes | null>(null);
  const [sentiment, setSentiment] = useState<Sentiment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signalsError, setSignalsError] = useState<string | null>(null);
  const hourly = bucket === 'hour' && Number(days) <= 7;

  useEffect(() => {
    if (!brand) return;
    const from = new Date(Date.now() - Number(days) * 86400_000).toISOString();
    Promise.all([null, ...REPORTED_CHANNELS].map((platform) =>
      get<ResponseTimes>(`/api/v1/metrics/response-times${query({ brand, platform, from })}`).then((r) => r.body)))
      .then((all) => { setRows(all); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, days]);

  useEffect(() => {
    if (!brand) return;
    const { from, to } = periodWindow(Number(days), new Date());
    const q = query({ brand, platform: channel || null, from, to, bucket: hourly ? 'hour' : 'day' });
    Promise.all([get<Volumes>(`/api/v1/metrics/volumes${q}`), get<Sentiment>(`/api/v1/metrics/sentiment${q}`)])
      .then(([v, s]) => { setVolumes(v.body); setSentiment(s.body); setSignalsError(null); })
      .catch((e: ApiError) => setSignalsError(e.message));
  }, [brand, days, channel, hourly]);

  const vs = useMemo(() => volumeSeries(volumes), [volumes]);
  const ss = useMemo(() => sentimentSeries(sentiment), [sentiment]);
  const volumeOption = useMemo(() => ({
    aria: { enabled: true, label: { description: volumeDescription(volumes) } }, tooltip: { trigger: 'axis' },
    legend: { data: [...MOMENTS], top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: vs.labels }, yAxis: { type: 'value', minInterval: 1 },
    series: MOMENTS.map((m) => ({ name: m, type: 'bar', stack: 'moments', data: vs.moments[m],
      itemStyle: { color: MOMENT_COLOURS[m] } })),
  }), [vs, volumes]);
  const sentimentOption = useMemo(() => ({
    aria: { enabled: true, label: { description: sentimentDescription(sentiment) } }, tooltip: { trigger: 'axis' },
    legend: { data: ['positive', 'neutral', 'negative', 'average score'], top: 0 },
    grid: { left: 40, right: 48, top: 48, bottom: 28 },
    xAxis: { type: 'category', data: ss.labels },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: -1, max: 1, name: 'score' }],
    series: [
      ...(['positive', 'neutral', 'negative'] as const).map((k) => ({ name: k, type: 'bar', stack: 'sentiment',
        data: ss[k], itemStyle: { color: SENTIMENT_COLOURS[k] } })),
      { name: 'average score', type: 'line', yAxisIndex: 1, data: ss.average, connectNulls: false,
        itemStyle: { color: SENTIMENT_COLOURS.average }, lineStyle: { width: 2 } },
    ],
  }), [ss, sentiment]);

  const series = responseTimeSeries(rows);
  const all = rows.find((r) => r.platform == null);

  return (
    <Stack>
      <Title order={2}>Analytics</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} allowDeselect={false} w={180} />
        <SegmentedControl aria-label="Period" value={days} onChange={setDays}
          data={[{ value: '7', label: '7 days' }, { value: '30', label: '30 days' }, { value: '90', label: '90 days' }]} />
        <NativeSelect label="Channel (moments and sentiment)" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}
          data={[{ value: '', label: 'all channels' }, ...CHANNELS.map((c) => ({ value: c, label: c }))]} />
        <SegmentedControl aria-label="Bars per" value={hourly ? 'hour' : 'day'} onChange={(v) => setBucket(v as 'day' | 'hour')}
          data={[{ value: 'day', label: 'by day' }, { value: 'hour', label: 'by hour', disabled: Number(days) > 7 }]} />
      </Group>
      {error && <Alert color="red" title="Analytics did not answer">{error}</Alert>}
      {all && (
        <Text data-testid="analytics-summary">
          {all.count} answered, {all.opened} opened in the period; within target:{' '}
          {all.withinTargetRate == null ? '—' : `${Math.round(all.withinTargetRate * 100)} %`}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">Time to first response (minutes)</Title>
          <Chart label="Median and 90th percentile time to first response per channel, in minutes" option={{
            aria: { enabled: true, label: { description: responseTimeDescription(series, 'times') } },
            tooltip: { trigger: 'axis' }, legend: { data: ['median', 'p90'] },
            xAxis: { type: 'category', data: series.channels }, yAxis: { type: 'value', name: 'min' },
            series: [{ name: 'median', type: 'bar', data: series.median, itemStyle: { color: '#364fc7' } },
              { name: 'p90', type: 'bar', data: series.p90, itemStyle: { color: '#a61e4d' } }],
          }} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">Answered within target (%)</Title>
          <Chart label="Share of conversations answered within the target per channel, in percent" option={{
            aria: { enabled: true, label: { description: responseTimeDescription(series, 'within') } },
            tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: series.channels },
            yAxis: { type: 'value', max: 100, name: '%' },
            series: [{ name: 'within target', type: 'bar', data: series.withinTargetPercent,
              itemStyle: { color: '#1b5e20' } }],
          }} />
        </Paper>
      </SimpleGrid>
      <Table captionSide="top" striped>
        <Table.Caption>The same figures as a table</Table.Caption>
        <Table.Thead><Table.Tr><Table.Th>Channel</Table.Th><Table.Th>Answered</Table.Th><Table.Th>Median (min)</Table.Th>
          <Table.Th>p90 (min)</Table.Th><Table.Th>Within target</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {series.channels.map((c, i) => (
            <Table.Tr key={c}><Table.Td>{c}</Table.Td><Table.Td>{series.count[i]}</Table.Td>
              <Table.Td>{series.median[i] ?? '—'}</Table.Td><Table.Td>{series.p90[i] ?? '—'}</Table.Td>
              <Table.Td>{series.withinTargetPercent[i] == null ? '—' : `${series.withinTargetPercent[i]} %`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={3} size="h4" mt="md">What customers talk about, and how they feel</Title>
      {signalsError && <Alert color="red" title="Analytics did not answer">{signalsError}</Alert>}
      {volumes && sentiment && (
        <Text data-testid="signals-summary">
          {countOf(volumes.totals.total, 'interaction')}{channel ? ` on ${channel}` : ''}:{' '}
          {countOf(volumes.totals.complaint, 'complaint')}, {countOf(volumes.totals.question, 'question')},{' '}
          {countOf(volumes.totals.suggestion, 'suggestion')}, {volumes.totals.praise} praise
          {volumes.totals.spam ? `, ${volumes.totals.spam} spam` : ''}; mean sentiment {formatScore(sentiment.totals.averageScore)}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={4} size="h5">Interactions by moment of truth (per {hourly ? 'hour' : 'day'}, UTC)</Title>
          <Chart testId="volumes-chart" label="Complaints, questions, suggestions and praise per day, stacked"
            option={volumeOption} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={4} size="h5">Sentiment over time</Title>
          <Chart testId="sentiment-chart" label="Positive, neutral and negative interactions per day, and the mean sentiment score"
            option={sentimentOption} />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Table captionSide="top" striped data-testid="volumes-table">
          <Table.Caption>Moments of truth as a table (days with interactions, newest first)</Table.Caption>
          <Table.Thead><Table.Tr><Table.Th>{hourly ? 'Hour' : 'Day'}</Table.Th>
            {MOMENTS.map((m) => <Table.Th key={m}>{m}</Table.Th>)}<Table.Th>spam</Table.Th><Table.Th>all</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {volumes && nonEmptyRows(volumes.buckets, (b) => b.total).map((b) => (
              <Table.Tr key={b.start}><Table.Td>{bucketLabel(b.start, volumes.bucket)}</Table.Td>
                {MOMENTS.map((m) => <Table.Td key={m}>{b[m]}</Table.Td>)}<Table.Td>{b.spam}</Table.Td><Table.Td>{b.total}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {volumes && (
            <Table.Tfoot>
              <Table.Tr data-testid="volumes-total"><Table.Th>Total</Table.Th>
                {MOMENTS.map((m) => <Table.Td key={m} data-moment={m}>{volumes.totals[m]}</Table.Td>)}
                <Table.Td>{volumes.totals.spam}</Table.Td><Table.Td>{volumes.totals.total}</Table.Td></Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
        <Table captionSide="top" striped data-testid="sentiment-table">
          <Table.Caption>Sentiment as a table (days with interactions, newest first; spam left out)</Table.Caption>
          <Table.Thead><Table.Tr><Table.Th>{hourly ? 'Hour' : 'Day'}</Table.Th><Table.Th>positive</Table.Th>
            <Table.Th>neutral</Table.Th><Table.Th>negative</Table.Th><Table.Th>mean score</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {sentiment && nonEmptyRows(sentiment.buckets, (b) => b.positive + b.neutral + b.negative).map((b) => (
              <Table.Tr key={b.start}><Table.Td>{bucketLabel(b.start, sentiment.bucket)}</Table.Td>
                <Table.Td>{b.positive}</Table.Td><Table.Td>{b.neutral}</Table.Td><Table.Td>{b.negative}</Table.Td>
                <Table.Td>{formatScore(b.averageScore)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
          {sentiment && (
            <Table.Tfoot>
              <Table.Tr data-testid="sentiment-total"><Table.Th>Total</Table.Th><Table.Td>{sentiment.totals.positive}</Table.Td>
                <Table.Td>{sentiment.totals.neutral}</Table.Td><Table.Td>{sentiment.totals.negative}</Table.Td>
                <Table.Td>{formatScore(sentiment.totals.averageScore)}</Table.Td></Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </SimpleGrid>
    </Stack>
  );
}

function Chart({ option, label, testId }: { option: echarts.EChartsCoreOption; label: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ height: 280 }} />;
}
