import type { ConversationDetail, Interaction, Reply } from '../types/inbox';

// A conversation read top to bottom: what the customer said and what the brand answered, in time order.

export interface ThreadEntry {
  key: string;
  who: 'customer' | 'brand';
  name: string;
  text: string;
  at: string;
  /** For the brand's replies: pending, delivered or failed, as the inbox reports. */
  status?: string;
  failureReason?: string | null;
  /** what the entry shows: the customer's interaction (attachments, state) or the brand's reply */
  interaction?: Interaction;
  reply?: Reply;
}

export function thread(detail: ConversationDetail): ThreadEntry[] {
  const entries: ThreadEntry[] = [
    ...detail.interactions.map((i) => ({
      key: `i-${i.id}`, who: 'customer' as const, name: i.author?.name ?? 'Customer', text: i.text,
      at: i.platformTime ?? i.observedAt, interaction: i,
    })),
    ...detail.replies.map((r) => ({
      key: `r-${r.id}`, who: 'brand' as const, name: r.author, text: r.text, at: r.createdAt, status: r.status,
      failureReason: r.failureReason, reply: r,
    })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
