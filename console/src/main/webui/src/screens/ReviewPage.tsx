import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { networkName } from '../logic/publishing/limits';
import type { ReviewView } from '../types/publishing';
import { NetworkPreview } from './publishing/Preview';
import { useStatusLabel } from './publishing/common';
import { useFormat, useTranslation } from '../i18n/i18n';

/** The reviewer's own zone: the page has no brand to ask. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The reviewer signs in nowhere and picks no language: the page follows the browser's (i18n's initial language),
 * and writes times in the reviewer's own zone.
 */
function useWhen() {
  const format = useFormat();
  return (at: string | null | undefined) => (at ? format.dateTime(at, ZONE) : '');
}

interface Failure { status: number; detail: string }

/**
 * A call of the public review API: no session, no token — the link's token in the path is the credential
 * (calendar-service checks it; the console relays only /api/v1/review/<token>/…).
 */
async function review<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.method === 'POST') {
    headers.set('X-Parley-Console', '1');
    headers.set('Content-Type', 'application/json; charset=utf-8');
  }
  const response = await fetch(path, { ...init, headers, credentials: 'omit', redirect: 'error' });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw { status: response.status, detail: body?.detail ?? body?.title ?? `HTTP ${response.status}` } as Failure;
  }
  return body as T;
}

/**
 * The external reviewer's page (`/review/<token>`), reached without signing in: the story's variants as they will
 * look on their networks, approve or ask for changes, comment. Nothing else of the console is on it or linked from
 * it; an expired or revoked link (410) says so plainly.
 */
export function ReviewPage({ token }: { token: string }) {
  const { t } = useTranslation('review');
  const when = useWhen();
  const statusLabel = useStatusLabel();
  const base = `/api/v1/review/${encodeURIComponent(token)}`;
  const [view, setView] = useState<ReviewView | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    review<ReviewView>(base).then((v) => { setView(v); setFailure(null); })
      .catch((f: Failure) => setFailure(f));
  }, [base]);
  useEffect(() => { load(); }, [load]);
  useEffect(() => { document.title = view ? t('title', { title: view.story.title }) : t('pageTitle'); }, [view, t]);

  return (
    <main className="review-page" id="main">
      {failure?.status === 410 && (
        <Stack data-testid="review-gone">
          <Title order={1}>{t('gone.title')}</Title>
          <Text>{t('gone.text')}</Text>
        </Stack>
      )}
      {failure && failure.status !== 410 && (
        <Stack data-testid="review-failed">
          <Title order={1}>{failure.status === 404 ? t('failed.unknown') : t('failed.title')}</Title>
          <Text>{failure.status === 429 ? t('failed.tooMany')
            : failure.status === 404 ? t('failed.checkLink') : failure.detail}</Text>
        </Stack>
      )}
      {!failure && !view && <Text>{t('loading')}</Text>}
      {view && !failure && (
        <Stack>
          <div>
            <Title order={1}>{t('title', { title: view.story.title })}</Title>
            <Text>{t('hello', { name: view.reviewer.name, until: when(view.expiresAt), zone: ZONE })}</Text>
            {view.story.brief && <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}><strong>{t('brief')}</strong> {view.story.brief}</Text>}
          </div>
          {done && <Alert color="teal" role="status" title={t('thanks')} data-testid="review-done" withCloseButton
            closeButtonLabel={t('dismiss')}
            onClose={() => setDone(null)}>{done}</Alert>}
          {view.variants.map((v) => (
            <section key={v.id} aria-label={`${networkName(v.platform)}: ${v.channelName}`} data-variant-id={v.id}
              data-platform={v.platform} style={{ borderTop: '1px solid #ced4da', paddingTop: 12 }}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4">{networkName(v.platform)} · {v.channelName}</Title>
                <Badge color="gray.8" variant="filled" data-testid="review-status">{statusLabel(v.status)}</Badge>
              </Group>
              <div className="gov-split">
                <NetworkPreview platform={v.platform} channelName={v.channelName} text={v.text} link={v.link}
                  scheduledText={v.scheduledFor ? when(v.scheduledFor) : undefined}
                  images={v.media.map((m) => ({ id: m.id, src: `${base}/media/${encodeURIComponent(m.id)}` }))} />
                <div className="gov-detail">
                  {v.canDecide ? <ReviewDecision base={base} variantId={v.id}
                    onDone={(text) => { setDone(`${networkName(v.platform)}: ${text}`); load(); }}
                    onGone={(f) => setFailure(f)} />
                    : <Text size="sm">{t('nothingToDecide')}</Text>}
                </div>
              </div>
            </section>
          ))}
          <ReviewComments base={base} view={view} onPosted={load} onGone={(f) => setFailure(f)} />
        </Stack>
      )}
    </main>
  );
}

