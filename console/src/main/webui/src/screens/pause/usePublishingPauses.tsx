// The publishing status of each of the user's brands, read every 15 s and at once after a pause or a lift.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { get } from '../../api';
import { usePolling } from '../../hooks';
import type { Me } from '../../logic/navigation';
import { PAUSE_CHANGED_EVENT, PAUSE_REFRESH_MS, pausedOf, type PublishingStatus } from '../../logic/pause/pause';

export interface PausedBrand { brand: string; status: PublishingStatus }

export function usePublishingPauses(me: Me): PausedBrand[] {
  const [paused, setPaused] = useState<PausedBrand[]>([]);
  const load = useCallback(() => {
    Promise.all(me.brands.map((brand) => get<PublishingStatus>(
      `/api/v1/brands/${encodeURIComponent(brand)}/publishing-pause`)
      .then(({ body }) => ({ brand, status: body as PublishingStatus | null }))
      .catch(() => ({ brand, status: null }))))
      .then((all) => setPaused(pausedOf(all)));
  }, [me.brands]);
  usePolling(load, PAUSE_REFRESH_MS, [load]);
  useEffect(() => {
    window.addEventListener(PAUSE_CHANGED_EVENT, load);
    return () => window.removeEventListener(PAUSE_CHANGED_EVENT, load);
  }, [load]);
  return paused;
}

/** Tells every banner to read again. */
export function pauseChanged() {
  window.dispatchEvent(new CustomEvent(PAUSE_CHANGED_EVENT));
}

/** The paused brands, read once for the whole page (App's PausesProvider) and shared by the banners and screens. */
export const PausesContext = createContext<PausedBrand[]>([]);

export function usePaused(): PausedBrand[] {
  return useContext(PausesContext);
}
