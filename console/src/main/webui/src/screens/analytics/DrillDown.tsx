// The conversations or posts behind a figure, in a side panel: a page at a time from the drill-down endpoints
// (cursor, limit), each conversation linking to the inbox and each post to its story.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Drawer, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ApiError, get } from '../../api';
import type { CareFigure, CarePage, PostFigures, PostPage } from '../../types/analytics';
import { type Drill, drillPath } from '../../logic/analytics/care';
import { postsPage } from '../../logic/analytics/publishing';
import { FigureLink, groupName, platformName, useAnalyticsWords } from './common';

export const DRILL_PAGE = 50;

export interface CareDrill extends Drill {
  /** what the panel says it opened ("Response rate · Facebook") */
  title: string;
  /** the sets of conversations the panel offers for this figure, the first shown first */
  figures: readonly CareFigure[];
  /** the glossary entry of the figure */
  glossary?: string;
  /** what the list is, when it is not simply the figure's set (the timeline's moments) */
  note?: string;
}

export function CareDrillPanel({ drill, onClose, navigate }: {
  drill: CareDrill | null; onClose: () => void; navigate: (to: string) => void;
}) {
  const { t, format } = useAnalyticsWords();
  const [figure, setFigure] = useState<CareFigure | null>(null);
  const [items, setItems] = useState<CarePage['items']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = drill ? (figure && drill.figures.includes(figure) ? figure : drill.figures[0]) : null;

  const load = (cursor: string | null) => {
    if (!drill || !current) return;
    setLoading(true);
    get<CarePage>(drillPath({ ...drill, figure: current }, cursor, DRILL_PAGE))
      .then(({ body }) => {
        setItems((before) => (cursor ? [...before, ...body.items] : body.items));
        setNext(body.nextCursor);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message))
      .finally(() => setLoading(false));
  };
  useEffect(() => { setItems([]); setNext(null); load(null); }, [drill, current]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { setFigure(null); }, [drill]);

  return (
    <Drawer opened={drill != null} onClose={onClose} position="right" size="xl" title={drill?.title}
      closeButtonProps={{ 'aria-label': t('drill.close') }}>
      {drill && current && (
        <Stack data-testid="drill-panel">
          {drill.glossary && <Text size="sm">{t('drill.howCounted')} <FigureLink id={drill.glossary} navigate={navigate} /></Text>}
          {drill.figures.length > 1 && (
            <SegmentedControl aria-label={t('drill.which')} value={current} onChange={(v) => setFigure(v as CareFigure)}
              data={drill.figures.map((f) => ({ value: f, label: t(`figure.${f}`) }))} />
          )}
          {drill.note && <Text size="sm">{drill.note}</Text>}
          <Text size="sm" c="gray.8">{t(`figureHelp.${current}`)}</Text>
          {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
          <Table.ScrollContainer minWidth={items.length ? 900 : 0}>
          <Table striped data-testid="drill-conversations">
            <Table.Caption>{t('drill.conversationsCaption', { count: items.length })}</Table.Caption>
            <Table.Thead><Table.Tr>
              <Table.Th>{t('column.received')}</Table.Th><Table.Th>{t('column.channel')}</Table.Th>
              <Table.Th>{t('column.agent')}</Table.Th><Table.Th>{t('column.moment')}</Table.Th>
              <Table.Th>{t('column.language')}</Table.Th><Table.Th>{t('column.firstResponse')}</Table.Th>
              <Table.Th>{t('column.withinTarget')}</Table.Th><Table.Th>{t('column.resolution')}</Table.Th>
              <Table.Th>{t('column.reopened')}</Table.Th><Table.Th>{t('column.open')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.conversationId} data-conversation={c.conversationId}>
                  <Table.Td>{format.dateTime(c.receivedAt)}</Table.Td>
                  <Table.Td>{platformName(t, c.channel)}</Table.Td>
                  <Table.Td>{c.agent ?? t('group.none.agent')}</Table.Td>
                  <Table.Td>{groupName(t, format, 'moment', c.moment)}</Table.Td>
                  <Table.Td>{groupName(t, format, 'language', c.language)}</Table.Td>
                  <Table.Td>{c.timeToFirstResponseSeconds == null ? t('drill.notAnswered')
                    : format.duration(c.timeToFirstResponseSeconds * 1000)}</Table.Td>
                  <Table.Td>{c.withinTarget == null ? '—' : c.withinTarget ? t('drill.yes') : t('drill.no')}</Table.Td>
                  <Table.Td>{c.resolutionSeconds == null ? '—' : format.duration(c.resolutionSeconds * 1000)}</Table.Td>
                  <Table.Td>{format.number(c.reopenedCount)}</Table.Td>
                  <Table.Td>
                    <Anchor href={`/inbox/${c.conversationId}`} c="indigo.9"
                      onClick={(e) => { e.preventDefault(); navigate(`/inbox/${c.conversationId}`); }}>
                      {t('drill.openConversation')}</Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          </Table.ScrollContainer>
          {!loading && items.length === 0 && !error && <Text>{t('drill.none')}</Text>}
          <Group>
            {next && <Button variant="default" loading={loading} onClick={() => load(next)}>{t('drill.more')}</Button>}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}

export interface PostsDrill { title: string; href: string }

export function PostsPanel({ drill, onClose, navigate }: {
  drill: PostsDrill | null; onClose: () => void; navigate: (to: string) => void;
}) {
  const { t } = useAnalyticsWords();
  const [items, setItems] = useState<PostFigures[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = (cursor: string | null) => {
    if (!drill) return;
    setLoading(true);
    get<PostPage>(postsPage(drill.href, cursor, DRILL_PAGE))
      .then(({ body }) => {
        setItems((before) => (cursor ? [...before, ...body.items] : body.items));
        setNext(body.nextCursor);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message))
      .finally(() => setLoading(false));
  };
  useEffect(() => { setItems([]); setNext(null); load(null); }, [drill]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Drawer opened={drill != null} onClose={onClose} position="right" size="xl" title={drill?.title}
      closeButtonProps={{ 'aria-label': t('drill.close') }}>
      {drill && (
        <Stack data-testid="posts-panel">
          {error && <Alert color="red" title={t('failed')}>{error}</Alert>}
          <PostsTable posts={items} navigate={navigate} caption={t('drill.postsCaption', { count: items.length })} />
          {!loading && items.length === 0 && !error && <Text>{t('drill.noPosts')}</Text>}
          <Group>
            {next && <Button variant="default" loading={loading} onClick={() => load(next)}>{t('drill.more')}</Button>}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}

/** Posts with their figures; the story's title links to the story, the permalink to the post on its network. */
export function PostsTable({ posts, navigate, caption }: { posts: PostFigures[]; navigate: (to: string) => void; caption: string }) {
  const { t, format } = useAnalyticsWords();
  const n = (v: number | null) => (v == null ? '—' : format.number(v));
  return (
    <Table.ScrollContainer minWidth={1100}>
    <Table striped data-testid="posts-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead><Table.Tr>
        <Table.Th>{t('column.story')}</Table.Th><Table.Th>{t('column.channel')}</Table.Th>
        <Table.Th>{t('column.published')}</Table.Th>
        <Table.Th><FigureLink id="impressions" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="reach" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="views" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="reactions" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="comments" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="shares" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="clickThroughs" navigate={navigate} /></Table.Th>
        <Table.Th><FigureLink id="engagementRate" navigate={navigate} /></Table.Th>
        <Table.Th>{t('column.post')}</Table.Th>
      </Table.Tr></Table.Thead>
      <Table.Tbody>
        {posts.map((p) => (
          <Table.Tr key={p.variantId} data-story={p.storyId ?? ''}>
            <Table.Td>
              {p.storyId ? (
                <Anchor href={`/stories/${p.storyId}`} c="indigo.9"
                  onClick={(e) => { e.preventDefault(); navigate(`/stories/${p.storyId}`); }}>
                  {p.storyTitle ?? t('drill.untitled')}</Anchor>
              ) : (p.storyTitle ?? t('drill.untitled'))}
              {p.sandbox && <Badge ml="xs" size="xs" color="gray.8" variant="filled">{t('drill.sandbox')}</Badge>}
            </Table.Td>
            <Table.Td>{platformName(t, p.platform)}</Table.Td>
            <Table.Td>{format.dateTime(p.publishedAt)}</Table.Td>
            <Table.Td>{n(p.impressions)}</Table.Td><Table.Td>{n(p.reach)}</Table.Td><Table.Td>{n(p.views)}</Table.Td>
            <Table.Td>{n(p.reactions)}</Table.Td><Table.Td>{n(p.comments)}</Table.Td><Table.Td>{n(p.shares)}</Table.Td>
            <Table.Td>{n(p.clickThroughs)}</Table.Td>
            <Table.Td>{p.engagementRate == null ? '—'
              : t('rateOfBase', { rate: format.percent(p.engagementRate, 2), base: t(`base.${p.engagementRateBase}`) })}</Table.Td>
            <Table.Td>{p.permalink
              ? <Anchor href={p.permalink} target="_blank" rel="noopener noreferrer" c="indigo.9">{t('drill.viewPost')}</Anchor>
              : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
    </Table.ScrollContainer>
  );
}
