import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Kbd, Modal, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { type ApiError, get, getAll } from '../api';
import { type InboxSignal, useInboxStream, useNow, usePolling } from '../hooks';
import { useFormat, useTranslation } from '../i18n/i18n';
import { type QueueFilters, PAGE_SIZE, appendPage, filtersFromQuery, queueQuery } from '../logic/inbox/filters';
import { SHORTCUTS, neighbour, shortcutFor, takesText } from '../logic/inbox/keyboard';
import { pruneSelection, selectionBrand, toggleSelection } from '../logic/inbox/workflow';
import type { Me } from '../logic/navigation';
import type { ConversationPage, ConversationSummary, GroupedAnswer, Team } from '../types/inbox';
import { ConversationView } from './inbox/Conversation';
import { GroupedAnswerPanel, GroupedOutcomePanel } from './inbox/GroupedAnswer';
import { type Density, Queue } from './inbox/Queue';
import { QueueFilterBar } from './inbox/QueueFilters';
import { SavedViewsBar, useTotalText } from './inbox/SavedViews';
import { DecisionNotices } from './inbox/DecisionNotices';

/**
 * How often the queue asks the inbox again: often without the live stream, rarely with it (the stream
 * tells of new and answered conversations, not of a new message in one already open). docs/console.md.
 */
export const QUEUE_REFRESH_MS = 4000;
export const QUEUE_REFRESH_LIVE_MS = 15000;

/** Where the queue's density is kept between visits (this browser only). */
const DENSITY_KEY = 'parley.inbox.density';

/** "/inbox/<conversationId>" opens that conversation (links from approvals and incidents land here). */
function conversationFromPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'inbox' && parts[1] ? decodeURIComponent(parts[1]) : null;
}

function storedDensity(): Density {
  try {
    return window.localStorage.getItem(DENSITY_KEY) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    return 'comfortable';
  }
}

