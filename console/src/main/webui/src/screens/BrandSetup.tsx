import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from '../i18n/i18n';
import type { Me } from '../logic/navigation';
import { BRAND_TABS, type BrandTab, brandTabFromPath, brandTabPath } from '../logic/brandsetup/tabs';
import { ListeningRules } from './brandsetup/ListeningRules';
import { ModerationRuleTab } from './brandsetup/ModerationRuleTab';
import { LogosTab } from './brandsetup/LogosTab';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * Brand setup for managers and admins (docs/console.md "Brand setup"): the brand's listening rules (ingest-service),
 * its auto-hide rule (inbox-service) and its registered logos with a test image (standards-service), one tab each at
 * its own address. Every change is the service's, checked and recorded there; this screen adds no rule of its own.
 */
export function BrandSetupScreen({ me, path = '/brand', navigate = () => {} }: {
  me: Me; path?: string; navigate?: (to: string) => void;
}) {
  const { t } = useTranslation('brandsetup');
  const tab = brandTabFromPath(path);
  const [brand, setBrand] = useBrandChoice(me);

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand} />
      <Text size="sm">{t('intro')}</Text>
      <Tabs value={tab} onChange={(v) => { if (v) navigate(brandTabPath(v as BrandTab)); }} keepMounted={false}>
        <Tabs.List>
          {BRAND_TABS.map((x) => <Tabs.Tab key={x} value={x} data-testid={`brand-tab-${x}`}>{t(`tab.${x}`)}</Tabs.Tab>)}
        </Tabs.List>
        {brand && (
          <>
            <Tabs.Panel value="listening" pt="md"><ListeningRules key={brand} brand={brand} /></Tabs.Panel>
            <Tabs.Panel value="moderation" pt="md"><ModerationRuleTab key={brand} brand={brand} /></Tabs.Panel>
            <Tabs.Panel value="logos" pt="md"><LogosTab key={brand} brand={brand} /></Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
