import { useMemo, useState } from 'react';
import { Alert, Autocomplete, Badge, Button, Checkbox, Chip, Group, MultiSelect, Paper, Select, Stack, Table, Text,
  TextInput, Title } from '@mantine/core';
import { ApiError, send } from '../../api';
import { fieldErrors, validTeamName } from '../../logic/setup/setup';
import { isOvernight, onDutyByHour, overlaps, rotaZone, shiftErrors, uncovered } from '../../logic/setup/rota';
import type { Day, Person, Shift, Team, TeamMember, TeamRequest } from '../../types/setup';
import { browserZone, personLabel, readAll, timeZones, usePeople, useResource, useSetupWords } from './common';
import { ChangesPanel } from './ChangesPanel';
import { TeamApprovals } from './TeamApprovals';

/** The brand's teams: who is in each, who is on duty now, the away limit; and the editor of one team's rota. */
export function TeamsTab({ brand }: { brand: string }) {
  const w = useSetupWords();
  const { t, format } = w;
  const teams = useResource<Team[]>(`/api/v1/brands/${encodeURIComponent(brand)}/teams`, readAll<Team>);
  const people = usePeople(brand);
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const done = (text: string) => { setEditing(null); setNotice(text); teams.reload(); setVersion((v) => v + 1); };

  return (
    <Stack>
      {teams.error && <Alert color="red" title={t('loadFailed', { detail: teams.error })} />}
      {!teams.data && !teams.error && <Text role="status">{t('loading')}</Text>}
      {notice && <Alert color="green" role="status" data-testid="team-notice">{notice}</Alert>}
      {teams.data && teams.data.length === 0 && <Text>{t('teams.empty')}</Text>}
      {teams.data && teams.data.length > 0 && (
        <div className="table-scroll">
          <Table striped data-testid="teams-table">
            <caption className="visually-hidden">{t('teams.caption', { brand })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('teams.name')}</Table.Th>
                <Table.Th scope="col">{t('teams.strategy')}</Table.Th>
                <Table.Th scope="col">{t('teams.members')}</Table.Th>
                <Table.Th scope="col">{t('teams.onDuty')}</Table.Th>
                <Table.Th scope="col">{t('teams.awayLimit')}</Table.Th>
                <Table.Th scope="col">{t('teams.updated')}</Table.Th>
                <Table.Th scope="col"><span className="visually-hidden">{t('teams.edit', { team: '' })}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {teams.data.map((team) => (
                <Table.Tr key={team.name} data-testid="team-row" data-team={team.name}>
                  <Table.Th scope="row">
                    {team.name} {team.default && <Badge variant="outline" color="indigo.9" tt="none">{t('teams.default')}</Badge>}
                  </Table.Th>
                  <Table.Td>{t(`teams.strategyName.${team.strategy}`, { defaultValue: team.strategy })}</Table.Td>
                  <Table.Td>{format.list(team.members.map((m) => m.user))}</Table.Td>
                  <Table.Td>{team.onDutyNow.length ? format.list(team.onDutyNow) : t('teams.nobody')}</Table.Td>
                  <Table.Td>{team.awayLimitMinutes != null ? format.duration(team.awayLimitMinutes * 60_000)
                    : t('teams.noLimit')}</Table.Td>
                  <Table.Td>{team.updatedAt ? t('teams.updatedBy', { when: format.dateTime(team.updatedAt),
                    who: team.updatedBy ?? '—' }) : '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => { setNotice(null); setEditing(team); }}
                      aria-label={t('teams.edit', { team: team.name })}>{t('teams.edit', { team: '' }).trim()}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {!editing && (
        <Group><Button onClick={() => { setNotice(null); setEditing('new'); }} data-testid="team-new">{t('teams.new')}</Button></Group>
      )}
      {editing && (
        <TeamEditor key={editing === 'new' ? 'new' : editing.name} brand={brand} team={editing === 'new' ? null : editing}
          people={people} onCancel={() => setEditing(null)}
          onSaved={(name) => done(t('teams.saved', { team: name }))}
          onDeleted={(name) => done(t('team.deleted', { team: name }))} />
      )}
      <ChangesPanel brand={brand} subject="team" version={version} />
    </Stack>
  );
}

const WEEKDAYS: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const EVERY_DAY: Day[] = [...WEEKDAYS, 'SATURDAY', 'SUNDAY'];

function TeamEditor({ brand, team, people, onCancel, onSaved, onDeleted }: {
  brand: string; team: Team | null; people: Person[]; onCancel: () => void; onSaved: (name: string) => void;
  onDeleted: (name: string) => void;
}) {
  const w = useSetupWords();
  const { t } = w;
  const zone = browserZone();
  const [name, setName] = useState(team?.name ?? '');
  const [strategy, setStrategy] = useState(team?.strategy ?? 'round-robin');
  const [isDefault, setIsDefault] = useState(team?.default ?? false);
  const [awayLimit, setAwayLimit] = useState(team?.awayLimitMinutes != null ? String(team.awayLimitMinutes) : '');
  const [managers, setManagers] = useState<string[]>(team?.managers ?? []);
  const [members, setMembers] = useState<TeamMember[]>(team?.members ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(timeZones, []);
  const peopleData = people.map((p) => ({ value: p.user, label: personLabel(p) }));
  const managerData = [...peopleData, ...managers.filter((m) => !people.some((p) => p.user === m))
    .map((m) => ({ value: m, label: m }))];

  const setMember = (i: number, m: TeamMember) => setMembers(members.map((x, j) => (j === i ? m : x)));
  const setShift = (i: number, k: number, s: Shift) =>
    setMember(i, { ...members[i], schedule: members[i].schedule.map((x, j) => (j === k ? s : x)) });
  // a new shift is in the zone the team's rota already uses, so a night shift joins a day shift without a gap
  const newShift = (days: Day[], from: string, to: string): Shift => ({ days, from, to, timeZone: rotaZone(members, zone) });

  const shownZone = rotaZone(members, zone);
  const valid = members.every((m) => m.schedule.every((s) => Object.keys(shiftErrors(s)).length === 0));
  const byHour = valid ? onDutyByHour(members, shownZone) : null;
  const holes = valid ? uncovered(members, shownZone) : [];
  const doubled = valid ? members.flatMap((m) => overlaps(m)) : [];

  const localErrors = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!team && !validTeamName(name)) out.name = t('team.nameInvalid');
    if (awayLimit.trim() && !(/^\d+$/.test(awayLimit.trim()) && +awayLimit >= 1 && +awayLimit <= 10080)) {
      out.awayLimitMinutes = t('team.awayLimitInvalid');
    }
    members.forEach((m, i) => {
      if (!m.user.trim()) out[`members[${i}].user`] = t('team.error.userRequired');
      m.schedule.forEach((s, k) => Object.entries(shiftErrors(s)).forEach(([f, code]) => {
        out[`members[${i}].schedule[${k}].${f}`] = t(`team.error.${code}`);
      }));
    });
    return out;
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const local = localErrors();
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length) return;
    const request: TeamRequest = { strategy, default: isDefault, managers,
      members: members.map((m) => ({ ...m, user: m.user.trim() })),
      awayLimitMinutes: awayLimit.trim() ? Number(awayLimit) : null };
    setBusy(true);
    try {
      await send<Team>('PUT', `/api/v1/brands/${encodeURIComponent(brand)}/teams/${encodeURIComponent(name)}`, request);
      onSaved(name);
    } catch (err) {
      const problem = (err as ApiError).problem;
      setErrors(fieldErrors(problem?.errors));
      setFailure(t('saveFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setFailure(null);
    try {
      await send<null>('DELETE', `/api/v1/brands/${encodeURIComponent(brand)}/teams/${encodeURIComponent(name)}`, null);
      onDeleted(name);
    } catch (err) {
      setFailure(t('saveFailed', { detail: (err as Error).message }));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-editor-title">
      <Title order={3} size="h4" id="team-editor-title">
        {team ? t('team.titleEdit', { team: team.name }) : t('team.titleNew')}
      </Title>
      <form onSubmit={(e) => { void save(e); }} noValidate data-testid="team-form">
        <Stack gap="sm" mt="sm">
          {!team && (
            <TextInput label={t('team.name')} description={t('team.nameHint')} required value={name}
              error={errors.name} data-testid="team-name" onChange={(e) => setName(e.currentTarget.value)} />
          )}
          <Group align="start" grow>
            <Select label={t('team.strategy')} value={strategy} allowDeselect={false} error={errors.strategy}
              data={['round-robin', 'least-loaded'].map((s) => ({ value: s, label: t(`teams.strategyName.${s}`) }))}
              onChange={(v) => { if (v) setStrategy(v); }} />
            <TextInput label={t('team.awayLimit')} description={t('team.awayLimitHint')} inputMode="numeric"
              value={awayLimit} error={errors.awayLimitMinutes} data-testid="team-away-limit"
              onChange={(e) => setAwayLimit(e.currentTarget.value)} />
          </Group>
          <Checkbox label={t('team.makeDefault')} checked={isDefault} disabled={team?.default}
            onChange={(e) => setIsDefault(e.currentTarget.checked)} />
          <MultiSelect label={t('team.managers')} description={t('team.peopleHint')} data={managerData} value={managers}
            onChange={setManagers} searchable error={errors.managers
              ?? Object.entries(errors).find(([k]) => k.startsWith('managers['))?.[1]} />

          {members.map((m, i) => (
            <Paper key={i} withBorder p="sm" component="fieldset" className="setup-fieldset" data-testid="team-member">
              <legend>{t('team.member', { n: i + 1 })}</legend>
              <Group align="end">
                <Autocomplete label={t('team.memberUser')} description={t('team.peopleHint')} required
                  data={peopleData.map((p) => p.value)} value={m.user} error={errors[`members[${i}].user`]}
                  data-testid={`member-${i}-user`} onChange={(v) => setMember(i, { ...m, user: v })} w={260} />
                <Button variant="subtle" color="red.9" c="red.9" onClick={() => setMembers(members.filter((_, j) => j !== i))}>
                  {t('team.removeMember', { n: i + 1 })}
                </Button>
              </Group>
              {errors[`members[${i}].schedule`] && <Text c="red.9" size="sm">{errors[`members[${i}].schedule`]}</Text>}
              {m.schedule.map((s, k) => {
                const at = `members[${i}].schedule[${k}]`;
                return (
                  <Stack key={k} gap={4} mt="xs" className="setup-shift" data-testid={`member-${i}-shift-${k}`}>
                    <Text size="sm" fw={600}>{t('team.shift', { n: k + 1, user: m.user || t('team.member', { n: i + 1 }) })}</Text>
                    <div role="group" aria-label={t('team.days')}>
                      <Text size="sm">{t('team.days')}</Text>
                      <Chip.Group multiple value={s.days} onChange={(v) => setShift(i, k, { ...s, days: v as Day[] })}>
                        <Group gap={4}>
                          {EVERY_DAY.map((d) => <Chip key={d} value={d} size="xs" aria-label={w.day(d)}>{w.dayShort(d)}</Chip>)}
                        </Group>
                      </Chip.Group>
                      {errors[`${at}.days`] && <Text c="red.9" size="sm">{errors[`${at}.days`]}</Text>}
                    </div>
                    <Group align="start">
                      <TextInput label={t('team.from')} value={s.from} w={100} placeholder="22:00" error={errors[`${at}.from`]}
                        data-testid={`member-${i}-shift-${k}-from`} onChange={(e) => setShift(i, k, { ...s, from: e.currentTarget.value })} />
                      <TextInput label={t('team.to')} value={s.to} w={100} placeholder="06:00" error={errors[`${at}.to`]}
                        data-testid={`member-${i}-shift-${k}-to`} onChange={(e) => setShift(i, k, { ...s, to: e.currentTarget.value })} />
                      <Select label={t('team.timeZone')} data={zones} value={s.timeZone} searchable allowDeselect={false}
                        w={220} error={errors[`${at}.timeZone`]} data-testid={`member-${i}-shift-${k}-zone`}
                        onChange={(v) => { if (v) setShift(i, k, { ...s, timeZone: v }); }} />
                      <Button variant="subtle" color="red.9" c="red.9" mt={24}
                        onClick={() => setMember(i, { ...m, schedule: m.schedule.filter((_, j) => j !== k) })}>
                        {t('team.removeShift', { n: k + 1 })}
                      </Button>
                    </Group>
                    {isOvernight(s) && <Text size="xs">{t('team.overnight', { to: s.to })}</Text>}
                    {s.from === s.to && s.from !== '' && <Text size="xs">{t('team.wholeDay')}</Text>}
                  </Stack>
                );
              })}
              <Group mt="xs" gap="xs">
                <Button size="compact-sm" variant="default" data-testid={`member-${i}-add-shift`}
                  onClick={() => setMember(i, { ...m, schedule: [...m.schedule, newShift(WEEKDAYS, '08:00', '16:00')] })}>
                  {t('team.addShift')}
                </Button>
                <Text size="xs" aria-hidden>{t('team.presets')}:</Text>
                <Button size="compact-sm" variant="light" data-testid={`member-${i}-preset-day`}
                  onClick={() => setMember(i, { ...m, schedule: [...m.schedule, newShift(WEEKDAYS, '08:00', '16:00')] })}>
                  {t('team.presetDay')}
                </Button>
                <Button size="compact-sm" variant="light" data-testid={`member-${i}-preset-night`}
                  onClick={() => setMember(i, { ...m, schedule: [...m.schedule, newShift(EVERY_DAY, '22:00', '06:00')] })}>
                  {t('team.presetNight')}
                </Button>
              </Group>
            </Paper>
          ))}
          <Group>
            <Button variant="default" data-testid="team-add-member"
              onClick={() => setMembers([...members, { user: '', schedule: [] }])}>{t('team.addMember')}</Button>
          </Group>

          {byHour && members.length > 0 && (
            <RotaGrid byHour={byHour} zone={shownZone} />
          )}
          {valid && members.length > 0 && (
            <Text size="sm" data-testid="team-rota-gaps">
              {holes.length === 0 ? t('team.gapsNone') : t('team.gaps', { list: w.format.list(holes.map((h) =>
                `${w.dayShort(h.day)} ${w.hours(h.from, h.to)}`)) })}
            </Text>
          )}
          {doubled.map((o) => (
            <Text key={`${o.user}-${o.first}-${o.second}`} size="sm" c="orange.9">
              {t('team.overlap', { user: o.user, first: o.first + 1, second: o.second + 1 })}
            </Text>
          ))}
          <Group>
            <Button type="submit" loading={busy} data-testid="team-save">{t('save')}</Button>
            <Button variant="default" onClick={onCancel}>{t('cancel')}</Button>
            {team && !team.default && (
              <Button variant="outline" color="red.9" onClick={() => { void remove(); }}>{t('team.delete')}</Button>
            )}
          </Group>
          {failure && <Alert color="red" role="alert" data-testid="team-failure">{failure}</Alert>}
        </Stack>
      </form>
      {team && (
        <TeamApprovals brand={brand} team={team.name} members={team.members.map((m) => m.user)} people={people} />
      )}
    </Paper>
  );
}

/** A week × 24 hours: how many members are on duty each hour (0 stands out). */
function RotaGrid({ byHour, zone }: { byHour: string[][]; zone: string }) {
  const w = useSetupWords();
  const { t } = w;
  return (
    <div className="table-scroll">
      <Text size="sm" fw={600}>{t('team.rota', { zone })}</Text>
      <table className="setup-grid" data-testid="team-rota">
        <caption className="visually-hidden">{t('team.rotaCaption', { zone })}</caption>
        <thead>
          <tr>
            <td />
            {Array.from({ length: 24 }, (_, h) => <th key={h} scope="col">{String(h).padStart(2, '0')}</th>)}
          </tr>
        </thead>
        <tbody>
          {w.days.map((d, di) => (
            <tr key={d}>
              <th scope="row">{w.dayShort(d)}</th>
              {Array.from({ length: 24 }, (_, h) => {
                const on = byHour[di * 24 + h];
                return (
                  <td key={h} className={on.length === 0 ? 'setup-cell-gap' : 'setup-cell-on'}
                    title={t('team.rotaCell', { day: w.day(d), hour: w.hour(h), n: on.length })}>
                    {on.length}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
