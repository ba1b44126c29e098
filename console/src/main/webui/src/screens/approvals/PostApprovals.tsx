import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { ApiError, getPage } from '../../api';
import { openBlocking } from '../../logic/publishing/findings';
import { networkName } from '../../logic/publishing/limits';
import { progress } from '../../logic/publishing/approval';
import { correctionNote } from '../../logic/publishing/publication';
import { formatIn } from '../../logic/publishing/zoned';
import type { WaitingApproval } from '../../types/publishing';
import { ChannelLabel, StatusBadge, usePublishingWords } from '../publishing/common';
import { NetworkPreview } from '../publishing/Preview';
import { DecisionForm, DiffView } from '../publishing/StoryPanels';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { FindingMessage } from '../inbox/findingWords';

/**
 * Posts waiting for the signed-in approver (calendar-service's GET …/approvals: only what the active step asks of
 * them), each as it will look on its network, with what changed since they last looked; approve or ask for changes
 * with a comment, overriding a blocking finding with a reason.
 */
export function PostApprovals({ brand, mayDecide, navigate, onCount }: {
  brand: string; mayDecide: boolean; navigate: (p: string) => void; onCount: (n: number) => void;
}) {
  const { t } = useTranslation('approvals');
  const { language } = useFormat();
  const words = usePublishingWords();
  const [items, setItems] = useState<WaitingApproval[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const path = `/api/v1/brands/${encodeURIComponent(brand)}/approvals`;
  const load = useCallback(() => {
    getPage<WaitingApproval>(path, null)
      .then(({ body }) => { setItems(body.items); setNext(body.nextCursor); onCount(body.items.length); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path, onCount]);
  // The next page (longest waiting first), after the ones shown
  const loadMore = () => {
    if (!next) return;
    getPage<WaitingApproval>(path, next)
      .then(({ body }) => {
        setItems((current) => {
          const shown = new Set((current ?? []).map((w) => w.variant.id));
          const all = [...(current ?? []), ...body.items.filter((w) => !shown.has(w.variant.id))];
          onCount(all.length);
          return all;
        });
        setNext(body.nextCursor);
      })
      .catch((e: ApiError) => setError(e.message));
  };
  useEffect(() => { load(); }, [load]);

  if (error) return <Alert color="red" title={t('posts.failed')} role="alert">{error}</Alert>;
  if (!items) return <Text>{t('loading')}</Text>;
  return (
    <Stack data-testid="post-approvals">
      {done && <Alert color="teal" role="status" title={t('posts.decided')} data-testid="post-decision-done" withCloseButton
        closeButtonLabel={t('dismiss')}
        onClose={() => setDone(null)}>{done}</Alert>}
      {items.length === 0 && <Text>{t('posts.none')}</Text>}
      <ul className="gov-list">
        {items.map((w) => {
          const v = w.variant;
          const zone = v.timeZone || 'UTC';
          const blocking = openBlocking(v.findings ?? []);
          const link = `/stories/${w.story.id}?variant=${v.id}`;
          return (
            <li key={v.id}>
              <article className="gov-card" data-variant-id={v.id} aria-label={t('posts.label', { title: w.story.title, network: networkName(v.platform) })}
                style={{ border: '1px solid #ced4da', borderRadius: 6, padding: 12 }}>
                <Group justify="space-between">
                  <Group gap="xs"><ChannelLabel platform={v.platform} name={v.channelName ?? undefined} /><StatusBadge status={v.status} /></Group>
                  <Anchor href={link} c="indigo.9" onClick={(e) => { e.preventDefault(); navigate(link); }}>
                    {w.story.title}</Anchor>
                </Group>
                <Text size="sm">{w.story.campaign ? `${t('posts.campaign', { campaign: w.story.campaign })} · ` : ''}
                  {words.progress(progress(v.approval))}
                  {' · '}{t('posts.waitingSince', { at: formatIn(w.waitingSince, zone, language) })}
                  {' · '}{t('posts.by', { who: v.lastEditor })}
                  {v.scheduledFor ? ` · ${t('posts.goesOut', { at: formatIn(v.scheduledFor, zone, language), zone })}` : ''}</Text>
                {v.correctionOf && <Text size="sm" fw={600} c="indigo.9" data-testid="correction-note">{correctionNote(v)}</Text>}
                <div className="gov-split" style={{ marginTop: 8 }}>
                  <NetworkPreview platform={v.platform} channelName={v.channelName ?? networkName(v.platform)} text={v.text}
                    link={v.link} scheduledText={formatIn(v.scheduledFor, zone, language)}
                    images={v.media.map((m) => ({ id: m.id, src: `/api/v1/brands/${encodeURIComponent(brand)}/media/${m.id}` }))} />
                  <Stack gap="xs" className="gov-detail">
                    <Text size="sm" fw={600}>{w.diffSinceLastLook ? t('posts.changed') : t('posts.firstLook')}</Text>
                    {w.diffSinceLastLook && <DiffView diff={w.diffSinceLastLook} zone={zone} />}
                    {blocking.map((f, i) => <Text key={i} size="sm" c="red.9">{words.severity(f.severity)} <FindingMessage finding={f} /></Text>)}
                    {mayDecide && (
                      <DecisionForm brand={brand} storyId={w.story.id} variant={v}
                        onDone={(_, text) => { setDone(t('posts.done', { title: w.story.title, network: networkName(v.platform),
                          text })); load(); }} />
                    )}
                  </Stack>
                </div>
              </article>
            </li>
          );
        })}
      </ul>
      {next && <Button variant="outline" color="indigo.8" onClick={loadMore} data-testid="post-approvals-more">
        {t('posts.loadMore')}</Button>}
    </Stack>
  );
}
