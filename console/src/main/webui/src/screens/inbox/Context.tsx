import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { send } from '../../api';
import type { AuditEntry, AuthorHistory, Ownership, Team } from '../../types/inbox';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { ICONS, availabilityByUser } from '../../logic/availability/availability';
import { ErrorLine, LoadMore, problemText, useLoad, usePaged, useWhen } from './common';
import { fromMinor } from '../../logic/inbox/workflow';

/** Who owns the conversation (team and person), reassignment from the brand's teams, and its history. */
export function OwnerPanel({ conversationId, brand, ownership, teams, mayAssign, onChanged }: {
  conversationId: string; brand: string; ownership: Ownership | null; teams: Team[]; mayAssign: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const when = useWhen();
  const brandTeams = teams.filter((tm) => tm.brand === brand);
  // who is away or offline (the teams API lists each member's availability): named beside them in the picker
  const { t: ta } = useTranslation('availability');
  const availability = availabilityByUser(brandTeams);
  const [team, setTeam] = useState<string | null>(null);
  const [person, setPerson] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { setTeam(ownership?.team ?? null); }, [ownership?.team]);
  const members = brandTeams.find((tm) => tm.name === team)?.members.map((m) => m.user)
    ?? [...new Set(brandTeams.flatMap((tm) => tm.members.map((m) => m.user)))];
  const onDuty = new Set(brandTeams.flatMap((tm) => tm.onDutyNow));

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
    <Paper withBorder p="sm" component="section" aria-label={t('owner.title')} data-testid="owner">
      <Title order={4} size="h5">{t('owner.title')}</Title>
      <Text size="sm" data-testid="owner-now">
        {ownership?.assignee ? `👤 ${ownership.assignee}` : t('owner.nobody')} · 👥 {ownership?.team ?? t('owner.noTeam')}
      </Text>
      {ownership?.targetMinutes && (
        <Text size="xs" c="gray.8">{t('owner.clock', { target: format.duration(ownership.targetMinutes * 60_000),
          warn: when(ownership.warnAt), due: when(ownership.dueAt) })}</Text>
      )}
      {mayAssign && (
        <Group align="end" gap="xs" mt="xs">
          <Select label={t('owner.team')} data={brandTeams.map((tm) => tm.name)} value={team}
            onChange={(v) => { setTeam(v); setPerson(null); }}
            w={120} size="xs" placeholder={brandTeams.length ? t('owner.teamPlaceholder') : t('owner.noTeams')} />
          <Select label={t('owner.person')} data={members.map((m) => {
            const name = onDuty.has(m) ? t('owner.onDuty', { name: m }) : m;
            const state = availability.get(m);
            return { value: m, label: state && state !== 'available'
              ? ta('member', { name, state: `${ICONS[state]} ${ta(`state.${state}`)}` }) : name };
          })} data-testid="owner-person"
            value={person} onChange={setPerson} clearable w={150} size="xs" placeholder={t('owner.personPlaceholder')} />
          <Button size="xs" color="indigo.8" onClick={assign} loading={busy} disabled={!team && !person}>{t('owner.reassign')}</Button>
        </Group>
      )}
      <ErrorLine title={t('owner.failed')} error={error} />
      {ownership && ownership.assignments.length > 0 && (
        <details className="inbox-details">
          <summary>{t('owner.history', { count: ownership.assignments.length })}</summary>
          <ol className="plain-list" data-testid="assignment-history">
            {ownership.assignments.map((a, i) => (
              <li key={i}><Text size="xs">{when(a.at)} · {a.assignee ?? '—'} / {a.team ?? '—'} · {a.reason}
                {a.rule ? ` (${a.rule})` : ''}{a.assignedBy ? ` ${t('owner.by', { name: a.assignedBy })}` : ''}
                {a.previousAssignee || a.previousTeam ? ` · ${t('owner.was', { assignee: a.previousAssignee ?? '—', team: a.previousTeam ?? '—' })}` : ''}</Text></li>
            ))}
          </ol>
        </details>
      )}
    </Paper>
  );
}

