import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { get, getAll, query, send } from '../../api';
import type { Me } from '../../logic/navigation';
import { type CadenceTarget, cadenceRows, competitorRows, competitorsText, nextSlotText } from '../../logic/publishing/cadence';
import { correctionErrors, mayCorrect, mayDeletePublished, publicationView, type Tone } from '../../logic/publishing/publication';
import { addDays, formatIn, weekdayName } from '../../logic/publishing/zoned';
import { networkName } from '../../logic/publishing/limits';
import type { CadenceReport, CalendarFeed, NextSlot, Variant } from '../../types/publishing';
import type { ConversationPage, ConversationSummary } from '../../types/inbox';
import { problemText } from '../inbox/common';
import { useFormat, useTranslation } from '../../i18n/i18n';

/** Mantine's orange.9 under white bold 11 px text is 4.3:1, below WCAG AA's 4.5:1; this burnt orange is 6.1:1. */
const WARNING_COLOUR = '#b03a06';
const TONE_COLOUR: Record<Tone, string> = { success: 'teal.9', waiting: 'blue.9', warning: WARNING_COLOUR, danger: 'red.9' };
/** An alert's colour per tone: Mantine's light variant (a pale ground under black text); a shade index would fill it. */
const TONE_ALERT: Record<Tone, string> = { success: 'teal', waiting: 'blue', warning: 'orange', danger: 'red' };

/**
 * A published (or failed, delayed, unknown) variant: its state, permalink and delay, or why it failed and what to do;
 * "Correct" (text and reason, through approval again) and "Delete" (a reason; approvers, managers, admins) on a
 * published one. Built to the contract's `publication` field.
 */
export function PublicationPanel({ brand, storyId, variant, zone, me, onChanged }: {
  brand: string; storyId: string; variant: Variant; zone: string; me: Me; onChanged: () => void;
}) {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  const view = publicationView(variant.publication, (iso) => formatIn(iso, zone));
  const [dialog, setDialog] = useState<'correct' | 'delete' | null>(null);
  if (!view) return null;
  const published = variant.publication?.state === 'published';
  return (
    <section aria-label={t('publication.label')} data-testid="publication" data-state={variant.publication?.state}>
      <Alert color={TONE_ALERT[view.tone]} title={<Group gap="xs"><Badge color={TONE_COLOUR[view.tone]}>{view.label}</Badge></Group>}
        role={view.tone === 'danger' ? 'alert' : 'status'}>
        <Stack gap={4}>
          <Text size="sm">{view.summary}</Text>
          {view.permalink && <Anchor href={view.permalink} target="_blank" rel="noreferrer" size="sm">
            {t('publication.view')}</Anchor>}
          {view.whatToDo && <Text size="sm"><strong>{t('publication.whatToDo')}</strong> {view.whatToDo}</Text>}
        </Stack>
      </Alert>
      {published && variant.status !== 'deleted' && (
        <Group mt="xs">
          {mayCorrect(me.roles) && <Button variant="outline" color="indigo.8" onClick={() => setDialog('correct')}>{t('publication.correct')}</Button>}
          {mayDeletePublished(me.roles) && <Button variant="outline" color="red.9" onClick={() => setDialog('delete')}>{t('publication.delete')}</Button>}
        </Group>
      )}
      {dialog && (
        <CorrectOrDelete kind={dialog} brand={brand} storyId={storyId} variant={variant}
          onClose={() => setDialog(null)} onDone={() => { setDialog(null); onChanged(); }} />
      )}
    </section>
  );
}

