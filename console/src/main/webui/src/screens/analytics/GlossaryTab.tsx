// How each figure is computed, its base, and what it is attributed to (which date, which agent) — the same rules
// as docs/metrics.md. Each figure's name elsewhere links here (#figure-<id>).
import { useEffect } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { ENTRY_PARTS, GLOSSARY_SECTIONS, entriesOf } from '../../logic/analytics/glossary';
import { glossaryAnchor } from '../../logic/analytics/tabs';
import { useAnalyticsWords } from './common';

export function GlossaryTab({ anchor }: { anchor: string | null }) {
  const { t } = useAnalyticsWords();
  useEffect(() => {
    if (!anchor) return;
    const target = document.getElementById(anchor);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [anchor]);
  return (
    <Stack data-testid="glossary">
      <Text>{t('glossary.intro')}</Text>
      {GLOSSARY_SECTIONS.map((section) => (
        <Stack key={section} gap="sm">
          <Title order={3} size="h4">{t(`glossary.sections.${section}`)}</Title>
          {entriesOf(section).map((e) => (
            <Paper key={e.id} withBorder p="sm" id={glossaryAnchor(e.id)} tabIndex={-1} data-entry={e.id}
              className={anchor === glossaryAnchor(e.id) ? 'glossary-target' : undefined}>
              <Title order={4} size="h5">{t(`glossary.entries.${e.id}.name`)}</Title>
              <dl style={{ margin: 0 }}>
                {ENTRY_PARTS.filter((p) => p !== 'name').map((p) => (
                  <div key={p} style={{ marginTop: 6 }}>
                    <Text component="dt" fw={600} size="sm">{t(`glossary.parts.${p}`)}</Text>
                    <Text component="dd" size="sm" ms={0}>{t(`glossary.entries.${e.id}.${p}`)}</Text>
                  </div>
                ))}
              </dl>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
