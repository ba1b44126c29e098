import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { send } from '../../api';
import type { AuditEntry, AuthorHistory, Ownership, Team } from '../../types/inbox';
import { ErrorLine, problemText, useLoad, when } from './common';

/** Who owns the conversation (team and person), reassignment from the brand's teams, and its history. */
export function OwnerPanel({ conversationId, brand, ownership, teams, mayAssign, onChanged }: {
  conversationId: string; brand: string; ownership: Ownership | null; teams: Team[]; mayAssign: boolean;
  onChanged: () => void;
}) {
  const brandTeams = teams.filter((t) => t.brand === brand);
  const [team, setTeam] = useState<string | null>(null);
  const [person, setPerson] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { setTeam(ownership?.team ?? null); }, [ownership?.team]);
  const members = brandTeams.find((t) => t.name === team)?.members.map((m) => m.user)
    ?? [...new Set(brandTeams.flatMap((t) => t.members.map((m) => m.user)))];
  const onDuty = new Set(brandTeams.flatMap((t) => t.onDutyNow));

  const assign = async () => {
    setBusy(true);
    setError(null);
    try {
      await send('PUT', `/api/v1/conversations/${conversationId}/assignment`,
        { team: team ?? undefined, assignee: person ?? undefined });
      setPerson(null);
      onChanged();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label="Owner" data-testid="owner">
      <Title order={4} size="h5">Owner</Title>
      <Text size="sm" data-testid="owner-now">
        {ownership?.assignee ? `👤 ${ownership.assignee}` : 'No one person'} · 👥 {ownership?.team ?? 'no team'}
      </Text>
      {ownership?.targetMinutes && (
        <Text size="xs" c="gray.8">Target {ownership.targetMinutes} min · warning {when(ownership.warnAt)} · due {when(ownership.dueAt)}</Text>
      )}
      {mayAssign && (
        <Group align="end" gap="xs" mt="xs">
          <Select label="Team" data={brandTeams.map((t) => t.name)} value={team} onChange={(v) => { setTeam(v); setPerson(null); }}
            w={120} size="xs" placeholder={brandTeams.length ? 'Team' : 'No teams'} />
          <Select label="Person" data={members.map((m) => ({ value: m, label: `${m}${onDuty.has(m) ? ' (on duty)' : ''}` }))}
            value={person} onChange={setPerson} clearable w={150} size="xs" placeholder="Anyone" />
          <Button size="xs" color="indigo.8" onClick={assign} loading={busy} disabled={!team && !person}>Reassign</Button>
        </Group>
      )}
      <ErrorLine title="Not reassigned" error={error} />
      {ownership && ownership.assignments.length > 0 && (
        <details className="inbox-details">
          <summary>Assignment history ({ownership.assignments.length})</summary>
          <ol className="plain-list" data-testid="assignment-history">
            {ownership.assignments.map((a, i) => (
              <li key={i}><Text size="xs">{when(a.at)} · {a.assignee ?? '—'} / {a.team ?? '—'} · {a.reason}
                {a.rule ? ` (${a.rule})` : ''}{a.assignedBy ? ` by ${a.assignedBy}` : ''}
                {a.previousAssignee || a.previousTeam ? ` · was ${a.previousAssignee ?? '—'} / ${a.previousTeam ?? '—'}` : ''}</Text></li>
            ))}
          </ol>
        </details>
      )}
    </Paper>
  );
}

/** The author's other conversations in the user's brands, on any channel. */
export function AuthorHistoryPanel({ conversationId, onOpen }: { conversationId: string; onOpen: (id: string) => void }) {
  const { data, error } = useLoad<AuthorHistory>(`/api/v1/conversations/${conversationId}/author-history?limit=10`);
  return (
    <Paper withBorder p="sm" component="section" aria-label="The author’s history" data-testid="author-history">
      <Title order={4} size="h5">{data?.author.name ?? 'The author'}’s history</Title>
      <ErrorLine title="History not loaded" error={error} />
      {data && data.items.length === 0 && <Text size="xs" c="gray.8">No other conversation with this author.</Text>}
      <ul className="plain-list">
        {data?.items.map((h) => (
          <li key={h.id}>
            <Anchor component="a" href={`/inbox/${h.id}`} size="xs" c="indigo.9"
              onClick={(e) => { e.preventDefault(); onOpen(h.id); }}>
              {when(h.receivedAt)} · {h.platform} · {h.brand} · {h.status}
            </Anchor>
            <Text size="xs" lineClamp={1}>{h.preview}</Text>
            {h.match === 'name' && <Text size="xs" c="gray.8">same name on another network — maybe another person</Text>}
          </li>
        ))}
      </ul>
    </Paper>
  );
}

const ACTIONS: Record<string, string> = {
  status_changed: 'Status', reply_sent: 'Reply sent', reply_delivered: 'Reply delivered', reply_failed: 'Reply failed',
  standards_override: 'Standards overridden', note_added: 'Note', grouped_answer: 'Grouped answer',
  moderation_requested: 'Moderation asked', moderation_done: 'Moderation done', moderation_failed: 'Moderation failed',
};

/** Every change, oldest first, as the inbox recorded it. */
export function AuditTrail({ conversationId, version }: { conversationId: string; version: number }) {
  const { data, error, reload } = useLoad<AuditEntry[]>(`/api/v1/conversations/${conversationId}/audit`);
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Audit trail">
      <details className="inbox-details" data-testid="audit-trail">
        <summary>Audit trail ({data?.length ?? '…'})</summary>
        <ErrorLine title="Audit trail not loaded" error={error} />
        <Stack gap={2}>
          {data?.map((a) => (
            <Text key={a.id} size="xs">{when(a.at)} · <b>{ACTIONS[a.action] ?? a.action.replace(/_/gu, ' ')}</b> · {a.actor}
              {' '}{describe(a.details)}</Text>
          ))}
        </Stack>
      </details>
    </Paper>
  );
}

function describe(details: Record<string, unknown>): string {
  const d = details ?? {};
  if (d.from && d.to) return `${d.from} → ${d.to}${d.reason ? ` (${d.reason})` : ''}`;
  const keys = ['action', 'reason', 'mentioned', 'verdict', 'assignee', 'team', 'kind', 'amountMinor', 'currency'];
  return keys.filter((k) => d[k] !== undefined && d[k] !== null && String(d[k]) !== '')
    .map((k) => `${k}: ${Array.isArray(d[k]) ? (d[k] as unknown[]).join(', ') : String(d[k])}`).join(' · ');
}
