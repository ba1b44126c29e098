import { useEffect, useMemo, useState } from 'react';
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from '../i18n/i18n';
import { type Me } from '../logic/navigation';
import { type AnalyticsTab, mayReadPublishing, tabFromPath, tabPath, tabsFor } from '../logic/analytics/tabs';
import { type WindowChoice, dayOf, windowOf } from '../logic/analytics/window';
import { WindowPicker } from './analytics/common';
import { CareTab } from './analytics/CareTab';
import { ContactsTab } from './analytics/ContactsTab';
import { PublishingTab } from './analytics/PublishingTab';
import { TimelineTab } from './analytics/TimelineTab';
import { GlossaryTab } from './analytics/GlossaryTab';
import { type CareDrill, CareDrillPanel, type PostsDrill, PostsPanel } from './analytics/DrillDown';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * The analytics screen (docs/console.md "The analytics screen"): tabs Care, Meaningful contacts, Publishing,
 * Timeline and Glossary, each at its own address (/analytics/<tab>), over one window chosen for all; every figure
 * opens the conversations or posts behind it, and every figure's name links to its glossary entry.
 */
export function AnalyticsScreen({ me, path = '/analytics', navigate = () => {} }: {
  me: Me; path?: string; navigate?: (to: string) => void;
}) {
  const { t } = useTranslation('analytics');
  const tabs = useMemo(() => tabsFor(me), [me]);
  const tab = tabFromPath(path, tabs);
  const anchor = typeof window !== 'undefined' && window.location.hash ? window.location.hash.slice(1) : null;
  const [brand, setBrand] = useBrandChoice(me);
  const [choice, setChoice] = useState<WindowChoice>(() => {
    const now = new Date();
    return { preset: '30d', fromDay: dayOf(new Date(now.getTime() - 29 * 86_400_000)), toDay: dayOf(now) };
  });
  const win = useMemo(() => windowOf(choice, new Date()), [choice]);
  const [careDrill, setCareDrill] = useState<CareDrill | null>(null);
  const [postsDrill, setPostsDrill] = useState<PostsDrill | null>(null);
  // a drill-down belongs to the tab it was opened from
  useEffect(() => { setCareDrill(null); setPostsDrill(null); }, [tab, brand]);
  const go = (to: string) => { setCareDrill(null); setPostsDrill(null); navigate(to); };

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand}>
        {tab !== 'glossary' && <WindowPicker choice={choice} onChange={setChoice} window={win} />}
      </ScreenHeader>
      <Tabs value={tab} onChange={(v) => { if (v) navigate(tabPath(v as AnalyticsTab)); }} keepMounted={false}>
        <Tabs.List>
          {tabs.map((x) => <Tabs.Tab key={x} value={x} data-testid={`tab-${x}`}>{t(`tab.${x}`)}</Tabs.Tab>)}
        </Tabs.List>
        {brand && (
          <>
            <Tabs.Panel value="care" pt="md">
              <CareTab brand={brand} window={win} navigate={go} onDrill={setCareDrill} />
            </Tabs.Panel>
            <Tabs.Panel value="contacts" pt="md">
              <ContactsTab brand={brand} window={win} navigate={go} followers={mayReadPublishing(me)} />
            </Tabs.Panel>
            {mayReadPublishing(me) && (
              <Tabs.Panel value="publishing" pt="md">
                <PublishingTab brand={brand} window={win} navigate={go} onDrill={setPostsDrill} />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="timeline" pt="md">
              <TimelineTab brand={brand} window={win} navigate={go} onDrill={setCareDrill} />
            </Tabs.Panel>
            <Tabs.Panel value="glossary" pt="md">
              <GlossaryTab anchor={tab === 'glossary' ? anchor : null} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
      <CareDrillPanel drill={careDrill} onClose={() => setCareDrill(null)} navigate={go} />
      <PostsPanel drill={postsDrill} onClose={() => setPostsDrill(null)} navigate={go} />
    </Stack>
  );
}
