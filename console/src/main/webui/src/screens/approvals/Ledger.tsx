import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { ApiError, get, getPage, query } from '../../api';
import { filterByKind, ledgerPeriod, OFFER_KINDS, OFFER_STATUSES, totalRows, totalsOf } from '../../logic/approvals/approvals';
import { useApprovalWords } from './words';
import type { CompensationLedger, CompensationOffer, OfferKind } from '../../types/governance';
import { OfferStatusBadge } from './ApprovalQueue';

const PERIODS = ['7d', '30d', '90d', 'month'];

/** The brand's ledger: who offered what to whom, and its status, newest first, with totals per currency. */
export function Ledger({ brand, mayOpenInbox, version }: { brand: string; mayOpenInbox: boolean; version: number }) {
  const w = useApprovalWords();
  const { t } = w;
  const [period, setPeriod] = useState<string>('30d');
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<OfferKind | null>(null);
  const [ledger, setLedger] = useState<CompensationLedger | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The path of the ledger's pages: the window fixed when the period was chosen, so that "Load more" reads on in it.
  const [path, setPath] = useState<string | null>(null);
  const load = useCallback(() => {
    const { from, to } = ledgerPeriod(period, Date.now());
    const first = `/api/v1/brands/${encodeURIComponent(brand)}/compensation/ledger` + query({ from, to, status });
    get<CompensationLedger>(first)
      .then(({ body }) => { setLedger(body); setPath(first); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand, period, status]);
  useEffect(load, [load, version]);
  const more = ledger?.nextCursor && path ? () => {
    getPage<CompensationOffer>(path, ledger.nextCursor ?? null)
      .then(({ body }) => setLedger((current) => current && {
        ...current, items: [...current.items, ...body.items], nextCursor: body.nextCursor }))
      .catch((e: ApiError) => setError(e.message));
  } : null;

  const items = ledger ? filterByKind(ledger.items, kind) : [];
  // With a kind chosen, the totals are those of the lines shown; without one, the service's over the period.
  const totals = ledger ? totalRows(kind ? totalsOf(items) : ledger.totals) : [];

  return (
    <Stack>
      <Group align="end">
        <Select label={t('ledger.period')} data={PERIODS.map((p) => ({ value: p, label: t(`ledger.periods.${p}`) }))} value={period} onChange={(v) => setPeriod(v ?? '30d')} w={170}
          allowDeselect={false} />
        <Select label={t('ledger.status')} data={OFFER_STATUSES.map((value) => ({ value, label: w.status(value) }))}
          value={status} onChange={setStatus} clearable placeholder={t('ledger.anyStatus')} w={200} />
        <Select label={t('ledger.kind')} data={OFFER_KINDS.map((value) => ({ value, label: w.kind(value) }))}
          value={kind} onChange={(v) => setKind(v as OfferKind | null)} clearable placeholder={t('ledger.anyKind')} w={150} />
      </Group>
      {error && <Alert color="red" title={t('ledger.failed')}>{error}</Alert>}
      <section aria-labelledby="ledger-totals">
        <Title order={3} size="h4" id="ledger-totals">
          {kind ? t('ledger.totalsOfKind', { kind: w.kind(kind) }) : t('ledger.totals')}
        </Title>
        {totals.length === 0
          ? <Text c="gray.8">{t('ledger.none')}</Text>
          : (
            <Table striped withTableBorder data-testid="ledger-totals">
              <Table.Thead>
                <Table.Tr><Table.Th>{t('ledger.currency')}</Table.Th><Table.Th>{t('ledger.granted')}</Table.Th>
                  <Table.Th>{t('ledger.pending')}</Table.Th><Table.Th>{t('ledger.rejected')}</Table.Th>
                  <Table.Th>{t('ledger.offers')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {totals.map((x) => (
                  <Table.Tr key={x.currency} data-currency={x.currency}>
                    <Table.Th scope="row">{x.currency}</Table.Th>
                    <Table.Td className="num">{w.money(x.grantedMinor, x.currency)}</Table.Td>
                    <Table.Td className="num">{w.money(x.pendingMinor, x.currency)}</Table.Td>
                    <Table.Td className="num">{w.money(x.rejectedMinor, x.currency)}</Table.Td>
                    <Table.Td className="num">{w.format.number(x.offers)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
      </section>
      <section aria-labelledby="ledger-lines">
        <Title order={3} size="h4" id="ledger-lines">{t('ledger.lines', { count: items.length })}</Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder data-testid="ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.when')}</Table.Th><Table.Th>{t('ledger.customer')}</Table.Th>
                <Table.Th>{t('ledger.kind')}</Table.Th><Table.Th>{t('ledger.amount')}</Table.Th>
                <Table.Th>{t('ledger.status')}</Table.Th><Table.Th>{t('ledger.offeredBy')}</Table.Th>
                <Table.Th>{t('ledger.decision')}</Table.Th><Table.Th>{t('ledger.conversation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id} data-offer-id={o.id}>
                  <Table.Td>{w.format.dateTime(o.offeredAt)}</Table.Td>
                  <Table.Td>{o.customerName ?? o.customerId ?? '—'}</Table.Td>
                  <Table.Td>{w.kind(o.kind)}</Table.Td>
                  <Table.Td className="num">{w.money(o.amountMinor, o.currency)}</Table.Td>
                  <Table.Td><OfferStatusBadge status={o.status} /></Table.Td>
                  <Table.Td>{o.offeredBy}</Table.Td>
                  <Table.Td>
                    {o.decidedBy
                      ? <>{o.decidedBy}{o.decisionComment ? `: “${o.decisionComment}”` : ''}</>
                      : (o.status === 'offered' ? t('ledger.withinLimit') : '—')}
                  </Table.Td>
                  <Table.Td>
                    {mayOpenInbox
                      ? <Anchor href={`/inbox/${o.conversationId}`} size="sm" c="indigo.9"
                        aria-label={t('ledger.openWith', { customer: o.customerName ?? t('theCustomer') })}>{t('ledger.open')}</Anchor>
                      : <Text size="xs">{o.conversationId.slice(0, 8)}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {more && <Button variant="subtle" size="xs" mt="xs" onClick={more}>{t('posts.loadMore')}</Button>}
      </section>
    </Stack>
  );
}
