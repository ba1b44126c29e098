import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { CHANNELS_CHANGED_EVENT, draftErrors } from '../../logic/channels/channels';
import { changeRequest, editDraftOf, enabledRequest, type EditDraft } from '../../logic/channels/connect';
import type { Channel, PlatformRequirements } from '../../types/channels';
import { useChannelWords } from './useChannelWords';

const put = (c: Channel, body: unknown) => send<Channel>('PUT', `/api/v1/channels/${encodeURIComponent(c.id)}`, body,
  { 'If-Match': `"${c.version}"` });

/** A row's actions: change the account, or pause and resume it (PUT with the version read, so no change is lost). */
export function ChannelActions({ channel, onEdit, onChanged }: {
  channel: Channel; onEdit: () => void; onChanged: () => void;
}) {
  const { t } = useChannelWords();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await put(channel, enabledRequest(channel, !channel.enabled));
      window.dispatchEvent(new Event(CHANNELS_CHANGED_EVENT));
      onChanged();
    } catch (e) {
      const problem = (e as ApiError).problem;
      setFailure(problem?.status === 412 ? t('edit.stale') : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button size="compact-sm" variant="default" onClick={onEdit} data-testid="channel-edit"
          aria-label={t('edit.editNamed', { name: channel.name })}>{t('edit.edit')}</Button>
        <Button size="compact-sm" variant="default" loading={busy} onClick={() => { void toggle(); }}
          data-testid="channel-toggle" aria-label={t(channel.enabled ? 'edit.pauseNamed' : 'edit.resumeNamed',
            { name: channel.name })}>{t(channel.enabled ? 'edit.pause' : 'edit.resume')}</Button>
      </Group>
      {failure && <Text size="xs" c="red.9" role="alert">{failure}</Text>}
    </Stack>
  );
}

/** Changes an account: its name, mode, whether it runs, its settings and its secret references (never values). */
export function EditChannel({ channel, onClose, onSaved }: {
  channel: Channel; onClose: () => void; onSaved: () => void;
}) {
  const w = useChannelWords();
  const { t } = w;
  const [requirements, setRequirements] = useState<PlatformRequirements | undefined>(undefined);
  const [draft, setDraft] = useState<EditDraft>(editDraftOf(channel));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    get<Record<string, PlatformRequirements>>('/api/v1/channels/requirements')
      .then(({ body }) => setRequirements(body[channel.platform])).catch(() => setRequirements(undefined));
  }, [channel.platform]);

  const secretNames = [...new Set([...(requirements?.secrets ?? []).map((s) => s.name),
    ...channel.secrets.map((s) => s.name)])];
  const settingNames = [...new Set([...(requirements?.settings ?? []).map((s) => s.name)
    .filter((n) => n !== 'apiBaseUrl'), ...Object.keys(channel.settings).filter((n) => n !== 'apiBaseUrl')])];
  const required = (name: string, kind: 'secrets' | 'settings') => (requirements?.[kind] ?? [])
    .some((s) => s.name === name && s.required);
  const message = (field: string) => serverErrors[field] ?? (errors[field] ? t(`add.error.${errors[field]}`) : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = draftErrors({ brand: channel.brand, platform: channel.platform, accountId: channel.accountId,
      name: draft.name, secrets: draft.secrets, settings: draft.settings }, requirements);
    setErrors(found);
    setServerErrors({});
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await put(channel, changeRequest(channel, draft));
      window.dispatchEvent(new Event(CHANNELS_CHANGED_EVENT));
      onSaved();
    } catch (err) {
      const problem = (err as ApiError).problem;
      setServerErrors(Object.fromEntries((problem?.errors ?? []).map((f) => [f.field, f.message])));
      setFailure(problem?.status === 412 ? t('edit.stale') : t('edit.failed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edit-channel-title" data-testid="edit-channel">
      <Title order={3} size="h4" id="edit-channel-title">
        {t('edit.title', { name: channel.name, network: w.network(channel.platform) })}</Title>
      <Text size="sm" mb="sm">{t('edit.intro', { account: channel.accountId })}</Text>
      <form onSubmit={(e) => { void submit(e); }} noValidate>
        <Stack gap="sm" maw={560}>
          <TextInput label={t('add.name')} value={draft.name} error={message('name')} data-testid="edit-channel-name"
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <div>
            <Text size="sm" fw={500} id="edit-channel-mode-label">{t('add.mode')}</Text>
            <SegmentedControl aria-labelledby="edit-channel-mode-label" value={draft.mode}
              onChange={(v) => setDraft({ ...draft, mode: v })}
              data={[{ value: 'sandbox', label: t('mode.sandbox') }, { value: 'live', label: t('mode.live') }]} />
            <Text size="xs">{t(draft.mode === 'live' ? 'edit.liveMeans' : 'edit.sandboxMeans')}</Text>
          </div>
          <Switch label={t('edit.enabled')} checked={draft.enabled}
            onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })} />
          {secretNames.map((name) => (
            <TextInput key={`secret-${name}`} label={t('add.secret', { name })} required={required(name, 'secrets')}
              description={t('edit.secretHint')} placeholder={t('add.placeholder')} value={draft.secrets[name] ?? ''}
              autoComplete="off" spellCheck={false} error={message(`secrets.${name}`)}
              onChange={(e) => setDraft({ ...draft, secrets: { ...draft.secrets, [name]: e.currentTarget.value } })} />
          ))}
          {settingNames.map((name) => (
            <TextInput key={`setting-${name}`} label={t('add.setting', { name })} required={required(name, 'settings')}
              value={draft.settings[name] ?? ''} error={message(`settings.${name}`)}
              onChange={(e) => setDraft({ ...draft, settings: { ...draft.settings, [name]: e.currentTarget.value } })} />
          ))}
          <Group>
            <Button type="submit" loading={busy} data-testid="edit-channel-save">{t('edit.save')}</Button>
            <Button variant="default" onClick={onClose}>{t('edit.cancel')}</Button>
          </Group>
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
        </Stack>
      </form>
    </Paper>
  );
}
