import { useFormat, useTranslation } from '../../i18n/i18n';
import type { ChannelHealth } from '../../types/channels';

/** The channels namespace's words for a network, a health state and what to do, with the locale's formats. */
export function useChannelWords() {
  const { t } = useTranslation('channels');
  const format = useFormat();
  return {
    t,
    format,
    network: (platform: string) => t(`network.${platform}`, { defaultValue: platform }),
    state: (state: string) => t(`state.${state}`, { defaultValue: state }),
    whatToDo: (todo: string) => t(`whatToDo.${todo}`, { defaultValue: todo }),
    /** "since 6 Dec 2026, 10:12 · for 2 hrs 5 mins", the since in the user's locale and time zone. */
    since: (health: ChannelHealth, now: number) => health.since == null ? '' : [t('since', {
      when: format.dateTime(health.since) }), t('for', { duration: format.duration(now - Date.parse(health.since)) })]
      .join(' · '),
  };
}
