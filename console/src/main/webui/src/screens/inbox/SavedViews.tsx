import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { getAll, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { type QueueFilters, filtersOfView, showsView, totalShown, viewOf } from '../../logic/inbox/filters';
import type { SavedView, Team } from '../../types/inbox';
import { ErrorLine, problemText } from './common';

/** "1,234" or "about 1.2 M": a listing's total in the user's language, said to be an estimate when it is one. */
export function useTotalText(): (total: number | null | undefined, estimate: boolean | null | undefined) => string | null {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  return (total, estimate) => {
    const shown = totalShown(total, estimate);
    if (!shown) return null;
    if (shown.kind === 'exact') return t('total.exact', { count: shown.count, formatted: format.number(shown.count) });
    return t(shown.unit === 'million' ? 'total.aboutMillion' : 'total.aboutThousand', { value: format.number(shown.value) });
  };
}

/**
 * Saved views of the queue: the user's own and their teams', each with how many conversations it holds now; choosing
 * one shows its filters and order; "Save as view" keeps what the queue shows now, for the user or a team.
 */
export function SavedViewsBar({ brands, teams, me, filters, onChoose, version }: {
  brands: string[]; teams: Team[]; me: string; filters: QueueFilters; onChoose: (f: QueueFilters) => void;
  /** changes when the queue was reloaded, so the counts follow */
  version: number;
}) {
  const { t } = useTranslation('inbox');
  const totalText = useTotalText();
  const [views, setViews] = useState<SavedView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [share, setShare] = useState<string>('me');
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const brand = filters.brand ?? (brands.length === 1 ? brands[0] : null);

  const load = useCallback(() => {
    Promise.all(brands.map((b) => getAll<SavedView>(`/api/v1/brands/${b}/views`)))
      .then((all) => { setViews(all.flat()); setError(null); })
      .catch((e) => setError(problemText(e)));
  }, [brands]);
  useEffect(() => { load(); }, [load, version]);

  const current = views.find((v) => showsView(filters, v)) ?? null;
  const myTeams = teams.filter((tm) => tm.brand === brand
    && (tm.members.some((m) => m.user === me) || tm.managers.includes(me)));
  const groups = [
    { group: t('views.mine'), items: views.filter((v) => v.scope === 'personal') },
    ...[...new Set(views.filter((v) => v.team).map((v) => `${v.brand}|${v.team}`))].map((key) => ({
      group: t('views.teamViews', { team: key.split('|')[1] }),
      items: views.filter((v) => `${v.brand}|${v.team}` === key) })),
  ].filter((g) => g.items.length > 0).map((g) => ({ group: g.group, items: g.items.map((v) => ({ value: v.id,
    label: t('views.option', { name: v.name, total: totalText(v.total, v.totalIsEstimate) }) })) }));

  const save = async () => {
    if (!brand) return;
    setBusy(true);
    setSaveError(null);
    try {
      const { body } = await send<SavedView>('POST', `/api/v1/brands/${brand}/views`,
        { name: name.trim(), team: share === 'me' ? undefined : share, ...viewOf(filters) });
      setNotice(t('views.saved', { name: body.name, total: totalText(body.total, body.totalIsEstimate) }));
      setSaving(false);
      setName('');
      load();
    } catch (e) {
      setSaveError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (v: SavedView) => {
    try {
      await send('DELETE', `/api/v1/brands/${v.brand}/views/${v.id}`, {});
      setNotice(null);
      load();
    } catch (e) {
      setError(problemText(e));
    }
  };

  return (
    <div data-testid="saved-views">
      <Group align="end" gap="xs">
        <Select label={t('views.label')} data={groups} value={current?.id ?? null} w={340} searchable
          placeholder={views.length ? t('views.placeholder') : t('views.none')} disabled={views.length === 0}
          data-testid="saved-view-picker" nothingFoundMessage={t('views.none')}
          onChange={(id) => { const v = views.find((x) => x.id === id); if (v) onChoose(filtersOfView(v)); }} />
        {current && (
          <ActionIcon variant="outline" color="red.9" size="lg" aria-label={t('views.delete', { name: current.name })}
            onClick={() => remove(current)}>✕</ActionIcon>
        )}
        {!saving && brand && (
          <Button variant="outline" color="indigo.8" onClick={() => { setSaving(true); setNotice(null); }}>
            {t('views.save')}
          </Button>
        )}
        {notice && <Text size="sm" role="status" data-testid="saved-view-notice">{notice}</Text>}
      </Group>
      {saving && brand && (
        <Paper withBorder p="xs" mt="xs" component="form" aria-label={t('views.form')}
          onSubmit={(e: FormEvent) => { e.preventDefault(); void save(); }}>
          <Group align="end" gap="xs">
            <TextInput label={t('views.name')} value={name} onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100} w={280} required data-autofocus autoFocus />
            <Select label={t('views.share')} value={share} onChange={(v) => setShare(v ?? 'me')} allowDeselect={false}
              w={180} data={[{ value: 'me', label: t('views.onlyMe') },
                ...myTeams.map((tm) => ({ value: tm.name, label: t('views.withTeam', { team: tm.name }) }))]} />
            <Button type="submit" color="indigo.8" loading={busy} disabled={!name.trim()}>{t('views.saveButton')}</Button>
            <Button variant="outline" color="gray.8" onClick={() => setSaving(false)}>{t('views.cancel')}</Button>
          </Group>
          <ErrorLine title={t('views.failed')} error={saveError} />
        </Paper>
      )}
      <ErrorLine title={t('views.loadFailed')} error={error} />
    </div>
  );
}
