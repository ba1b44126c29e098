// The incidents' words: the crisis banner, what gathered an incident, since when, the bulk actions' outcomes and the
// conversations' due times, in the user's language and formats.
import { useMemo } from 'react';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { type BulkOutcome, gatheredBy, since } from '../../logic/incidents/incidents';
import type { Incident } from '../../types/governance';

export function useIncidentWords() {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  return useMemo(() => {
    const conversations = (count: number) => t('conversations', { count });
    const channel = (c: string) => t(`channel.${c}`, { defaultValue: c });
    /** "since 14:05 (25 mins)", with the date when it was not today. */
    const sinceText = (openedAt: string, now: number) => {
      const s = since(openedAt, now);
      return t('since', { at: s.today ? format.time(s.at) : format.dateTime(s.at),
        ago: s.ms < 60_000 ? t('justNow') : format.duration(s.ms) });
    };
    const gathered = (i: Pick<Incident, 'signal' | 'terms'>) => {
      const g = gatheredBy(i);
      const words = g.terms.length ? t('gathered.mentioning', { terms: g.terms.map((x) => `“${x}”`).join(', ') }) : '';
      if (!g.signal && !words) return t('gathered.everything');
      return [g.signal ? t(`gathered.${g.signal}`) : '', words].filter(Boolean).join(' ');
    };
    /** "Assigned 3 conversations." / "Assigned 2 of 3 conversations; 1 failed: …" */
    const outcome = (verb: string, o: BulkOutcome) => {
      const total = o.done + o.failed.length;
      if (o.failed.length === 0) return t('outcome.all', { verb, conversations: conversations(total) });
      return t('outcome.some', { verb, done: o.done, conversations: conversations(total), count: o.failed.length,
        details: o.failed.map((f) => f.detail).join('; ') });
    };
    /** A conversation's due time: overdue by so long, due in so long, or its status once answered. */
    const due = (dueAt: string | null | undefined, status: string, state: string, now: number) => {
      if (state === 'done') return t(`conversationStatus.${status}`, { defaultValue: status });
      if (!dueAt) return t('due.none');
      const left = Date.parse(dueAt) - now;
      return left < 0 ? t('due.overdue', { time: format.duration(-left) }) : t('due.in', { time: format.duration(left) });
    };
    return { t, format, conversations, channel, since: sinceText, gathered, outcome, due };
  }, [t, format]);
}