export function InboxScreen({ me }: { me: Me }) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const totalText = useTotalText();
  const now = useNow(1000);
  const [filters, setFilters] = useState<QueueFilters>(() => filtersFromQuery(window.location.search));
  const [items, setItems] = useState<ConversationSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<{ total: number | null; estimate: boolean | null }>({ total: null, estimate: null });
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(() => conversationFromPath(window.location.pathname));
  // Focus moves to a conversation opened from the keyboard or by a click, not to one opened by the address.
  const [focusOpened, setFocusOpened] = useState(false);
  const [checked, setChecked] = useState<string[]>([]);
  // The grouped answer last posted, followed until every platform has answered; the text of one to edit again.
  const [grouped, setGrouped] = useState<{ answer: GroupedAnswer; names: Record<string, string> } | null>(null);
  const [groupedDraft, setGroupedDraft] = useState<string | undefined>(undefined);
  const [teams, setTeams] = useState<Team[]>([]);
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);
  const [density, setDensity] = useState<Density>(storedDensity);
  const [help, setHelp] = useState(false);
  const [loads, setLoads] = useState(0);
  const pages = useRef(1);

  // The queue as far as it was read: a refresh reads again as many pages as were loaded (at most 200).
  const load = useCallback(() => {
    const limit = Math.min(200, PAGE_SIZE * pages.current);
    get<ConversationPage>(`/api/v1/conversations${queueQuery(filters, null, limit)}`)
      .then(({ body }) => {
        setItems(body.items);
        setNextCursor(body.nextCursor);
        setTotal({ total: body.total ?? null, estimate: body.totalIsEstimate ?? null });
        setError(null);
        setRefreshedAt(Date.now());
        setChecked((c) => pruneSelection(c, body.items));
        setLoads((n) => n + 1);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [filters]);
  // An approver's decision on one of the user's own compensation requests, told live (newest first, a few kept).
  const [decisions, setDecisions] = useState<InboxSignal[]>([]);
  const [auditNudge, setAuditNudge] = useState(0);
  const onDecision = useCallback((signal: InboxSignal) => {
    setDecisions((d) => [signal, ...d.filter((x) => x.offerId !== signal.offerId)].slice(0, 5));
    setAuditNudge((n) => n + 1);
  }, []);
  const live = useInboxStream(load, onDecision);
  usePolling(load, live ? QUEUE_REFRESH_LIVE_MS : QUEUE_REFRESH_MS, [load, live]);

  const loadMore = () => {
    if (!nextCursor) return;
    get<ConversationPage>(`/api/v1/conversations${queueQuery(filters, nextCursor)}`)
      .then(({ body }) => {
        pages.current += 1;
        setItems((current) => appendPage(current, body.items));
        setNextCursor(body.nextCursor);
      })
      .catch((e: ApiError) => setError(e.message));
  };

  // Teams of the user's brands, for the owner filter, reassignment and sharing views.
  useEffect(() => {
    Promise.all(me.brands.map((b) => getAll<Team>(`/api/v1/brands/${b}/teams`).catch(() => [] as Team[])))
      .then((all) => setTeams(all.flat()));
  }, [me.brands]);

  // The address follows what is open and filtered, so a reload or a shared link shows the same.
  const changeFilters = (f: QueueFilters) => {
    pages.current = 1;
    setFilters(f);
    setChecked([]);
    const search = queueQuery(f, null).replace(/[?&]limit=\d+/u, '').replace(/^&/u, '?');
    window.history.replaceState({}, '', `${window.location.pathname}${search === '?' ? '' : search}`);
  };
  const open = useCallback((id: string | null) => {
    setOpenId(id);
    setFocusOpened(true);
    window.history.pushState({}, '', `/inbox${id ? `/${id}` : ''}${window.location.search}`);
  }, []);
  useEffect(() => {
    const onPop = () => setOpenId(conversationFromPath(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const changeDensity = (d: Density) => {
    setDensity(d);
    try { window.localStorage.setItem(DENSITY_KEY, d); } catch { /* private mode: for this visit */ }
  };

  // The keyboard: one key per thing an agent does (logic/inbox/keyboard.ts), and focus where the work is.
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  useEffect(() => {
    const focus = (selector: string) => {
      const el = document.querySelector<HTMLElement>(selector);
      el?.focus();
      return el !== null;
    };
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey,
        typing: takesText(document.activeElement),
        overlayOpen: help || [...document.querySelectorAll('[role="listbox"], [role="menu"], [role="dialog"]')]
          .some((el) => el.getClientRects().length > 0) });
      if (!action) return;
      switch (action) {
        case 'next': case 'previous': {
          const id = neighbour(ids, openId, action === 'next' ? 1 : -1);
          if (!id) return;
          if (id === openId) focus('[data-testid="conversation-heading"]');
          else open(id);
          break;
        }
        case 'reply': if (!focus('[data-testid="composer"]')) return; break;
        case 'send': {
          // In the reply box the box itself sends; elsewhere Ctrl+Enter presses Send when it can.
          if (takesText(document.activeElement)) return;
          const button = document.querySelector<HTMLButtonElement>('[data-testid="send-reply"]');
          if (!button || button.disabled) return;
          button.click();
          break;
        }
        case 'assign': if (!focus('[data-testid="owner-person"]')) return; break;
        case 'resolve': {
          const button = document.querySelector<HTMLButtonElement>('[role="group"] button[data-action="resolved"]');
          if (!button) return;
          button.click();
          break;
        }
        case 'search': if (!focus('[data-testid="queue-search"]')) return; break;
        case 'queue': {
          (document.activeElement as HTMLElement | null)?.blur();
          if (!focus(`button.queue-item[aria-current="true"]`)) focus('button.queue-item');
          break;
        }
        case 'help': setHelp(true); break;
        default: return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, openId, open, help]);

  const groupBrand = useMemo(() => selectionBrand(checked, items), [checked, items]);
  const openSummary = items.find((i) => i.id === openId) ?? null;
  const counted = totalText(total.total, total.estimate);

  return (
    <Stack gap="sm" className="inbox-screen">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('title')}</Title>
        <Group gap="md">
          <Text size="sm" c="gray.8" aria-live="polite" data-testid="queue-count"
            data-total={total.total ?? undefined} data-estimate={total.estimate ?? undefined}
            title={total.estimate ? t('total.estimated') : undefined}>
            {counted ?? t('total.loaded', { shown: format.number(items.length) })}
            {refreshedAt ? ` · ${t('updated', { time: format.time(refreshedAt) })}` : ''}
          </Text>
          <Text size="sm" c="gray.8" data-testid="live-state">{live ? t('live.on') : t('live.off')}</Text>
          <SegmentedControl size="xs" value={density} onChange={(v) => changeDensity(v as Density)}
            aria-label={t('queue.density')} data-testid="queue-density"
            data={[{ value: 'comfortable', label: t('queue.comfortable') }, { value: 'compact', label: t('queue.compact') }]} />
          <Button size="xs" variant="outline" color="indigo.8" onClick={() => setHelp(true)}
            aria-keyshortcuts="?" data-testid="keyboard-help">{t('keys.open')} <Kbd ml={6} size="xs">?</Kbd></Button>
        </Group>
      </Group>
      <SavedViewsBar brands={me.brands} teams={teams} me={me.userName} filters={filters} onChoose={changeFilters}
        version={loads} />
      <QueueFilterBar filters={filters} onChange={changeFilters} brands={me.brands} teams={teams} />
      {error && <Alert color="red" title={t('error.inbox')} role="alert">{error}</Alert>}
      <DecisionNotices decisions={decisions} onOpen={open}
        onDismiss={(offerId) => setDecisions((d) => d.filter((x) => x.offerId !== offerId))} />
      <div className="inbox-panes">
        <div className="inbox-pane inbox-pane-queue" data-testid="queue-pane">
          {groupBrand && checked.length > 0 && (
            <GroupedAnswerPanel brand={groupBrand} selected={checked} items={items} initialText={groupedDraft}
              onPosted={(answer, names) => { setGrouped({ answer, names }); setGroupedDraft(undefined); setChecked([]); load(); }}
              onClear={() => { setChecked([]); setGroupedDraft(undefined); }} />
          )}
          {grouped && (
            <GroupedOutcomePanel brand={grouped.answer.brand} answer={grouped.answer} names={grouped.names}
              onRetried={(answer) => { setGrouped({ answer, names: grouped.names }); load(); }}
              onEdit={(failedIds, text) => { setChecked(failedIds); setGroupedDraft(text); setGrouped(null); }}
              onDismiss={() => setGrouped(null)} />
          )}
          <nav aria-label={t('queue.label')}>
            <Queue items={items} now={now} openId={openId} onOpen={open} checked={checked} density={density}
              onToggle={(id) => setChecked((c) => toggleSelection(c, id))} />
            {items.length === 0 && !error && <Text c="gray.8">{t('queue.empty')}</Text>}
            {nextCursor && <Button variant="outline" color="indigo.8" fullWidth mt="xs" onClick={loadMore}>{t('queue.loadMore')}</Button>}
          </nav>
        </div>
        <div className="inbox-pane inbox-pane-conversation" data-testid="conversation-pane">
          {openId
            ? <ConversationView key={openId} id={openId} summary={openSummary} me={me} now={now} teams={teams}
                onChanged={load} onOpen={open} takeFocus={focusOpened} nudge={auditNudge} />
            : <Text c="gray.8">{t('queue.choose')}</Text>}
        </div>
      </div>
      <Modal opened={help} onClose={() => setHelp(false)} title={t('keys.title')} size="lg"
        closeButtonProps={{ 'aria-label': t('keys.close') }} data-testid="keyboard-overlay">
        <Table>
          <Table.Tbody>
            {SHORTCUTS.map((s) => (
              <Table.Tr key={s.action}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {s.keys.map((k, i) => <span key={k}>{i > 0 && (s.action === 'send' ? ' + ' : ' / ')}<Kbd>{k}</Kbd></span>)}
                </Table.Td>
                <Table.Td>{t(`keys.${s.action}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="sm">{t('keys.note')}</Text>
      </Modal>
    </Stack>
  );
}
