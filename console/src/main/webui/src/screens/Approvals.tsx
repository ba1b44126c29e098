import { useCallback, useState } from 'react';
import { Badge, Stack, Tabs, Text } from '@mantine/core';
import { useNow } from '../hooks';
import { type Me, screensFor } from '../logic/navigation';
import { ApprovalQueue } from './approvals/ApprovalQueue';
import { Ledger } from './approvals/Ledger';
import { Limits } from './approvals/Limits';
import { PostApprovals } from './approvals/PostApprovals';
import { ReplyApprovalQueue } from './approvals/ReplyApprovals';
import { useTranslation } from '../i18n/i18n';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/**
 * Compensation above an agent's limit waits here for one of the brand's approvers (docs/inbox-authority.md):
 * the queue by its own due time, the brand's ledger with totals per currency, and the limits. Posts waiting for the
 * approver have their own tab (`/approvals/posts`).
 */
export function ApprovalsScreen({ me, path = '/approvals', navigate = () => {} }: {
  me: Me; path?: string; navigate?: (p: string) => void;
}) {
  const { t } = useTranslation('approvals');
  const now = useNow(1000);
  const [brand, setBrand] = useBrandChoice(me);
  // /approvals/posts opens the posts waiting for approval
  // /approvals/replies opens the held agents' replies (reply approvals)
  const [tab, setTabState] = useState<string | null>(path.startsWith('/approvals/posts') ? 'posts'
    : path.startsWith('/approvals/replies') ? 'replies' : 'queue');
  const setTab = (t: string | null) => {
    setTabState(t);
    window.history.replaceState({}, '', t === 'posts' ? '/approvals/posts' : t === 'replies' ? '/approvals/replies'
      : '/approvals');
  };
  const [repliesWaiting, setRepliesWaiting] = useState<number | null>(null);
  const onReplyCount = useCallback((n: number) => setRepliesWaiting(n), []);
  const [postsWaiting, setPostsWaiting] = useState<number | null>(null);
  const onPostCount = useCallback((n: number) => setPostsWaiting(n), []);
  const [waiting, setWaiting] = useState<number | null>(null);
  const [ledgerVersion, setLedgerVersion] = useState(0);
  const onCount = useCallback((n: number) => setWaiting(n), []);
  const onDecided = useCallback(() => setLedgerVersion((v) => v + 1), []);
  const mayDecide = me.roles.includes('approver');
  const mayEditLimits = me.roles.includes('manager') || me.roles.includes('admin');
  const mayOpenInbox = screensFor(me).includes('inbox');

  return (
    <Stack>
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand} />
      {!mayDecide && <Text size="sm" c="gray.8">{t('readOnly')}</Text>}
      {brand && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="queue" rightSection={waiting != null
              ? <Badge size="sm" color="indigo.8" variant="filled" aria-label={t('tab.waitingCount', { count: waiting })}>{waiting}</Badge>
              : null}>{t('tab.queue')}</Tabs.Tab>
            <Tabs.Tab value="posts" rightSection={postsWaiting != null
              ? <Badge size="sm" color="indigo.8" variant="filled" aria-label={t('tab.waitingCount', { count: postsWaiting })}>{postsWaiting}</Badge>
              : null}>{t('tab.posts')}</Tabs.Tab>
            <Tabs.Tab value="replies" data-testid="tab-replies" rightSection={repliesWaiting != null
              ? <Badge size="sm" color="indigo.8" variant="filled" aria-label={t('tab.waitingCount', { count: repliesWaiting })}>{repliesWaiting}</Badge>
              : null}>{t('tab.replies')}</Tabs.Tab>
            <Tabs.Tab value="ledger">{t('tab.ledger')}</Tabs.Tab>
            <Tabs.Tab value="limits">{t('tab.limits')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="queue" pt="md">
            <ApprovalQueue brand={brand} now={now} mayDecide={mayDecide} mayOpenInbox={mayOpenInbox}
              onDecided={onDecided} onCount={onCount} />
          </Tabs.Panel>
          <Tabs.Panel value="posts" pt="md">
            <PostApprovals brand={brand} mayDecide={mayDecide} navigate={navigate} onCount={onPostCount} />
          </Tabs.Panel>
          <Tabs.Panel value="replies" pt="md">
            <ReplyApprovalQueue brand={brand} now={now} me={me.userName} mayEditSetting={mayEditLimits}
              onCount={onReplyCount} />
          </Tabs.Panel>
          <Tabs.Panel value="ledger" pt="md">
            <Ledger brand={brand} mayOpenInbox={mayOpenInbox} version={ledgerVersion} />
          </Tabs.Panel>
          <Tabs.Panel value="limits" pt="md">
            <Limits brand={brand} editable={mayEditLimits} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
