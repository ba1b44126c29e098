import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from './throttled';

describe('a reload asked for by live news', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('runs at once, folds a burst into one more run at the end of the wait, and then runs at once again', () => {
    const run = vi.fn();
    const news = throttled(run, 2_000);
    news.call();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 500; i++) news.call(); // a burst of conversations opened
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_000);
    expect(run).toHaveBeenCalledTimes(2); // the burst, once
    vi.advanceTimersByTime(2_000);
    expect(run).toHaveBeenCalledTimes(2); // nothing new: no run
    news.call();
    expect(run).toHaveBeenCalledTimes(3); // quiet for a while: at once
  });

  it('runs nothing after it is cancelled (the page closed)', () => {
    const run = vi.fn();
    const news = throttled(run, 2_000);
    news.call();
    news.call();
    news.cancel();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