function CorrectOrDelete({ kind, brand, storyId, variant, onClose, onDone }: {
  kind: 'correct' | 'delete'; brand: string; storyId: string; variant: Variant; onClose: () => void; onDone: () => void;
}) {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  const [text, setText] = useState(variant.text);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyId}/variants/${variant.id}`;
  const go = async () => {
    const found = correctionErrors(kind === 'correct' ? { text, reason } : { reason }, variant.text);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      if (kind === 'correct') await send('POST', `${path}/corrections`, { text, reason });
      else await send('POST', `${path}/deletion`, { reason });
      onDone();
    } catch (e) {
      setFailure(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={kind === 'correct' ? t('publication.correctTitle') : t('publication.deleteTitle')}>
      <Stack>
        {kind === 'correct'
          ? <Text size="sm">{t('publication.correctExplain')}</Text>
          : <Text size="sm">{t('publication.deleteExplain')}</Text>}
        {kind === 'correct' && <Textarea label={t('publication.correctedText')} autosize minRows={3} value={text} error={errors.text}
          onChange={(e) => setText(e.currentTarget.value)} data-autofocus />}
        <TextInput label={t('publication.reason')} required value={reason} error={errors.reason} onChange={(e) => setReason(e.currentTarget.value)} />
        {failure && <Alert color="red" role="alert">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('story.cancel')}</Button>
          <Button color={kind === 'correct' ? 'indigo.8' : 'red.9'} loading={busy} onClick={go}>
            {kind === 'correct' ? t('publication.sendCorrection') : t('publication.deletePost')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The composer's "Next free slot": asks calendar-service and fills the schedule with the slot's local time. */
export function NextSlotButton({ brand, channelAccount, onSlot }: {
  brand: string; channelAccount: string; onSlot: (localTime: string) => void;
}) {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  const [line, setLine] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const find = async () => {
    setBusy(true);
    try {
      const { body } = await get<NextSlot>(`/api/v1/brands/${encodeURIComponent(brand)}/slots/next${query({ channelAccount })}`);
      setLine(nextSlotText(body));
      if (body.localTime) onSlot(body.localTime);
    } catch (e) {
      setLine(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={2}>
      <Button variant="default" size="xs" loading={busy} onClick={find} disabled={!channelAccount}
        data-testid="next-free-slot">{t('slot.next')}</Button>
      {line && <Text size="xs" role="status">{line}</Text>}
    </Stack>
  );
}

/** The calendar's cadence view: per channel account, planned against target per week, gaps and overloads flagged. */
export function CadencePanel({ brand }: { brand: string }) {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  /** "5 a week · 240 min apart · quiet 22:00–07:00 (sat, sun) · 1 blackout", or "No target", in the user's words. */
  const targetWords = (target: CadenceTarget | null) => {
    if (!target) return t('cadence.noTarget');
    const parts: string[] = [];
    if (target.postsPerWeek != null) parts.push(t('cadence.perWeek', { count: target.postsPerWeek }));
    if (target.minGapMinutes != null) parts.push(t('cadence.apart', { time: format.duration(target.minGapMinutes * 60_000) }));
    const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    const dayName = (d: string) => weekdayName(addDays('2026-01-05', Math.max(0, DAYS.indexOf(d))), format.language);
    for (const q of target.quietHours) {
      parts.push(t('cadence.quiet', { from: q.from, to: q.to })
        + (q.days.length ? ` (${q.days.map(dayName).join(', ')})` : ''));
    }
    if (target.blackouts.length) parts.push(t('cadence.blackouts', { count: target.blackouts.length }));
    return parts.join(' · ');
  };
  const weekWords = (w: { planned: number; target: number | null; flag: string; by: number }) => (w.target == null
    ? format.number(w.planned)
    : w.flag === 'gap' ? t('cadence.short', { planned: w.planned, target: w.target, count: w.by })
      : w.flag === 'overload' ? t('cadence.over', { planned: w.planned, target: w.target, count: w.by })
        : t('cadence.of', { planned: w.planned, target: w.target }));
  const [report, setReport] = useState<CadenceReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setReport(null);
    get<CadenceReport>(`/api/v1/brands/${encodeURIComponent(brand)}/cadence`)
      .then(({ body }) => { setReport(body); setError(null); })
      .catch((e) => setError(problemText(e)));
  }, [brand]);
  if (error) return <Alert color="red" title={t('cadence.failed')} role="alert">{error}</Alert>;
  if (!report) return <Text size="sm">{t('cadence.loading')}</Text>;
  const rows = cadenceRows(report);
  const rivals = competitorRows(report);
  const weeks = (rows[0]?.weeks ?? rivals[0]?.weeks ?? []).map((w) => w.week);
  return (
    <section aria-label={t('calendar.cadence')} data-testid="cadence">
      <Table striped withTableBorder>
        <Table.Caption>{t('cadence.caption', { zone: report.timeZone })}</Table.Caption>
        <Table.Thead><Table.Tr><Table.Th scope="col">{t('calendar.channel')}</Table.Th><Table.Th scope="col">{t('cadence.target')}</Table.Th>
          {weeks.map((w) => <Table.Th scope="col" key={w}>{t('cadence.weekOf', { week: format.date(w, 'UTC') })}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.channelAccount} data-account={r.channelAccount}>
              <Table.Th scope="row">{r.name} <Text span size="xs">({r.platform})</Text></Table.Th>
              <Table.Td>{targetWords(r.target)}</Table.Td>
              {r.weeks.map((w) => (
                <Table.Td key={w.week} data-flag={w.flag}>
                  {w.flag === 'gap' && <Badge color={WARNING_COLOUR} mr={4}>{t('cadence.gap')}</Badge>}
                  {w.flag === 'overload' && <Badge color="red.9" mr={4}>{t('cadence.overload')}</Badge>}
                  {weekWords(w)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
          {rivals.map((c) => (
            <Table.Tr key={`competitor-${c.id}`} data-competitor={c.id}>
              <Table.Th scope="row">{c.label} <Text span size="xs">({t('cadence.competitor')})</Text></Table.Th>
              <Table.Td>{c.averageText}</Table.Td>
              {c.weeks.map((w) => (
                <Table.Td key={w.week} data-observed={w.posts == null ? 'unknown' : w.partial ? 'partial' : 'complete'}>
                  {w.text}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.some((r) => r.violations.length > 0) && (
        <ul className="plain-list" aria-label={t('cadence.problems')}>
          {rows.flatMap((r) => r.violations.map((v) => (
            <li key={`${v.variantId}-${v.kind}`}><Text size="sm">{r.name}: {v.text} —{' '}
              <Anchor href={`/stories/${v.storyId}`}>{t('cadence.openStory')}</Anchor></Text></li>)))}
        </ul>
      )}
      <Text size="xs" mt="xs">{competitorsText(report)}</Text>
      {rivals.length > 0 && (
        <ul className="plain-list" aria-label={t('cadence.competitors')}>
          {rivals.map((c) => <li key={c.id}><Text size="xs">{c.label}: {c.note}</Text></li>)}
        </ul>
      )}
    </section>
  );
}

/** The iCal link: make a secret feed URL (mine or the brand's), see it once, revoke it. */
export function CalendarFeeds({ brand }: { brand: string }) {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/calendar-feeds`;
  const [feeds, setFeeds] = useState<CalendarFeed[]>([]);
  const [fresh, setFresh] = useState<CalendarFeed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    getAll<CalendarFeed>(base).then(setFeeds).catch((e) => setError(problemText(e)));
  }, [base]);
  useEffect(load, [load]);
  const create = async (scope: 'mine' | 'brand') => {
    try {
      const { body } = await send<CalendarFeed>('POST', base, { scope });
      setFresh(body);
      load();
    } catch (e) { setError(problemText(e)); }
  };
  const revoke = async (id: string) => {
    try { await send('DELETE', `${base}/${id}`, null); if (fresh?.id === id) setFresh(null); load(); }
    catch (e) { setError(problemText(e)); }
  };
  return (
    <section aria-label={t('calendar.feeds')} data-testid="calendar-feeds">
      <Group>
        <Button variant="default" size="xs" onClick={() => create('mine')}>{t('feeds.mine')}</Button>
        <Button variant="default" size="xs" onClick={() => create('brand')}>{t('feeds.brand')}</Button>
      </Group>
      {fresh?.url && (
        <Alert color="teal.9" role="status" mt="xs" title={t('feeds.subscribe')}>
          <TextInput readOnly value={fresh.url} aria-label={t('feeds.address')} onFocus={(e) => e.currentTarget.select()} />
          <Text size="xs">{t('feeds.onlyNow')}</Text>
        </Alert>
      )}
      {error && <Alert color="red" role="alert" mt="xs">{error}</Alert>}
      {feeds.length > 0 && (
        <ul className="plain-list">
          {feeds.map((f) => (
            <li key={f.id}><Group gap="xs"><Text size="sm">{f.scope === 'brand' ? t('feeds.brandCalendar') : t('feeds.myStories')} ·
              {' '}{f.owner} · {t('feeds.made', { at: format.date(f.createdAt) })}
              {f.revokedAt ? ` · ${t('feeds.revoked', { at: format.date(f.revokedAt) })}` : ''}</Text>
              {!f.revokedAt && <Button size="compact-xs" variant="outline" color="red.9" onClick={() => revoke(f.id)}
                aria-label={t('feeds.revokeLabel', { feed: f.scope === 'brand' ? t('feeds.brandCalendar') : t('feeds.myStories'),
                  at: format.date(f.createdAt) })}>
                {t('feeds.revoke')}</Button>}</Group></li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who reads the inbox's conversations (inbox-service's roles): the others see no Conversations tab. */
export function readsInbox(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'agent' || r === 'manager' || r === 'admin');
}

/** The conversations under the story's published posts (inbox-service links them from VariantPublished). */
export function StoryConversations({ brand, storyId }: { brand: string; storyId: string }) {
  const { t } = useTranslation('publishing');
  const [items, setItems] = useState<ConversationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<ConversationPage>(`/api/v1/conversations${query({ brand, storyId, limit: 50 })}`)
      .then(({ body }) => setItems(body.items)).catch((e) => setError(problemText(e)));
  }, [brand, storyId]);
  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!items) return <Text size="sm">{t('conversations.loading')}</Text>;
  if (items.length === 0) return <Text size="sm">{t('conversations.none')}</Text>;
  return (
    <ul className="plain-list" data-testid="story-conversations">
      {items.map((c) => (
        <li key={c.id}><Text size="sm"><Anchor href={`/inbox/${c.id}`}>{t('conversations.on', { who: c.author?.name ?? t('conversations.customer'), network: networkName(c.platform) })}</Anchor>
          {' '}· {c.status} · “{c.preview}”</Text></li>
      ))}
    </ul>
  );
}
