import { Loader } from '@mantine/core';
import { i18n } from '../../i18n/i18n';

/**
 * The spinner shown while the console or a screen's part is on its way: a status for screen readers, named in the
 * user's language (English while theirs is still loading — it reads the words directly, so it never waits for them).
 */
export function PageLoading() {
  return <Loader role="status" aria-label={i18n.t('app.loading')} m="xl" />;
}
