import { useCallback, useEffect, useRef, useState } from 'react';
import { Anchor, Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { type ApiError, get, send } from '../../api';
import { useNow } from '../../hooks';
import { useFormat, useTranslation } from '../../i18n/i18n';
import type { Me } from '../../logic/navigation';
import { badgeText, canManageWebhooks, isLive, type Notification, type NotificationPage, safeLink,
  titleOf } from '../../logic/notifications/notifications';
import { NotificationPreferences } from './NotificationPreferences';
import { WebhooksPanel } from './WebhooksPanel';
import { LIVE_RELOAD_MS, throttled } from '../../logic/throttled';

/**
 * The header's bell, on every screen: how many notifications are unread, and a button that opens the notification
 * centre (a dialog: the list with translated titles and times, each linking to its thing and marked read when opened
 * or by its own button; where the person is told; for managers and admins, the brands' webhooks). New notifications
 * arrive on the console's live stream (/bff/inbox/stream, a signal for this user only); the centre says it is live
 * only while that stream is connected and heard from (a heartbeat every 20 s).
 */
export function NotificationBell({ me, navigate }: { me: Me; navigate: (to: string) => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const now = useNow(10_000);
  const [page, setPage] = useState<NotificationPage | null>(null);
  const [older, setOlder] = useState<Notification[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const heardAt = useRef<number | null>(null);

  const load = useCallback(() => {
    get<NotificationPage>('/api/v1/me/notifications?limit=20').then(({ body }) => {
      setPage(body);
      setOlder([]);
      setCursor(body.nextCursor ?? null);
      setError(null);
    }).catch((e: ApiError) => setError(e.message));
  }, []);

  useEffect(() => {
    load();
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/bff/inbox/stream');
    // A storm of notifications (a backlog breaching) reloads the bell at most every two seconds, not once each.
    const told = throttled(load, LIVE_RELOAD_MS);
    source.onopen = () => { setConnected(true); heardAt.current = Date.now(); };
    source.onerror = () => setConnected(false);
    source.onmessage = (message) => {
      heardAt.current = Date.now();
      setConnected(true);
      const signal = JSON.parse(message.data) as { kind?: string };
      if (signal.kind === 'notification') told.call();
    };
    return () => { source.close(); told.cancel(); };
  }, [load]);

  const live = isLive(connected, heardAt.current, now);
  const unread = page?.unread ?? 0;
  const items = [...(page?.items ?? []), ...older];

  const markRead = (n: Notification) => {
    if (n.read) return Promise.resolve();
    return send<null>('POST', `/api/v1/me/notifications/${encodeURIComponent(n.id)}/read`, null).then(load)
      .catch((e: ApiError) => setError(e.message));
  };
  const markAll = () => send<{ marked: number }>('POST', '/api/v1/me/notifications/read-all', null).then(load)
    .catch((e: ApiError) => setError(e.message));
  const more = () => {
    if (!cursor) return;
    get<NotificationPage>(`/api/v1/me/notifications?limit=20&cursor=${encodeURIComponent(cursor)}`)
      .then(({ body }) => { setOlder((o) => [...o, ...body.items]); setCursor(body.nextCursor ?? null); })
      .catch((e: ApiError) => setError(e.message));
  };

  const label = unread > 0 ? t('bell.unread', { count: unread }) : t('bell.label');
  return (
    <>
      <Button variant="subtle" size="compact-sm" c="indigo.9" aria-label={label} title={label}
        data-testid="notification-bell" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <span aria-hidden="true">🔔</span>
        {unread > 0 && <Badge ml={4} size="sm" color="red.9" variant="filled" aria-hidden="true"
          data-testid="notification-count">{badgeText(unread)}</Badge>}
      </Button>
      <Drawer opened={open} onClose={() => setOpen(false)} position="right" size="lg" title={t('centre.title')}
        closeButtonProps={{ 'aria-label': t('centre.close') }} data-testid="notification-centre">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" data-testid="notification-live" aria-live="polite">
              {live ? `● ${t('centre.live')}` : `○ ${t('centre.notLive')}`}</Text>
            <Button size="compact-sm" variant="light" onClick={() => { void markAll(); }} disabled={unread === 0}>
              {t('centre.markAllRead')}</Button>
          </Group>
          {error && <Text size="sm" c="red.9" role="alert">{t('centre.failed')}: {error}</Text>}
          {page && items.length === 0 && <Text size="sm">{t('centre.empty')}</Text>}
          <ul className="notification-list" aria-label={t('centre.title')}>
            {items.map((n) => {
              const title = titleOf(n);
              const link = safeLink(n.link);
              return (
                <li key={n.id} data-testid="notification" data-kind={n.kind} data-read={n.read ? 'true' : 'false'}
                  className={n.read ? 'notification' : 'notification notification-unread'}>
                  <Text size="sm" fw={n.read ? 400 : 700}>
                    {!n.read && <span className="visually-hidden">{t('centre.unreadMark')}: </span>}
                    {t(title.key, title.values)}</Text>
                  <Group gap="xs">
                    <Text size="xs" c="dark.6"><time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time></Text>
                    {link && <Anchor size="xs" href={link} onClick={(e: React.MouseEvent) => {
                      e.preventDefault();
                      void markRead(n);
                      setOpen(false);
                      navigate(link);
                    }}>{t('centre.open')}</Anchor>}
                    {!n.read && <Button size="compact-xs" variant="subtle" onClick={() => { void markRead(n); }}>
                      {t('centre.markRead')}</Button>}
                  </Group>
                </li>
              );
            })}
          </ul>
          {cursor && <Button size="compact-sm" variant="default" onClick={more}>{t('centre.more')}</Button>}
          <NotificationPreferences />
          {canManageWebhooks(me.roles) && <WebhooksPanel me={me} />}
        </Stack>
      </Drawer>
    </>
  );
}
