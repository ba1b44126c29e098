import { useFormat, useTranslation } from '../../i18n/i18n';
import { type Signals, signalBadges } from '../../logic/inbox/signals';

/**
 * Enrichment's abusive and spam flags as badges on a message or a queue row: an icon and a word, not colour alone,
 * and with the model's score when there is one ("⚠ Abusive 93 %"; its accessible name says "score 93 %"). Nothing
 * for a message read as neither, or read by no model at all.
 */
export function SignalBadges({ signals, showScore = false }: { signals: Signals | null | undefined;
  showScore?: boolean }) {
  const { t } = useTranslation('signals');
  const format = useFormat();
  const badges = signalBadges(signals);
  if (badges.length === 0) return null;
  return (
    <span className="signal-badges" role="group" aria-label={t('badge.label')}>
      {badges.map((b) => {
        const label = t(`badge.${b.kind}`);
        const score = showScore && b.score !== null ? format.percent(b.score, 0) : null;
        return (
          <span key={b.kind} className={`tag tag-signal tag-signal-${b.kind}`} data-signal={b.kind}
            aria-label={score ? t('badge.score', { label, score }) : undefined}>
            {label}{score ? ` ${score}` : ''}
          </span>
        );
      })}
    </span>
  );
}
