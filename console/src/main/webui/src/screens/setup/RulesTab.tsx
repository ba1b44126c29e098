import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, MultiSelect, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get, query, send } from '../../api';
import { LANGUAGES } from '../../i18n/locale';
import { coveredShare, groups, heat } from '../../logic/setup/coverage';
import { draftOf, EMPTY_RULE, fieldErrors, move, type RuleDraft, ruleDraftErrors, ruleOf } from '../../logic/setup/setup';
import type { AssignmentRule, Coverage, Team } from '../../types/setup';
import type { Channel } from '../../types/channels';
import { browserZone, personLabel, timeZones, usePeople, readAll, useResource, useSetupWords } from './common';
import { ChangesPanel } from './ChangesPanel';

const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'vk', 'telegram', 'forum', 'rss', 'generic'];
const MOMENTS = ['complaint', 'question', 'suggestion', 'praise'];

/** The brand's ordered assignment rules, edited as a whole, and below them the report of the gaps they leave. */
export function RulesTab({ brand }: { brand: string }) {
  const w = useSetupWords();
  const { t } = w;
  const b = encodeURIComponent(brand);
  const rules = useResource<{ rules: AssignmentRule[] }>(`/api/v1/brands/${b}/assignment-rules`);
  const teams = useResource<Team[]>(`/api/v1/brands/${b}/teams`, readAll<Team>);
  const channels = useResource<Channel[]>(`/api/v1/channels${query({ brand })}`, readAll<Channel>);
  const people = usePeople(brand);
  const [drafts, setDrafts] = useState<RuleDraft[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => { if (rules.data) setDrafts(rules.data.rules.map(draftOf)); }, [rules.data]);

  const teamNames = (teams.data ?? []).map((x) => x.name);
  const accounts = (channels.data ?? []).map((c) => ({ value: c.accountId, label: `${c.name} (${w.network(c.platform)})` }));
  const set = (i: number, d: RuleDraft) => setDrafts((drafts ?? []).map((x, j) => (j === i ? d : x)));

  const save = async () => {
    if (!drafts) return;
    const local = ruleDraftErrors(drafts);
    setErrors(Object.fromEntries(Object.entries(local).map(([k, code]) => [k, t(`rules.error.${code}`)])));
    setOutcome(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const { body } = await send<{ rules: AssignmentRule[] }>('PUT', `/api/v1/brands/${b}/assignment-rules`,
        { rules: drafts.map(ruleOf) });
      setDrafts(body.rules.map(draftOf));
      setOutcome({ ok: true, text: t('rules.saved', { n: body.rules.length }) });
      setVersion((v) => v + 1);
    } catch (err) {
      setErrors(fieldErrors((err as ApiError).problem?.errors));
      setOutcome({ ok: false, text: t('saveFailed', { detail: (err as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const any = { value: '', label: t('rules.any') };
  return (
    <Stack>
      <Text size="sm">{t('rules.intro')}</Text>
      {rules.error && <Alert color="red" title={t('loadFailed', { detail: rules.error })} />}
      {!drafts && !rules.error && <Text role="status">{t('loading')}</Text>}
      {drafts && drafts.length === 0 && <Text>{t('rules.empty')}</Text>}
      {drafts && (
        <Stack gap="sm" component="ol" className="setup-rules" aria-label={t('rules.caption', { brand })}>
          {drafts.map((d, i) => {
            const at = `rules[${i}]`;
            return (
              <Paper key={i} withBorder p="sm" component="li" data-testid="rule" aria-label={d.name || `#${i + 1}`}>
                <Group align="start" wrap="wrap" gap="xs">
                  <TextInput label={t('rules.name')} value={d.name} required w={200} error={errors[`${at}.name`]}
                    data-testid={`rule-${i}-name`} onChange={(e) => set(i, { ...d, name: e.currentTarget.value })} />
                  <Select label={t('rules.platform')} w={150} value={d.platform} error={errors[`${at}.match.platform`]}
                    data={[any, ...PLATFORMS.map((p) => ({ value: p, label: w.network(p) }))]} allowDeselect={false}
                    data-testid={`rule-${i}-platform`} onChange={(v) => set(i, { ...d, platform: v ?? '' })} />
                  <Select label={t('rules.account')} w={200} value={d.channelAccountId} allowDeselect={false}
                    error={errors[`${at}.match.channelAccountId`]} searchable
                    data={[any, ...accounts, ...(d.channelAccountId && !accounts.some((a) => a.value === d.channelAccountId)
                      ? [{ value: d.channelAccountId, label: d.channelAccountId }] : [])]}
                    onChange={(v) => set(i, { ...d, channelAccountId: v ?? '' })} />
                  <Select label={t('rules.moment')} w={150} value={d.moment} error={errors[`${at}.match.moment`]}
                    data={[any, ...MOMENTS.map((m) => ({ value: m, label: w.moment(m) }))]} allowDeselect={false}
                    data-testid={`rule-${i}-moment`} onChange={(v) => set(i, { ...d, moment: v ?? '' })} />
                  <Select label={t('rules.language')} w={150} value={d.language} error={errors[`${at}.match.language`]}
                    data={[any, ...Array.from(new Set([...LANGUAGES, ...(d.language ? [d.language] : [])]))
                      .map((l) => ({ value: l, label: w.format.languageName(l) }))]} allowDeselect={false}
                    data-testid={`rule-${i}-language`} onChange={(v) => set(i, { ...d, language: v ?? '' })} />
                  <TextInput label={t('rules.keyword')} w={160} value={d.keyword} error={errors[`${at}.match.keyword`]}
                    onChange={(e) => set(i, { ...d, keyword: e.currentTarget.value })} />
                  <Select label={t('rules.team')} w={150} value={d.team} error={errors[`${at}.team`] ?? errors[at]}
                    data={[{ value: '', label: t('rules.none') }, ...teamNames.map((n) => ({ value: n, label: n }))]}
                    allowDeselect={false} data-testid={`rule-${i}-team`} onChange={(v) => set(i, { ...d, team: v ?? '' })} />
                  <Select label={t('rules.assignee')} w={180} value={d.assignee} error={errors[`${at}.assignee`]} searchable
                    data={[{ value: '', label: t('rules.none') }, ...people.map((p) => ({ value: p.user, label: personLabel(p) })),
                      ...(d.assignee && !people.some((p) => p.user === d.assignee) ? [{ value: d.assignee, label: d.assignee }] : [])]}
                    allowDeselect={false} onChange={(v) => set(i, { ...d, assignee: v ?? '' })} />
                </Group>
                <Group gap={4} mt={6}>
                  <Button size="compact-xs" variant="default" disabled={i === 0} onClick={() => setDrafts(move(drafts, i, -1))}
                    aria-label={t('rules.up', { n: i + 1 })}>↑</Button>
                  <Button size="compact-xs" variant="default" disabled={i === drafts.length - 1}
                    onClick={() => setDrafts(move(drafts, i, 1))} aria-label={t('rules.down', { n: i + 1 })}>↓</Button>
                  <Button size="compact-xs" variant="subtle" color="red.9" c="red.9"
                    onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}>{t('rules.remove', { n: i + 1 })}</Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      {drafts && (
        <Group>
          <Button variant="default" data-testid="rule-add" onClick={() => setDrafts([...drafts, { ...EMPTY_RULE }])}>
            {t('rules.add')}</Button>
          <Button loading={busy} onClick={() => { void save(); }} data-testid="rules-save">{t('rules.save')}</Button>
        </Group>
      )}
      {outcome && <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}
        data-testid="rules-outcome">{outcome.text}</Alert>}
      <CoverageReport brand={brand} version={version}
        platforms={Array.from(new Set((channels.data ?? []).map((c) => c.platform)))} channelsRead={!!channels.data} />
      <ChangesPanel brand={brand} subject="assignment-rules" version={version} />
    </Stack>
  );
}

/** GET …/assignment-coverage: the share of hours owned, a heat map of the week, the gaps by combination. */
function CoverageReport({ brand, version, platforms, channelsRead }: {
  brand: string; version: number; platforms: string[]; channelsRead: boolean;
}) {
  const w = useSetupWords();
  const { t, format } = w;
  const zones = useMemo(timeZones, []);
  const [zone, setZone] = useState(browserZone());
  const [languages, setLanguages] = useState<string[]>([...LANGUAGES]);
  const [report, setReport] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const [asked, setAsked] = useState(0);
  const channelList = platforms.join(',');

  useEffect(() => {
    if (!languages.length) return;
    setError(null);
    get<Coverage>(`/api/v1/brands/${encodeURIComponent(brand)}/assignment-coverage${
      query({ timeZone: zone, languages: languages.join(','), platforms: channelList || null })}`)
      .then(({ body }) => setReport(body))
      .catch((e: ApiError) => setError(e.message));
  }, [brand, zone, languages, channelList, version, asked]);

  const grid = report ? heat(report.gaps) : null;
  const grouped = report ? groups(report.gaps) : [];
  const shown = all ? grouped : grouped.slice(0, 12);
  const max = grid ? Math.max(1, ...grid.flat()) : 1;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-title" data-testid="coverage">
      <Title order={3} size="h4" id="coverage-title">{t('coverage.title')}</Title>
      <Text size="sm" mb="sm">{t('coverage.intro')}</Text>
      <Group align="end">
        <Select label={t('coverage.zone')} data={zones} value={zone} searchable allowDeselect={false} w={220}
          onChange={(v) => { if (v) setZone(v); }} data-testid="coverage-zone" />
        <MultiSelect label={t('coverage.languages')} w={320} value={languages} onChange={setLanguages}
          data={LANGUAGES.map((l) => ({ value: l, label: format.languageName(l) }))} />
        <Button variant="default" onClick={() => setAsked((n) => n + 1)}>{t('coverage.refresh')}</Button>
      </Group>
      {channelsRead && platforms.length === 0 && <Text size="xs" mt={4}>{t('coverage.noChannels')}</Text>}
      {error && <Alert color="red" mt="sm" title={t('loadFailed', { detail: error })} />}
      {report && (
        <Stack gap="sm" mt="sm">
          <Text size="sm" data-testid="coverage-share" data-gap-hours={report.gapHours}>
            {report.gapHours === 0 ? t('coverage.noGaps') : t('coverage.share', {
              share: format.percent(coveredShare(report)), covered: format.number(report.coveredHours),
              total: format.number(report.coveredHours + report.gapHours) })}
          </Text>
          {report.conditionalRules.length > 0 && (
            <Text size="xs">{t('coverage.conditional', { rules: format.list(report.conditionalRules) })}</Text>
          )}
          {grid && report.gapHours > 0 && (
            <div className="table-scroll">
              <table className="setup-grid" data-testid="coverage-heat">
                <caption className="visually-hidden">{t('coverage.heatCaption', { zone: report.timeZone })}</caption>
                <thead>
                  <tr><td />{Array.from({ length: 24 }, (_, h) => <th key={h} scope="col">{String(h).padStart(2, '0')}</th>)}</tr>
                </thead>
                <tbody>
                  {w.days.map((d, di) => (
                    <tr key={d}>
                      <th scope="row">{w.dayShort(d)}</th>
                      {grid[di].map((n, h) => (
                        <td key={h} className={n === 0 ? 'setup-cell-on' : 'setup-cell-gap'}
                          style={n > 0 ? { opacity: 0.45 + 0.55 * (n / max) } : undefined}
                          title={t('coverage.heatCell', { day: w.day(d), hour: w.hour(h), n })}>{n || ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {grouped.length > 0 && (
            <div className="table-scroll">
              <Table striped data-testid="coverage-gaps">
                <caption className="visually-hidden">{t('coverage.table')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('coverage.combination')}</Table.Th>
                    <Table.Th scope="col">{t('coverage.reason')}</Table.Th>
                    <Table.Th scope="col">{t('coverage.when')}</Table.Th>
                    <Table.Th scope="col">{t('coverage.hoursTotal')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((g) => (
                    <Table.Tr key={g.key} data-testid="coverage-gap" data-rule={g.rule ?? undefined}>
                      <Table.Th scope="row">{w.network(g.platform)} · {w.moment(g.moment)} · {format.languageName(g.language)}</Table.Th>
                      <Table.Td>
                        {t(`coverage.reasonName.${g.reason}`, { defaultValue: g.reason })}
                        {g.rule && <Text size="xs">{t('coverage.reasonRule', { rule: g.rule,
                          to: [g.team, g.assignee].filter(Boolean).join(' / ') })}</Text>}
                      </Table.Td>
                      <Table.Td>
                        {g.daily ? t('coverage.daily', { hours: format.list(g.stretches.map((s) => w.hours(s.fromHour, s.toHour))) })
                          : format.list(g.stretches.map((s) => `${s.day ? w.dayShort(s.day) : ''} ${w.hours(s.fromHour, s.toHour)}`))}
                      </Table.Td>
                      <Table.Td>{format.number(g.hours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {grouped.length > shown.length && (
                <Button variant="subtle" onClick={() => setAll(true)}>{t('coverage.more', { n: grouped.length })}</Button>
              )}
            </div>
          )}
        </Stack>
      )}
    </Paper>
  );
}
