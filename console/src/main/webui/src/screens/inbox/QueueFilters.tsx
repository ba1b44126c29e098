import { useEffect, useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { CHANNELS } from '../../logic/targets';
import { DEFAULT_FILTERS, LANGUAGE_OPTIONS, MAX_QUERY, MOMENT_OPTIONS, type QueueFilters, SENTIMENT_OPTIONS,
  STATUS_OPTIONS, activeFilterCount, ownerFilter, ownerValue } from '../../logic/inbox/filters';
import type { Team } from '../../types/inbox';

const DUE_OPTIONS = [
  { value: 'breached', label: 'Breached' }, { value: '15', label: 'Due within 15 min' },
  { value: '60', label: 'Due within 1 h' }, { value: '240', label: 'Due within 4 h' },
];

/** The queue's filter bar: every filter of the inbox's listing, and a full-text search in any language. */
export function QueueFilterBar({ filters, onChange, brands, teams }: {
  filters: QueueFilters; onChange: (f: QueueFilters) => void; brands: string[]; teams: Team[];
}) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const people = [...new Set(teams.flatMap((t) => t.members.map((m) => m.user)))].sort();
  const ownerOptions = [
    { group: 'Me', items: [{ value: 'me', label: 'Assigned to me' }] },
    { group: 'People', items: people.map((p) => ({ value: `user:${p}`, label: p })) },
    { group: 'Teams', items: [...new Set(teams.map((t) => t.name))].map((t) => ({ value: `team:${t}`, label: `Team ${t}` })) },
  ].filter((g) => g.items.length > 0);
  const dueValue = filters.breached ? 'breached' : filters.dueWithinMinutes ? String(filters.dueWithinMinutes) : null;
  const active = activeFilterCount(filters);
  return (
    <form role="search" aria-label="Search and filter the queue"
      onSubmit={(e) => { e.preventDefault(); set({ q: q.slice(0, MAX_QUERY) }); }}>
      <Group align="end" gap="xs">
        <TextInput label="Search messages" placeholder="zamówienie, παραγγελία, заказ…" value={q} w={240}
          maxLength={MAX_QUERY} onChange={(e) => setQ(e.currentTarget.value)} data-testid="queue-search" />
        <Button type="submit" variant="filled" color="indigo.8">Search</Button>
        <Select label="Status" data={STATUS_OPTIONS} value={filters.status} onChange={(v) => set({ status: v })}
          clearable placeholder="Any status" w={175} />
        <Select label="Brand" data={brands} value={filters.brand} onChange={(v) => set({ brand: v })} clearable
          placeholder="All brands" w={120} />
        <Select label="Channel" data={[...CHANNELS]} value={filters.platform} onChange={(v) => set({ platform: v })}
          clearable placeholder="All channels" w={130} />
        <Select label="Moment of truth" data={MOMENT_OPTIONS} value={filters.moment}
          onChange={(v) => set({ moment: v })} clearable placeholder="Any" w={130} />
        <Select label="Language" data={LANGUAGE_OPTIONS} value={filters.language}
          onChange={(v) => set({ language: v })} clearable placeholder="Any" w={120} />
        <Select label="Sentiment" data={SENTIMENT_OPTIONS} value={filters.sentiment}
          onChange={(v) => set({ sentiment: v })} clearable placeholder="Any" w={120} />
        <Select label="Owner" data={ownerOptions} value={ownerValue(filters)}
          onChange={(v) => set(ownerFilter(v))} clearable placeholder="Anyone" w={150} />
        <Select label="Due" data={DUE_OPTIONS} value={dueValue} clearable placeholder="Any time" w={150}
          onChange={(v) => set(v === 'breached' ? { breached: true, dueWithinMinutes: null }
            : { breached: null, dueWithinMinutes: v ? Number(v) : null })} />
        {active > 0 && (
          <Button variant="outline" color="gray.8" onClick={() => onChange(DEFAULT_FILTERS)}>
            Clear filters ({active})
          </Button>
        )}
      </Group>
    </form>
  );
}
