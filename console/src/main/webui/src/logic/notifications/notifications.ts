// Notifications (inbox-service's /api/v1/me/notifications, docs/api/notifications.md): what the bell counts and
// the centre lists. The title of each is worded here from its kind and parameters, in the reader's language.
import { networkName } from '../publishing/limits';

export const KINDS = ['conversation_breached', 'approval_waiting', 'mentioned', 'channel_health',
  'incident_opened'] as const;
export type NotificationKind = (typeof KINDS)[number];

export interface Notification {
  id: string;
  kind: NotificationKind | string;
  brand: string;
  params: Record<string, string | number | null | undefined>;
  link?: string | null;
  createdAt: string;
  read: boolean;
  readAt?: string | null;
}

export interface NotificationPage { items: Notification[]; nextCursor: string | null; unread: number }

export interface Preference { kind: NotificationKind | string; centre: boolean; email: boolean }

export interface WebhookSubscription {
  id: string; brand: string; url: string; kinds: string[]; createdBy: string; createdAt: string; secret?: string | null;
}

export interface WebhookDelivery {
  id: string; eventId: string; kind: string; status: 'pending' | 'delivered' | 'failed' | string; attempts: number;
  lastCode?: number | null; lastError?: string | null; nextAttemptAt?: string | null; createdAt: string;
  deliveredAt?: string | null;
}

/** What the bell shows: nothing at 0, the number up to 99, then "99+". */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/**
 * The translation key of a notification's title and the values it is worded with (i18n namespace
 * "notifications"): a channel's health says whether it went bad or came back; an approval says whether it was
 * asked, reminded or escalated. An unknown kind (a newer service) still reads as something.
 */
export function titleOf(n: Notification): { key: string; values: Record<string, string> } {
  const p = n.params ?? {};
  const values: Record<string, string> = { brand: n.brand };
  for (const [k, v] of Object.entries(p)) {
    if (v !== null && v !== undefined) values[k] = String(v);
  }
  // The network by its own name ("Facebook"), as everywhere else in the console and in the e-mails, not its id.
  if (values.platform) values.platform = networkName(values.platform);
  switch (n.kind) {
    case 'channel_health':
      return { key: p.state === 'healthy' ? 'title.channel_recovered' : 'title.channel_unhealthy', values };
    case 'approval_waiting':
      return { key: `title.approval_${['requested', 'reminder', 'escalated'].includes(String(p.stage))
        ? String(p.stage) : 'requested'}`, values };
    case 'conversation_breached':
    case 'mentioned':
    case 'incident_opened':
      return { key: `title.${n.kind}`, values };
    default:
      return { key: 'title.other', values };
  }
}

/** The console path a notification leads to: one of the console's own paths, never another site. */
export function safeLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}

/** Managers and admins look after their brands' outgoing webhooks. */
export function canManageWebhooks(roles: string[]): boolean {
  return roles.includes('manager') || roles.includes('admin');
}

/** A preference changed in place, the others as they were. */
export function withChoice(prefs: Preference[], kind: string, channel: 'centre' | 'email', on: boolean): Preference[] {
  return prefs.map((p) => (p.kind === kind ? { ...p, [channel]: on } : p));
}

/** The console's stream sends a heartbeat every 20 s: past this without anything, the bell is not live any more. */
export const SILENT_AFTER_MS = 45_000;

/** Whether the stream is live: connected and heard from within SILENT_AFTER_MS. */
export function isLive(connected: boolean, lastHeardAt: number | null, now: number): boolean {
  return connected && lastHeardAt !== null && now - lastHeardAt <= SILENT_AFTER_MS;
}
