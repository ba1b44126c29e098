// A standards finding in the user's language: the engine sends each message's key and values (messageKey, params)
// beside its English words, and the console words them from the findings namespace. A finding of a rule this console
// does not know yet keeps the engine's English. The why and the suggestion of a catalogue rule are the brand's own
// words, shown as written; those of the built-in rules (links, replies moving to private) are translated here too.
import { useMemo } from 'react';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { Format } from '../../i18n/locale';
import type { Finding } from '../../types/inbox';

/** Values the engine sends as plain numbers, fractions of a width, instants, or logo places, by name. */
const NUMBERS = new Set(['image', 'width', 'height', 'min', 'max', 'ratio', 'pixels', 'needed', 'count', 'ms']);
const SHARES = new Set(['share', 'minShare', 'maxShare']);
const INSTANTS = new Set(['expiresAt', 'scheduledFor']);
const PLACES = new Set(['placement', 'places']);

/**
 * A finding's values written in the user's format: "1080" → "1 080" in Polish, "0.125" → "12,5%", an instant as a
 * date and time, "top-left" → "lewy górny róg" (several places one after another). A value that does not read as its kind
 * stays as the engine sent it.
 */
export function localisedParams(params: Record<string, string> | null | undefined, fmt: Format,
  place: (p: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const n = Number(value);
    if (NUMBERS.has(name) && value.trim() !== '' && Number.isFinite(n)) out[name] = fmt.number(n);
    else if (SHARES.has(name) && value.trim() !== '' && Number.isFinite(n)) out[name] = fmt.percent(n);
    else if (INSTANTS.has(name) && !Number.isNaN(Date.parse(value))) out[name] = fmt.dateTime(value);
    else if (PLACES.has(name)) out[name] = value.split(',').filter((p) => p !== '').map(place).join(', ');
    else out[name] = value;
  }
  return out;
}

export function useFindingWords() {
  const { t, i18n } = useTranslation('findings');
  const fmt = useFormat();
  return useMemo(() => {
    const has = (key: string) => i18n.exists(key, { ns: 'findings' });
    const place = (p: string) => (has(`placements.${p}`) ? t(`placements.${p}`) : p);
    const values = (f: Finding) => localisedParams(f.params, fmt, place);
    /** "publicReply.privateChannel" → its group "publicReply", whose why/instead the rules of the group share. */
    const group = (key: string) => key.split('.')[0];
    const message = (f: Finding) => (f.messageKey && has(`${f.messageKey}.message`)
      ? t(`${f.messageKey}.message`, values(f)) : f.message);
    const lookup = (f: Finding, what: 'why' | 'instead', fallback: string | null | undefined) => {
      if (!f.messageKey) return fallback ?? null;
      for (const key of [`${f.messageKey}.${what}`, `${group(f.messageKey)}.${what}`]) {
        if (has(key)) return t(key, values(f));
      }
      return fallback ?? null;
    };
    return {
      t,
      message,
      why: (f: Finding) => lookup(f, 'why', f.why),
      instead: (f: Finding) => lookup(f, 'instead', f.suggestion),
      /** "“w cenie” or “bez dopłaty”" */
      alternatives: (f: Finding) => (f.alternatives?.length ? t('fix.alternatives', {
        alternatives: f.alternatives.map((a) => `“${a}”`).join(t('fix.or')) }) : null),
    };
  }, [t, i18n, fmt]);
}

/** A finding's message in the user's language (the engine's English where the console has no words for it). */
export function FindingMessage({ finding }: { finding: Pick<Finding, 'message' | 'messageKey' | 'params'> }) {
  const words = useFindingWords();
  return words.message(finding as Finding);
}
