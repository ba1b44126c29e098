import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get, getAll, send } from '../api';
import { useNow } from '../hooks';
import { canManageChannels, CHANNELS_CHANGED_EVENT, draftErrors, HEALTH_REFRESH_MS, addRequest, toneOf,
  type SandboxDraft } from '../logic/channels/channels';
import type { Me } from '../logic/navigation';
import type { Channel, PlatformRequirements } from '../types/channels';
import { useChannelWords } from './channels/useChannelWords';
import { ConnectOutcomeBanner, ConnectWithNetwork } from './channels/ConnectWithNetwork';
import { ChannelActions, EditChannel } from './channels/EditChannel';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';
import { PagePicker } from './channels/PagePicker';

/**
 * The brand's channel accounts for managers and admins (ingest-service's /api/v1/channels, through the relay): each
 * with its network, mode and health — since when, why and what to do — and a form to add a sandbox account, its
 * secrets given as references only (the service never shows them back).
 */
export function ChannelsScreen({ me }: { me: Me }) {
  const w = useChannelWords();
  const { t, format } = w;
  const now = useNow(30_000);
  const [brand, setBrand] = useBrandChoice(me);
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Channel | null>(null);

  const load = useCallback(() => {
    if (!brand) return;
    getAll<Channel>(`/api/v1/channels?brand=${encodeURIComponent(brand)}`)
      .then((items) => { setChannels(items); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(() => {
    setChannels(null);
    load();
    const timer = setInterval(load, HEALTH_REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand}>
        <Button variant="default" onClick={load}>{t('refresh')}</Button>
      </ScreenHeader>
      <Text size="sm">{t('intro')}</Text>
      <ConnectOutcomeBanner channels={channels} />
      {canManageChannels(me) && <PagePicker onDone={load} />}
      {error && <Alert color="red" title={t('loadFailed', { detail: error })} />}
      {!channels && !error && <Text role="status">{t('loading')}</Text>}
      {channels && channels.length === 0 && <Text>{t('empty')}</Text>}
      {channels && channels.length > 0 && (
        <div className="table-scroll">
          <Table striped highlightOnHover data-testid="channels-table">
            <caption className="visually-hidden">{t('table.caption', { brand })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('table.name')}</Table.Th>
                <Table.Th scope="col">{t('table.network')}</Table.Th>
                <Table.Th scope="col">{t('table.mode')}</Table.Th>
                <Table.Th scope="col">{t('table.health')}</Table.Th>
                <Table.Th scope="col">{t('table.whatToDo')}</Table.Th>
                <Table.Th scope="col">{t('table.lastEvent')}</Table.Th>
                <Table.Th scope="col">{t('table.usualGap')}</Table.Th>
                <Table.Th scope="col">{t('table.secrets')}</Table.Th>
                {canManageChannels(me) && <Table.Th scope="col">{t('table.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.map((c) => (
                <Table.Tr key={c.id} data-testid="channel-row" data-account={c.accountId} data-state={c.health.state}>
                  <Table.Th scope="row">
                    <Text fw={600} size="sm">{c.name}</Text>
                    <Text size="xs" c="dimmed" className="channel-account-id">{c.accountId}
                      {!c.enabled ? ` · ${t('paused')}` : ''}</Text>
                  </Table.Th>
                  <Table.Td>{w.network(c.platform)}</Table.Td>
                  <Table.Td>{t(`mode.${c.mode}`, { defaultValue: c.mode })}</Table.Td>
                  <Table.Td>
                    <Badge color={BADGE[toneOf(c.health.state)]} variant="filled" tt="none">{w.state(c.health.state)}</Badge>
                    {c.health.state !== 'healthy' && (
                      <>
                        <Text size="xs">{w.since(c.health, now)}</Text>
                        {c.health.until && <Text size="xs">{t('until', { when: format.dateTime(c.health.until) })}</Text>}
                        {c.health.reason && <Text size="xs" className="channel-reason">{c.health.reason}</Text>}
                      </>
                    )}
                  </Table.Td>
                  <Table.Td><Text size="sm">{w.whatToDo(c.health.whatToDo)}</Text></Table.Td>
                  <Table.Td>{c.health.lastEventAt ? format.dateTime(c.health.lastEventAt) : t('never')}</Table.Td>
                  <Table.Td>{c.health.usualGapSeconds != null ? format.duration(c.health.usualGapSeconds * 1000)
                    : t('notLearned')}</Table.Td>
                  <Table.Td>
                    {c.secrets.map((s) => (
                      <Text size="xs" key={s.name}>{s.available ? '✓ ' : '✗ '}
                        {t(s.available ? 'secretAvailable' : 'secretMissing', { name: s.name })}</Text>
                    ))}
                  </Table.Td>
                  {canManageChannels(me) && (
                    <Table.Td><ChannelActions channel={c} onEdit={() => setEditing(c)} onChanged={load} /></Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {canManageChannels(me) && editing && (
        <EditChannel key={editing.id} channel={editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); load(); }} />
      )}
      {canManageChannels(me) && brand && <AddSandboxChannel brand={brand} onAdded={load} />}
    </Stack>
  );
}

/** Badge colours dark enough for white text (≥ 4.5:1). */
const BADGE = { red: '#a51d14', orange: '#8a3c00', green: '#2b6a30' } as const;

function AddSandboxChannel({ brand, onAdded }: { brand: string; onAdded: () => void }) {
  const w = useChannelWords();
  const { t } = w;
  const [requirements, setRequirements] = useState<Record<string, PlatformRequirements>>({});
  const empty: SandboxDraft = { brand, platform: 'telegram', accountId: '', name: '', secrets: {}, settings: {} };
  const [draft, setDraft] = useState<SandboxDraft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'sandbox' | 'live'>('sandbox');

  useEffect(() => {
    get<Record<string, PlatformRequirements>>('/api/v1/channels/requirements').then(({ body }) => setRequirements(body))
      .catch(() => setRequirements({}));
  }, []);
  useEffect(() => setDraft((d) => ({ ...d, brand })), [brand]);

  const slots = requirements[draft.platform];
  const settings = (slots?.settings ?? []).filter((s) => s.name !== 'apiBaseUrl');
  const message = (field: string) => serverErrors[field] ?? (errors[field] ? t(`add.error.${errors[field]}`) : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = draftErrors(draft, slots);
    setErrors(found);
    setServerErrors({});
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const { body } = await send<Channel>('POST', '/api/v1/channels',
        addRequest(draft, mode));
      setOutcome({ ok: true, text: t(mode === 'sandbox' ? 'add.added' : 'add.addedLive', { name: body.name }) });
      setDraft({ ...empty, platform: draft.platform });
      onAdded();
      window.dispatchEvent(new Event(CHANNELS_CHANGED_EVENT));
    } catch (err) {
      const problem = (err as ApiError).problem;
      setServerErrors(Object.fromEntries((problem?.errors ?? []).map((f) => [f.field, f.message])));
      setOutcome({ ok: false, text: t('add.failed', { detail: (err as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-channel-title">
      <Title order={3} size="h4" id="add-channel-title">{t('add.titleAny')}</Title>
      <Text size="sm" mb="sm">{t(mode === 'sandbox' ? 'add.intro' : 'add.introLive')}</Text>
      <form onSubmit={(e) => { void submit(e); }} noValidate data-testid="add-channel-form">
        <Stack gap="sm" maw={560}>
          <Select label={t('add.network')} data={Object.keys(requirements).sort()
            .map((p) => ({ value: p, label: w.network(p) }))} value={draft.platform} allowDeselect={false}
            error={message('platform')} data-testid="add-channel-network"
            onChange={(v) => { if (v) setDraft({ ...draft, platform: v, secrets: {}, settings: {} }); }} />
          <div>
            <Text size="sm" fw={500} id="add-channel-mode-label">{t('add.mode')}</Text>
            <SegmentedControl aria-labelledby="add-channel-mode-label" value={mode} data-testid="add-channel-mode"
              onChange={(v) => setMode(v === 'live' ? 'live' : 'sandbox')}
              data={[{ value: 'sandbox', label: t('mode.sandbox') }, { value: 'live', label: t('mode.live') }]} />
          </div>
          <ConnectWithNetwork brand={brand} network={draft.platform} requirements={slots} />
          <TextInput label={t('add.accountId')} description={t('add.accountIdHint')} required
            value={draft.accountId} error={message('accountId')} data-testid="add-channel-account"
            onChange={(e) => setDraft({ ...draft, accountId: e.currentTarget.value })} />
          <TextInput label={t('add.name')} value={draft.name} error={message('name')} data-testid="add-channel-name"
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          {(slots?.secrets ?? []).map((s) => (
            <TextInput key={`secret-${s.name}`} label={t('add.secret', { name: s.name })} required={s.required}
              description={s.required ? undefined : t('add.optional')}
              placeholder={t('add.placeholder')} value={draft.secrets[s.name] ?? ''} autoComplete="off"
              spellCheck={false} error={message(`secrets.${s.name}`)} data-testid={`add-channel-secret-${s.name}`}
              onChange={(e) => setDraft({ ...draft, secrets: { ...draft.secrets, [s.name]: e.currentTarget.value } })} />
          ))}
          {settings.map((s) => (
            <TextInput key={`setting-${s.name}`} label={t('add.setting', { name: s.name })} required={s.required}
              description={s.required ? undefined : t('add.optional')}
              value={draft.settings[s.name] ?? ''} error={message(`settings.${s.name}`)}
              onChange={(e) => setDraft({ ...draft, settings: { ...draft.settings, [s.name]: e.currentTarget.value } })} />
          ))}
          <Group>
            <Button type="submit" loading={busy} data-testid="add-channel-submit">
              {t(mode === 'sandbox' ? 'add.submit' : 'add.submitLive')}</Button>
          </Group>
          {outcome && (
            <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}
              data-testid="add-channel-outcome">{outcome.text}</Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
