import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { ApiError, get, getAll, send, sendOnce } from '../../api';
import { RetryKeys } from '../../logic/idempotency';
import type { BulkOutcome } from '../../logic/incidents/incidents';
import { useIncidentWords } from './words';
import type { GovConversation, GroupedAnswer, ModerationReason, Team } from '../../types/governance';
import type { Row } from './IncidentView';
import { GroupedOutcomePanel } from '../inbox/GroupedAnswer';

interface Finding { ruleId?: string; severity?: string; message?: string; suggestion?: string }

export const REASONS: ModerationReason[] = ['abusive', 'spam', 'below_the_belt', 'legal'];

/** Runs one call per conversation, all of them even when some fail, and says what happened to each. */
async function each(ids: string[], call: (id: string) => Promise<unknown>): Promise<BulkOutcome> {
  const results = await Promise.allSettled(ids.map(call));
  return {
    done: results.filter((r) => r.status === 'fulfilled').length,
    failed: results.flatMap((r, i) => (r.status === 'rejected'
      ? [{ id: ids[i], detail: (r.reason as ApiError).message }] : [])),
  };
}

/**
 * What an agent does to the selected conversations of an incident at once: one public statement to all
 * (grouped answer), give them to a team or a person, hide what they wrote.
 */
export function BulkActions({ brand, selected, rows, label, onDone }: {
  brand: string; selected: string[]; rows: Row[]; label: string; onDone: (message: string) => void;
}) {
  const w = useIncidentWords();
  const { t } = w;
  const [tab, setTab] = useState<string | null>('answer');
  const [statement, setStatement] = useState('');
  const [teams, setTeams] = useState<Team[]>([]);
  const [team, setTeam] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const [reason, setReason] = useState<ModerationReason | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ detail: string; findings: Finding[] } | null>(null);
  // The statement last posted, followed until every platform has answered.
  const [tracked, setTracked] = useState<{ answer: GroupedAnswer; names: Record<string, string> } | null>(null);

  useEffect(() => {
    getAll<Team>(`/api/v1/brands/${encodeURIComponent(brand)}/teams`).then(setTeams)
      .catch(() => setTeams([]));
  }, [brand]);

  const people = [...new Set((team ? teams.filter((t) => t.name === team) : teams)
    .flatMap((t) => t.members.map((m) => m.user)))].sort();
  const none = selected.length === 0;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      onDone(await work());
    } catch (e) {
      const p = (e as ApiError).problem as ApiError['problem'] & { findings?: Finding[] };
      setProblem({ detail: (e as ApiError).message, findings: p.findings ?? [] });
    } finally {
      setBusy(false);
    }
  };

  const [keys] = useState(() => new RetryKeys());

  const answer = () => run(async () => {
    const { body } = await sendOnce<GroupedAnswer>(keys, `/api/v1/brands/${encodeURIComponent(brand)}/grouped-answers`,
      { conversationIds: selected, text: statement });
    setStatement('');
    setTracked({ answer: body, names: Object.fromEntries(rows.filter((r) => selected.includes(r.id))
      .map((r) => [r.id, r.conversation?.author?.name ?? t('customer')])) });
    const warnings = Object.values(body.findings ?? {}).flat().length;
    return t('bulk.sent', { conversations: w.conversations(selected.length), count: body.posts.length })
      + (warnings ? ` ${t('bulk.warned', { count: warnings })}` : '');
  });

  const assign = () => run(async () => {
    const outcome = await each(selected, (id) => send('PUT', `/api/v1/conversations/${id}/assignment`,
      { team, assignee }));
    if (outcome.done === 0) throw new ApiError({ status: 422, detail: w.outcome(t('bulk.assigned'), outcome) });
    return w.outcome(t('bulk.assignedTo', { who: [assignee, team && t('team', { team })].filter(Boolean).join(', ') }),
      outcome);
  });

  const hide = () => run(async () => {
    // The rows are summaries: what each selected conversation holds is read when hiding it.
    const details = await Promise.all(selected.map((id) => get<GovConversation>(`/api/v1/conversations/${id}`)
      .then(({ body }) => body)));
    const interactions = details.flatMap((c) => c.interactions.map((i) => ({ conversation: c.id, interaction: i.id })));
    const outcome = await each(interactions.map((x) => `${x.conversation}/${x.interaction}`), (key) => {
      const [conversation, interaction] = key.split('/');
      return sendOnce(keys, `/api/v1/conversations/${conversation}/moderation`,
        { interactionId: interaction, action: 'hide', reason });
    });
    if (outcome.done === 0) throw new ApiError({ status: 409, detail: outcome.failed.map((f) => f.detail).join('; ') });
    return t('bulk.hid', { count: outcome.done, conversations: w.conversations(selected.length),
      reason: reason ? t(`reason.${reason}`) : '' })
      + (outcome.failed.length ? `; ${t('bulk.notHidden', { count: outcome.failed.length,
        details: outcome.failed.map((f) => f.detail).join('; ') })}` : '.');
  });

  return (
    <Paper withBorder p="sm" my="sm" component="section" aria-label={t('bulk.label')} className="gov-bulk">
      <Group justify="space-between">
        <Text fw={600} size="sm" aria-live="polite" data-testid="selection">{label}</Text>
        {none && <Text size="sm" c="gray.8">{t('bulk.selectFirst')}</Text>}
      </Group>
      <Tabs value={tab} onChange={(v) => { setTab(v); setProblem(null); }} mt="xs">
        <Tabs.List>
          <Tabs.Tab value="answer">{t('bulk.answer')}</Tabs.Tab>
          <Tabs.Tab value="assign">{t('bulk.assign')}</Tabs.Tab>
          <Tabs.Tab value="hide">{t('bulk.hide')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="answer" pt="xs">
          <Stack gap="xs">
            {tracked && (
              <GroupedOutcomePanel brand={brand} answer={tracked.answer} names={tracked.names}
                onRetried={(answer) => setTracked({ answer, names: tracked.names })}
                onEdit={(_failed, text) => { setStatement(text); setTracked(null); }}
                onDismiss={() => setTracked(null)} />
            )}
            <Textarea label={t('bulk.statement')} description={t('bulk.statementHelp')}
              value={statement} onChange={(e) => setStatement(e.currentTarget.value)} autosize minRows={2} maxLength={8000} />
            <Group justify="flex-end">
              <Button onClick={answer} loading={busy} disabled={none || !statement.trim()}>
                {t('bulk.postTo', { conversations: w.conversations(selected.length) })}</Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="assign" pt="xs">
          <Group align="end">
            <Select label={t('bulk.team')} data={teams.map((x) => x.name)} value={team} clearable placeholder={t('bulk.keepTeam')}
              onChange={(v) => { setTeam(v); setAssignee(null); }} w={180} />
            <Select label={t('bulk.person')} data={people} value={assignee} clearable searchable placeholder={t('bulk.nobody')}
              onChange={setAssignee} w={200} />
            <Button onClick={assign} loading={busy} disabled={none || (!team && !assignee)}>
              {t('bulk.assignN', { conversations: w.conversations(selected.length) })}</Button>
          </Group>
          {teams.length === 0 && <Text size="sm" c="gray.8" mt={4}>{t('bulk.noTeams')}</Text>}
        </Tabs.Panel>
        <Tabs.Panel value="hide" pt="xs">
          <Group align="end">
            <Select label={t('bulk.reason')} data={REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))}
              value={reason} onChange={(v) => setReason(v as ModerationReason | null)}
              placeholder={t('bulk.whyHide')} w={200} />
            <Button color="red.9" onClick={hide} loading={busy} disabled={none || !reason}>
              {t('bulk.hideWhat', { count: selected.length })}</Button>
          </Group>
          <Text size="sm" c="gray.8" mt={4}>{t('bulk.hideHelp')}</Text>
        </Tabs.Panel>
      </Tabs>
      {problem && (
        <Alert color="red" title={t('notDone')} mt="xs" data-testid="bulk-problem">
          {problem.detail}
          {problem.findings.length > 0 && (
            <ul className="gov-plain">
              {problem.findings.map((f, i) => <li key={i}>{f.severity}: {f.message}{f.suggestion ? ` — ${f.suggestion}` : ''}</li>)}
            </ul>
          )}
        </Alert>
      )}
    </Paper>
  );
}
