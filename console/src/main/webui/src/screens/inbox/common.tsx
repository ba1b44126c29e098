import { useCallback, useEffect, useState } from 'react';
import { Alert, Button } from '@mantine/core';
import { ApiError, get, getAll, getPage } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { queueDue } from '../../logic/inbox/workflow';

/** A GET that loads now and again on `reload()`; keeps the last answer while reloading. */
export function useLoad<T>(path: string | null): { data: T | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    if (!path) return;
    get<T>(path).then(({ body }) => { setData(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);
  useEffect(() => { setData(null); reload(); }, [reload]);
  return { data, error, reload };
}

/** Every item of a list endpoint (all its pages, {@link getAll}), for a screen that shows the whole list. */
export function useAll<T>(path: string | null): { data: T[] | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    if (!path) return;
    getAll<T>(path).then((items) => { setData(items); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);
  useEffect(() => { setData(null); reload(); }, [reload]);
  return { data, error, reload };
}

/**
 * A list endpoint that can grow long, a page at a time: the items read so far, and `more` (null on the last page)
 * that reads the next page for a "Load more" button ({@link LoadMore}); `reload` starts again from the first page.
 */
export function usePaged<T>(path: string | null):
  { data: T[] | null; error: string | null; reload: () => void; more: (() => void) | null } {
  const [data, setData] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    if (!path) return;
    getPage<T>(path, null).then(({ body }) => { setData(body.items); setNext(body.nextCursor); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);
  useEffect(() => { setData(null); setNext(null); reload(); }, [reload]);
  const more = path && next ? () => {
    getPage<T>(path, next).then(({ body }) => {
      setData((current) => [...(current ?? []), ...body.items]);
      setNext(body.nextCursor);
    }).catch((e: ApiError) => setError(e.message));
  } : null;
  return { data, error, reload, more };
}

/** The "Load more" button under a paged list; nothing on its last page. */
export function LoadMore({ more }: { more: (() => void) | null }) {
  const { t } = useTranslation();
  return more ? <Button variant="subtle" size="xs" mt="xs" onClick={more}>{t('loadMore')}</Button> : null;
}

/** The service's problem+json detail, or the HTTP status when it gave none. */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.problem.errors?.map((f) => `${f.field}: ${f.message}`).join('; ');
    return fields && !e.message.includes(fields) ? `${e.message} (${fields})` : e.message;
  }
  return String(e);
}

export function ErrorLine({ title, error }: { title: string; error: string | null }) {
  return error ? <Alert color="red" title={title} role="alert" mt="xs">{error}</Alert> : null;
}

/**
 * The countdown with its state in words and an icon, not colour alone: "⚠ Due soon · due in 4 mins 10 secs",
 * "⛔ Breached · overdue by 2 hrs 5 mins", or the status once answered — one duration format (useFormat).
 */
export function DueBadge({ c, now }: {
  c: { receivedAt: string; dueAt: string; status: string; breachedAt?: string | null }; now: number;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const due = queueDue(c, now);
  let text: string;
  if (due.state === 'done' || due.msLeft === null) {
    text = t(`status.${c.status}`, { defaultValue: c.status });
  } else {
    const clock = due.msLeft > 0 ? t('due.dueIn', { duration: format.duration(due.msLeft) })
      : t('due.overdue', { duration: format.duration(-due.msLeft) });
    text = due.state === 'warning' ? `${t('due.warning')} · ${clock}`
      : due.state === 'breach' ? `${t('due.breach')} · ${clock}` : clock;
  }
  return <span className={`due due-${due.state}`} data-due-state={due.state}>{text}</span>;
}

/** A moment in the user's language and format ("5 Dec 2026, 14:05"); empty for none. */
export function useWhen(): (at: string | null | undefined) => string {
  const format = useFormat();
  return (at) => (at ? format.dateTime(at) : '');
}

/** @deprecated for parts not yet translated (Notes): use {@link useWhen}. */
export function when(at: string | null | undefined): string {
  return at ? new Date(at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' }) : '';
}
