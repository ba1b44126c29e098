import { useCallback, useEffect, useMemo, useState } from 'react';
import { CadencePanel, CalendarFeeds } from './publishing/Publishing2';
import { publicationView } from '../logic/publishing/publication';
import { Alert, Anchor, Button, Group, MultiSelect, SegmentedControl, Select, Stack, Text, TextInput, Title }
  from '@mantine/core';
import { ApiError, send } from '../api';
import { type Me } from '../logic/navigation';
import { type CalendarFilters, NO_FILTERS, STATUSES, type Placed, campaigns, canMove,
  canWritePosts, droppedOn, keepsApprovalNote, placeVariants } from '../logic/publishing/calendar';
import { useFormat, useTranslation } from '../i18n/i18n';
import { PausePublishingButton } from './pause/PausePublishingButton';
import { usePaused } from './pause/usePublishingPauses';
import { variantForm, variantInput } from '../logic/publishing/composer';
import { networkName } from '../logic/publishing/limits';
import { dayKey, dayLabel, formatIn, fromLocalInput, monthLabel, monthWeeks, rangeOf, timeIn, toLocalInput,
  weekDays, weekdayName, addDays, zoneAbbreviation } from '../logic/publishing/zoned';
import type { Story, Variant } from '../types/publishing';
import { problemText } from './inbox/common';
import { ChannelLabel, StatusBadge, loadStories, useBrandZone, useChannels, useStatusLabel } from './publishing/common';
import { channelColour } from '../logic/channels';

type View = 'month' | 'week';

/**
 * The editorial calendar: every story's variants by the day and time they are scheduled in the brand's time zone,
 * a month or a week at a time, each with its channel and status in words. Editors, approvers, managers and admins
 * write ("New post") and move posts (drag a post to another day, or "Reschedule" with a date and time); every other
 * employee reads it.
 */