/** The author's other conversations in the user's brands, on any channel. */
/**
 * The author's other conversations in the user's brands, on any channel: at the top of the conversation, folded to
 * one line that says how many (open it to see each).
 */
export function AuthorHistoryPanel({ conversationId, onOpen }: { conversationId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation('inbox');
  const when = useWhen();
  const { data, error } = useLoad<AuthorHistory>(`/api/v1/conversations/${conversationId}/author-history?limit=10`);
  const name = data?.author.name ?? t('history.theAuthor');
  return (
    <section aria-label={t('history.label')} data-testid="author-history">
      <details className="inbox-details" open={data ? data.items.length > 0 && data.items.length <= 3 : false}>
        <summary>{data ? t('history.count', { count: data.items.length, name }) : t('history.title', { name })}</summary>
        <ErrorLine title={t('history.failed')} error={error} />
        {data && data.items.length === 0 && <Text size="xs" c="gray.8">{t('history.none')}</Text>}
        <ul className="plain-list">
          {data?.items.map((h) => (
            <li key={h.id}>
              <Anchor component="a" href={`/inbox/${h.id}`} size="xs" c="indigo.9"
                onClick={(e) => { e.preventDefault(); onOpen(h.id); }}>
                {when(h.receivedAt)} · {h.platform} · {h.brand} · {t(`status.${h.status}`, { defaultValue: h.status })}
              </Anchor>
              <Text size="xs" lineClamp={1}>{h.preview}</Text>
              {h.match === 'name' && <Text size="xs" c="gray.8">{t('history.maybeOther')}</Text>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Every change, oldest first, as the inbox recorded it (folded at the top of the conversation). */
export function AuditTrail({ conversationId, version }: { conversationId: string; version: number }) {
  const { t } = useTranslation('inbox');
  const when = useWhen();
  const compensation = useCompensationText();
  const { data, error, reload, more } = usePaged<AuditEntry>(`/api/v1/conversations/${conversationId}/audit`);
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
  return (
    <section aria-label={t('audit.label')}>
      <details className="inbox-details" data-testid="audit-trail">
        <summary>{t('audit.title', { count: data?.length ?? 0 })}</summary>
        <ErrorLine title={t('audit.failed')} error={error} />
        <Stack gap={2}>
          {data?.map((a) => (
            <Text key={a.id} size="xs">{when(a.at)} · <b>{t(`audit.action.${a.action}`,
              { defaultValue: a.action.replace(/_/gu, ' ') })}</b> · {a.actor}
              {' '}{a.action.startsWith('compensation_') ? compensation(a.details) : describe(a.details)}</Text>
          ))}
        </Stack>
        <LoadMore more={more} />
      </details>
    </section>
  );
}

/** An offer in the trail: what, how much, whose request and why (the approver's reason). */
function useCompensationText() {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  return (d: Record<string, unknown>) => {
    const amount = typeof d.amountMinor === 'number' && typeof d.currency === 'string'
      ? format.currency(fromMinor(d.amountMinor, d.currency), d.currency) : '';
    const kind = typeof d.kind === 'string' ? t(`compensation.kind.${d.kind}`, { defaultValue: d.kind }) : '';
    return [`${kind} ${amount}`.trim(), d.askedBy ? t('audit.askedBy', { name: String(d.askedBy) }) : '',
      d.reason ? `“${String(d.reason)}”` : ''].filter(Boolean).join(' · ');
  };
}

function describe(details: Record<string, unknown>): string {
  const d = details ?? {};
  if (d.from && d.to) return `${d.from} → ${d.to}${d.reason ? ` (${d.reason})` : ''}`;
  const keys = ['action', 'reason', 'mentioned', 'verdict', 'assignee', 'team', 'kind', 'amountMinor', 'currency'];
  return keys.filter((k) => d[k] !== undefined && d[k] !== null && String(d[k]) !== '')
    .map((k) => `${k}: ${Array.isArray(d[k]) ? (d[k] as unknown[]).join(', ') : String(d[k])}`).join(' · ');
}
