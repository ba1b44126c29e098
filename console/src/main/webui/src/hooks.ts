import { useEffect, useState } from 'react';

/** The current time, renewed every `everyMs`: drives the live countdowns. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Calls `load` now and then every `everyMs` while the page is open (the inbox's refresh). */
export function usePolling(load: () => void, everyMs: number, deps: unknown[]) {
  useEffect(() => {
    load();
    const timer = setInterval(load, everyMs);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
