import type { ReactNode } from 'react';
import type { Me } from '../../logic/navigation';
import { PausesContext, usePublishingPauses } from './usePublishingPauses';

/** Reads the brands' publishing status once for every banner and screen below it. */
export function PausesProvider({ me, children }: { me: Me; children: ReactNode }) {
  const paused = usePublishingPauses(me);
  return <PausesContext.Provider value={paused}>{children}</PausesContext.Provider>;
}
