// A standards finding in the user's language: the engine sends each message's key and values (messageKey, params)
// beside its English words, and the console words them from the findings namespace. A finding of a rule this console
// does not know yet keeps the engine's English. The why and the suggestion of a catalogue rule are the brand's own
// words, shown as written; those of the built-in rules (links, replies moving to private) are translated here too.
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Finding } from '../../types/inbox';

export function useFindingWords() {
  const { t, i18n } = useTranslation('findings');
  return useMemo(() => {
    const has = (key: string) => i18n.exists(key, { ns: 'findings' });
    /** "publicReply.privateChannel" → its group "publicReply", whose why/instead the rules of the group share. */
    const group = (key: string) => key.split('.')[0];
    const message = (f: Finding) => (f.messageKey && has(`${f.messageKey}.message`)
      ? t(`${f.messageKey}.message`, { ...(f.params ?? {}) }) : f.message);
    const lookup = (f: Finding, what: 'why' | 'instead', fallback: string | null | undefined) => {
      if (!f.messageKey) return fallback ?? null;
      for (const key of [`${f.messageKey}.${what}`, `${group(f.messageKey)}.${what}`]) {
        if (has(key)) return t(key, { ...(f.params ?? {}) });
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
  }, [t, i18n]);
}

/** A finding's message in the user's language (the engine's English where the console has no words for it). */
export function FindingMessage({ finding }: { finding: Pick<Finding, 'message' | 'messageKey' | 'params'> }) {
  const words = useFindingWords();
  return words.message(finding as Finding);
}