function ReviewDecision({ base, variantId, onDone, onGone }: {
  base: string; variantId: string; onDone: (text: string) => void; onGone: (f: Failure) => void;
}) {
  const { t } = useTranslation('review');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approve' | 'request_changes') => {
    setBusy(true);
    setProblem(null);
    try {
      await review(`${base}/decisions`, { method: 'POST', body: JSON.stringify({ variantId, decision, comment }) });
      onDone(decision === 'approve' ? t('approved') : t('changesRequested'));
      setComment('');
    } catch (e) {
      const f = e as Failure;
      if (f.status === 410) onGone(f); else setProblem(f.detail);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea label={t('yourComment')} description={t('commentHelp')} autosize minRows={2} value={comment}
        onChange={(e) => setComment(e.currentTarget.value)} />
      <Group>
        <Button color="teal.9" loading={busy} onClick={() => decide('approve')}>{t('approve')}</Button>
        <Button color="red.9" variant="outline" loading={busy} disabled={!comment.trim()}
          onClick={() => decide('request_changes')}>{t('requestChanges')}</Button>
      </Group>
      {problem && <Alert color="red" role="alert" title={t('notRecorded')}>{problem}</Alert>}
    </Stack>
  );
}

function ReviewComments({ base, view, onPosted, onGone }: {
  base: string; view: ReviewView; onPosted: () => void; onGone: (f: Failure) => void;
}) {
  const { t } = useTranslation('review');
  const when = useWhen();
  const [text, setText] = useState('');
  const [about, setAbout] = useState<string | null>('');
  const [problem, setProblem] = useState<string | null>(null);
  const post = async () => {
    setProblem(null);
    try {
      await review(`${base}/comments`, { method: 'POST', body: JSON.stringify({ variantId: about || null, text }) });
      setText('');
      onPosted();
    } catch (e) {
      const f = e as Failure;
      if (f.status === 410) onGone(f); else setProblem(f.detail);
    }
  };
  const name = (variantId: string | null) => {
    const v = view.variants.find((x) => x.id === variantId);
    return v ? `${networkName(v.platform)} · ${v.channelName}` : t('wholeStory');
  };
  return (
    <Stack gap="xs" component="section" aria-label={t('comments')} style={{ borderTop: '1px solid #ced4da', paddingTop: 12 }}>
      <Title order={2} size="h4">{t('comments')}</Title>
      {view.comments.length === 0 && <Text size="sm">{t('noComments')}</Text>}
      {[...view.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => (
        <div key={c.id} className="comment">
          <Text size="sm" fw={600}>{c.author} · {t('about', { what: name(c.variantId) })} · {when(c.createdAt)}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
        </div>
      ))}
      <Select label={t('aboutLabel')} value={about} onChange={setAbout} allowDeselect={false} w={320}
        data={[{ value: '', label: t('wholeStoryOption') }, ...view.variants.map((v) => ({ value: v.id, label: name(v.id) }))]} />
      <Textarea label={t('comment')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group><Button color="indigo.8" disabled={!text.trim()} onClick={post}>{t('commentButton')}</Button></Group>
      {problem && <Alert color="red" role="alert" title={t('notRecorded')}>{problem}</Alert>}
    </Stack>
  );
}
