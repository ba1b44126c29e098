// Publishing: per channel and per post — impressions or reach, reactions, comments, shares, click-throughs,
// engagements and the engagement rate with its base stated beside it, followers per day; every figure opens the
// posts behind it.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import type { ChannelFigures, PostFigures, PostPage, PublishingFigures, PublishingReport } from '../../types/analytics';
import { COUNTERS, ENGAGEMENT_PARTS, accountNumbers, engagementSeries, followerSeries, postsPage, publishingPath }
  from '../../logic/analytics/publishing';
import { pageOf } from '../../logic/analytics/tabs';
import type { Window } from '../../logic/analytics/window';
import { Chart, FigureButton, FigureLink, Pager, platformName, useAnalyticsWords } from './common';
import { DRILL_PAGE, type PostsDrill, PostsTable } from './DrillDown';
import { signed } from './ContactsTab';

const PART_COLOURS = { reactions: '#364fc7', comments: '#7048e8', shares: '#1b5e20', clickThroughs: '#a61e4d' };
const LINE_COLOURS = ['#364fc7', '#a61e4d', '#1b5e20', '#e8590c', '#7048e8', '#0b7285', '#5f3dc4', '#862e9c'];
const DAY_ROWS = 14;

export function PublishingTab({ brand, window, navigate, onDrill }: {
  brand: string; window: Window; navigate: (to: string) => void; onDrill: (d: PostsDrill) => void;
}) {
  const { t, format } = useAnalyticsWords();
  const [report, setReport] = useState<PublishingReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [posts, setPosts] = useState<PostFigures[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [dayPage, setDayPage] = useState(0);

  useEffect(() => {
    if (!window.from || !window.to) return;
    get<PublishingReport>(publishingPath(brand, window.from, window.to))
      .then(({ body }) => {
        setReport(body); setError(null); setDayPage(0);
        return get<PostPage>(postsPage(body.postsHref, null, DRILL_PAGE));
      })
      .then(({ body }) => { setPosts(body.items); setNext(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, window]);
  const more = () => {
    if (!report || !next) return;
    get<PostPage>(postsPage(report.postsHref, next, DRILL_PAGE))
      .then(({ body }) => { setPosts((p) => [...p, ...body.items]); setNext(body.nextCursor); })
      .catch((e: ApiError) => setError(e.message));
  };

  const channels = report?.channels ?? [];
  const numbers = useMemo(() => accountNumbers(channels), [channels]);
  const channelName = (c: { channelAccountId: string; platform: string }) => {
    const n = numbers.get(c.channelAccountId);
    return n ? `${platformName(t, c.platform)} ${n}` : platformName(t, c.platform);
  };
  const es = useMemo(() => engagementSeries(channels), [channels]);
  const weekly = report?.followersEvery === 'week';
  const fs = useMemo(() => followerSeries(channels, weekly ? 'week' : 'day'), [channels, weekly]);
  const column = (d: string) => (weekly ? t('publishing.weekOf', { date: format.date(`${d}T00:00:00Z`, 'UTC') })
    : format.date(`${d}T00:00:00Z`, 'UTC'));
  const engagementOption = useMemo(() => ({
    aria: { enabled: true, label: { description: t('publishing.engagementDescription', {
      list: format.list(channels.filter((c) => c.figures.posts > 0).map((c) => t('publishing.engagementItem', {
        channel: channelName(c), engagements: format.number(c.figures.engagements),
        rate: rateText(c.figures) }))) || t('publishing.nothing') }) } },
    tooltip: { trigger: 'axis' }, legend: { data: ENGAGEMENT_PARTS.map((k) => t(`glossary.entries.${k}.name`)), top: 0 },
    grid: { left: 48, right: 16, top: 48, bottom: 28 },
    xAxis: { type: 'category', data: es.channels.map((c) => channelName({ channelAccountId: c.id, platform: c.platform })) }, yAxis: { type: 'value', minInterval: 1 },
    series: ENGAGEMENT_PARTS.map((k) => ({ name: t(`glossary.entries.${k}.name`), type: 'bar', stack: 'engagements',
      data: es.parts[k], itemStyle: { color: PART_COLOURS[k] } })),
  }), [es, channels, t, format]); // eslint-disable-line react-hooks/exhaustive-deps
  const followerOption = useMemo(() => ({
    aria: { enabled: true, label: { description: t(weekly ? 'publishing.followersWeekDescription' : 'publishing.followersDescription', {
      list: format.list(channels.filter((c) => c.followers.length > 0).map((c) => t('publishing.followersItem', {
        channel: channelName(c), followers: format.number(c.followers[c.followers.length - 1].followers),
        growth: c.followerGrowth == null ? '—' : signed(format.number(c.followerGrowth), c.followerGrowth) })))
        || t('publishing.noFollowers') }) } },
    tooltip: { trigger: 'axis' }, legend: { data: fs.lines.map((l) => channelName({ channelAccountId: l.id, platform: l.platform })), top: 0 },
    grid: { left: 64, right: 16, top: 48, bottom: 28 },
    xAxis: { type: 'category', data: fs.days.map(column) },
    yAxis: { type: 'value', scale: true },
    series: fs.lines.map((l, i) => ({ name: channelName({ channelAccountId: l.id, platform: l.platform }), type: 'line',
      data: l.followers, connectNulls: true, itemStyle: { color: LINE_COLOURS[i % LINE_COLOURS.length] } })),
  }), [fs, channels, t, format, weekly]); // eslint-disable-line react-hooks/exhaustive-deps

  function rateText(f: Pick<PublishingFigures, 'engagementRate' | 'engagementRateBase' | 'engagementRateBaseValue'>) {
    if (f.engagementRate == null || f.engagementRateBase == null) return t('publishing.noRate');
    return f.engagementRateBaseValue == null
      ? t('rateOfBase', { rate: format.percent(f.engagementRate, 2), base: t(`base.${f.engagementRateBase}`) })
      : t('rateOfBaseValue', { rate: format.percent(f.engagementRate, 2), base: t(`base.${f.engagementRateBase}`),
        value: format.number(f.engagementRateBaseValue) });
  }
  const open = (title: string, href: string) => onDrill({ title, href });
  const n = (v: number | null) => (v == null ? '—' : format.number(v));
  const figuresRow = (key: string, label: string, f: PublishingFigures, href: string, isTotal: boolean,
    growth?: number | null) => (
    <Table.Tr key={key} data-channel={key}>
      {isTotal ? <Table.Th scope="row">{label}</Table.Th> : <Table.Th scope="row" fw={400}>{label}</Table.Th>}
      <Table.Td>{f.posts > 0
        ? <FigureButton testId={`posts-${key}`} onOpen={() => open(t('publishing.postsOf', { what: label }), href)}>
          {format.number(f.posts)}</FigureButton> : format.number(f.posts)}</Table.Td>
      {COUNTERS.map((k) => (
        <Table.Td key={k}>{f.posts > 0 && f[k] != null
          ? <FigureButton onOpen={() => open(`${t(`glossary.entries.${k}.name`)} · ${label}`, href)}>{n(f[k])}</FigureButton>
          : n(f[k])}</Table.Td>
      ))}
      <Table.Td data-testid={`rate-${key}`}>{rateText(f)}</Table.Td>
      <Table.Td>{growth === undefined ? '' : growth == null ? '—' : signed(format.number(growth), growth)}</Table.Td>
    </Table.Tr>
  );
  const dayRows = pageOf([...fs.days].reverse(), dayPage, DAY_ROWS);

  return (
    <Stack>
      {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
      {report && (
        <Text data-testid="publishing-summary">
          {t('publishing.summary', { count: report.totals.posts, posts: format.number(report.totals.posts),
            engagements: n(report.totals.engagements), rate: rateText(report.totals) })}
        </Text>
      )}
      <Text size="sm" c="gray.8">{t('publishing.rateNote')} <FigureLink id="engagementRate" navigate={navigate}>
        {t('publishing.rateHow')}</FigureLink></Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t('publishing.engagementTitle')}</Title>
          <Chart testId="engagement-chart" label={t('publishing.engagementLabel')} option={engagementOption}
            onPick={(i) => { const c = channels.find((x) => x.channelAccountId === es.channels[i]?.id);
              if (c) open(t('publishing.postsOf', { what: channelName(c) }), c.postsHref); }} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5">{t(weekly ? 'publishing.followersWeekTitle' : 'publishing.followersTitle')}</Title>
          <Chart testId="followers-chart" label={t(weekly ? 'publishing.followersWeekLabel' : 'publishing.followersLabel')}
            option={followerOption} />
        </Paper>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={1000}>
      <Table captionSide="top" striped data-testid="channels-table">
        <Table.Caption>{t('publishing.channelsCaption')}</Table.Caption>
        <Table.Thead><Table.Tr>
          <Table.Th>{t('column.channel')}</Table.Th>
          <Table.Th><FigureLink id="posts" navigate={navigate} /></Table.Th>
          {COUNTERS.map((k) => <Table.Th key={k}><FigureLink id={k} navigate={navigate} /></Table.Th>)}
          <Table.Th><FigureLink id="engagementRate" navigate={navigate} /></Table.Th>
          <Table.Th><FigureLink id="followerGrowth" navigate={navigate} /></Table.Th>
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {report && figuresRow('total', t('publishing.allChannels'), report.totals, report.postsHref, true)}
          {channels.map((c: ChannelFigures) => figuresRow(c.channelAccountId, channelName(c), c.figures, c.postsHref,
            false, c.followerGrowth))}
        </Table.Tbody>
      </Table>
      </Table.ScrollContainer>
      <Table captionSide="top" striped data-testid="followers-days">
        <Table.Caption>{t(weekly ? 'publishing.followersWeekCaption' : 'publishing.followersCaption')}</Table.Caption>
        <Table.Thead><Table.Tr><Table.Th>{weekly ? t('publishing.weekColumn') : t('column.day')}</Table.Th>
          {fs.lines.map((l) => <Table.Th key={l.id}>{channelName({ channelAccountId: l.id, platform: l.platform })}</Table.Th>)}
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {dayRows.rows.map((d) => {
            const i = fs.days.indexOf(d);
            return (
              <Table.Tr key={d}><Table.Th scope="row" fw={400}>{column(d)}</Table.Th>
                {fs.lines.map((l) => <Table.Td key={l.id}>{n(l.followers[i])}</Table.Td>)}</Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Pager page={dayPage} pages={dayRows.pages} onPage={setDayPage}
        label={t(weekly ? 'publishing.weekPages' : 'publishing.dayPages')} />
      <Title order={3} size="h5">{t('publishing.postsTitle')}</Title>
      <PostsTable posts={posts} navigate={navigate} caption={t('drill.postsCaption', { count: posts.length })} />
      {next && <Group><Button variant="default" onClick={more}>{t('drill.more')}</Button></Group>}
    </Stack>
  );
}
