import { Alert, Button, Stack, Text } from '@mantine/core';
import type { InboxSignal } from '../../hooks';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { fromMinor } from '../../logic/inbox/workflow';

/**
 * An approver's decisions on the signed-in agent's own compensation requests, told live through the inbox's stream
 * (only the agent who asked hears of them): who decided, what, and why, with the conversation one key away. The
 * decision is also in the conversation's compensation panel and its audit trail.
 */
export function DecisionNotices({ decisions, onOpen, onDismiss }: {
  decisions: InboxSignal[]; onOpen: (conversationId: string) => void; onDismiss: (offerId: string) => void;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  if (decisions.length === 0) return null;
  return (
    <Stack gap={4} role="region" aria-label={t('decided.label')} data-testid="decision-notices">
      {decisions.map((d) => {
        const amount = d.amountMinor != null && d.currency
          ? format.currency(fromMinor(d.amountMinor, d.currency), d.currency) : '';
        const approved = d.decision === 'approved';
        return (
          <Alert key={d.offerId} color={approved ? '#1b5e20' : '#8f1d17'} variant="outline" role="status"
            data-testid="decision-notice" data-decision={d.decision} data-offer-id={d.offerId}
            title={t(approved ? 'decided.approved' : 'decided.rejected', { name: d.decidedBy, amount })}
            withCloseButton closeButtonLabel={t('decided.dismiss')} onClose={() => onDismiss(d.offerId ?? '')}>
            <Text size="sm">{d.comment ? t('decided.reason', { reason: d.comment }) : t('decided.noReason')}</Text>
            {d.conversationId && (
              <Button size="xs" variant="outline" color="indigo.8" mt={4}
                onClick={() => onOpen(d.conversationId!)}>{t('decided.open')}</Button>
            )}
          </Alert>
        );
      })}
    </Stack>
  );
}
