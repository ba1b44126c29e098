import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, get, send } from '../../api';
import { usePolling } from '../../hooks';
import { approvalDue, byApprovalDue, formatMoney, KIND_LABELS, overLimit, STATUS_LABELS } from '../../logic/approvals/approvals';
import type { CompensationOffer, OfferStatus } from '../../types/governance';

/** The approval queue refreshes this often: a new request shows within this time. */
export const APPROVALS_REFRESH_MS = 15_000;

export function ApprovalDueBadge({ offer, now }: { offer: CompensationOffer; now: number }) {
  const due = approvalDue(offer, now);
  return <span className={`due due-${due.state}`} data-due-state={due.state}>{due.label}</span>;
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return <span className={`gov-status gov-status-${status}`} data-status={status}>{STATUS_LABELS[status]}</span>;
}

/** The brand's requests above their requester's limit, soonest due first, each decided with a reason. */
export function ApprovalQueue({ brand, now, mayDecide, mayOpenInbox, onDecided, onCount }: {
  brand: string; now: number; mayDecide: boolean; mayOpenInbox: boolean; onDecided: () => void;
  onCount: (n: number) => void;
}) {
  const [items, setItems] = useState<CompensationOffer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<string | null>(null);

  const load = useCallback(() => {
    get<CompensationOffer[]>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/approvals`)
      .then(({ body }) => {
        const sorted = [...body].sort(byApprovalDue);
        setItems(sorted);
        onCount(sorted.length);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, onCount]);
  usePolling(load, APPROVALS_REFRESH_MS, [load]);

  const afterDecision = (o: CompensationOffer) => {
    setDecided(`${o.status === 'approved' ? 'Approved' : 'Rejected'}: ${KIND_LABELS[o.kind].toLowerCase()} of `
      + `${formatMoney(o.amountMinor, o.currency)} for ${o.customerName ?? 'the customer'}`
      + `${o.decisionComment ? ` — “${o.decisionComment}”` : ''}.`);
    load();
    onDecided();
  };

  return (
    <Stack>
      {error && <Alert color="red" title="The approvals did not load">{error}</Alert>}
      {decided && <Alert color="green" title="Decision recorded" data-testid="decision-done"
        withCloseButton closeButtonLabel="Dismiss" onClose={() => setDecided(null)}>{decided}</Alert>}
      {items && items.length === 0 && (
        <Text c="gray.8" data-testid="approvals-empty">Nothing waiting for approval in {brand}. Requests above an
          agent’s limit appear here, soonest due first.</Text>
      )}
      {!items && !error && <Text>Loading…</Text>}
      <ol className="gov-list" aria-label="Requests waiting for approval, soonest due first" data-testid="approvals">
        {items?.map((o) => (
          <li key={o.id}>
            <ApprovalCard offer={o} now={now} mayDecide={mayDecide} mayOpenInbox={mayOpenInbox} brand={brand}
              onDecided={afterDecision} onStale={load} />
          </li>
        ))}
      </ol>
    </Stack>
  );
}

function ApprovalCard({ offer, now, mayDecide, mayOpenInbox, brand, onDecided, onStale }: {
  offer: CompensationOffer; now: number; mayDecide: boolean; mayOpenInbox: boolean; brand: string;
  onDecided: (o: CompensationOffer) => void; onStale: () => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const state = approvalDue(offer, now).state;
  const amount = formatMoney(offer.amountMinor, offer.currency);
  const customer = offer.customerName ?? offer.customerId ?? 'Customer';

  const decide = async (how: 'approve' | 'reject') => {
    if (how === 'reject' && !reason.trim()) {
      setProblem('Say why you reject it: the agent and the ledger show your reason.');
      return;
    }
    setBusy(how);
    setProblem(null);
    try {
      const { body } = await send<CompensationOffer>('POST',
        `/api/v1/brands/${encodeURIComponent(brand)}/compensation/offers/${offer.id}/${how}`,
        { comment: reason.trim() || null });
      onDecided(body);
    } catch (e) {
      const p = (e as ApiError).problem;
      // 403: one's own request; 409: someone decided it first. The service's own words say which.
      setProblem(p.status === 409 ? `${(e as ApiError).message} The list is refreshed.` : (e as ApiError).message);
      if (p.status === 409 || p.status === 404) onStale();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" component="article" className={`gov-card ${state}`}
      aria-label={`${KIND_LABELS[offer.kind]} of ${amount} for ${customer}`} data-offer-id={offer.id}>
      <Group justify="space-between" align="start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">{KIND_LABELS[offer.kind]} of <span data-testid="offer-amount">{amount}</span>
            {' '}for {customer}</Title>
          <Text size="sm" c="gray.8">
            asked by <b>{offer.offeredBy}</b> at {new Date(offer.offeredAt).toLocaleString()}
            {offer.platform ? ` · ${offer.platform}` : ''} · {overLimit(offer)}
          </Text>
        </div>
        <ApprovalDueBadge offer={offer} now={now} />
      </Group>
      {offer.conversationPreview && (
        <blockquote className="gov-quote">
          <Text size="sm">{offer.conversationPreview}</Text>
          <footer>— {customer}{offer.platform ? ` on ${offer.platform}` : ''}</footer>
        </blockquote>
      )}
      {offer.note && <Text size="sm" mt="xs"><b>Note from {offer.offeredBy}:</b> {offer.note}</Text>}
      <Group gap="xs" mt="xs">
        <OfferStatusBadge status={offer.status} />
        {mayOpenInbox
          ? <Anchor href={`/inbox/${offer.conversationId}`} size="sm" c="indigo.9">Open the conversation</Anchor>
          : <Text size="xs" c="gray.8">conversation {offer.conversationId}</Text>}
      </Group>
      {mayDecide && (
        <Stack gap="xs" mt="sm">
          <Textarea label="Reason" description="Shown to the agent and in the ledger; needed to reject"
            autosize minRows={1} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          {problem && <Alert color="red" title="Not decided" data-testid="decision-problem">{problem}</Alert>}
          <Group justify="flex-end">
            <Button variant="outline" color="red.9" onClick={() => decide('reject')} loading={busy === 'reject'}
              disabled={busy !== null}>Reject</Button>
            <Button color="#1b5e20" onClick={() => decide('approve')} loading={busy === 'approve'}
              disabled={busy !== null}>Approve {amount}</Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
