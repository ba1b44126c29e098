import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from '../i18n/i18n';
import type { Me } from '../logic/navigation';
import { SETUP_TABS, type SetupTab, tabFromPath } from '../logic/setup/setup';
import { TeamsTab } from './setup/TeamsTab';
import { RulesTab } from './setup/RulesTab';
import { SavedRepliesTab } from './setup/SavedRepliesTab';
import { PrioritiesTab } from './setup/PrioritiesTab';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * Care setup for managers and admins: teams and their on-duty rotas, assignment rules with the report of where
 * they leave gaps, saved replies, and how priorities are set — all on inbox-service's API through the relay.
 * Each tab has its own address (/care-setup/rules), so a reload or a bookmark opens it.
 */
export function CareSetupScreen({ me, path, navigate }: { me: Me; path: string; navigate: (to: string) => void }) {
  const { t } = useTranslation('setup');
  const [brand, setBrand] = useBrandChoice(me);
  const tab = tabFromPath(path);
  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand} />
      <Text size="sm">{t('intro')}</Text>
      <Tabs value={tab} onChange={(v) => { if (v) navigate(`/care-setup/${v}`); }} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')}>
          {SETUP_TABS.map((s) => <Tabs.Tab key={s} value={s} data-testid={`setup-tab-${s}`}>{t(`tabs.${s}`)}</Tabs.Tab>)}
        </Tabs.List>
        {brand && SETUP_TABS.map((s: SetupTab) => (
          <Tabs.Panel key={s} value={s} pt="md">
            {s === 'teams' && <TeamsTab key={brand} brand={brand} />}
            {s === 'rules' && <RulesTab key={brand} brand={brand} />}
            {s === 'saved-replies' && <SavedRepliesTab key={brand} brand={brand} me={me} />}
            {s === 'priorities' && <PrioritiesTab key={brand} brand={brand} navigate={navigate} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
