import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, MultiSelect, Paper, Stack, Switch, Table, Text, Textarea, TextInput,
  Title } from '@mantine/core';
import { ApiError, getAll, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { draftOf, EMPTY_RULE, phrases, RULE_LANGUAGES, ruleErrors, ruleRequest, type RuleDraft,
  serverFieldErrors } from '../../logic/brandsetup/listening';
import type { ListeningRule } from '../../types/brandsetup';
import { useChannelWords } from '../channels/useChannelWords';

/** The networks a listening rule can be kept to (ingest-service's platforms). */
const NETWORKS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'vk', 'telegram', 'forum', 'rss',
  'generic'];

/** The brand's listening rules: which words heard on its listening sources become mentions; add, change, remove. */
export function ListeningRules({ brand }: { brand: string }) {
  const { t } = useTranslation('brandsetup');
  const format = useFormat();
  const words = useChannelWords();
  const [rules, setRules] = useState<ListeningRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ListeningRule | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    getAll<ListeningRule>(`/api/v1/brands/${encodeURIComponent(brand)}/listening-rules`)
      .then((items) => { setRules(items); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  useEffect(load, [load]);

  const remove = async (rule: ListeningRule) => {
    if (!window.confirm(t('listening.confirmRemove', { name: rule.name }))) return;
    try {
      await send<null>('DELETE', `/api/v1/listening-rules/${encodeURIComponent(rule.id)}`, undefined);
      setNotice(t('listening.removed', { name: rule.name }));
      load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const list = (items: string[]) => (items.length === 0 ? t('listening.any') : items.join(', '));

  return (
    <Stack>
      <Text size="sm">{t('listening.intro')}</Text>
      {error && <Alert color="red" title={t('loadFailed', { detail: error })} />}
      {notice && <Alert color="green" role="status" data-testid="listening-notice">{notice}</Alert>}
      {!rules && !error && <Text role="status">{t('loading')}</Text>}
      {rules && rules.length === 0 && <Text>{t('listening.empty')}</Text>}
      {rules && rules.length > 0 && (
        <div className="table-scroll">
          <Table striped data-testid="listening-rules">
            <caption className="visually-hidden">{t('listening.caption', { brand })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('listening.name')}</Table.Th>
                <Table.Th scope="col">{t('listening.terms')}</Table.Th>
                <Table.Th scope="col">{t('listening.exclusions')}</Table.Th>
                <Table.Th scope="col">{t('listening.languages')}</Table.Th>
                <Table.Th scope="col">{t('listening.networks')}</Table.Th>
                <Table.Th scope="col">{t('listening.changed')}</Table.Th>
                <Table.Th scope="col">{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((r) => (
                <Table.Tr key={r.id} data-testid="listening-rule" data-name={r.name}>
                  <Table.Th scope="row">
                    <Text fw={600} size="sm">{r.name}</Text>
                    {!r.enabled && <Badge color="gray.8" variant="filled" tt="none">{t('listening.off')}</Badge>}
                  </Table.Th>
                  <Table.Td><Text size="sm">{r.terms.join(', ')}</Text></Table.Td>
                  <Table.Td><Text size="sm">{r.exclusions.length ? r.exclusions.join(', ') : '—'}</Text></Table.Td>
                  <Table.Td>{r.languages.length ? format.list(r.languages.map(format.languageName)) : t('listening.any')}</Table.Td>
                  <Table.Td>{r.platforms.length ? list(r.platforms.map(words.network)) : t('listening.any')}</Table.Td>
                  <Table.Td><Text size="xs">{t('changedBy', { who: r.updatedBy ?? r.createdBy ?? '—',
                    when: format.dateTime(r.updatedAt ?? r.createdAt) })}</Text></Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => { setNotice(null); setEditing(r); }}
                        aria-label={t('listening.editNamed', { name: r.name })}>{t('edit')}</Button>
                      <Button size="compact-sm" variant="subtle" c="red.9" onClick={() => { void remove(r); }}
                        aria-label={t('listening.removeNamed', { name: r.name })}>{t('remove')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {editing === null && (
        <Group>
          <Button onClick={() => { setNotice(null); setEditing('new'); }} data-testid="listening-new">
            {t('listening.new')}</Button>
        </Group>
      )}
      {editing !== null && (
        <RuleForm key={editing === 'new' ? 'new' : editing.id} brand={brand} rule={editing === 'new' ? null : editing}
          networks={NETWORKS.map((n) => ({ value: n, label: words.network(n) }))}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => { setEditing(null); setNotice(t('listening.saved', { name: saved.name })); load(); }} />
      )}
    </Stack>
  );
}

function RuleForm({ brand, rule, networks, onCancel, onSaved }: {
  brand: string; rule: ListeningRule | null; networks: { value: string; label: string }[];
  onCancel: () => void; onSaved: (r: ListeningRule) => void;
}) {
  const { t } = useTranslation('brandsetup');
  const format = useFormat();
  const [draft, setDraft] = useState<RuleDraft>(rule ? draftOf(rule) : EMPTY_RULE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const message = (field: string) => serverErrors[field] ?? (errors[field] ? t(`error.${errors[field]}`) : undefined);
  const languages = RULE_LANGUAGES.map((l) => ({ value: l, label: `${format.languageName(l)} (${l})` }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = ruleErrors(draft);
    setErrors(found);
    setServerErrors({});
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const { body } = rule
        ? await send<ListeningRule>('PUT', `/api/v1/listening-rules/${encodeURIComponent(rule.id)}`,
          ruleRequest(rule.brand, draft), { 'If-Match': `"${rule.version}"` })
        : await send<ListeningRule>('POST', '/api/v1/listening-rules', ruleRequest(brand, draft));
      onSaved(body);
    } catch (err) {
      const problem = (err as ApiError).problem;
      setServerErrors(serverFieldErrors(problem?.errors));
      setFailure(problem?.status === 412 ? t('stale') : t('saveFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const count = phrases(draft.terms).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rule-form-title">
      <Title order={3} size="h4" id="rule-form-title">
        {rule ? t('listening.editTitle', { name: rule.name }) : t('listening.newTitle')}</Title>
      <form onSubmit={(e) => { void submit(e); }} noValidate data-testid="listening-form">
        <Stack gap="sm" maw={640} mt="sm">
          <TextInput label={t('listening.name')} required value={draft.name} error={message('name')}
            data-testid="listening-name" onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <Textarea label={t('listening.terms')} description={t('listening.termsHint', { count })} required
            rows={4} value={draft.terms} error={message('terms')} data-testid="listening-terms"
            onChange={(e) => setDraft({ ...draft, terms: e.currentTarget.value })} />
          <Textarea label={t('listening.exclusions')} description={t('listening.exclusionsHint')} rows={3}
            value={draft.exclusions} error={message('exclusions')} data-testid="listening-exclusions"
            onChange={(e) => setDraft({ ...draft, exclusions: e.currentTarget.value })} />
          <MultiSelect label={t('listening.languages')} description={t('listening.languagesHint')} data={languages}
            value={draft.languages} error={message('languages')} searchable clearable data-testid="listening-languages"
            clearButtonProps={{ 'aria-label': t('clear') }}
            onChange={(v) => setDraft({ ...draft, languages: v })} />
          <MultiSelect label={t('listening.networks')} description={t('listening.networksHint')} data={networks}
            value={draft.platforms} error={message('platforms')} searchable clearable
            clearButtonProps={{ 'aria-label': t('clear') }}
            onChange={(v) => setDraft({ ...draft, platforms: v })} />
          <Switch label={t('listening.enabled')} checked={draft.enabled}
            onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })} />
          <Group>
            <Button type="submit" loading={busy} data-testid="listening-save">{t('save')}</Button>
            <Button variant="default" onClick={onCancel}>{t('cancel')}</Button>
          </Group>
          {failure && <Alert color="red" role="alert">{failure}</Alert>}
        </Stack>
      </form>
    </Paper>
  );
}
