import { Button, Text } from '@mantine/core';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { heldState } from '../../logic/approvals/replyApprovals';
import type { Reply } from '../../types/inbox';

/**
 * Where a held agent's reply stands (reply approvals): waiting for an approver with the time left, approved (and by
 * whom, with the author's own words when the approver changed them), or rejected with the approver's comment — and,
 * for its author, the way back to the composer with the text.
 */
export function HeldReply({ reply, now, mine, onEdit }: {
  reply: Reply; now: number; mine: boolean; onEdit: (text: string) => void;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const s = heldState(reply, now);
  if (s.kind === 'none') return null;
  if (s.kind === 'waiting') {
    return (
      <Text size="xs" c={s.overdue ? 'red.9' : '#8a3c00'} data-testid="held-reply" data-held={s.overdue ? 'overdue' : 'waiting'}>
        {t(s.overdue ? 'reply.held.waitingOverdue' : 'reply.held.waiting', { time: format.duration(s.ms) })}
      </Text>
    );
  }
  if (s.kind === 'approved') {
    return (
      <Text size="xs" c="gray.8" data-testid="held-reply" data-held="approved">
        {s.edited ? t('reply.held.approvedEdited', { name: s.by ?? '', text: reply.approval?.originalText ?? '' })
          : t('reply.held.approved', { name: s.by ?? '' })}
      </Text>
    );
  }
  return (
    <div data-testid="held-reply" data-held="rejected">
      <Text size="sm" c="red.9" fw={600}>{t('reply.held.rejected', { name: s.by ?? '', comment: s.comment ?? '' })}</Text>
      {mine && (
        <Button size="compact-sm" variant="outline" color="indigo.8" mt={4} onClick={() => onEdit(reply.text)}
          data-testid="held-take-up">{t('reply.held.takeUp')}</Button>
      )}
    </div>
  );
}
