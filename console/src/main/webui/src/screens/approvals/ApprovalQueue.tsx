import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError, getAll, send } from '../../api';
import { usePolling } from '../../hooks';
import { approvalDue, byApprovalDue, decisionKey, overLimit } from '../../logic/approvals/approvals';
import { useApprovalWords } from './words';
import { ApprovalContextView } from './ApprovalContext';
import type { CompensationOffer, OfferStatus } from '../../types/governance';

/** The approval queue refreshes this often: a new request shows within this time. */
export const APPROVALS_REFRESH_MS = 15_000;

export function ApprovalDueBadge({ offer, now }: { offer: CompensationOffer; now: number }) {
  const w = useApprovalWords();
  const due = approvalDue(offer, now);
  return <span className={`due due-${due.state}`} data-due-state={due.state}>{w.due(due)}</span>;
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const w = useApprovalWords();
  return <span className={`gov-status gov-status-${status}`} data-status={status}>{w.status(status)}</span>;
}

/** The brand's requests above their requester's limit, soonest due first, each decided with a reason. */
export function ApprovalQueue({ brand, now, mayDecide, mayOpenInbox, onDecided, onCount }: {
  brand: string; now: number; mayDecide: boolean; mayOpenInbox: boolean; onDecided: () => void;
  onCount: (n: number) => void;
}) {
  const w = useApprovalWords();
  const { t } = w;
  const [items, setItems] = useState<CompensationOffer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<string | null>(null);

  const load = useCallback(() => {
    getAll<CompensationOffer>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/approvals`)
      .then((body) => {
        const sorted = [...body].sort(byApprovalDue);
        setItems(sorted);
        onCount(sorted.length);
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, onCount]);
  usePolling(load, APPROVALS_REFRESH_MS, [load]);

  const afterDecision = (o: CompensationOffer) => {
    setDecided(t(o.status === 'approved' ? 'decision.approved' : 'decision.rejected', { kind: w.kind(o.kind),
      amount: w.money(o.amountMinor, o.currency), customer: o.customerName ?? t('theCustomer') })
      + (o.decisionComment ? ` — “${o.decisionComment}”` : ''));
    load();
    onDecided();
  };

  return (
    <Stack>
      {error && <Alert color="red" title={t('queue.failed')}>{error}</Alert>}
      {decided && <Alert color="green" title={t('decision.title')} data-testid="decision-done" role="status"
        withCloseButton closeButtonLabel={t('dismiss')} onClose={() => setDecided(null)}>{decided}</Alert>}
      {items && items.length === 0 && (
        <Text c="gray.8" data-testid="approvals-empty">{t('queue.empty', { brand })}</Text>
      )}
      {!items && !error && <Text>{t('loading')}</Text>}
      <ol className="gov-list" aria-label={t('queue.label')} data-testid="approvals">
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
  const w = useApprovalWords();
  const { t } = w;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const state = approvalDue(offer, now).state;
  const amount = w.money(offer.amountMinor, offer.currency);
  const customer = offer.customerName ?? offer.customerId ?? t('customer');

  const decide = async (how: 'approve' | 'reject') => {
    if (how === 'reject' && !reason.trim()) {
      setProblem(t('card.rejectWhy'));
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
      setProblem(p.status === 409 ? `${(e as ApiError).message} ${t('card.refreshed')}` : (e as ApiError).message);
      if (p.status === 409 || p.status === 404) onStale();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" component="article" className={`gov-card ${state}`}
      aria-label={t('card.label', { kind: w.kind(offer.kind), amount, customer })} data-offer-id={offer.id}>
      <Group justify="space-between" align="start" wrap="nowrap">
        <div>
          <Title order={3} size="h4">{w.kind(offer.kind)}: <span data-testid="offer-amount">{amount}</span>
            {' '}— {customer}</Title>
          <Text size="sm" c="gray.8">
            {t('card.askedBy', { who: offer.offeredBy, at: w.format.dateTime(offer.offeredAt) })}
            {offer.platform ? ` · ${t(`channel.${offer.platform}`, { defaultValue: offer.platform })}` : ''}
            {' · '}{w.limit(overLimit(offer), offer.offeredBy, offer.currency)}
          </Text>
        </div>
        <ApprovalDueBadge offer={offer} now={now} />
      </Group>
      {offer.note && <Text size="sm" mt="xs"><b>{t('card.note', { who: offer.offeredBy })}</b> {offer.note}</Text>}
      <ApprovalContextView brand={brand} offer={offer} />
      <Group gap="xs" mt="xs">
        <OfferStatusBadge status={offer.status} />
        {mayOpenInbox
          ? <Anchor href={`/inbox/${offer.conversationId}`} size="sm" c="indigo.9">{t('card.open')}</Anchor>
          : <Text size="xs" c="gray.8">{t('card.conversation', { id: offer.conversationId })}</Text>}
      </Group>
      {mayDecide && (
        <Stack gap="xs" mt="sm">
          <Textarea label={t('card.reason')} description={`${t('card.reasonHelp')} ${t('card.keys')}`}
            autosize minRows={1} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              const how = decisionKey(e);
              if (how && busy === null) { e.preventDefault(); decide(how); }
            }} />
          {problem && <Alert color="red" title={t('card.notDecided')} data-testid="decision-problem">{problem}</Alert>}
          <Group justify="flex-end">
            <Button variant="outline" color="red.9" onClick={() => decide('reject')} loading={busy === 'reject'}
              disabled={busy !== null}>{t('card.reject')}</Button>
            <Button color="#1b5e20" onClick={() => decide('approve')} loading={busy === 'approve'}
              disabled={busy !== null}>{t('card.approve', { amount })}</Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
