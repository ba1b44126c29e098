// Moments of truth and sentiment over time, with the incidents marked on both charts (shaded while open, a dashed
// line where each opened); the tables under the charts hold every figure, and a moment's count opens the
// conversations it opened that day.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get, query as queryString } from '../../api';
import type { CareDimension, Sentiment, TimelineView, Volumes } from '../../types/analytics';
import { MOMENTS, MOMENT_COLOURS, SENTIMENT_COLOURS, busiest, nonEmptyRows, scoreParts, sentimentSeries, volumeSeries }
  from '../../logic/analytics/volumes';
import { bucketWindow, incidentMarks, markOptions } from '../../logic/analytics/timeline';
import { pageOf } from '../../logic/analytics/tabs';
import { daysIn, type Window } from '../../logic/analytics/window';
import { CHANNELS } from '../../logic/standards/schema';
import { Chart, FigureButton, FigureLink, Pager, platformName, useAnalyticsWords } from './common';
import type { CareDrill } from './DrillDown';

const INCIDENT_COLOUR = '#c92a2a';
const ROWS = 15;

export function TimelineTab({ brand, window, navigate, onDrill }: {
  brand: string; window: Window; navigate: (to: string) => void; onDrill: (d: CareDrill) => void;
}) {
  const { t, format } = useAnalyticsWords();
  const [channel, setChannel] = useState('');
  const [bucket, setBucket] = useState<'day' | 'hour'>('day');
  const [volumes, setVolumes] = useState<Volumes | null>(null);
  const [sentiment, setSentiment] = useState<Sentiment | null>(null);
  const [timeline, setTimeline] = useState<TimelineView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [sentimentPage, setSentimentPage] = useState(0);
  const hourly = bucket === 'hour' && daysIn(window) <= 7;

  useEffect(() => {
    if (!window.from || !window.to) return;
    const q = queryString({ platform: channel || null, from: window.from, to: window.to, bucket: hourly ? 'hour' : 'day' });
    const figures = `/api/v1/brands/${encodeURIComponent(brand)}/analytics`;
    const tq = queryString({ from: window.from, to: window.to, channel: channel || null });
    Promise.all([get<Volumes>(`${figures}/volumes${q}`), get<Sentiment>(`${figures}/sentiment${q}`),
      get<TimelineView>(`${figures}/timeline${tq}`)])
      .then(([v, s, tl]) => {
        setVolumes(v.body); setSentiment(s.body); setTimeline(tl.body); setError(null); setPage(0); setSentimentPage(0);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, window, channel, hourly]);

  const per = hourly ? 'hour' : 'day';
  const when = (start: string) => (hourly ? format.dateTime(start, 'UTC') : format.date(start, 'UTC'));
  const score = (s: number | null) => { const p = scoreParts(s); return p ? `${p.sign}${format.number(p.value, 2)}` : '—'; };
  const vs = useMemo(() => volumeSeries(volumes), [volumes]);
  const ss = useMemo(() => sentimentSeries(sentiment), [sentiment]);
  const labels = vs.starts.map(when);
  const marks = useMemo(() => incidentMarks(vs.starts, volumes?.bucket ?? 'day', timeline?.incidents ?? []),
    [vs, volumes, timeline]);
  const incidentsSaid = marks.length === 0 ? t('timeline.noIncidents')
    : t('timeline.incidentsSaid', { count: marks.length, list: format.list(marks.map((m) => t('timeline.incidentItem',
      { title: m.title, from: labels[m.fromIndex], to: m.open ? t('timeline.stillOpen') : labels[m.toIndex] }))) });

  const volumeOption = useMemo(() => {
    const top = busiest(volumes);
    const tot = volumes?.totals;
    return {
      aria: { enabled: true, label: { description: tot ? `${t(`timeline.volumesDescription_${per}`, {
        complaint: format.number(tot.complaint), question: format.number(tot.question),
        suggestion: format.number(tot.suggestion), praise: format.number(tot.praise) })}${
        top ? ` ${t(`timeline.busiest_${per}`, { when: when(top.start), count: format.number(top.total) })}` : ''} ${
        incidentsSaid} ${t('tableBelow')}` : t('loading') } },
      tooltip: { trigger: 'axis' },
      legend: { data: MOMENTS.map((m) => t(`moment.${m}`)), top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: labels }, yAxis: { type: 'value', minInterval: 1 },
      series: MOMENTS.map((m, i) => ({ name: t(`moment.${m}`), type: 'bar', stack: 'moments', data: vs.moments[m],
        itemStyle: { color: MOMENT_COLOURS[m] }, ...(i === 0 ? markOptions(marks, labels, INCIDENT_COLOUR) : {}) })),
    };
  }, [vs, volumes, marks, t, format]); // eslint-disable-line react-hooks/exhaustive-deps
  const sentimentOption = useMemo(() => {
    const tot = sentiment?.totals;
    return {
      aria: { enabled: true, label: { description: tot ? `${t('timeline.sentimentDescription', {
        positive: format.number(tot.positive), neutral: format.number(tot.neutral), negative: format.number(tot.negative),
        score: score(tot.averageScore) })} ${incidentsSaid} ${t('tableBelow')}` : t('loading') } },
      tooltip: { trigger: 'axis' },
      legend: { data: [t('sentiment.positive'), t('sentiment.neutral'), t('sentiment.negative'), t('sentiment.average')], top: 0 },
      grid: { left: 40, right: 48, top: 48, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: -1, max: 1, name: t('sentiment.score') }],
      series: [
        ...(['positive', 'neutral', 'negative'] as const).map((k, i) => ({ name: t(`sentiment.${k}`), type: 'bar',
          stack: 'sentiment', data: ss[k], itemStyle: { color: SENTIMENT_COLOURS[k] },
          ...(i === 0 ? markOptions(marks, labels, INCIDENT_COLOUR) : {}) })),
        { name: t('sentiment.average'), type: 'line', yAxisIndex: 1, data: ss.average, connectNulls: false,
          itemStyle: { color: SENTIMENT_COLOURS.average }, lineStyle: { width: 2 } },
      ],
    };
  }, [ss, sentiment, marks, t, format]); // eslint-disable-line react-hooks/exhaustive-deps

  /** The conversations a moment opened in a bucket (they arrived then, and their first message was that moment). */
  const drill = (moment: string, start: string) => {
    const w = bucketWindow(start, volumes?.bucket ?? 'day');
    const filters: Partial<Record<CareDimension, string | null>> = { moment };
    if (channel) filters.channel = channel;
    onDrill({ query: { brand, from: w.from, to: w.to, by: 'moment', hours: 'all' }, figure: 'conversations',
      figures: ['conversations', 'answered', 'unanswered'], filters,
      title: `${t(`moment.${moment}`)} · ${when(start)}`, glossary: 'moments', note: t('timeline.drillNote') });
  };
  const momentRows = volumes ? pageOf(nonEmptyRows(volumes.buckets, (b) => b.total), page, ROWS) : { rows: [], pages: 1 };
  const sentimentRows = sentiment
    ? pageOf(nonEmptyRows(sentiment.buckets, (b) => b.positive + b.neutral + b.negative), sentimentPage, ROWS)
    : { rows: [], pages: 1 };
  const incidentsOn = (start: string) => (timeline?.days.find((d) => d.start.slice(0, 10) === start.slice(0, 10))
    ?.incidents.length ?? 0);

  return (
    <Stack>
      <Group align="end">
        <NativeSelect label={t('timeline.channel')} value={channel} onChange={(e) => setChannel(e.currentTarget.value)}
          data={[{ value: '', label: t('timeline.allChannels') }, ...CHANNELS.map((c) => ({ value: c, label: platformName(t, c) }))]} />
        <div>
          <Text size="sm" fw={500} id="timeline-bucket-label">{t('timeline.bars')}</Text>
          <SegmentedControl aria-labelledby="timeline-bucket-label" value={hourly ? 'hour' : 'day'}
            onChange={(v) => setBucket(v as 'day' | 'hour')}
            data={[{ value: 'day', label: t('timeline.byDay') },
              { value: 'hour', label: t('timeline.byHour'), disabled: daysIn(window) > 7 }]} />
        </div>
      </Group>
      {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
      {volumes && sentiment && (
        <Text data-testid="signals-summary">
          {t('timeline.summary', { count: volumes.totals.total, total: format.number(volumes.totals.total),
            complaint: format.number(volumes.totals.complaint), question: format.number(volumes.totals.question),
            suggestion: format.number(volumes.totals.suggestion), praise: format.number(volumes.totals.praise),
            spam: format.number(volumes.totals.spam), score: score(sentiment.totals.averageScore) })}
        </Text>
      )}
      <Text size="sm" c="gray.8" data-testid="incidents-said">{incidentsSaid}</Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t(`timeline.volumesTitle_${per}`)}</Title>
          <Chart testId="volumes-chart" label={t('timeline.volumesLabel')} option={volumeOption}
            onPick={(i, s) => { const start = vs.starts[i]; if (start && MOMENTS[s]) drill(MOMENTS[s], start); }} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t('timeline.sentimentTitle')}</Title>
          <Chart testId="sentiment-chart" label={t('timeline.sentimentLabel')} option={sentimentOption} />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <div>
          <Table captionSide="top" striped data-testid="volumes-table">
            <Table.Caption>{t('timeline.volumesCaption')}</Table.Caption>
            <Table.Thead><Table.Tr><Table.Th>{t(`timeline.${per}`)}</Table.Th>
              {MOMENTS.map((m) => <Table.Th key={m}>{t(`moment.${m}`)}</Table.Th>)}
              <Table.Th><FigureLink id="spam" navigate={navigate} /></Table.Th><Table.Th>{t('timeline.all')}</Table.Th>
              <Table.Th><FigureLink id="incidents" navigate={navigate} /></Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {momentRows.rows.map((b) => (
                <Table.Tr key={b.start}><Table.Th scope="row" fw={400}>{when(b.start)}</Table.Th>
                  {MOMENTS.map((m) => (
                    <Table.Td key={m} data-count={b[m]}>{b[m] > 0
                      ? <FigureButton onOpen={() => drill(m, b.start)}>{format.number(b[m])}</FigureButton>
                      : format.number(b[m])}</Table.Td>
                  ))}
                  <Table.Td>{format.number(b.spam)}</Table.Td><Table.Td>{format.number(b.total)}</Table.Td>
                  <Table.Td>{format.number(incidentsOn(b.start))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            {volumes && (
              <Table.Tfoot>
                <Table.Tr data-testid="volumes-total"><Table.Th scope="row">{t('timeline.total')}</Table.Th>
                  {MOMENTS.map((m) => <Table.Td key={m} data-moment={m} data-count={volumes.totals[m]}>
                    {format.number(volumes.totals[m])}</Table.Td>)}
                  <Table.Td>{format.number(volumes.totals.spam)}</Table.Td>
                  <Table.Td>{format.number(volumes.totals.total)}</Table.Td>
                  <Table.Td>{format.number(timeline?.incidents.length ?? 0)}</Table.Td></Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
          <Pager page={page} pages={momentRows.pages} onPage={setPage} label={t('timeline.volumesPages')} />
        </div>
        <div>
          <Table captionSide="top" striped data-testid="sentiment-table">
            <Table.Caption>{t('timeline.sentimentCaption')}</Table.Caption>
            <Table.Thead><Table.Tr><Table.Th>{t(`timeline.${per}`)}</Table.Th>
              <Table.Th>{t('sentiment.positive')}</Table.Th><Table.Th>{t('sentiment.neutral')}</Table.Th>
              <Table.Th>{t('sentiment.negative')}</Table.Th>
              <Table.Th><FigureLink id="averageScore" navigate={navigate} /></Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {sentimentRows.rows.map((b) => (
                <Table.Tr key={b.start}><Table.Th scope="row" fw={400}>{when(b.start)}</Table.Th>
                  <Table.Td>{format.number(b.positive)}</Table.Td><Table.Td>{format.number(b.neutral)}</Table.Td>
                  <Table.Td>{format.number(b.negative)}</Table.Td><Table.Td>{score(b.averageScore)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
            {sentiment && (
              <Table.Tfoot>
                <Table.Tr data-testid="sentiment-total"><Table.Th scope="row">{t('timeline.total')}</Table.Th>
                  <Table.Td>{format.number(sentiment.totals.positive)}</Table.Td>
                  <Table.Td>{format.number(sentiment.totals.neutral)}</Table.Td>
                  <Table.Td>{format.number(sentiment.totals.negative)}</Table.Td>
                  <Table.Td>{score(sentiment.totals.averageScore)}</Table.Td></Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
          <Pager page={sentimentPage} pages={sentimentRows.pages} onPage={setSentimentPage} label={t('timeline.sentimentPages')} />
        </div>
      </SimpleGrid>
      <Table captionSide="top" striped data-testid="incidents-table">
        <Table.Caption>{t('timeline.incidentsCaption')}</Table.Caption>
        <Table.Thead><Table.Tr><Table.Th>{t('column.incident')}</Table.Th><Table.Th>{t('column.source')}</Table.Th>
          <Table.Th>{t('column.opened')}</Table.Th><Table.Th>{t('column.closed')}</Table.Th>
          <Table.Th>{t('column.resolutionText')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {(timeline?.incidents ?? []).map((x) => (
            <Table.Tr key={x.incidentId}><Table.Td>{x.title}</Table.Td>
              <Table.Td>{t(`incidentSource.${x.source}`, { defaultValue: x.source })}{x.signal ? ` · ${t(`signal.${x.signal}`, { defaultValue: x.signal })}` : ''}</Table.Td>
              <Table.Td>{format.dateTime(x.openedAt)}</Table.Td>
              <Table.Td>{x.closedAt ? format.dateTime(x.closedAt) : t('timeline.stillOpen')}</Table.Td>
              <Table.Td>{x.resolution ?? '—'}</Table.Td></Table.Tr>
          ))}
          {timeline && timeline.incidents.length === 0 && (
            <Table.Tr><Table.Td colSpan={5}>{t('timeline.noIncidents')}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
