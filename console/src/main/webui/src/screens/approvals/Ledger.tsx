import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get, query } from '../../api';
import {
  filterByKind, formatMoney, KIND_LABELS, ledgerPeriod, STATUS_LABELS, totalRows, totalsOf,
} from '../../logic/approvals/approvals';
import type { CompensationLedger, OfferKind } from '../../types/governance';
import { OfferStatusBadge } from './ApprovalQueue';

const PERIODS = [
  { value: '7d', label: 'Last 7 days' }, { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' }, { value: 'month', label: 'This month' },
];

/** The brand's ledger: who offered what to whom, and its status, newest first, with totals per currency. */
export function Ledger({ brand, mayOpenInbox, version }: { brand: string; mayOpenInbox: boolean; version: number }) {
  const [period, setPeriod] = useState<string>('30d');
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<OfferKind | null>(null);
  const [ledger, setLedger] = useState<CompensationLedger | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    const { from, to } = ledgerPeriod(period, Date.now());
    get<CompensationLedger>(`/api/v1/brands/${encodeURIComponent(brand)}/compensation/ledger`
      + query({ from, to, status, limit: 1000 }))
      .then(({ body }) => { setLedger(body); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, period, status]);
  useEffect(load, [load, version]);

  const items = ledger ? filterByKind(ledger.items, kind) : [];
  // With a kind chosen, the totals are those of the lines shown; without one, the service's over the period.
  const totals = ledger ? totalRows(kind ? totalsOf(items) : ledger.totals) : [];

  return (
    <Stack>
      <Group align="end">
        <Select label="Period" data={PERIODS} value={period} onChange={(v) => setPeriod(v ?? '30d')} w={170}
          allowDeselect={false} />
        <Select label="Status" data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          value={status} onChange={setStatus} clearable placeholder="Any status" w={200} />
        <Select label="Kind" data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
          value={kind} onChange={(v) => setKind(v as OfferKind | null)} clearable placeholder="Any kind" w={150} />
      </Group>
      {error && <Alert color="red" title="The ledger did not load">{error}</Alert>}
      <section aria-labelledby="ledger-totals">
        <Title order={3} size="h4" id="ledger-totals">Totals per currency{kind ? ` (${KIND_LABELS[kind]} only)` : ''}</Title>
        {totals.length === 0
          ? <Text c="gray.8">No compensation in this period.</Text>
          : (
            <Table striped withTableBorder data-testid="ledger-totals">
              <Table.Thead>
                <Table.Tr><Table.Th>Currency</Table.Th><Table.Th>Granted</Table.Th><Table.Th>Pending</Table.Th>
                  <Table.Th>Rejected</Table.Th><Table.Th>Offers</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {totals.map((t) => (
                  <Table.Tr key={t.currency} data-currency={t.currency}>
                    <Table.Th scope="row">{t.currency}</Table.Th><Table.Td className="num">{t.granted}</Table.Td>
                    <Table.Td className="num">{t.pending}</Table.Td><Table.Td className="num">{t.rejected}</Table.Td>
                    <Table.Td className="num">{t.offers}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
      </section>
      <section aria-labelledby="ledger-lines">
        <Title order={3} size="h4" id="ledger-lines">Offers, newest first ({items.length})</Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder data-testid="ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th><Table.Th>Customer</Table.Th><Table.Th>Kind</Table.Th>
                <Table.Th>Amount</Table.Th><Table.Th>Status</Table.Th><Table.Th>Offered by</Table.Th>
                <Table.Th>Decision</Table.Th><Table.Th>Conversation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id} data-offer-id={o.id}>
                  <Table.Td>{new Date(o.offeredAt).toLocaleString()}</Table.Td>
                  <Table.Td>{o.customerName ?? o.customerId ?? '—'}</Table.Td>
                  <Table.Td>{KIND_LABELS[o.kind]}</Table.Td>
                  <Table.Td className="num">{formatMoney(o.amountMinor, o.currency)}</Table.Td>
                  <Table.Td><OfferStatusBadge status={o.status} /></Table.Td>
                  <Table.Td>{o.offeredBy}</Table.Td>
                  <Table.Td>
                    {o.decidedBy
                      ? <>{o.decidedBy}{o.decisionComment ? `: “${o.decisionComment}”` : ''}</>
                      : (o.status === 'offered' ? 'within the limit' : '—')}
                  </Table.Td>
                  <Table.Td>
                    {mayOpenInbox
                      ? <Anchor href={`/inbox/${o.conversationId}`} size="sm" c="indigo.9"
                        aria-label={`Open the conversation with ${o.customerName ?? 'the customer'}`}>Open</Anchor>
                      : <Text size="xs">{o.conversationId.slice(0, 8)}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
    </Stack>
  );
}
