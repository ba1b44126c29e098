import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from '../../i18n/i18n';
import type { Me } from '../../logic/navigation';
import { canPause } from '../../logic/pause/pause';
import { PauseForm } from './PauseForm';
import { usePaused } from './usePublishingPauses';

/** "Pause publishing…" for a manager, on the publishing screens, while the brand's publishing runs. */
export function PausePublishingButton({ me, brand }: { me: Me; brand: string | null }) {
  const { t } = useTranslation('pause');
  const paused = usePaused();
  const [open, setOpen] = useState(false);
  if (!brand || !canPause(me) || paused.some((p) => p.brand === brand)) return null;
  if (open) return <PauseForm brand={brand} onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />;
  return <Button variant="outline" color="red.9" onClick={() => setOpen(true)} data-testid="calendar-pause">
    {t('pause.open')}</Button>;
}
