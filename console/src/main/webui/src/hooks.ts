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

/**
 * Listens to the console's server-sent events of the inbox (/bff/inbox/stream) and calls `onNews` on
 * each conversation opened or answered; answers whether the stream is connected. The browser's
 * EventSource reconnects by itself after a drop.
 */
export function useInboxStream(onNews: () => void): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/bff/inbox/stream');
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.onmessage = (message) => {
      const signal = JSON.parse(message.data) as { kind: string };
      if (signal.kind !== 'heartbeat') onNews();
    };
    return () => source.close();
  }, [onNews]);
  return live;
}
