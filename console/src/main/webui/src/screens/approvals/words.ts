// The approvals screen's words and formats: money through useFormat in the currency's own decimals, urgency as a
// length of time, statuses, kinds and the problems of a typed amount in the user's language.
import { useMemo } from 'react';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { type ApprovalDue, type LimitComparison, type Problem, minorToMajor } from '../../logic/approvals/approvals';
import type { OfferKind, OfferStatus } from '../../types/governance';

export function useApprovalWords() {
  const { t } = useTranslation('approvals');
  const format = useFormat();
  return useMemo(() => {
    const money = (minor: number, currency: string) => format.currency(minorToMajor(minor, currency), currency);
    return {
      t,
      format,
      money,
      status: (s: OfferStatus) => t(`status.${s}`),
      kind: (k: OfferKind) => t(`kind.${k}`),
      due: (d: ApprovalDue) => (d.kind === 'decided' ? t(`status.${d.status}`) : d.kind === 'noDue' ? t('due.none')
        : t(`due.${d.kind}`, { time: format.duration(d.ms) })),
      limit: (c: LimitComparison, who: string, currency: string) => (c.kind === 'noLimit'
        ? t('limit.none', { who, currency })
        : c.kind === 'within' ? t('limit.within', { who, limit: money(c.limitMinor, currency) })
          : t('limit.over', { who, over: money(c.overMinor, currency), limit: money(c.limitMinor, currency) })),
      problem: (p: Problem) => t(`problem.${p.code}`, p.values ?? {}),
    };
  }, [t, format]);
}
