import { useEffect, useState } from 'react';
import { Button, Group, Paper, Select, Text, TextInput, Textarea, Title } from '@mantine/core';
import { send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { OFFER_TONE, fromMinor, toMinor } from '../../logic/inbox/workflow';
import type { CompensationOffer } from '../../types/inbox';
import { ErrorLine, problemText, useAll, useWhen } from './common';

const KINDS = ['voucher', 'refund', 'gift'];
const CURRENCIES = ['EUR', 'PLN', 'USD', 'GBP', 'RUB', 'CZK', 'JPY'];

/**
 * What the brand offers the customer: within the agent's limit it is granted at once, above it it waits
 * for an approver (docs/inbox-authority.md#compensation-r28).
 */
export function CompensationPanel({ conversationId, mayOffer, onChanged, version = 0 }: {
  conversationId: string; mayOffer: boolean; onChanged: () => void;
  /** Changes when the conversation changed elsewhere (an approver decided): the offers are read again. */
  version?: number;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  const when = useWhen();
  const money = (minor: number, currency: string) => format.currency(fromMinor(minor, currency), currency);
  const { data, error, reload } = useAll<CompensationOffer>(`/api/v1/conversations/${conversationId}/compensation`);
  const [kind, setKind] = useState<string | null>('voucher');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>('EUR');
  const [note, setNote] = useState('');
  const [reply, setReply] = useState('');
  useEffect(() => { if (version > 0) reload(); }, [version, reload]);
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
        { kind, amountMinor: minor, currency, note: note || undefined, reply: reply.trim() || undefined });
      setLast(body);
      setAmount('');
      setNote('');
      setReply('');
      reload();
      onChanged();
    } catch (e) {
      setSendError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('compensation.title')} data-testid="compensation">
      <Title order={4} size="h5">{t('compensation.title')}</Title>
      <ErrorLine title={t('compensation.failed')} error={error} />
      <ul className="plain-list" data-testid="offers">
        {data?.map((o) => {
          const tone = OFFER_TONE[o.status] ?? 'wait';
          return (
            <li key={o.id} data-offer-status={o.status}>
              <Text size="sm"><span className={`offer-${tone}`}>{tone === 'ok' ? '✓' : tone === 'no' ? '✗' : '⏳'}
                {' '}{t(`compensation.status.${o.status}`, { defaultValue: o.status })}</span>
                {' '}{t('compensation.line', { kind: t(`compensation.kind.${o.kind}`, { defaultValue: o.kind }),
                  amount: money(o.amountMinor, o.currency), name: o.offeredBy, time: when(o.offeredAt) })}</Text>
              {o.status === 'pending_approval' && (
                <Text size="xs" c="gray.8">{t('compensation.aboveLimit', { name: o.offeredBy,
                  limit: money(o.limitMinor, o.currency), time: when(o.approvalDueAt) })}</Text>
              )}
              {o.decidedBy && (
                <Text size="xs" c="gray.8" data-testid="offer-decision">{t(o.status === 'approved'
                  ? 'compensation.approvedBy' : 'compensation.rejectedBy', { name: o.decidedBy,
                  time: when(o.decidedAt) })}{o.decisionComment ? ` — “${o.decisionComment}”` : ''}</Text>
              )}
              {o.draftReply && <Text size="xs">{t('compensation.draft')} “{o.draftReply}”</Text>}
              {o.note && <Text size="xs">{o.note}</Text>}
            </li>
          );
        })}
        {data?.length === 0 && <li><Text size="xs" c="gray.8">{t('compensation.nothing')}</Text></li>}
      </ul>
      {mayOffer && (
        <>
          <Group align="end" gap="xs" mt="xs">
            <Select label={t('compensation.kindLabel')} data={KINDS.map((k) => ({ value: k, label: t(`compensation.kind.${k}`) }))} value={kind} onChange={setKind} allowDeselect={false} w={100} size="xs" />
            <TextInput label={t('compensation.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} w={90} size="xs"
              inputMode="decimal" error={amount && minor === null ? t('compensation.positive') : undefined} />
            <Select label={t('compensation.currency')} data={CURRENCIES} value={currency} onChange={setCurrency} allowDeselect={false}
              w={90} size="xs" />
          </Group>
          <TextInput label={t('compensation.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)}
            size="xs" maxLength={2000} mt={4} />
          <Textarea label={t('compensation.reply')} description={t('compensation.replyHelp')} value={reply}
            onChange={(e) => setReply(e.currentTarget.value)} size="xs" maxLength={2000} mt={4} autosize minRows={2}
            data-testid="offer-reply" />
          <Group justify="flex-end" mt={4}>
            <Button size="xs" color="indigo.8" onClick={offer} loading={busy} disabled={minor === null}>{t('compensation.offer')}</Button>
          </Group>
        </>
      )}
      {last && (
        <Text size="sm" role="status" fw={600} mt={4} data-testid="offer-result">
          {last.status === 'pending_approval'
            ? t('compensation.waiting', { amount: money(last.amountMinor, last.currency) })
            : t('compensation.granted', { amount: money(last.amountMinor, last.currency) })}
        </Text>
      )}
      <ErrorLine title={t('compensation.notOffered')} error={sendError} />
    </Paper>
  );
}
