import { useCallback, useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { ApiError, get } from '../../api';
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

/** The countdown with its state in words and an icon, not colour alone. */
export function DueBadge({ c, now }: {
  c: { receivedAt: string; dueAt: string; status: string; breachedAt?: string | null }; now: number;
}) {
  const due = queueDue(c, now);
  return <span className={`due due-${due.state}`} data-due-state={due.state}>{due.text}</span>;
}

export function when(at: string | null | undefined): string {
  return at ? new Date(at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' }) : '';
}
