import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { dueState } from '../../logic/due';
import {
  allState, conversationsLabel, gatheredBy, keepPresent, selectionLabel, since, spikeOf, toggle, toggleAll,
} from '../../logic/incidents/incidents';
import { type Me, screensFor } from '../../logic/navigation';
import type {
  GovConversation, Incident, IncidentAction, IncidentConversations, ModerationReason, Ownership,
} from '../../types/governance';
import { BulkActions } from './BulkActions';

/** The most conversations read for the table at once; the incident may hold more (the count says so). */
export const MAX_ROWS = 100;

export interface Row {
  id: string;
  conversation: GovConversation | null;
  ownership: Ownership | null;
  error: string | null;
}

/** One incident: what gathered it, its conversations with bulk actions, what was done, and the manager's controls. */
export function IncidentView({ brand, id, me, now, onChanged, onClose }: {
  brand: string; id: string; me: Me; now: number; onChanged: () => void; onClose: () => void;
}) {
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
    const { body } = await get<IncidentConversations>(`${base}/conversations`);
    setTotal(body.conversationIds.length);
    const ids = body.conversationIds.slice(0, MAX_ROWS);
    const read = await Promise.all(ids.map(async (cid): Promise<Row> => {
      try {
        const [c, o] = await Promise.all([get<GovConversation>(`/api/v1/conversations/${cid}`),
          get<Ownership>(`/api/v1/conversations/${cid}/ownership`).catch(() => null)]);
        return { id: cid, conversation: c.body, ownership: o?.body ?? null, error: null };
      } catch (e) {
        return { id: cid, conversation: null, ownership: null, error: (e as ApiError).message };
      }
    }));
    setRows(read);
  }, [base]);

  const load = useCallback(() => {
    get<Incident>(base).then(({ body }) => { setIncident(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
    get<IncidentAction[]>(`${base}/actions`).then(({ body }) => setActions(body)).catch(() => {});
    loadRows().catch((e: ApiError) => setError(e.message));
  }, [base, loadRows]);
  useEffect(load, [load]);

  /** After an action: the notice once the table shows its outcome. */
  const after = (message: string) => {
    get<Incident>(base).then(({ body }) => setIncident(body)).catch(() => {});
    get<IncidentAction[]>(`${base}/actions`).then(({ body }) => setActions(body)).catch(() => {});
    loadRows().catch((e: ApiError) => setError(e.message)).finally(() => setNotice(message));
    onChanged();
  };

  /** Incident-wide (managers): ask the channels to hide what enrichment read as abusive or spam in the window. */
  const hideFlagged = async () => {
    if (!hideReason) return;
    setBusy('hide');
    setError(null);
    try {
      const { body } = await send<IncidentAction>('POST', `${base}/hide`, { reason: hideReason, all: false });
      after(`Asked the channels to hide ${body.affected} message${body.affected === 1 ? '' : 's'} read as abusive or `
        + `spam in the incident's window (${hideReason.replace(/_/g, ' ')}).`);
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
      after(what === 'gather' ? `Gathered again up to now: ${conversationsLabel(body.conversations)} in the incident.`
        : 'The incident is closed; its conversations keep it for the record.');
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  if (error && !incident) return <Alert color="red" title="The incident did not load">{error}</Alert>;
  if (!incident) return <Text>Loading…</Text>;
  const spike = spikeOf(incident);
  const ids = (rows ?? []).filter((r) => r.conversation).map((r) => r.id);
  const chosen = keepPresent(selected, ids);
  const all = allState(selected, ids);
  const open = incident.state === 'open';

  return (
    <Paper withBorder p="md" component="section" aria-label={`Incident: ${incident.title}`} data-testid="incident-view">
      <Group justify="space-between" align="start">
        <div>
          <Title order={3} size="h4" data-testid="incident-title">{incident.title}</Title>
          <Text size="sm" c="gray.8">
            <span className={`gov-status gov-incident-${incident.state}`}>{incident.state}</span>
            {' '}{conversationsLabel(incident.conversations)} · gathers {gatheredBy(incident)} · window
            {' '}{new Date(incident.windowStart).toLocaleString()} – {new Date(incident.windowEnd).toLocaleString()}
          </Text>
          <Text size="sm" c="gray.8">
            {incident.source === 'spike' ? 'Opened by a spike' : `Opened by ${incident.openedBy}`} {since(incident.openedAt, now)}
            {incident.closedAt ? ` · closed by ${incident.closedBy} ${new Date(incident.closedAt).toLocaleString()}` : ''}
            {incident.resolution ? ` · “${incident.resolution}”` : ''}
          </Text>
        </div>
        <Button size="xs" variant="subtle" onClick={onClose}>Back to the list</Button>
      </Group>
      {spike && (
        <Alert color="orange" title="The spike that opened it" mt="sm" data-testid="incident-spike">
          {spike.count} {spike.signal} in {spike.minutes} minutes, at least three times the usual rate
          {spike.words.length ? `; most frequent words: ${spike.words.join(', ')}` : ''}.
        </Alert>
      )}
      {notice && <Alert color="green" title="Done" mt="sm" data-testid="incident-notice" withCloseButton
        closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>{notice}</Alert>}
      {error && <Alert color="red" title="Not done" mt="sm">{error}</Alert>}

      {manages && open && (
        <Group mt="sm" gap="xs">
          <Button size="xs" variant="outline" onClick={() => managerAction('gather')} loading={busy === 'gather'}>
            Gather again up to now</Button>
          {!closing && <Button size="xs" variant="outline" color="red.9" onClick={() => setClosing(true)}>
            Close the incident…</Button>}
          <Select size="xs" aria-label="Reason to hide abusive and spam messages" placeholder="Reason to hide" w={170}
            data={[{ value: 'abusive', label: 'Abusive' }, { value: 'spam', label: 'Spam' },
              { value: 'below_the_belt', label: 'Below the belt' }, { value: 'legal', label: 'Legal' }]}
            value={hideReason} onChange={(v) => setHideReason(v as ModerationReason | null)} />
          <Button size="xs" variant="outline" color="red.9" onClick={hideFlagged} loading={busy === 'hide'}
            disabled={!hideReason}>Hide abusive and spam in the window</Button>
        </Group>
      )}
      {closing && (
        <Stack gap="xs" mt="xs">
          <Textarea label="How it ended" value={resolution} maxLength={2000} autosize minRows={1}
            onChange={(e) => setResolution(e.currentTarget.value)} placeholder="Płatności działają od 10:40; przeprosiny opublikowane." />
          <Group gap="xs">
            <Button size="xs" color="red.9" onClick={() => managerAction('close')} loading={busy === 'close'}>
              Close the incident</Button>
            <Button size="xs" variant="subtle" onClick={() => setClosing(false)}>Cancel</Button>
          </Group>
        </Stack>
      )}

      <Title order={4} size="h5" mt="md">Conversations{total > MAX_ROWS ? ` (the first ${MAX_ROWS} of ${total}, soonest due first)`
        : ', soonest due first'}</Title>
      {rows === null && <Text>Loading…</Text>}
      {rows && rows.length === 0 && <Text c="gray.8">No conversation gathered yet.{manages && open
        ? ' Gather again once more arrive.' : ''}</Text>}
      {rows && rows.length > 0 && (
        <>
          {open
            ? <BulkActions brand={brand} selected={chosen} rows={rows} label={selectionLabel(selected, ids)}
              onDone={(message) => { after(message); }} />
            : <Text size="sm" c="gray.8">The incident is closed: its bulk actions ended with it.</Text>}
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder data-testid="incident-conversations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox aria-label="Select all conversations" checked={all === 'all'}
                      indeterminate={all === 'some'} onChange={() => setSelected(toggleAll(selected, ids))} />
                  </Table.Th>
                  <Table.Th>Customer</Table.Th><Table.Th>What they wrote</Table.Th><Table.Th>Status</Table.Th>
                  <Table.Th>Due</Table.Th><Table.Th>Owner</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const c = r.conversation;
                  if (!c) {
                    return <Table.Tr key={r.id}><Table.Td /><Table.Td colSpan={5}>{r.error}</Table.Td></Table.Tr>;
                  }
                  const due = dueState(c.receivedAt, c.dueAt, now, c.status);
                  const name = c.author?.name ?? 'Customer';
                  const text = c.interactions[0]?.text ?? '';
                  return (
                    <Table.Tr key={r.id} data-conversation-id={r.id}>
                      <Table.Td>
                        <Checkbox aria-label={`Select the conversation with ${name}: ${text.slice(0, 60)}`}
                          checked={selected.has(r.id)} onChange={() => setSelected(toggle(selected, r.id))} />
                      </Table.Td>
                      <Table.Td>{name}<Text size="xs" c="gray.8">{c.platform}</Text></Table.Td>
                      <Table.Td className="gov-text">
                        {mayOpenInbox ? <Anchor href={`/inbox/${r.id}`} c="indigo.9" size="sm">{text}</Anchor>
                          : <Text size="sm">{text}</Text>}
                      </Table.Td>
                      <Table.Td data-testid="row-status">{c.status}</Table.Td>
                      <Table.Td><span className={`due due-${due.state}`} data-due-state={due.state}>{due.label}</span></Table.Td>
                      <Table.Td data-testid="row-owner">
                        {r.ownership ? [r.ownership.assignee, r.ownership.team && `team ${r.ownership.team}`]
                          .filter(Boolean).join(', ') || '—' : '—'}
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
          <Title order={4} size="h5" mt="md">What was done</Title>
          <ul className="gov-plain" data-testid="incident-actions">
            {actions.map((a) => (
              <li key={a.id}><Text size="sm">{new Date(a.doneAt).toLocaleString()} · <b>{a.action}</b> by {a.doneBy}
                {' '}· {a.affected} affected{a.detail ? ` · ${a.detail}` : ''}</Text></li>
            ))}
          </ul>
        </>
      )}
    </Paper>
  );
}
