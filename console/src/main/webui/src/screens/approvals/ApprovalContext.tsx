import { useEffect, useState } from 'react';
import { Alert, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import { thread } from '../../logic/thread';
import { useApprovalWords } from './words';
import type { ApprovalContext, CompensationOffer } from '../../types/governance';

/**
 * What the approver decides on, inside the request's card: the conversation's whole thread (the customer's
 * messages exactly as written, the brand's replies with their delivery state), the reply the agent drafted to
 * carry the offer, and the customer's other conversations and earlier compensation in the brand. Approvers do not
 * read the inbox: this is their view of the conversation (GET …/compensation/offers/{id}/context).
 */
export function ApprovalContextView({ brand, offer }: { brand: string; offer: CompensationOffer }) {
  const w = useApprovalWords();
  const { t } = w;
  const [context, setContext] = useState<ApprovalContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    get<ApprovalContext>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/offers/${offer.id}/context`)
      .then(({ body }) => { if (current) { setContext(body); setError(null); } })
      .catch((e: ApiError) => { if (current) setError(e.message); });
    return () => { current = false; };
  }, [brand, offer.id]);

  if (error) return <Alert color="red" title={t('context.failed')} mt="xs">{error}</Alert>;
  if (!context) return <Text size="sm" mt="xs">{t('loading')}</Text>;
  const customer = offer.customerName ?? offer.customerId ?? t('customer');
  const history = context.customer;
  return (
    <div className="approval-context" data-testid="approval-context">
      <section aria-label={t('context.threadLabel', { customer })}>
        <Title order={4} size="h5" mt="xs">{t('context.thread')}</Title>
        <ol className="approval-thread" data-testid="approval-thread">
          {thread(context.conversation).map((e) => (
            <li key={e.key} className={`bubble bubble-${e.who}${e.status === 'failed' ? ' bubble-failed' : ''}`}
              data-who={e.who}>
              <Text size="xs" fw={600}>
                {e.who === 'customer' ? e.name : t('context.reply', { who: e.name })} · {w.format.dateTime(e.at)}
                {e.status ? ` · ${t(`context.replyState.${e.status}`, { defaultValue: e.status })}` : ''}
              </Text>
              <Text size="sm">{e.text}</Text>
            </li>
          ))}
          {offer.draftReply && (
            <li className="bubble bubble-brand bubble-draft" data-who="draft" data-testid="draft-reply">
              <Text size="xs" fw={600}>{t('context.draft', { who: offer.offeredBy })}</Text>
              <Text size="sm">{offer.draftReply}</Text>
            </li>
          )}
        </ol>
        {!offer.draftReply && <Text size="xs" c="gray.8">{t('context.noDraft', { who: offer.offeredBy })}</Text>}
      </section>
      <section aria-label={t('context.historyLabel', { customer })} data-testid="customer-history">
        <Title order={4} size="h5" mt="xs">{t('context.history')}</Title>
        <Text size="sm" data-testid="history-summary">
          {history.conversations === 0
            ? t('context.firstTime', { customer, brand })
            : `${t('context.conversations', { count: history.conversations, customer, brand })}${
              history.complaints > 0 ? ` ${t('context.complaints', { count: history.complaints })}` : '.'}`}
        </Text>
        {history.recent.length > 0 && (
          <ul className="plain-list">
            {history.recent.map((h) => (
              <li key={h.id}>
                <Text size="xs">{w.format.date(h.receivedAt)} · {t(`channel.${h.platform}`, { defaultValue: h.platform })}
                  {' · '}{t(`context.conversationStatus.${h.status}`, { defaultValue: h.status })} · “{h.preview}”</Text>
              </li>
            ))}
          </ul>
        )}
        <Text size="sm" mt={4} data-testid="earlier-compensation">
          {history.compensation.length === 0 ? t('context.noEarlierCompensation')
            : t('context.earlierCompensation', { count: history.compensation.length })}
        </Text>
        {history.compensation.length > 0 && (
          <ul className="plain-list">
            {history.compensation.map((o) => (
              <li key={o.id}>
                <Text size="xs">{w.format.date(o.offeredAt)} · {w.kind(o.kind)} {w.money(o.amountMinor, o.currency)}
                  {' · '}{w.status(o.status)} · {t('context.by', { who: o.offeredBy })}</Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
