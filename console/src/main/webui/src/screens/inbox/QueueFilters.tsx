import { useEffect, useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { CHANNELS } from '../../logic/targets';
import { DEFAULT_FILTERS, LANGUAGE_OPTIONS, MAX_QUERY, MOMENT_OPTIONS, type QueueFilters, type QueueSort,
  SENTIMENT_OPTIONS, SORTS, STATUS_OPTIONS, activeFilterCount, ownerFilter, ownerValue } from '../../logic/inbox/filters';
import type { Team } from '../../types/inbox';
import { flagChoice, flagValue } from '../../logic/inbox/signals';

const DUE_MINUTES = [15, 60, 240];

/**
 * The queue's filter bar: the order, every filter of the inbox's listing, and a full-text search in any language.
 * The search field is where "/" puts the focus.
 */
export function QueueFilterBar({ filters, onChange, brands, teams }: {
  filters: QueueFilters; onChange: (f: QueueFilters) => void; brands: string[]; teams: Team[];
}) {
  const { t } = useTranslation('inbox');
  const { t: ts } = useTranslation('signals');
  const format = useFormat();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const people = [...new Set(teams.flatMap((tm) => tm.members.map((m) => m.user)))].sort();
  const ownerOptions = [
    { group: t('filters.me'), items: [{ value: 'me', label: t('filters.assignedToMe') }] },
    { group: t('filters.people'), items: people.map((p) => ({ value: `user:${p}`, label: p })) },
    { group: t('filters.teams'), items: [...new Set(teams.map((tm) => tm.name))]
      .map((name) => ({ value: `team:${name}`, label: t('filters.team', { team: name }) })) },
  ].filter((g) => g.items.length > 0);
  const dueOptions = [{ value: 'breached', label: t('filters.breached') }, ...DUE_MINUTES.map((m) => ({
    value: String(m), label: t('filters.dueWithin', { duration: format.duration(m * 60_000) }) }))];
  const dueValue = filters.breached ? 'breached' : filters.dueWithinMinutes ? String(filters.dueWithinMinutes) : null;
  const active = activeFilterCount(filters);
  return (
    <form role="search" aria-label={t('filters.label')}
      onSubmit={(e) => { e.preventDefault(); set({ q: q.slice(0, MAX_QUERY) }); }}>
      <Group align="end" gap="xs">
        <TextInput label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} value={q} w={220}
          maxLength={MAX_QUERY} onChange={(e) => setQ(e.currentTarget.value)} data-testid="queue-search" />
        <Button type="submit" variant="filled" color="indigo.8">{t('filters.searchButton')}</Button>
        <Select label={t('filters.sort')} data={SORTS.map((s) => ({ value: s, label: t(`filters.sorts.${s}`) }))}
          value={filters.sort} allowDeselect={false} w={170} data-testid="queue-sort"
          onChange={(v) => set({ sort: (v ?? 'due') as QueueSort })} />
        <Select label={t('filters.status')} data={STATUS_OPTIONS.map((s) => ({ value: s,
          label: s === 'new,open' ? t('status.waiting') : t(`status.${s}`) }))} value={filters.status}
          onChange={(v) => set({ status: v })} clearable placeholder={t('filters.anyStatus')} w={165} />
        <Select label={t('filters.brand')} data={brands} value={filters.brand} onChange={(v) => set({ brand: v })}
          clearable placeholder={t('filters.allBrands')} w={115} />
        <Select label={t('filters.channel')} data={[...CHANNELS]} value={filters.platform}
          onChange={(v) => set({ platform: v })} clearable placeholder={t('filters.allChannels')} w={125} />
        <Select label={t('filters.moment')} data={MOMENT_OPTIONS.map((m) => ({ value: m, label: t(`moment.${m}`) }))}
          value={filters.moment} onChange={(v) => set({ moment: v })} clearable placeholder={t('filters.any')} w={130} />
        <Select label={t('filters.language')} data={LANGUAGE_OPTIONS.map((l) => ({ value: l,
          label: format.languageName(l) }))} value={filters.language} onChange={(v) => set({ language: v })}
          clearable placeholder={t('filters.any')} w={125} />
        <Select label={t('filters.sentiment')} data={SENTIMENT_OPTIONS.map((s) => ({ value: s,
          label: t(`sentiment.${s}`) }))} value={filters.sentiment} onChange={(v) => set({ sentiment: v })}
          clearable placeholder={t('filters.any')} w={125} />
        <Select label={t('filters.owner')} data={ownerOptions} value={ownerValue(filters)}
          onChange={(v) => set(ownerFilter(v))} clearable placeholder={t('filters.anyone')} w={150} />
        <Select label={t('filters.due')} data={dueOptions} value={dueValue} clearable placeholder={t('filters.anyTime')}
          w={160} onChange={(v) => set(v === 'breached' ? { breached: true, dueWithinMinutes: null }
            : { breached: null, dueWithinMinutes: v ? Number(v) : null })} />
        <Select label={ts('filter.abusive')} data={[{ value: 'true', label: ts('filter.abusiveOnly') },
          { value: 'false', label: ts('filter.abusiveNone') }]} value={flagChoice(filters.abusive)} clearable
          placeholder={ts('filter.any')} w={150} data-testid="queue-abusive"
          onChange={(v) => set({ abusive: flagValue(v) })} />
        <Select label={ts('filter.spam')} data={[{ value: 'true', label: ts('filter.spamOnly') },
          { value: 'false', label: ts('filter.spamNone') }]} value={flagChoice(filters.spam)} clearable
          placeholder={ts('filter.any')} w={150} data-testid="queue-spam"
          onChange={(v) => set({ spam: flagValue(v) })} />
        {active > 0 && (
          <Button variant="outline" color="gray.8" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort })}>
            {t('filters.clear', { count: active })}
          </Button>
        )}
      </Group>
    </form>
  );
}
