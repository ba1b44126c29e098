import { useState } from 'react';
import { Stack, Tabs } from '@mantine/core';
import { type Me, screensFor } from '../logic/navigation';
import { AdvocatesList } from './complaints/AdvocatesList';
import { ComplaintSearch } from './complaints/ComplaintSearch';
import { useTranslation } from '../i18n/i18n';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * What the brand learnt from past complaints (docs/inbox-authority.md#complaint-library-r29): search the
 * settled cases in English, Polish, Greek and Russian; and the brand's advocates.
 */
export function ComplaintsScreen({ me }: { me: Me }) {
  const { t } = useTranslation('complaints');
  const [brand, setBrand] = useBrandChoice(me);
  const [tab, setTab] = useState<string | null>('library');
  const mayOpenInbox = screensFor(me).includes('inbox');
  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand} />
      {brand && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="library">{t('tab.library')}</Tabs.Tab>
            <Tabs.Tab value="advocates">{t('tab.advocates')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="library" pt="md"><ComplaintSearch brand={brand} mayOpenInbox={mayOpenInbox} /></Tabs.Panel>
          <Tabs.Panel value="advocates" pt="md"><AdvocatesList brand={brand} /></Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
