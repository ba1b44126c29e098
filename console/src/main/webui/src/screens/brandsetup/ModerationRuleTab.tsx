import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { ModerationRule } from '../../types/brandsetup';

/**
 * The brand's auto-hide rule (inbox-service's /api/v1/brands/{brand}/moderation-rule): on or off, what it does in
 * words, and who changed it last. The switch is a draft until saved, so the impact is read before it applies.
 */
export function ModerationRuleTab({ brand }: { brand: string }) {
  const { t } = useTranslation('brandsetup');
  const format = useFormat();
  const [rule, setRule] = useState<ModerationRule | null>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    get<ModerationRule>(`/api/v1/brands/${encodeURIComponent(brand)}/moderation-rule`)
      .then(({ body }) => { setRule(body); setOn(body.autoHideAbusive); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);

  const save = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { body } = await send<ModerationRule>('PUT', `/api/v1/brands/${encodeURIComponent(brand)}/moderation-rule`,
        { autoHideAbusive: on });
      setRule(body);
      setOutcome({ ok: true, text: t(body.autoHideAbusive ? 'moderation.savedOn' : 'moderation.savedOff') });
    } catch (e) {
      setOutcome({ ok: false, text: t('saveFailed', { detail: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Alert color="red" title={t('loadFailed', { detail: error })} />;
  if (!rule) return <Text role="status">{t('loading')}</Text>;
  const changed = on !== rule.autoHideAbusive;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="moderation-title" maw={760}>
      <Stack gap="sm">
        <Title order={3} size="h4" id="moderation-title">{t('moderation.title')}</Title>
        <Text size="sm" data-testid="moderation-state">
          {t(rule.autoHideAbusive ? 'moderation.isOn' : 'moderation.isOff')}
          {rule.updatedAt ? ` ${t('changedBy', { who: rule.updatedBy ?? '—', when: format.dateTime(rule.updatedAt) })}`
            : ` ${t('moderation.neverChanged')}`}
        </Text>
        <Switch label={t('moderation.switch')} checked={on} data-testid="moderation-switch"
          onChange={(e) => { setOn(e.currentTarget.checked); setOutcome(null); }} />
        <div aria-live="polite" data-testid="moderation-impact">
          <Text size="sm" fw={600}>{t(on ? 'moderation.whenOn' : 'moderation.whenOff')}</Text>
          <List size="sm" spacing={2}>
            {(on ? ['hides', 'where', 'audit', 'unhide', 'dms'] : ['visible', 'flags', 'dms']).map((k) => (
              <List.Item key={k}>{t(`moderation.${on ? 'on' : 'off'}.${k}`)}</List.Item>
            ))}
          </List>
          {changed && <Text size="sm" mt="xs">{t('moderation.notYet')}</Text>}
        </div>
        <Group>
          <Button onClick={() => { void save(); }} loading={busy} disabled={!changed} data-testid="moderation-save">
            {t(on ? 'moderation.turnOn' : 'moderation.turnOff')}</Button>
        </Group>
        {outcome && <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}
          data-testid="moderation-outcome">{outcome.text}</Alert>}
      </Stack>
    </Paper>
  );
}
