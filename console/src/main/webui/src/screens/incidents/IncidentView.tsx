import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { ApiError, get, getAll, send, sendOnce } from '../../api';
import { RetryKeys } from '../../logic/idempotency';
import { dueState } from '../../logic/due';
import { allState, keepPresent, spikeOf, toggle, toggleAll } from '../../logic/incidents/incidents';
import { useIncidentWords } from './words';
import { REASONS } from './BulkActions';
import { type Me, screensFor } from '../../logic/navigation';
import type { Incident, IncidentAction, ModerationReason } from '../../types/governance';
import type { ConversationPage, ConversationSummary } from '../../types/inbox';
import { SignalBadges } from '../inbox/SignalBadges';
import { BulkActions } from './BulkActions';

/** The most conversations read for the table at once; the incident may hold more (the count says so). */
export const MAX_ROWS = 100;

/** A row of the table: the conversation as the queue summarises it (inbox-service's incident conversations). */
export interface Row {
  id: string;
  conversation: ConversationSummary;
}

/** One incident: what gathered it, its conversations with bulk actions, what was done, and the manager's controls. */
export function IncidentView({ brand, id, me, now, onChanged, onClose }: {
  brand: string; id: string; me: Me; now: number; onChanged: () => void; onClose: () => void;
}) {
  const w = useIncidentWords();
  const { t } = w;
  const [incident, setIncident] = useState<Incident | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [total, setTotal] = useState(0);
  const [actions, setActions] = useState<IncidentAction[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [resolution, setResolution] = useState('');
  const [closing, setClosing] = useState(false);
  const [hideReason, setHideReason] = useState<ModerationReason | null>(null);
  const manages = me.roles.includes('manager') || me.roles.includes('admin');
  const mayOpenInbox = screensFor(me).includes('inbox');
  const base = `/api/v1/brands/${encodeURIComponent(brand)}/incidents/${id}`;

  const loadRows = useCallback(async () => {
    // One page of summaries, as the queue lists them; the first page says how many the incident holds.
    const { body } = await get<ConversationPage>(`${base}/conversations?limit=${MAX_ROWS}`);
    setTotal(body.total ?? body.items.length);
    setRows(body.items.map((c) => ({ id: c.id, conversation: c })));
  }, [base]);

  const load = useCallback(() => {
    get<Incident>(base).then(({ body }) => { setIncident(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
    getAll<IncidentAction>(`${base}/actions`).then(setActions).catch(() => {});
    loadRows().catch((e: ApiError) => setError(e.message));
  }, [base, loadRows]);
  useEffect(load, [load]);

  /** After an action: the notice once the table shows its outcome. */
  const after = (message: string) => {
    get<Incident>(base).then(({ body }) => setIncident(body)).catch(() => {});
    getAll<IncidentAction>(`${base}/actions`).then(setActions).catch(() => {});
    loadRows().catch((e: ApiError) => setError(e.message)).finally(() => setNotice(message));
    onChanged();
  };

  /** Incident-wide (managers): ask the channels to hide what enrichment read as abusive or spam in the window. */
  const [keys] = useState(() => new RetryKeys());
  const hideFlagged = async () => {
    if (!hideReason) return;
    setBusy('hide');
    setError(null);
    try {
      const { body } = await sendOnce<IncidentAction>(keys, `${base}/hide`, { reason: hideReason, all: false });
      after(t('view.hidFlagged', { count: body.affected, reason: t(`reason.${hideReason}`) }));
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const managerAction = async (what: 'gather' | 'close') => {
    setBusy(what);
    setError(null);
    try {
      const { body } = await send<Incident>('POST', `${base}/${what}`,
        what === 'close' ? { resolution: resolution.trim() || null } : {});
      setClosing(false);
      after(what === 'gather' ? t('view.gathered', { conversations: w.conversations(body.conversations) })
        : t('view.closed'));
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  if (error && !incident) return <Alert color="red" title={t('view.failed')}>{error}</Alert>;
  if (!incident) return <Text>{t('loading')}</Text>;
  const spike = spikeOf(incident);
  const ids = (rows ?? []).map((r) => r.id);
  const chosen = keepPresent(selected, ids);
  const all = allState(selected, ids);
  const open = incident.state === 'open';

  return (
    <Paper withBorder p="md" component="section" aria-label={t('view.label', { title: incident.title })} data-testid="incident-view">
      <Group justify="space-between" align="start">
        <div>
          <Title order={3} size="h4" data-testid="incident-title">{incident.title}</Title>
          <Text size="sm" c="gray.8">
            <span className={`gov-status gov-incident-${incident.state}`}>{t(`state.${incident.state}`)}</span>
            {' '}{w.conversations(incident.conversations)} · {t('view.gathers', { what: w.gathered(incident) })}
            {' · '}{t('view.window', { from: w.format.dateTime(incident.windowStart), to: w.format.dateTime(incident.windowEnd) })}
          </Text>
          <Text size="sm" c="gray.8">
            {incident.source === 'spike' ? t('view.openedBySpike') : t('view.openedBy', { who: incident.openedBy })}
            {' '}{w.since(incident.openedAt, now)}
            {incident.closedAt ? ` · ${t('view.closedBy', { who: incident.closedBy, at: w.format.dateTime(incident.closedAt) })}` : ''}
            {incident.resolution ? ` · “${incident.resolution}”` : ''}
          </Text>
        </div>
        <Button size="xs" variant="subtle" onClick={onClose}>{t('view.back')}</Button>
      </Group>
      {spike && (
        <Alert color="orange" title={t('view.spikeTitle')} mt="sm" data-testid="incident-spike">
          {t(`view.spike.${spike.signal}`, { count: spike.count, minutes: spike.minutes })}
          {spike.words.length ? `; ${t('view.spikeWords', { words: spike.words.join(', ') })}` : ''}.
        </Alert>
      )}
      {notice && <Alert color="green" title={t('done')} mt="sm" data-testid="incident-notice" withCloseButton role="status"
        closeButtonLabel={t('dismiss')} onClose={() => setNotice(null)}>{notice}</Alert>}
      {error && <Alert color="red" title={t('notDone')} mt="sm">{error}</Alert>}

      {manages && open && (
        <Group mt="sm" gap="xs">
          <Button size="xs" variant="outline" onClick={() => managerAction('gather')} loading={busy === 'gather'}>
            {t('view.gather')}</Button>
          {!closing && <Button size="xs" variant="outline" color="red.9" onClick={() => setClosing(true)}>
            {t('view.closeOne')}</Button>}
          <Select size="xs" aria-label={t('view.hideReasonLabel')} placeholder={t('view.hideReason')} w={190}
            data={REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))}
            value={hideReason} onChange={(v) => setHideReason(v as ModerationReason | null)} />
          <Button size="xs" variant="outline" color="red.9" onClick={hideFlagged} loading={busy === 'hide'}
            disabled={!hideReason}>{t('view.hideFlagged')}</Button>
        </Group>
      )}
      {closing && (
        <Stack gap="xs" mt="xs">
          <Textarea label={t('view.howEnded')} value={resolution} maxLength={2000} autosize minRows={1}
            onChange={(e) => setResolution(e.currentTarget.value)} placeholder="Płatności działają od 10:40; przeprosiny opublikowane." />
          <Group gap="xs">
            <Button size="xs" color="red.9" onClick={() => managerAction('close')} loading={busy === 'close'}>
              {t('view.close')}</Button>
            <Button size="xs" variant="subtle" onClick={() => setClosing(false)}>{t('cancel')}</Button>
          </Group>
        </Stack>
      )}

      <Title order={4} size="h5" mt="md">{total > MAX_ROWS ? t('view.firstRows', { max: MAX_ROWS, total })
        : t('view.rows')}</Title>
      {rows === null && <Text>{t('loading')}</Text>}
      {rows && rows.length === 0 && <Text c="gray.8">{t('view.noRows')}{manages && open
        ? ` ${t('view.gatherLater')}` : ''}</Text>}
      {rows && rows.length > 0 && (
        <>
          {open
            ? <BulkActions brand={brand} selected={chosen} rows={rows}
              label={t('view.selected', { count: chosen.length, total: ids.length })}
              onDone={(message) => { after(message); }} />
            : <Text size="sm" c="gray.8">{t('view.closedNoBulk')}</Text>}
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder data-testid="incident-conversations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox aria-label={t('view.selectAll')} checked={all === 'all'}
                      indeterminate={all === 'some'} onChange={() => setSelected(toggleAll(selected, ids))} />
                  </Table.Th>
                  <Table.Th>{t('view.customer')}</Table.Th><Table.Th>{t('view.wrote')}</Table.Th>
                  <Table.Th>{t('view.status')}</Table.Th><Table.Th>{t('view.due')}</Table.Th><Table.Th>{t('view.owner')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const c = r.conversation;
                  const due = dueState(c.receivedAt, c.dueAt, now, c.status);
                  const name = c.author?.name ?? t('customer');
                  const text = c.preview;
                  return (
                    <Table.Tr key={r.id} data-conversation-id={r.id}>
                      <Table.Td>
                        <Checkbox aria-label={t('view.selectOne', { name, text: text.slice(0, 60) })}
                          checked={selected.has(r.id)} onChange={() => setSelected(toggle(selected, r.id))} />
                      </Table.Td>
                      <Table.Td>{name}<Text size="xs" c="gray.8">{w.channel(c.platform)}</Text></Table.Td>
                      <Table.Td className="gov-text">
                        {mayOpenInbox ? <Anchor href={`/inbox/${r.id}`} c="indigo.9" size="sm">{text}</Anchor>
                          : <Text size="sm">{text}</Text>}
                        <SignalBadges signals={c} />
                      </Table.Td>
                      <Table.Td data-testid="row-status" data-status={c.status}>
                        {t(`conversationStatus.${c.status}`, { defaultValue: c.status })}</Table.Td>
                      <Table.Td><span className={`due due-${due.state}`} data-due-state={due.state}>
                        {w.due(c.dueAt, c.status, due.state, now)}</span></Table.Td>
                      <Table.Td data-testid="row-owner">
                        {[c.assignee, c.team && t('team', { team: c.team })].filter(Boolean).join(', ') || '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}

      {actions.length > 0 && (
        <>
          <Title order={4} size="h5" mt="md">{t('view.actions')}</Title>
          <ul className="gov-plain" data-testid="incident-actions">
            {actions.map((a) => (
              <li key={a.id}><Text size="sm">{w.format.dateTime(a.doneAt)} · <b>{t(`action.${a.action}`, { defaultValue: a.action })}</b>
                {' '}{t('actionBy', { who: a.doneBy })} · {t('view.affected', { count: a.affected })}{a.detail ? ` · ${a.detail}` : ''}</Text></li>
            ))}
          </ul>
        </>
      )}
    </Paper>
  );
}
