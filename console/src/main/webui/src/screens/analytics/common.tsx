// What the analytics tabs share: the chart (ECharts, SVG, its figures described for screen readers and clickable),
// a figure's name linking to its glossary entry, the window picker, a pager, and the names of groups.
import { type ReactNode, useEffect, useRef } from 'react';
import { Anchor, Button, Group, SegmentedControl, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent }
  from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { Format } from '../../i18n/locale';
import type { CareDimension } from '../../types/analytics';
import { glossaryAnchor, tabPath } from '../../logic/analytics/tabs';
import { PRESETS, type Preset, type Window, type WindowChoice } from '../../logic/analytics/window';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A chart: the figures are also in a table beside it (whose cells are buttons), so a click on a bar is a shortcut
 * for pointer users; keyboard users use the table.
 */
export function Chart({ option, label, testId, onPick, height = 280 }: {
  option: echarts.EChartsCoreOption; label: string; testId?: string; height?: number;
  onPick?: (dataIndex: number, seriesIndex: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!ref.current) return undefined;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', (p) => {
      const e = p as { dataIndex?: number; seriesIndex?: number; componentType?: string };
      if (e.componentType === 'series' && e.dataIndex != null) pick.current?.(e.dataIndex, e.seriesIndex ?? 0);
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}

/** A figure's name as a link to its glossary entry (/analytics/glossary#figure-<id>). */
export function FigureLink({ id, navigate, children }: { id: string; navigate: (to: string) => void; children?: ReactNode }) {
  const { t } = useTranslation('analytics');
  const to = tabPath('glossary', glossaryAnchor(id));
  return (
    <Anchor href={to} c="indigo.9" underline="always" data-glossary={id}
      onClick={(e) => { e.preventDefault(); navigate(to); }}>
      {children ?? t(`glossary.entries.${id}.name`)}
    </Anchor>
  );
}

/** A figure in a table that opens what is behind it; the hidden words say so to screen readers. */
export function FigureButton({ children, onOpen, testId }: { children: ReactNode; onOpen: () => void; testId?: string }) {
  const { t } = useTranslation('analytics');
  return (
    <UnstyledButton onClick={onOpen} data-testid={testId} className="figure-button"
      style={{ textDecoration: 'underline dotted', color: 'var(--mantine-color-indigo-9)' }}>
      {children}<VisuallyHidden>{`, ${t('drill.open')}`}</VisuallyHidden>
    </UnstyledButton>
  );
}

/** The window: presets, or a custom range of days (UTC). */
export function WindowPicker({ choice, onChange, window }: {
  choice: WindowChoice; onChange: (c: WindowChoice) => void; window: Window;
}) {
  const { t } = useTranslation('analytics');
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <div>
        <Text size="sm" fw={500} id="analytics-window-label">{t('window.label')}</Text>
        <SegmentedControl aria-labelledby="analytics-window-label" value={choice.preset}
          onChange={(v) => onChange({ ...choice, preset: v as Preset })}
          data={PRESETS.map((p) => ({ value: p, label: t(`window.${p}`) }))} />
      </div>
      {choice.preset === 'custom' && (
        <>
          <TextInput type="date" label={t('window.fromDay')} value={choice.fromDay ?? ''}
            onChange={(e) => onChange({ ...choice, fromDay: e.currentTarget.value })} w={170} />
          <TextInput type="date" label={t('window.toDay')} value={choice.toDay ?? ''}
            onChange={(e) => onChange({ ...choice, toDay: e.currentTarget.value })} w={170}
            error={window.error ? t(`window.error.${window.error}`) : undefined} />
        </>
      )}
    </Group>
  );
}

/** Previous / next through the pages of a long table. */
export function Pager({ page, pages, onPage, label }: { page: number; pages: number; onPage: (p: number) => void; label: string }) {
  const { t } = useTranslation('analytics');
  if (pages <= 1) return null;
  return (
    <Group gap="xs" component="nav" aria-label={label}>
      <Button size="compact-sm" variant="default" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}</Button>
      <Text size="sm">{t('pager.page', { page: page + 1, pages })}</Text>
      <Button size="compact-sm" variant="default" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('pager.next')}</Button>
    </Group>
  );
}

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook', instagram: 'Instagram', x: 'X', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok',
  vk: 'VK', telegram: 'Telegram', forum: 'Forum', rss: 'RSS', generic: 'Generic',
};

/** A network's own name (brand names are not translated; the two generic ones are). */
export function platformName(t: T, platform: string | null): string {
  if (platform == null) return t('group.none.channel');
  if (platform === 'forum' || platform === 'rss' || platform === 'generic') return t(`platform.${platform}`);
  return PLATFORM_NAMES[platform] ?? platform;
}

/** A group's value in words: a network, a moment, a language, or a team or agent as the service names them. */
export function groupName(t: T, format: Format, by: CareDimension, value: string | null): string {
  if (value == null) return t(`group.none.${by}`);
  switch (by) {
    case 'channel': return platformName(t, value);
    case 'moment': return t(`moment.${value}`, { defaultValue: value });
    case 'language': return format.languageName(value);
    default: return value;
  }
}

export function useAnalyticsWords() {
  const { t } = useTranslation('analytics');
  const format = useFormat();
  return { t: t as unknown as T, format };
}
