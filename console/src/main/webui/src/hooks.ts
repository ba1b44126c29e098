import { useEffect, useState } from 'react';
import { LIVE_RELOAD_MS, throttled } from './logic/throttled';

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

/** One piece of news on the console's live stream of the inbox (console's live.InboxSignal). */
export interface InboxSignal {
  kind: 'opened' | 'answered' | 'compensation_decided' | 'heartbeat' | string;
  brand?: string | null;
  conversationId?: string | null;
  /** compensation_decided: the agent who asked (the only one told), the offer, the decision and why */
  user?: string | null;
  offerId?: string | null;
  decision?: 'approved' | 'rejected' | string | null;
  decidedBy?: string | null;
  comment?: string | null;
  amountMinor?: number | null;
  currency?: string | null;
}

/**
 * Listens to the console's server-sent events of the inbox (/bff/inbox/stream) and calls `onNews` on
 * each conversation opened or answered (at once, then at most every two seconds: {@link throttled}), and `onDecision` when an approver decided the user's own compensation
 * request; answers whether the stream is connected. The browser's EventSource reconnects by itself after a drop.
 */
export function useInboxStream(onNews: () => void, onDecision?: (signal: InboxSignal) => void): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/bff/inbox/stream');
    const news = throttled(onNews, LIVE_RELOAD_MS);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.onmessage = (message) => {
      const signal = JSON.parse(message.data) as InboxSignal;
      if (signal.kind === 'compensation_decided') onDecision?.(signal);
      else if (signal.kind !== 'heartbeat') news.call();
    };
    return () => { source.close(); news.cancel(); };
  }, [onNews, onDecision]);
  return live;
}
