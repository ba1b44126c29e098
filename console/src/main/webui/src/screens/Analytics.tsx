import { useEffect, useRef, useState } from 'react';
import { Alert, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
import { ApiError, type ResponseTimes, get, query } from '../api';
import { type Me } from '../logic/navigation';
import { REPORTED_CHANNELS, responseTimeSeries } from '../logic/analytics';

/** Response times per channel: median and p90 in minutes, and the share answered within target. */
export function AnalyticsScreen({ me }: { me: Me }) {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [days, setDays] = useState('30');
  const [rows, setRows] = useState<ResponseTimes[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!brand) return;
    const from = new Date(Date.now() - Number(days) * 86400_000).toISOString();
    Promise.all([null, ...REPORTED_CHANNELS].map((platform) =>
      get<ResponseTimes>(`/api/v1/metrics/response-times${query({ brand, platform, from })}`).then((r) => r.body)))
      .then((all) => { setRows(all); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, days]);

  const series = responseTimeSeries(rows);
  const all = rows.find((r) => r.platform == null);

  return (
    <Stack>
      <Title order={2}>Analytics</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} allowDeselect={false} w={180} />
        <SegmentedControl aria-label="Period" value={days} onChange={setDays}
          data={[{ value: '7', label: '7 days' }, { value: '30', label: '30 days' }, { value: '90', label: '90 days' }]} />
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
            tooltip: { trigger: 'axis' }, legend: { data: ['median', 'p90'] },
            xAxis: { type: 'category', data: series.channels }, yAxis: { type: 'value', name: 'min' },
            series: [{ name: 'median', type: 'bar', data: series.median, itemStyle: { color: '#364fc7' } },
              { name: 'p90', type: 'bar', data: series.p90, itemStyle: { color: '#a61e4d' } }],
          }} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">Answered within target (%)</Title>
          <Chart label="Share of conversations answered within the target per channel, in percent" option={{
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
    </Stack>
  );
}

function Chart({ option, label }: { option: echarts.EChartsCoreOption; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ height: 280 }} />;
}
