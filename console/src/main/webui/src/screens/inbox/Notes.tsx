import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { send } from '../../api';
import { type Person, completeMention, mentionAtCursor, mentionOptions, mentionSegments, mentions,
  unknownMentions } from '../../logic/inbox/compose';
import type { Note } from '../../types/inbox';
import { ErrorLine, LoadMore, problemText, useLoad, usePaged } from './common';
import { useFormat, useTranslation } from '../../i18n/i18n';

/**
 * Internal notes, never sent to the customer; @name calls a colleague in (the inbox tells them). Typing "@" opens a
 * picker of the people who can see the brand (GET /api/v1/brands/{brand}/people), an ARIA combobox: ↑/↓ choose,
 * Enter or Tab puts the name in, Esc closes it. A name no one of the brand answers to is pointed out before saving,
 * and the inbox refuses it (422) if it is saved anyway.
 */
export function NotesPanel({ conversationId, brand, onChanged }: {
  conversationId: string; brand: string; onChanged: () => void;
}) {
  const { t } = useTranslation('notes');
  const format = useFormat();
  const { data, error, reload, more } = usePaged<Note>(`/api/v1/conversations/${conversationId}/notes`);
  const directory = useLoad<{ brand: string; people: Person[] }>(`/api/v1/brands/${encodeURIComponent(brand)}/people`);
  const people = directory.data?.people ?? [];
  const [text, setText] = useState('');
  const [cursor, setCursor] = useState(0);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const named = mentions(text);
  const unknown = directory.data ? unknownMentions(text, people) : [];
  const query = mentionAtCursor(text, cursor);
  const options = query === null ? [] : mentionOptions(people, query);
  // Esc closes the picker for this "@" until the cursor moves elsewhere.
  const open = options.length > 0 && closedAt !== cursor;
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (i: number) => `${listId}-option-${i}`;

  const follow = (el: HTMLTextAreaElement) => {
    setCursor(el.selectionStart ?? el.value.length);
  };
  const choose = (person: Person) => {
    const done = completeMention(text, cursor, person.user);
    setText(done.text);
    setCursor(done.cursor);
    setActive(0);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(done.cursor, done.cursor);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if ((e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Escape') {
      // The picker closes; the conversation keeps the focus (the inbox's own Esc is not triggered).
      e.preventDefault();
      e.stopPropagation();
      setClosedAt(cursor);
    }
  };

  const add = async () => {
    setBusy(true);
    setSendError(null);
    try {
      await send('POST', `/api/v1/conversations/${conversationId}/notes`, { text });
      setText('');
      setCursor(0);
      reload();
      onChanged();
    } catch (e) {
      setSendError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" mt="md" component="section" aria-label={t('title')} data-testid="notes">
      <Title order={4} size="h5">{t('title')}</Title>
      <ErrorLine title={t('notLoaded')} error={error} />
      <Stack gap={6} mb="xs">
        {data?.map((n) => (
          <div key={n.id} className="note" data-testid="note">
            <Text size="xs" fw={600}>{n.author} · {format.dateTime(n.createdAt)}
              {n.mentioned.length > 0 ? ` · ${t('told', { who: n.mentioned.map((m) => `@${m}`).join(', ') })}` : ''}</Text>
            <Text size="sm">{mentionSegments(n.text).map((s, i) => (s.mention
              ? <strong key={i} className="mention">{s.text}</strong> : <span key={i}>{s.text}</span>))}</Text>
          </div>
        ))}
        {data?.length === 0 && <Text size="xs" c="gray.8">{t('none')}</Text>}
        <LoadMore more={more} />
      </Stack>
      <div className="mention-field">
        <Textarea ref={area} label={t('label')} description={t('helpPicker')}
          autosize minRows={2} maxLength={4000} value={text}
          onChange={(e) => { setText(e.currentTarget.value); follow(e.currentTarget); setActive(0); }}
          onSelect={(e) => follow(e.currentTarget)} onKeyDown={onKeyDown}
          onBlur={() => setClosedAt(cursor)} onFocus={() => setClosedAt(null)}
          role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
          aria-activedescendant={open ? optionId(current) : undefined} data-testid="note-text" />
        <ul role="listbox" id={listId} aria-label={t('people', { brand })} className="mention-options"
          hidden={!open} data-testid="mention-options">
          {open && options.map((p, i) => (
            <li key={p.user} id={optionId(i)} role="option" aria-selected={i === current}
              className={i === current ? 'mention-option mention-option-active' : 'mention-option'}
              onMouseDown={(e) => { e.preventDefault(); choose(p); }}>
              <b>@{p.user}</b>{p.name ? ` · ${p.name}` : ''}
              <span className="mention-roles"> · {p.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</span>
            </li>
          ))}
        </ul>
      </div>
      {directory.error && <Text size="xs" c="gray.8">{t('noDirectory')}</Text>}
      <Group justify="space-between" mt={4} wrap="nowrap" align="flex-start">
        <div aria-live="polite">
          {named.length > 0 && unknown.length === 0 && (
            <Text size="xs" c="gray.8">{t('willTell', { who: named.map((m) => `@${m}`).join(', ') })}</Text>
          )}
          {unknown.length > 0 && (
            <Text size="xs" c="red.9" data-testid="unknown-mentions">
              {t('unknown', { count: unknown.length, who: unknown.map((m) => `@${m}`).join(', '), brand })}
            </Text>
          )}
        </div>
        <Button size="xs" color="indigo.8" onClick={add} loading={busy} disabled={!text.trim()}>{t('add')}</Button>
      </Group>
      <ErrorLine title={t('notSaved')} error={sendError} />
    </Paper>
  );
}
