// How urgent a conversation is, from its due time: the queue's colours and countdowns come from here.

export type DueState = 'ok' | 'warning' | 'breach' | 'done';

export interface Due {
  state: DueState;
  /** What a person reads: "due in 12:04", "overdue by 3 min", "answered". */
  label: string;
}

/** A conversation is in warning once less than this share of its target time is left ... */
export const WARNING_SHARE = 0.25;
/** ... or less than this many milliseconds, whichever comes first. */
export const WARNING_MS = 5 * 60 * 1000;

/**
 * Where a conversation's clock stands, as numbers: its state and the milliseconds left (negative once overdue; null
 * when no answer is owed). Screens write it with useFormat().duration, the one duration format of the console.
 */
export interface DueClock {
  state: DueState;
  msLeft: number | null;
}

export function dueClock(receivedAt: string, dueAt: string, now: number, status: string): DueClock {
  // new and open: the brand owes an answer and the due time runs (docs/inbox.md#statuses).
  if (status !== 'open' && status !== 'new') return { state: 'done', msLeft: null };
  const due = Date.parse(dueAt);
  const left = due - now;
  if (left <= 0) return { state: 'breach', msLeft: left };
  const window = Math.max(due - Date.parse(receivedAt), 1);
  return { state: left < WARNING_MS || left / window < WARNING_SHARE ? 'warning' : 'ok', msLeft: left };
}

/** @deprecated English words for screens not yet translated; use {@link dueClock} and useFormat().duration. */
export function dueState(receivedAt: string, dueAt: string, now: number, status: string): Due {
  // new and open: the brand owes an answer and the due time runs (docs/inbox.md#statuses).
  if (status !== 'open' && status !== 'new') {
    return { state: 'done', label: status };
  }
  const due = Date.parse(dueAt);
  const received = Date.parse(receivedAt);
  const left = due - now;
  if (left <= 0) {
    return { state: 'breach', label: `overdue by ${formatDuration(-left)}` };
  }
  const window = Math.max(due - received, 1);
  const state: DueState = left < WARNING_MS || left / window < WARNING_SHARE ? 'warning' : 'ok';
  return { state, label: `due in ${formatDuration(left)}` };
}

/** @deprecated 75 s → "1:15", 3 h 4 min → "3 h 04 min", 2 days → "2 d 0 h"; use useFormat().duration. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Seconds as minutes with one decimal, for the analytics charts ("3.5"). */
export function secondsToMinutes(seconds: number | null | undefined): number | null {
  return seconds == null ? null : Math.round((seconds / 60) * 10) / 10;
}
