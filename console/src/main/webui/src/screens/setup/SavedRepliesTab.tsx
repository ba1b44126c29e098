import { useRef, useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { ApiError, query, send } from '../../api';
import { LANGUAGES, type Language } from '../../i18n/locale';
import type { Me } from '../../logic/navigation';
import { fieldErrors, searchReplies } from '../../logic/setup/setup';
import { exampleFor, fill, unknownVariables, valuesFrom, VARIABLES } from '../../logic/setup/templates';
import type { ConversationPage } from '../../types/inbox';
import type { SavedReply, SavedReplyRequest } from '../../types/setup';
import { readAll, useResource, useSetupWords } from './common';
import { ChangesPanel } from './ChangesPanel';

const SENTIMENTS = ['positive', 'neutral', 'negative'];

/** The brand's saved replies: searched and paged, written with variables and tone guidance, previewed per language. */
export function SavedRepliesTab({ brand, me }: { brand: string; me: Me }) {
  const w = useSetupWords();
  const { t, format } = w;
  const b = encodeURIComponent(brand);
  const replies = useResource<SavedReply[]>(`/api/v1/brands/${b}/saved-replies`, readAll<SavedReply>);
  const [q, setQ] = useState('');
  const [language, setLanguage] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<SavedReply | Partial<SavedReplyRequest> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const found = searchReplies(replies.data ?? [], q, language, page);
  const languages = Array.from(new Set([...LANGUAGES, ...(replies.data ?? []).map((r) => r.language)]));
  const done = (text: string) => { setEditing(null); setNotice(text); replies.reload(); setVersion((v) => v + 1); };

  return (
    <Stack>
      <Text size="sm">{t('replies.intro')}</Text>
      {replies.error && <Alert color="red" title={t('loadFailed', { detail: replies.error })} />}
      {notice && <Alert color="green" role="status" data-testid="reply-notice">{notice}</Alert>}
      <Group align="end">
        <TextInput label={t('replies.search')} value={q} w={280} type="search" data-testid="replies-search"
          onChange={(e) => { setQ(e.currentTarget.value); setPage(0); }} />
        <Select label={t('replies.language')} w={180} value={language ?? ''} allowDeselect={false}
          data={[{ value: '', label: t('replies.allLanguages') }, ...languages.map((l) => ({ value: l, label: format.languageName(l) }))]}
          onChange={(v) => { setLanguage(v || null); setPage(0); }} />
        <Button onClick={() => { setNotice(null); setEditing({ language: language ?? w.format.language }); }}
          data-testid="reply-new">{t('replies.new')}</Button>
      </Group>
      {!replies.data && !replies.error && <Text role="status">{t('loading')}</Text>}
      {replies.data && (
        <>
          <Text size="sm" role="status" data-testid="replies-count">{t('replies.count', { count: found.total })}</Text>
          {found.total === 0 ? <Text>{t('replies.noneFound')}</Text> : (
            <div className="table-scroll">
              <Table striped data-testid="replies-table">
                <caption className="visually-hidden">{t('replies.caption', { brand, page: found.page + 1, pages: found.pages })}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('replies.title')}</Table.Th>
                    <Table.Th scope="col">{t('replies.language')}</Table.Th>
                    <Table.Th scope="col">{t('replies.body')}</Table.Th>
                    <Table.Th scope="col">{t('replies.mood')}</Table.Th>
                    <Table.Th scope="col">{t('replies.updated')}</Table.Th>
                    <Table.Th scope="col"><span className="visually-hidden">{t('replies.edit', { title: '' })}</span></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {found.items.map((r) => (
                    <Table.Tr key={r.id} data-testid="reply-row">
                      <Table.Th scope="row" lang={r.language}>{r.title}</Table.Th>
                      <Table.Td>{format.languageName(r.language)}</Table.Td>
                      <Table.Td lang={r.language}><Text size="sm" lineClamp={2}>{r.body}</Text></Table.Td>
                      <Table.Td>{t(`replies.sentiment.${r.sentiment ?? 'any'}`)}</Table.Td>
                      <Table.Td>{format.dateTime(r.updatedAt)}</Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="default" aria-label={t('replies.edit', { title: r.title })}
                          onClick={() => { setNotice(null); setEditing(r); }}>{t('replies.edit', { title: '' }).trim()}</Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {found.pages > 1 && (
            <Group gap="xs" component="nav" aria-label={t('replies.page', { page: found.page + 1, pages: found.pages })}>
              <Button size="compact-sm" variant="default" disabled={found.page === 0} onClick={() => setPage(found.page - 1)}>
                {t('replies.previous')}</Button>
              <Text size="sm">{t('replies.page', { page: format.number(found.page + 1), pages: format.number(found.pages) })}</Text>
              <Button size="compact-sm" variant="default" disabled={found.page >= found.pages - 1}
                onClick={() => setPage(found.page + 1)} data-testid="replies-next">{t('replies.next')}</Button>
            </Group>
          )}
        </>
      )}
      {editing && (
        <ReplyEditor key={'id' in editing ? editing.id : `new-${editing.language}-${editing.title ?? ''}`} brand={brand} me={me}
          reply={editing} onCancel={() => setEditing(null)}
          onSaved={(title) => done(t('replies.saved', { title }))} onDeleted={(title) => done(t('replies.deleted', { title }))}
          onWriteVersion={(draft) => setEditing(draft)} />
      )}
      <ChangesPanel brand={brand} subject="saved-reply" version={version} />
    </Stack>
  );
}

function ReplyEditor({ brand, me, reply, onCancel, onSaved, onDeleted, onWriteVersion }: {
  brand: string; me: Me; reply: SavedReply | Partial<SavedReplyRequest>; onCancel: () => void;
  onSaved: (title: string) => void; onDeleted: (title: string) => void;
  onWriteVersion: (draft: Partial<SavedReplyRequest>) => void;
}) {
  const w = useSetupWords();
  const { t, format } = w;
  const existing = 'id' in reply ? reply as SavedReply : null;
  const [draft, setDraft] = useState<SavedReplyRequest>({ language: reply.language ?? 'en', title: reply.title ?? '',
    body: reply.body ?? '', sentiment: reply.sentiment ?? null, guidance: reply.guidance ?? null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewIn, setPreviewIn] = useState<string>((LANGUAGES as readonly string[]).includes(draft.language)
    ? draft.language : 'en');
  const body = useRef<HTMLTextAreaElement>(null);
  const b = encodeURIComponent(brand);
  // the brand's latest conversations: the preview's customers, one per language where there is one
  const recent = useResource<ConversationPage>(`/api/v1/conversations${query({ brand, sort: 'newest', limit: 100 })}`);
  const unknown = unknownVariables(draft.body);

  const insert = (variable: string) => {
    const el = body.current;
    const token = `{${variable}}`;
    const at = el ? el.selectionStart : draft.body.length;
    const end = el ? el.selectionEnd : draft.body.length;
    setDraft({ ...draft, body: draft.body.slice(0, at) + token + draft.body.slice(end) });
    requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(at + token.length, at + token.length); });
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.title.trim()) local.title = t('reply.required');
    if (!draft.body.trim()) local.body = t('reply.required');
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const request = { ...draft, guidance: draft.guidance?.trim() ? draft.guidance : null };
      if (existing) await send<SavedReply>('PUT', `/api/v1/brands/${b}/saved-replies/${existing.id}`, request);
      else await send<SavedReply>('POST', `/api/v1/brands/${b}/saved-replies`, request);
      onSaved(draft.title);
    } catch (err) {
      setErrors(fieldErrors((err as ApiError).problem?.errors));
      setFailure(t('saveFailed', { detail: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!existing) return;
    try {
      await send<null>('DELETE', `/api/v1/brands/${b}/saved-replies/${existing.id}`, null);
      onDeleted(existing.title);
    } catch (err) {
      setFailure(t('saveFailed', { detail: (err as Error).message }));
    }
  };

  const languageOptions = Array.from(new Set([...LANGUAGES, draft.language]))
    .map((l) => ({ value: l, label: format.languageName(l) }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reply-editor-title" data-testid="reply-editor">
      <Title order={3} size="h4" id="reply-editor-title">
        {existing ? t('reply.titleEdit', { title: existing.title }) : t('reply.titleNew')}
      </Title>
      <Group align="start" grow mt="sm" className="setup-reply">
        <form onSubmit={(e) => { void save(e); }} noValidate data-testid="reply-form">
          <Stack gap="sm">
            <Select label={t('reply.language')} data={languageOptions} value={draft.language} allowDeselect={false}
              error={errors.language} data-testid="reply-language"
              onChange={(v) => { if (v) setDraft({ ...draft, language: v }); }} />
            <TextInput label={t('reply.title')} required value={draft.title} error={errors.title} lang={draft.language}
              data-testid="reply-title" onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
            <Textarea ref={body} label={t('reply.body')} description={t('reply.bodyHint')} required minRows={4} rows={5}
              value={draft.body} lang={draft.language} data-testid="reply-body"
              error={errors.body ?? (unknown.length ? t('reply.unknown', { list: unknown.map((v) => `{${v}}`).join(', ') }) : undefined)}
              onChange={(e) => setDraft({ ...draft, body: e.currentTarget.value })} />
            <Group gap={4}>
              {VARIABLES.map((v) => (
                <Button key={v} size="compact-xs" variant="light" onClick={() => insert(v)} data-testid={`insert-${v}`}>
                  {t('reply.insert', { variable: t(`reply.variable.${v}`) })}
                </Button>
              ))}
            </Group>
            <Select label={t('reply.sentiment')} value={draft.sentiment ?? ''} allowDeselect={false} error={errors.sentiment}
              data={[{ value: '', label: t('replies.sentiment.any') },
                ...SENTIMENTS.map((s) => ({ value: s, label: t(`replies.sentiment.${s}`) }))]}
              onChange={(v) => setDraft({ ...draft, sentiment: v || null })} />
            <Textarea label={t('reply.guidance')} description={t('reply.guidanceHint')} minRows={2} rows={3}
              value={draft.guidance ?? ''} error={errors.guidance} lang={draft.language} data-testid="reply-guidance"
              onChange={(e) => setDraft({ ...draft, guidance: e.currentTarget.value })} />
            <Group>
              <Button type="submit" loading={busy} data-testid="reply-save">{t('save')}</Button>
              <Button variant="default" onClick={onCancel}>{t('cancel')}</Button>
              {existing && <Button variant="outline" color="red.9" onClick={() => { void remove(); }}>{t('replies.delete')}</Button>}
            </Group>
            {failure && <Alert color="red" role="alert" data-testid="reply-failure">{failure}</Alert>}
          </Stack>
        </form>
        <Stack gap="xs" component="section" aria-labelledby="reply-preview-title">
          <Title order={4} size="h5" id="reply-preview-title">{t('reply.preview')}</Title>
          <Text size="xs">{t('reply.previewIntro')}</Text>
          <Tabs value={previewIn} onChange={(v) => { if (v) setPreviewIn(v); }}>
            <Tabs.List aria-label={t('reply.previewTabs')}>
              {LANGUAGES.map((l) => (
                <Tabs.Tab key={l} value={l} data-testid={`preview-tab-${l}`}>{format.languageName(l)}</Tabs.Tab>
              ))}
            </Tabs.List>
            {LANGUAGES.map((l: Language) => {
              const example = exampleFor(l, recent.data?.items ?? [], brand);
              const text = fill(draft.body, valuesFrom(example, me.userName));
              return (
                <Tabs.Panel key={l} value={l} pt="xs">
                  <Text size="xs">{t(example.madeUp ? 'reply.exampleMadeUp' : 'reply.exampleReal',
                    { author: example.author.name, channel: w.network(example.platform) })}</Text>
                  <Paper withBorder p="sm" mt={6} className="setup-preview" data-testid={`preview-${l}`}>
                    {draft.body.trim() ? <Text size="sm" lang={draft.language} style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
                      : <Text size="sm" c="dimmed">{t('reply.empty')}</Text>}
                  </Paper>
                  {draft.guidance?.trim() && (
                    <Text size="xs" mt={4} lang={draft.language} fs="italic">{draft.guidance}</Text>
                  )}
                  {draft.language !== l && (
                    <Stack gap={4} mt="xs">
                      <Text size="xs">{t('reply.otherLanguage', { reply: format.languageName(draft.language),
                        customer: format.languageName(l) })}</Text>
                      <Group>
                        <Button size="compact-xs" variant="light" data-testid={`write-version-${l}`}
                          onClick={() => onWriteVersion({ language: l, title: draft.title, sentiment: draft.sentiment,
                            guidance: draft.guidance, body: '' })}>
                          {t('reply.writeVersion', { language: format.languageName(l) })}
                        </Button>
                      </Group>
                    </Stack>
                  )}
                </Tabs.Panel>
              );
            })}
          </Tabs>
        </Stack>
      </Group>
    </Paper>
  );
}
