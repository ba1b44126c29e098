import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ApiError, get } from '../../api';
import {
  categoriesOf, type ComplaintSearch as Search, EMPTY_SEARCH, highlight, matchShare, refine, SEARCH_LANGUAGES,
  searchPath,
} from '../../logic/complaints/search';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { CHANNELS } from '../../logic/targets';
import type { ComplaintMatch, ComplaintMatches, GovConversation } from '../../types/governance';
import { CaseDetail } from './CaseDetail';

const PERIODS = ['all', '7d', '30d', '90d', '365d'];

function Marked({ text, words }: { text: string; words: string[] }) {
  return <>{highlight(text, words).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/** The brand's settled complaints: full-text search in English, Polish, Greek and Russian, and each case. */
export function ComplaintSearch({ brand, mayOpenInbox }: { brand: string; mayOpenInbox: boolean }) {
  const { t } = useTranslation('complaints');
  const format = useFormat();
  const channelName = (c: string) => t(`channel.${c}`, { defaultValue: c });
  const [form, setForm] = useState<Search>(EMPTY_SEARCH);
  const [asked, setAsked] = useState<Search>(EMPTY_SEARCH);
  const [matches, setMatches] = useState<ComplaintMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [conversations, setConversations] = useState<Record<string, GovConversation>>({});
  const [open, setOpen] = useState<string | null>(null);
  const [categories, setCategories] = useState<string[]>([]);
  const requested = useRef(new Set<string>());

  const run = useCallback((s: Search) => {
    setLoading(true);
    setAsked(s);
    get<ComplaintMatches>(searchPath(brand, s))
      .then(({ body }) => {
        setMatches(body.items);
        setCategories((c) => categoriesOf(body.items, c));
        setError(null);
      })
      .catch((e: ApiError) => setError(e.message))
      .finally(() => setLoading(false));
  }, [brand]);
  useEffect(() => { run(EMPTY_SEARCH); setForm(EMPTY_SEARCH); setOpen(null); }, [run]);

  // The channel and the customer of each case come from its conversation, read once.
  useEffect(() => {
    for (const m of matches ?? []) {
      const id = m.complaintCase.conversationId;
      if (requested.current.has(id)) continue;
      requested.current.add(id);
      get<GovConversation>(`/api/v1/conversations/${id}`)
        .then(({ body }) => setConversations((c) => ({ ...c, [id]: body })))
        .catch(() => { /* shown without its channel; the case itself says enough */ });
    }
  }, [matches]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(form);
  };

  const channels = Object.fromEntries(Object.entries(conversations).map(([id, c]) => [id, c.platform]));
  const shown = matches ? refine(matches, { ...asked, channel: form.channel, period: form.period }, channels, Date.now())
    : [];
  const words = asked.q.trim() ? [...new Set([...asked.q.split(/\s+/), ...(matches ?? []).flatMap((m) => m.matchingTerms)])]
    : [];
  const current = shown.find((m) => m.complaintCase.id === open) ?? null;

  return (
    <Stack>
      <form onSubmit={submit} role="search" aria-label={t('search.form')}>
        <Group align="end">
          <TextInput label={t('search.label')} description={t('search.help')}
            value={form.q} onChange={(e) => setForm({ ...form, q: e.currentTarget.value })} maxLength={1000}
            w={360} placeholder="zgubiona przesyłka, επιστροφή, посылка…" />
          <Select label={t('search.language')}
            data={SEARCH_LANGUAGES.map((value) => ({ value, label: value === 'auto' ? t('search.anyLanguage')
              : format.languageName(value) }))}
            value={form.lang} onChange={(v) => setForm({ ...form, lang: (v ?? 'auto') as Search['lang'] })}
            allowDeselect={false} w={220} />
          <Select label={t('search.category')} data={categories} value={form.category || null} searchable clearable
            placeholder={t('search.anyCategory')} onChange={(v) => setForm({ ...form, category: v ?? '' })} w={170} />
          <Button type="submit" loading={loading}>{t('search.button')}</Button>
        </Group>
        <Group align="end" mt="xs">
          <Select label={t('search.channel')} data={CHANNELS.map((c) => ({ value: c, label: channelName(c) }))}
            value={form.channel || null} clearable placeholder={t('search.anyChannel')}
            onChange={(v) => setForm({ ...form, channel: v ?? '' })} w={170} />
          <Select label={t('search.settled')} data={PERIODS.map((p) => ({ value: p, label: t(`search.periods.${p}`) }))}
            value={form.period} allowDeselect={false}
            onChange={(v) => setForm({ ...form, period: (v ?? 'all') as Search['period'] })} w={170} />
          <Text size="sm" c="gray.8" aria-live="polite" data-testid="complaints-count">
            {matches ? (asked.q.trim() ? t('search.countFor', { count: shown.length, q: asked.q.trim() })
              : t('search.countNewest', { count: shown.length })) : ''}
          </Text>
        </Group>
      </form>
      {error && <Alert color="red" title={t('search.failed')}>{error}</Alert>}
      {matches && shown.length === 0 && !error && <Text c="gray.8">{t('search.none')}</Text>}
      <div className="gov-split">
        <ol className="gov-list" aria-label={t('search.cases')} data-testid="complaint-results">
          {shown.map((m) => {
            const k = m.complaintCase;
            const c = conversations[k.conversationId];
            const share = matchShare(m);
            const score = share == null ? null : t('search.match', { share: format.percent(share, 0) });
            return (
              <li key={k.id}>
                <Paper withBorder p="sm" component="article" className="gov-card" data-case-id={k.id}
                  aria-label={t('search.caseLabel', { problem: k.problem })}>
                  <Group justify="space-between" wrap="nowrap" align="start">
                    <Title order={3} size="h5"><Marked text={k.problem} words={words} /></Title>
                    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                      <Badge color="indigo.8" variant="filled">{k.category}</Badge>
                      {score && <Badge color="gray.8" variant="filled">{score}</Badge>}
                    </Group>
                  </Group>
                  <Text size="sm" mt={4}><b>{t('search.settledLabel')}</b> <Marked text={k.settlement} words={words} /></Text>
                  <Text size="xs" c="gray.8" mt={4}>
                    {t('search.resolved', { at: format.dateTime(k.resolvedAt), who: k.resolvedBy })}
                    {c ? ` · ${t('onChannel', { who: c.author?.name ?? t('customer'), channel: channelName(c.platform) })}` : ''}
                    {k.language ? ` · ${format.languageName(k.language)}` : ''}
                    {m.matchingTerms.length ? ` · ${t('search.matched', { terms: m.matchingTerms.join(', ') })}` : ''}
                  </Text>
                  <Group gap="sm" mt="xs">
                    <Button size="xs" variant="outline" onClick={() => setOpen(k.id)} aria-pressed={open === k.id}
                      aria-label={t('search.detailsOf', { problem: k.problem })}>{t('search.details')}</Button>
                    {mayOpenInbox && <Anchor href={`/inbox/${k.conversationId}`} size="sm" c="indigo.9">
                      {t('open')}</Anchor>}
                  </Group>
                </Paper>
              </li>
            );
          })}
        </ol>
        {current && <CaseDetail brand={brand} match={current} conversation={conversations[current.complaintCase.conversationId]}
          mayOpenInbox={mayOpenInbox} onClose={() => setOpen(null)} />}
      </div>
    </Stack>
  );
}
