/**
 * A refresh asked for by live news, at most once per `everyMs`: the first call runs at once, calls during the wait
 * that follows are folded into one run at its end. A live stream tells of every conversation opened and every
 * notification — hundreds a second under load — and a page that reloaded its list for each would send the service as
 * many requests (each counting the list again); one reload every two seconds keeps the page as current to the eye.
 */
export function throttled(run: () => void, everyMs: number): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const fire = () => {
    pending = false;
    run();
    timer = setTimeout(() => {
      timer = null;
      if (pending) fire();
    }, everyMs);
  };
  return {
    call: () => {
      if (timer) pending = true;
      else fire();
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}

/** How often live news may reload a page's list. */
export const LIVE_RELOAD_MS = 2_000;
