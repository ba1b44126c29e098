import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, get, query, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { SLOTS, type ReportWindow, type Slot } from '../../logic/reports/reports';
import type { Commentary } from '../../types/reports';

/** Each slot's text as saved, empty for a slot nobody wrote. */
function slotTexts(c: Commentary | null): Record<Slot, string> {
  const out = {} as Record<Slot, string>;
  for (const s of SLOTS) out[s] = c?.slots.find((x) => x.slot === s)?.text ?? '';
  return out;
}

/** The commentary slots of one report period: what the PDF of exactly this period shows under each section. */
export function CommentaryForm({ brand, window }: { brand: string; window: ReportWindow }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const [saved, setSaved] = useState<Commentary | null>(null);
  const [texts, setTexts] = useState<Record<Slot, string>>(() => slotTexts(null));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // The period's saved slots arrive after the form shows: until they have, the slots and Save wait, so that text typed
  // meanwhile is never replaced by the slots read (and then saved empty: "Commentary saved." and none in the PDF).
  const [loaded, setLoaded] = useState(false);
  const path = `/api/v1/brands/${encodeURIComponent(brand)}/analytics/reports/commentary${query({ from: window.from, to: window.to })}`;

  const show = (c: Commentary) => {
    setSaved(c);
    setTexts(slotTexts(c));
  };

  useEffect(() => {
    get<Commentary>(path).then(({ body }) => { show(body); setError(null); setLoaded(true); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);

  const save = () => {
    setDone(false);
    send<Commentary>('PUT', path, { slots: texts })
      .then(({ body }) => { show(body); setError(null); setDone(true); })
      .catch((e: ApiError) => setError(e.message));
  };

  const last = saved?.slots.reduce<{ by: string; at: string } | null>((a, s) =>
    (!a || s.updatedAt > a.at ? { by: s.updatedBy, at: s.updatedAt } : a), null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-commentary">
      <Title order={3} size="h4" id="report-commentary">{t('commentary.title')}</Title>
      <Text size="sm">{t('commentary.intro')}</Text>
      <Stack mt="xs" gap="xs">
        {SLOTS.map((s) => (
          <Textarea key={s} label={t(`commentary.slot.${s}`)} autosize minRows={2} maxLength={4000}
            data-testid={`commentary-${s}`} value={texts[s]} disabled={!loaded}
            onChange={(e) => { const v = e.currentTarget.value; setTexts((x) => ({ ...x, [s]: v })); }} />
        ))}
      </Stack>
      <Group mt="sm">
        <Button onClick={save} data-testid="commentary-save" disabled={!loaded}>{t('commentary.save')}</Button>
        {done && <Text size="sm" role="status">{t('commentary.saved')}</Text>}
        {last && <Text size="xs">{t('commentary.last', { by: last.by, at: format.dateTime(last.at) })}</Text>}
      </Group>
      {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
    </Paper>
  );
}
