import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { networkName } from '../logic/publishing/limits';
import { statusLabel } from '../logic/publishing/calendar';
import type { ReviewView } from '../types/publishing';
import { NetworkPreview } from './publishing/Preview';

/** The reviewer's own zone: the page has no brand to ask. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const when = (at: string | null | undefined) => (at
  ? new Date(at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE }) : '');

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
  const base = `/api/v1/review/${encodeURIComponent(token)}`;
  const [view, setView] = useState<ReviewView | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    review<ReviewView>(base).then((v) => { setView(v); setFailure(null); })
      .catch((f: Failure) => setFailure(f));
  }, [base]);
  useEffect(() => { load(); }, [load]);
  useEffect(() => { document.title = view ? `Review: ${view.story.title}` : 'Review a post'; }, [view]);

  return (
    <main className="review-page" id="main">
      {failure?.status === 410 && (
        <Stack data-testid="review-gone">
          <Title order={1}>This review link has expired or was revoked</Title>
          <Text>It can no longer be used to see or review the post. If you still need to review it, ask the person who
            sent you the link for a new one.</Text>
        </Stack>
      )}
      {failure && failure.status !== 410 && (
        <Stack data-testid="review-failed">
          <Title order={1}>{failure.status === 404 ? 'This review link is not known' : 'The review could not be loaded'}</Title>
          <Text>{failure.status === 429 ? 'Too many requests from this link: wait a minute and load the page again.'
            : failure.status === 404 ? 'Check that the whole link was copied.' : failure.detail}</Text>
        </Stack>
      )}
      {!failure && !view && <Text>Loading the review…</Text>}
      {view && !failure && (
        <Stack>
          <div>
            <Title order={1}>Review: {view.story.title}</Title>
            <Text>Hello {view.reviewer.name}. Each post below is shown as it will look on its network; approve it or ask
              for changes, and comment if you like. This link works until {when(view.expiresAt)} ({ZONE}).</Text>
            {view.story.brief && <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}><strong>Brief:</strong> {view.story.brief}</Text>}
          </div>
          {done && <Alert color="teal" role="status" title="Thank you" data-testid="review-done" withCloseButton closeButtonLabel="Dismiss"
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
                    : <Text size="sm">Nothing to decide on this post now.</Text>}
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
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approve' | 'request_changes') => {
    setBusy(true);
    setProblem(null);
    try {
      await review(`${base}/decisions`, { method: 'POST', body: JSON.stringify({ variantId, decision, comment }) });
      onDone(decision === 'approve' ? 'approved' : 'changes requested');
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
      <Textarea label="Your comment" description="Needed when asking for changes" autosize minRows={2} value={comment}
        onChange={(e) => setComment(e.currentTarget.value)} />
      <Group>
        <Button color="teal.9" loading={busy} onClick={() => decide('approve')}>Approve</Button>
        <Button color="red.9" variant="outline" loading={busy} disabled={!comment.trim()}
          onClick={() => decide('request_changes')}>Request changes</Button>
      </Group>
      {problem && <Alert color="red" role="alert" title="Not recorded">{problem}</Alert>}
    </Stack>
  );
}

function ReviewComments({ base, view, onPosted, onGone }: {
  base: string; view: ReviewView; onPosted: () => void; onGone: (f: Failure) => void;
}) {
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
    return v ? `${networkName(v.platform)} · ${v.channelName}` : 'the whole story';
  };
  return (
    <Stack gap="xs" component="section" aria-label="Comments" style={{ borderTop: '1px solid #ced4da', paddingTop: 12 }}>
      <Title order={2} size="h4">Comments</Title>
      {view.comments.length === 0 && <Text size="sm">No comments yet.</Text>}
      {[...view.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => (
        <div key={c.id} className="comment">
          <Text size="sm" fw={600}>{c.author} · about {name(c.variantId)} · {when(c.createdAt)}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
        </div>
      ))}
      <Select label="About" value={about} onChange={setAbout} allowDeselect={false} w={320}
        data={[{ value: '', label: 'The whole story' }, ...view.variants.map((v) => ({ value: v.id, label: name(v.id) }))]} />
      <Textarea label="Comment" autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group><Button color="indigo.8" disabled={!text.trim()} onClick={post}>Comment</Button></Group>
      {problem && <Alert color="red" role="alert" title="Not recorded">{problem}</Alert>}
    </Stack>
  );
}
