import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import { minorToMajor } from '../../logic/approvals/approvals';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { ComplaintCase, ComplaintMatch, ComplaintMatches, CompensationOffer, GovConversation } from '../../types/governance';
import { OfferStatusBadge } from '../approvals/ApprovalQueue';

/** One case: the problem, how it was settled and with what, what the customer wrote, and similar past cases. */
export function CaseDetail({ brand, match, conversation, mayOpenInbox, onClose }: {
  brand: string; match: ComplaintMatch; conversation?: GovConversation; mayOpenInbox: boolean; onClose: () => void;
}) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const id = match.complaintCase.id;
  const [k, setK] = useState<ComplaintCase>(match.complaintCase);
  const [offer, setOffer] = useState<CompensationOffer | null>(null);
  const [similar, setSimilar] = useState<ComplaintMatch[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setOffer(null);
    setSimilar([]);
    setError(null);
    get<ComplaintCase>(`/api/v1/brands/${encodeURIComponent(brand)}/complaints/${id}`)
      .then(({ body }) => {
        setK(body);
        if (body.compensationOfferId) {
          get<CompensationOffer>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/offers/${body.compensationOfferId}`)
            .then((r) => setOffer(r.body)).catch(() => {});
        }
        get<ComplaintMatches>(`/api/v1/conversations/${body.conversationId}/similar-cases?limit=3`)
          .then((r) => setSimilar(r.body.items)).catch(() => {});
      })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, id]);

  const customerSaid = conversation?.interactions ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('case.label')} data-testid="case-detail" className="gov-detail">
      <Group justify="space-between" align="start">
        <Title order={3} size="h4">{k.problem}</Title>
        <Button size="xs" variant="subtle" onClick={onClose}>{t('close')}</Button>
      </Group>
      {error && <Alert color="red" title={t('case.failed')}>{error}</Alert>}
      <dl className="gov-facts">
        <dt>{t('case.category')}</dt><dd>{k.category}</dd>
        <dt>{t('case.settled')}</dt><dd>{k.settlement}</dd>
        <dt>{t('case.when')}</dt><dd>{format.dateTime(k.resolvedAt)}</dd>
        <dt>{t('case.by')}</dt><dd>{k.resolvedBy}</dd>
        {conversation && <><dt>{t('case.customer')}</dt><dd>{t('onChannel', { who: conversation.author?.name ?? t('customer'),
          channel: t(`channel.${conversation.platform}`, { defaultValue: conversation.platform }) })}</dd></>}
        {k.language && <><dt>{t('case.language')}</dt><dd>{format.languageName(k.language)}</dd></>}
        {offer && (
          <>
            <dt>{t('case.compensation')}</dt>
            <dd>{t('case.offer', { kind: t(`kind.${offer.kind}`),
              amount: format.currency(minorToMajor(offer.amountMinor, offer.currency), offer.currency), who: offer.offeredBy })}
              {' '}<OfferStatusBadge status={offer.status} />
              {offer.decidedBy ? ` ${t('case.decidedBy', { who: offer.decidedBy })}` : ''}</dd>
          </>
        )}
      </dl>
      {customerSaid.length > 0 && (
        <Stack gap={4} mt="sm">
          <Title order={4} size="h5">{t('case.customerWrote')}</Title>
          {customerSaid.slice(0, 5).map((i) => (
            <div key={i.id} className="bubble bubble-customer">
              <Text size="xs" fw={600}>{i.author?.name} · {format.dateTime(i.platformTime)}</Text>
              <Text size="sm">{i.text}</Text>
            </div>
          ))}
        </Stack>
      )}
      {mayOpenInbox && <Anchor href={`/inbox/${k.conversationId}`} size="sm" c="indigo.9">{t('open')}</Anchor>}
      {similar.length > 0 && (
        <Stack gap={4} mt="md">
          <Title order={4} size="h5">{t('case.similar')}</Title>
          <ul className="gov-plain">
            {similar.map((s) => (
              <li key={s.complaintCase.id}>
                <Text size="sm"><b>{s.complaintCase.problem}</b> — {s.complaintCase.settlement}
                  {' '}({format.percent(s.score, 0)})</Text>
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </Paper>
  );
}
