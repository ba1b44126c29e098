import { useEffect, useState } from 'react';
import { Alert, Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { fieldErrors } from '../../logic/setup/setup';
import { teamApprovalRequest, teamPeople } from '../../logic/approvals/teamApprovals';
import type { ReplyApprovalSetting, TeamReplyApprovalSetting } from '../../types/inbox';
import type { Person } from '../../types/setup';
import { personLabel, useResource, useSetupWords } from './common';

/**
 * A team's own reply approvals (docs/inbox.md#reply-approvals): its new starters, approvers and due time for the
 * replies in the conversations it owns. Where the team holds nobody of its own, the brand's setting applies.
 */
export function TeamApprovals({ brand, team, members, people }: {
  brand: string; team: string; members: string[]; people: Person[];
}) {
  const { t, format } = useSetupWords();
  const path = `/api/v1/brands/${encodeURIComponent(brand)}/reply-approvals/teams/${encodeURIComponent(team)}/setting`;
  const setting = useResource<TeamReplyApprovalSetting>(path);
  const brandSetting = useResource<ReplyApprovalSetting>(
    `/api/v1/brands/${encodeURIComponent(brand)}/reply-approvals/setting`);
  const [held, setHeld] = useState<string[]>([]);
  const [approvers, setApprovers] = useState<string[]>([]);
  const [due, setDue] = useState('15');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!setting.data) return;
    setHeld(setting.data.heldAgents ?? []);
    setApprovers(setting.data.approvers ?? []);
    setDue(String(setting.data.dueMinutes ?? 15));
  }, [setting.data]);

  const names = teamPeople(members, people.map((p) => p.user), [...held, ...approvers]);
  const label = (u: string) => { const p = people.find((x) => x.user === u); return p ? personLabel(p) : u; };
  const options = names.map((u) => ({ value: u, label: label(u) }));

  const save = async () => {
    setResult(null);
    const request = teamApprovalRequest(held, approvers, due);
    if (!request.ok) {
      setErrors(Object.fromEntries(Object.entries(request.errors).map(([f, code]) => [f, t(`teamApprovals.${code}`)])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await send<TeamReplyApprovalSetting>('PUT', path, request.body);
      setResult({ ok: true, text: t('teamApprovals.saved', { team }) });
      setting.reload();
    } catch (e) {
      setErrors(fieldErrors((e as ApiError).problem?.errors));
      setResult({ ok: false, text: t('saveFailed', { detail: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setResult(null);
    setBusy(true);
    try {
      await send<null>('DELETE', path, null);
      setResult({ ok: true, text: t('teamApprovals.removed', { team }) });
      setting.reload();
    } catch (e) {
      setResult({ ok: false, text: t('saveFailed', { detail: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const listError = (field: string) => errors[field]
    ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}[`))?.[1];
  const s = setting.data;
  const b = brandSetting.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-approvals-title" data-testid="team-approvals">
      <Title order={4} size="h5" id="team-approvals-title">{t('teamApprovals.title', { team })}</Title>
      <Text size="sm" c="gray.8">{t('teamApprovals.help')}</Text>
      {setting.error && <Alert color="red" mt="xs">{t('loadFailed', { detail: setting.error })}</Alert>}
      {!s && !setting.error && <Text role="status" size="sm">{t('loading')}</Text>}
      {s && (
        <Stack gap="xs" mt="xs">
          <Text size="sm" data-testid="team-approvals-state">
            {s.set ? t('teamApprovals.own', { who: s.updatedBy ?? '—',
              when: s.updatedAt ? format.dateTime(s.updatedAt) : '—' })
              : t('teamApprovals.brandApplies', { held: b?.heldAgents?.length ? format.list(b.heldAgents)
                : t('teamApprovals.nobody') })}
          </Text>
          <MultiSelect label={t('teamApprovals.held')} description={t('teamApprovals.heldHelp')} data={options}
            value={held} onChange={setHeld} searchable error={listError('heldAgents')}
            data-testid="team-approvals-held" />
          <MultiSelect label={t('teamApprovals.approvers')} description={t('teamApprovals.approversHelp')}
            data={options.filter((o) => !held.includes(o.value))} value={approvers} searchable
            onChange={(v) => setApprovers(v.filter((a) => !held.includes(a)))} error={listError('approvers')}
            data-testid="team-approvals-approvers" />
          <TextInput label={t('teamApprovals.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)}
            inputMode="numeric" w={220} error={errors.dueMinutes} data-testid="team-approvals-due" />
          <Group>
            <Button onClick={() => { void save(); }} loading={busy} data-testid="team-approvals-save">
              {t('teamApprovals.save')}</Button>
            {s.set && (
              <Button variant="outline" color="red.9" c="red.9" onClick={() => { void remove(); }} disabled={busy}
                data-testid="team-approvals-remove">{t('teamApprovals.remove')}</Button>
            )}
          </Group>
          <div aria-live="polite">
            {result && <Text size="sm" c={result.ok ? 'teal.9' : 'red.9'} role={result.ok ? 'status' : 'alert'}
              data-testid="team-approvals-result">{result.text}</Text>}
          </div>
          {(s.changes ?? []).length > 0 && (
            <Text size="xs" c="gray.8" data-testid="team-approvals-changes">
              {t('teamApprovals.lastChange', { who: s.changes[0].changedBy,
                when: format.dateTime(s.changes[0].changedAt) })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
