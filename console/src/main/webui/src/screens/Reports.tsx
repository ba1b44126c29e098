import { useState } from 'react';
import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { currentLanguage, useFormat, useTranslation } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/locale';
import type { Me } from '../logic/navigation';
import { fileName, lastMonth, lastWeek, type ReportKind, reportUrl, windowOf } from '../logic/reports/reports';
import { CommentaryForm } from './reports/CommentaryForm';
import { SchedulesPanel } from './reports/SchedulesPanel';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * The report pack a manager brings to the monthly meeting (docs/metrics.md#reports): pick the period, download the
 * PDF and the two CSVs, write the commentary the PDF shows, and manage the brand's e-mailed schedules.
 */
export function ReportsScreen({ me }: { me: Me }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const [brand, setBrand] = useBrandChoice(me);
  const initial = lastMonth(new Date());
  const [firstDay, setFirstDay] = useState(initial.firstDay);
  const [lastDay, setLastDay] = useState(initial.lastDay);
  const [hours, setHours] = useState<'all' | 'business'>('all');
  const [language, setLanguage] = useState<string>(currentLanguage());
  const [busy, setBusy] = useState<ReportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const window_ = windowOf(firstDay, lastDay);
  const valid = typeof window_ !== 'string';

  const download = async (kind: ReportKind) => {
    if (!brand || typeof window_ === 'string') return;
    setBusy(kind);
    setError(null);
    try {
      const response = await fetch(reportUrl(brand, kind, window_, { hours, language }), {
        credentials: 'same-origin', redirect: 'manual', headers: { 'X-Requested-With': 'JavaScript' },
      });
      if (response.type === 'opaqueredirect' || response.status === 499) {
        window.location.reload();
        return;
      }
      if (!response.ok) {
        const text = await response.text();
        let detail = `HTTP ${response.status}`;
        try { detail = (JSON.parse(text) as { detail?: string }).detail ?? detail; } catch { /* not JSON */ }
        throw new Error(detail);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(response.headers.get('Content-Disposition'), `parley-${brand}-${kind}`);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(t('download.failed', { detail: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  const preset = (p: { firstDay: string; lastDay: string }) => { setFirstDay(p.firstDay); setLastDay(p.lastDay); };

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand} />
      <Text size="sm">{t('intro')}</Text>

      <Paper withBorder p="md" component="section" aria-labelledby="report-period">
        <Title order={3} size="h4" id="report-period">{t('period.title')}</Title>
        <Group align="end" mt="xs">
          <TextInput type="date" label={t('period.first')} value={firstDay} data-testid="report-first-day"
            onChange={(e) => setFirstDay(e.currentTarget.value)} />
          <TextInput type="date" label={t('period.last')} value={lastDay} data-testid="report-last-day"
            onChange={(e) => setLastDay(e.currentTarget.value)} />
          <Button variant="default" onClick={() => preset(lastMonth(new Date()))}>{t('period.lastMonth')}</Button>
          <Button variant="default" onClick={() => preset(lastWeek(new Date()))}>{t('period.lastWeek')}</Button>
        </Group>
        {window_ === 'order' && <Text c="red.8" size="sm" mt="xs" role="alert">{t('period.order')}</Text>}
        {window_ === 'invalid' && <Text c="red.8" size="sm" mt="xs" role="alert">{t('period.invalid')}</Text>}
        {valid && (
          <Text size="sm" mt="xs" data-testid="report-window">
            {t('period.shown', { from: format.date(window_.from, 'UTC'), to: format.date(`${lastDay}T00:00:00Z`, 'UTC') })}
          </Text>
        )}
        <Group align="end" mt="sm">
          <div>
            <Text size="sm" fw={500} id="report-hours">{t('hours.label')}</Text>
            <SegmentedControl aria-labelledby="report-hours" value={hours}
              onChange={(v) => setHours(v as 'all' | 'business')}
              data={[{ value: 'all', label: t('hours.all') }, { value: 'business', label: t('hours.business') }]} />
          </div>
          <Select label={t('language')} w={160} allowDeselect={false} value={language}
            onChange={(v) => v && setLanguage(v)}
            data={LANGUAGES.map((l) => ({ value: l, label: format.languageName(l) }))} />
        </Group>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="report-downloads">
        <Title order={3} size="h4" id="report-downloads">{t('download.title')}</Title>
        <Group mt="xs">
          <Button onClick={() => { void download('pack.pdf'); }} loading={busy === 'pack.pdf'} disabled={!valid}
            data-testid="download-pdf">{t('download.pdf')}</Button>
          <Button variant="default" onClick={() => { void download('conversations.csv'); }}
            loading={busy === 'conversations.csv'} disabled={!valid} data-testid="download-conversations">
            {t('download.conversations')}</Button>
          <Button variant="default" onClick={() => { void download('posts.csv'); }} loading={busy === 'posts.csv'}
            disabled={!valid} data-testid="download-posts">{t('download.posts')}</Button>
        </Group>
        <Text size="xs" mt="xs">{t('download.note')}</Text>
        {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
      </Paper>

      {brand && valid && <CommentaryForm key={`${brand}|${window_.from}|${window_.to}`} brand={brand} window={window_} />}
      {brand && <SchedulesPanel key={brand} brand={brand} />}
    </Stack>
  );
}
