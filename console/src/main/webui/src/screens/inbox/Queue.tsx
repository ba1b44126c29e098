import { Checkbox, Group, Text } from '@mantine/core';
import { queueDue, selectable } from '../../logic/inbox/workflow';
import type { ConversationSummary } from '../../types/inbox';
import { DueBadge } from './common';

/**
 * The queue, soonest due first: each conversation as a button (Enter opens it) with a checkbox beside it
 * for a grouped answer, its countdown and state, what enrichment found and who owns it.
 */
export function Queue({ items, now, openId, onOpen, checked, onToggle }: {
  items: ConversationSummary[]; now: number; openId: string | null; onOpen: (id: string) => void;
  checked: string[]; onToggle: (id: string) => void;
}) {
  return (
    <ol className="inbox-queue" data-testid="queue">
      {items.map((c) => {
        const state = queueDue(c, now).state;
        const name = c.author?.name ?? 'Customer';
        return (
          <li key={c.id} className="inbox-queue-row">
            <Checkbox aria-label={`Select ${name} for a grouped answer`} checked={checked.includes(c.id)}
              disabled={!selectable(checked, items, c)} onChange={() => onToggle(c.id)} mt={10}
              data-testid="select-conversation" />
            <button type="button" className={`queue-item ${state}`} aria-current={c.id === openId}
              data-conversation-id={c.id} onClick={() => onOpen(c.id)}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm" truncate>{name}</Text>
                <DueBadge c={c} now={now} />
              </Group>
              <Text size="sm" lineClamp={2} className="preview">{c.preview}</Text>
              <span className="inbox-tags">
                <span className="tag">{c.platform}</span>
                <span className="tag">{c.brand}</span>
                {c.moment && <span className={`tag tag-moment-${c.moment}`}>{c.moment}</span>}
                {c.sentiment && <span className={`tag tag-sentiment-${c.sentiment}`}>{sentimentWord(c.sentiment)}</span>}
                {c.language && <span className="tag" lang={c.language}>{c.language.toUpperCase()}</span>}
                {c.priority && c.priority !== 'normal' && <span className="tag tag-priority">▲ {c.priority}</span>}
                <span className="tag tag-owner">
                  {c.assignee ? `👤 ${c.assignee}` : c.team ? `👥 ${c.team}` : 'unassigned'}
                </span>
                <span className="tag">{c.interactions} msg</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function sentimentWord(s: string): string {
  return s === 'negative' ? '☹ negative' : s === 'positive' ? '☺ positive' : '· neutral';
}