export function CalendarScreen({ me, navigate }: { me: Me; navigate: (path: string) => void }) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const statusLabel = useStatusLabel();
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const catalogueZone = useBrandZone(brand);
  const { channels, error: channelError } = useChannels(brand);
  const [view, setView] = useState<View>('month');
  // ?date=2026-12-10 opens the month (or week) of that day: a link to a post's place in the calendar.
  const [anchor, setAnchor] = useState<string>(() => {
    const asked = new URLSearchParams(window.location.search).get('date');
    return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : dayKey(Date.now(), 'UTC');
  });
  const [stories, setStories] = useState<Story[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<CalendarFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);
  const [moving, setMoving] = useState<{ ok: boolean; text: string } | null>(null);
  const [dropDay, setDropDay] = useState<string | null>(null);
  const writer = canWritePosts(me);
  // While the brand's publishing is paused, the posts whose time came are held: marked on the grid, not "scheduled".
  const pause = usePaused().find((p) => p.brand === brand);
  const held = useMemo(() => new Set(pause?.status.heldPosts.map((h) => h.variantId) ?? []), [pause]);
  // One zone for the whole grid: the brand's, from its catalogue. Not a variant's own zone: stories written before the
  // brand changed zone keep the old one, and a zone read off the loaded stories moved the range, which reloaded the
  // stories, which could move the zone back — the grid never settled.
  const zone = catalogueZone;

  const days = useMemo(() => (view === 'month' ? monthWeeks(anchor).flat() : weekDays(anchor)), [view, anchor]);

  const load = useCallback(() => {
    if (!brand || !zone) return;
    const { from, to } = rangeOf(days, zone);
    loadStories(brand, from, to)
      .then((s) => { setStories(s); setError(null); setLoaded(true); })
      .catch((e: ApiError) => { setError(problemText(e)); setLoaded(true); });
  }, [brand, zone, days]);
  useEffect(() => { load(); }, [load]);

  const { byDay, unscheduled } = useMemo(() => placeVariants(stories, zone ?? 'UTC', filters),
    [stories, zone, filters]);
  const all = useMemo(() => [...byDay.values()].flat(), [byDay]);
  const chosen = all.find((p) => p.variant.id === selected) ?? unscheduled.find((p) => p.variant.id === selected);
  const today = dayKey(Date.now(), zone ?? 'UTC');

  const reschedule = async (p: Placed, when: string) => {
    setMoving(null);
    try {
      const form = variantForm(p.variant, zone ?? 'UTC', channels);
      const body = { ...variantInput(form, zone ?? 'UTC'), scheduledFor: when };
      const { body: saved } = await send<Variant>('PUT',
        `/api/v1/brands/${encodeURIComponent(p.story.brand)}/stories/${p.story.id}/variants/${p.variant.id}`, body,
        { 'If-Match': `"${p.variant.version}"` });
      setMoving({ ok: true, text: t('calendar.moved', { title: p.story.title, network: networkName(p.variant.platform),
        at: formatIn(when, zone ?? 'UTC', language), status: statusLabel(saved?.status ?? p.variant.status) }) });
      load();
    } catch (e) {
      const status = e instanceof ApiError ? e.problem.status : 0;
      setMoving({ ok: false, text: status === 409 || status === 412
        ? t('calendar.notMovedChanged', { problem: problemText(e) })
        : t('calendar.notMoved', { problem: problemText(e) }) });
      load();
    }
  };

  const onDrop = (day: string, variantId: string) => {
    setDropDay(null);
    const p = all.find((x) => x.variant.id === variantId);
    if (!p || !zone) return;
    const when = droppedOn(p.variant, day, zone);
    if (when) reschedule(p, when);
  };

  // a month back is the day before the 1st; forward, 31 days after the 1st
  const step = (n: number) => setAnchor((a) => (view === 'month'
    ? addDays(`${a.slice(0, 7)}-01`, n > 0 ? 31 : -1).slice(0, 7) + '-01' : addDays(a, n * 7)));
  const title = view === 'month' ? monthLabel(anchor, language)
    : `${dayLabel(days[0], 'long', language)} – ${dayLabel(days[6], 'long', language)}`;

  const item = (p: Placed) => (
    <li key={p.variant.id}>
      <button type="button" className={held.has(p.variant.id) ? 'cal-item cal-held' : 'cal-item'}
        data-variant-id={p.variant.id} data-status={p.variant.status}
        data-held={held.has(p.variant.id) ? 'true' : undefined} aria-pressed={selected === p.variant.id}
        style={{ borderLeftColor: channelColour(p.variant.platform) }}
        draggable={writer && canMove(p.variant)}
        onDragStart={(e) => { e.dataTransfer.setData('text/plain', p.variant.id); e.dataTransfer.effectAllowed = 'move'; }}
        onClick={() => setSelected(selected === p.variant.id ? null : p.variant.id)}>
        <Group gap={4}>
          <span className="cal-time">{timeIn(p.variant.scheduledFor!, zone ?? 'UTC', language)}</span>
          <ChannelLabel platform={p.variant.platform} compact />
          <StatusBadge status={p.variant.status} />
        </Group>
        {held.has(p.variant.id) && <span className="cal-held-note">{t('calendar.held')}</span>}
        <span className="cal-title">{p.story.title}</span>
        <span className="visually-hidden">{t('calendar.on', { network: networkName(p.variant.platform) })}</span>
      </button>
    </li>
  );

  const cell = (day: string, list: Placed[], inMonth = true) => (
    <td key={day} data-day={day}
      className={[inMonth ? '' : 'cal-other', day === today ? 'cal-today' : '', dropDay === day ? 'cal-drop' : '']
        .join(' ').trim() || undefined}
      onDragOver={writer ? (e) => { e.preventDefault(); setDropDay(day); } : undefined}
      onDragLeave={writer ? () => setDropDay((d) => (d === day ? null : d)) : undefined}
      onDrop={writer ? (e) => { e.preventDefault(); onDrop(day, e.dataTransfer.getData('text/plain')); } : undefined}>
      {view === 'month' && <p className="cal-day">{Number(day.slice(8))}</p>}
      {list.length > 0 && <ul className="cal-items" aria-label={t('calendar.postsOn', { day: dayLabel(day, 'long', language) })}>
        {list.map(item)}</ul>}
    </td>
  );

  // Week view: one row per channel account that has a post this week.
  const weekRows = useMemo(() => {
    if (view !== 'week') return [];
    const accounts = new Map<string, { platform: string; name: string }>();
    for (const p of all) {
      const c = channels.find((x) => x.id === p.variant.channelAccount);
      accounts.set(p.variant.channelAccount, { platform: p.variant.platform, name: c?.name ?? p.variant.channelAccount });
    }
    return [...accounts.entries()].sort((a, b) => a[1].platform.localeCompare(b[1].platform)
      || a[1].name.localeCompare(b[1].name));
  }, [view, all, channels]);

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('calendar.title')}</Title>
        <PausePublishingButton me={me} brand={brand} />
        {writer ? (
          <Button component="a" href="/stories/new" color="indigo.8"
            onClick={(e: React.MouseEvent) => { e.preventDefault(); navigate('/stories/new'); }}>{t('calendar.newPost')}</Button>
        ) : (
          <Text size="sm" c="gray.8" data-testid="calendar-read-only">{t('calendar.readOnly')}</Text>
        )}
      </Group>
      <Group align="end" gap="sm" wrap="wrap">
        {me.brands.length > 1 && (
          <Select label={t('brand')} data={me.brands} value={brand} allowDeselect={false} w={140}
            onChange={(b) => { setBrand(b); setStories([]); setFilters(NO_FILTERS); }} />
        )}
        <MultiSelect label={t('calendar.channels')} placeholder={filters.channelAccounts.length ? undefined : t('calendar.allChannels')} w={260}
          data={channels.map((c) => ({ value: c.id, label: `${networkName(c.platform)} · ${c.name}` }))}
          value={filters.channelAccounts} clearable
          onChange={(v) => setFilters((f) => ({ ...f, channelAccounts: v }))} />
        <MultiSelect label={t('calendar.status')} placeholder={filters.statuses.length ? undefined : t('calendar.allStatuses')} w={240}
          data={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={filters.statuses} clearable onChange={(v) => setFilters((f) => ({ ...f, statuses: v }))} />
        <Select label={t('calendar.campaign')} placeholder={t('calendar.allCampaigns')} w={200} data={campaigns(stories)} clearable
          value={filters.campaign || null} onChange={(v) => setFilters((f) => ({ ...f, campaign: v ?? '' }))} />
      </Group>
      <Group justify="space-between" align="center">
        <Group gap="xs">
          <Button variant="default" onClick={() => step(-1)}>‹ {t('calendar.previous')}</Button>
          <Button variant="default" onClick={() => setAnchor(today)}>{t('calendar.today')}</Button>
          <Button variant="default" onClick={() => step(1)}>{t('calendar.next')} ›</Button>
          <Title order={3} size="h4" aria-live="polite" data-testid="calendar-title">{title}</Title>
        </Group>
        <Group gap="xs">
          {zone && <Text size="sm" c="gray.8">{t('calendar.timesIn', { zone, abbreviation: zoneAbbreviation(Date.now(), zone) })}</Text>}
          <SegmentedControl aria-label={t('calendar.view')} value={view} onChange={(v) => setView(v as View)} color="indigo.8"
            data={[{ value: 'month', label: t('calendar.month') }, { value: 'week', label: t('calendar.week') }]} />
        </Group>
      </Group>
      {channelError && <Alert color="red" title={t('calendar.channelsFailed')}>{channelError}</Alert>}
      {error && <Alert color="red" title={t('calendar.failed')} role="alert">{error}</Alert>}
      {moving && (
        <Alert color={moving.ok ? 'teal' : 'red'} role={moving.ok ? 'status' : 'alert'} data-testid="reschedule-result"
          title={moving.ok ? t('calendar.rescheduled') : t('calendar.notRescheduled')} withCloseButton
          closeButtonLabel={t('dismiss')} onClose={() => setMoving(null)}>
          {moving.text}
        </Alert>
      )}
      {writer && <Text size="xs" c="gray.8">{t('calendar.dragHelp')}</Text>}
      <div data-testid="calendar" data-loaded={loaded ? 'true' : 'false'}>
        {view === 'month' ? (
          <table className="cal-grid" aria-label={t('calendar.postsIn', { title })}>
            <thead><tr>{monthWeeks(anchor)[0].map((d) => <th key={d} scope="col">{weekdayName(d, language)}</th>)}</tr></thead>
            <tbody>
              {monthWeeks(anchor).map((week) => (
                <tr key={week[0]}>{week.map((day) => cell(day, byDay.get(day) ?? [], day.startsWith(anchor.slice(0, 7))))}</tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="cal-grid" aria-label={t('calendar.postsInWeek', { title })}>
            <thead><tr><th scope="col">{t('calendar.channel')}</th>
              {days.map((d) => <th key={d} scope="col">{dayLabel(d, 'short', language)}</th>)}</tr></thead>
            <tbody>
              {weekRows.length === 0 && (
                <tr><th scope="row" className="cal-row-head">—</th>{days.map((d) => cell(d, []))}</tr>
              )}
              {weekRows.map(([account, info]) => (
                <tr key={account}>
                  <th scope="row" className="cal-row-head"><ChannelLabel platform={info.platform} name={info.name} /></th>
                  {days.map((d) => cell(d, (byDay.get(d) ?? []).filter((p) => p.variant.channelAccount === account)))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {chosen && zone && (
        <SelectedPost p={chosen} zone={zone} writer={writer} navigate={navigate}
          onReschedule={(when) => reschedule(chosen, when)} onClose={() => setSelected(null)} />
      )}
      {unscheduled.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">{t('calendar.unscheduled')}</Title>
          <ul className="cal-items" style={{ maxWidth: 420 }}>{unscheduled.map((p) => (
            <li key={p.variant.id}>
              <button type="button" className="cal-item" aria-pressed={selected === p.variant.id}
                style={{ borderLeftColor: channelColour(p.variant.platform) }} data-variant-id={p.variant.id}
                onClick={() => setSelected(p.variant.id)}>
                <Group gap={4}><ChannelLabel platform={p.variant.platform} /><StatusBadge status={p.variant.status} /></Group>
                <span className="cal-title">{p.story.title}</span>
              </button>
            </li>))}
          </ul>
        </Stack>
      )}
      {brand && (
        <Stack gap="xs">
          <Title order={3} size="h4">{t('calendar.cadence')}</Title>
          <CadencePanel brand={brand} />
        </Stack>
      )}
      {brand && me.roles.some((r) => r !== 'integrator') && (
        <Stack gap="xs">
          <Title order={3} size="h4">{t('calendar.feeds')}</Title>
          <CalendarFeeds brand={brand} />
        </Stack>
      )}
    </Stack>
  );
}

/** The selected post: what it is, where it goes, and (for writers) Reschedule with a date and time. */
function SelectedPost({ p, zone, writer, navigate, onReschedule, onClose }: {
  p: Placed; zone: string; writer: boolean; navigate: (path: string) => void;
  onReschedule: (when: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const [value, setValue] = useState(toLocalInput(p.variant.scheduledFor, zone));
  useEffect(() => setValue(toLocalInput(p.variant.scheduledFor, zone)), [p.variant.scheduledFor, zone]);
  const note = keepsApprovalNote(p.variant) ? t('calendar.keepsApproval') : null;
  const when = fromLocalInput(value, zone);
  return (
    <section aria-label={t('calendar.selected')} className="gov-quote" data-testid="selected-post">
      <Group justify="space-between">
        <Group gap="xs"><ChannelLabel platform={p.variant.platform} /><StatusBadge status={p.variant.status} /></Group>
        <Button size="compact-sm" variant="subtle" color="dark" onClick={onClose}>{t('close')}</Button>
      </Group>
      <Text fw={600} mt={4}>{p.story.title}</Text>
      {p.story.campaign && <Text size="sm">{t('calendar.campaignIs', { campaign: p.story.campaign })}</Text>}
      <Text size="sm">{p.variant.scheduledFor ? t('calendar.scheduledFor', { at: formatIn(p.variant.scheduledFor, zone, language) })
        : t('calendar.notScheduled')}</Text>
      <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>{p.variant.text}</Text>
      <PublicationLine variant={p.variant} zone={zone} />
      <Anchor href={`/stories/${p.story.id}?variant=${p.variant.id}`} c="indigo.9" size="sm"
        onClick={(e) => { e.preventDefault(); navigate(`/stories/${p.story.id}?variant=${p.variant.id}`); }}>
        {t('calendar.openStory')}</Anchor>
      {writer && canMove(p.variant) && (
        <Group align="end" mt="xs" gap="xs">
          <TextInput type="datetime-local" label={t('calendar.rescheduleTo', { zone })} value={value}
            onChange={(e) => setValue(e.currentTarget.value)} w={260} />
          <Button color="indigo.8" disabled={!when} onClick={() => when && onReschedule(when)}>{t('calendar.reschedule')}</Button>
        </Group>
      )}
      {writer && note && <Text size="xs" c="gray.8" mt={4}>{note}</Text>}
    </section>
  );
}

/** A published variant's permalink and delay, a failed one's reason and what to do; nothing before publishing. */
function PublicationLine({ variant, zone }: { variant: Placed['variant']; zone: string }) {
  const view = publicationView(variant.publication, (iso) => formatIn(iso, zone));
  if (!view) return null;
  return (
    <div data-testid="calendar-publication" data-state={variant.publication?.state}>
      <Text size="sm"><strong>{view.label}:</strong> {view.summary}</Text>
      {view.permalink && <Anchor href={view.permalink} target="_blank" rel="noreferrer" size="sm">View the post</Anchor>}
      {view.whatToDo && <Text size="sm">What to do: {view.whatToDo}</Text>}
    </div>
  );
}
