import { useState } from 'react';
import { Button, Group, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { send } from '../../api';
import { OFFER_STATUS, formatMoney, toMinor } from '../../logic/inbox/workflow';
import type { CompensationOffer } from '../../types/inbox';
import { ErrorLine, problemText, useLoad, when } from './common';

const KINDS = [{ value: 'voucher', label: 'Voucher' }, { value: 'refund', label: 'Refund' }, { value: 'gift', label: 'Gift' }];
const CURRENCIES = ['EUR', 'PLN', 'USD', 'GBP', 'RUB', 'CZK', 'JPY'];

/**
 * What the brand offers the customer: within the agent's limit it is granted at once, above it it waits
 * for an approver (docs/inbox-authority.md#compensation-r28).
 */
export function CompensationPanel({ conversationId, mayOffer, onChanged }: {
  conversationId: string; mayOffer: boolean; onChanged: () => void;
}) {
  const { data, error, reload } = useLoad<CompensationOffer[]>(`/api/v1/conversations/${conversationId}/compensation`);
  const [kind, setKind] = useState<string | null>('voucher');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>('EUR');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [last, setLast] = useState<CompensationOffer | null>(null);
  const minor = currency ? toMinor(amount, currency) : null;

  const offer = async () => {
    if (minor === null || !kind || !currency) return;
    setBusy(true);
    setSendError(null);
    try {
      const { body } = await send<CompensationOffer>('POST', `/api/v1/conversations/${conversationId}/compensation`,
        { kind, amountMinor: minor, currency, note: note || undefined });
      setLast(body);
      setAmount('');
      setNote('');
      reload();
      onChanged();
    } catch (e) {
      setSendError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label="Compensation" data-testid="compensation">
      <Title order={4} size="h5">Compensation</Title>
      <ErrorLine title="Offers not loaded" error={error} />
      <ul className="plain-list" data-testid="offers">
        {data?.map((o) => {
          const s = OFFER_STATUS[o.status] ?? { label: o.status, tone: 'wait' };
          return (
            <li key={o.id} data-offer-status={o.status}>
              <Text size="sm"><span className={`offer-${s.tone}`}>{s.tone === 'ok' ? '✓' : s.tone === 'no' ? '✗' : '⏳'} {s.label}</span>
                {' '}{o.kind} {formatMoney(o.amountMinor, o.currency)} · {o.offeredBy} {when(o.offeredAt)}</Text>
              {o.status === 'pending_approval' && (
                <Text size="xs" c="gray.8">Above {o.offeredBy}’s limit of {formatMoney(o.limitMinor, o.currency)};
                  an approver decides by {when(o.approvalDueAt)}</Text>
              )}
              {o.decidedBy && <Text size="xs" c="gray.8">{o.decidedBy}: {o.decisionComment ?? ''}</Text>}
              {o.note && <Text size="xs">{o.note}</Text>}
            </li>
          );
        })}
        {data?.length === 0 && <li><Text size="xs" c="gray.8">Nothing offered yet.</Text></li>}
      </ul>
      {mayOffer && (
        <>
          <Group align="end" gap="xs" mt="xs">
            <Select label="Kind" data={KINDS} value={kind} onChange={setKind} allowDeselect={false} w={100} size="xs" />
            <TextInput label="Amount" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} w={90} size="xs"
              inputMode="decimal" error={amount && minor === null ? 'a positive amount' : undefined} />
            <Select label="Currency" data={CURRENCIES} value={currency} onChange={setCurrency} allowDeselect={false}
              w={90} size="xs" />
          </Group>
          <TextInput label="Note for the approver and the ledger" value={note} onChange={(e) => setNote(e.currentTarget.value)}
            size="xs" maxLength={2000} mt={4} />
          <Group justify="flex-end" mt={4}>
            <Button size="xs" color="indigo.8" onClick={offer} loading={busy} disabled={minor === null}>Offer</Button>
          </Group>
        </>
      )}
      {last && (
        <Text size="sm" role="status" fw={600} mt={4} data-testid="offer-result">
          {last.status === 'pending_approval' ? `⏳ Waiting for approval: ${formatMoney(last.amountMinor, last.currency)} is above your limit`
            : `✓ Granted: ${formatMoney(last.amountMinor, last.currency)}`}
        </Text>
      )}
      <ErrorLine title="Not offered" error={sendError} />
    </Paper>
  );
}
