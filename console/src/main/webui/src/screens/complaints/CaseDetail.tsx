import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import { formatMoney, KIND_LABELS } from '../../logic/approvals/approvals';
import type { ComplaintCase, ComplaintMatch, ComplaintMatches, CompensationOffer, GovConversation } from '../../types/governance';
import { OfferStatusBadge } from '../approvals/ApprovalQueue';

/** One case: the problem, how it was settled and with what, what the customer wrote, and similar past cases. */
export function CaseDetail({ brand, match, conversation, mayOpenInbox, onClose }: {
  brand: string; match: ComplaintMatch; conversation?: GovConversation; mayOpenInbox: boolean; onClose: () => void;
}) {
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
    <Paper withBorder p="md" component="section" aria-label="Case detail" data-testid="case-detail" className="gov-detail">
      <Group justify="space-between" align="start">
        <Title order={3} size="h4">{k.problem}</Title>
        <Button size="xs" variant="subtle" onClick={onClose}>Close</Button>
      </Group>
      {error && <Alert color="red" title="The case did not load">{error}</Alert>}
      <dl className="gov-facts">
        <dt>Category</dt><dd>{k.category}</dd>
        <dt>Settled</dt><dd>{k.settlement}</dd>
        <dt>When</dt><dd>{new Date(k.resolvedAt).toLocaleString()}</dd>
        <dt>By</dt><dd>{k.resolvedBy}</dd>
        {conversation && <><dt>Customer</dt><dd>{conversation.author?.name} on {conversation.platform}</dd></>}
        {k.language && <><dt>Language</dt><dd>{k.language}</dd></>}
        {offer && (
          <>
            <dt>Compensation</dt>
            <dd>{KIND_LABELS[offer.kind]} of {formatMoney(offer.amountMinor, offer.currency)} by {offer.offeredBy}
              {' '}<OfferStatusBadge status={offer.status} />
              {offer.decidedBy ? ` (decided by ${offer.decidedBy})` : ''}</dd>
          </>
        )}
      </dl>
      {customerSaid.length > 0 && (
        <Stack gap={4} mt="sm">
          <Title order={4} size="h5">What the customer wrote</Title>
          {customerSaid.slice(0, 5).map((i) => (
            <div key={i.id} className="bubble bubble-customer">
              <Text size="xs" fw={600}>{i.author?.name} · {new Date(i.platformTime).toLocaleString()}</Text>
              <Text size="sm">{i.text}</Text>
            </div>
          ))}
        </Stack>
      )}
      {mayOpenInbox && <Anchor href={`/inbox/${k.conversationId}`} size="sm" c="indigo.9">Open the conversation</Anchor>}
      {similar.length > 0 && (
        <Stack gap={4} mt="md">
          <Title order={4} size="h5">Similar past cases</Title>
          <ul className="gov-plain">
            {similar.map((s) => (
              <li key={s.complaintCase.id}>
                <Text size="sm"><b>{s.complaintCase.problem}</b> — {s.complaintCase.settlement}
                  {' '}({Math.round(s.score * 100)} %)</Text>
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </Paper>
  );
}
