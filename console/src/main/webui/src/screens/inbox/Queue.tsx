import { Checkbox, Text } from '@mantine/core';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { queueDue, selectable } from '../../logic/inbox/workflow';
import type { ConversationSummary } from '../../types/inbox';
import { DueBadge } from './common';
import { SignalBadges } from './SignalBadges';

export type Density = 'comfortable' | 'compact';

/**
 * The queue in its order: each conversation as a button (Enter opens it and moves focus to it) with a checkbox
 * beside it for a grouped answer, its countdown and state, what enrichment found and who owns it. Compact: one line
 * each — name, countdown, first words — so a screen holds three times as many.
 */
export function Queue({ items, now, openId, onOpen, checked, onToggle, density }: {
  items: ConversationSummary[]; now: number; openId: string | null; onOpen: (id: string) => void;
  checked: string[]; onToggle: (id: string) => void; density: Density;
}) {
  const { t } = useTranslation('inbox');
  const format = useFormat();
  return (
    <ol className={`inbox-queue inbox-queue-${density}`} data-testid="queue">
      {items.map((c) => {
        const state = queueDue(c, now).state;
        const name = c.author?.name ?? t('queue.customer');
        return (
          <li key={c.id} className="inbox-queue-row">
            <Checkbox aria-label={t('queue.select', { name })} checked={checked.includes(c.id)}
              disabled={!selectable(checked, items, c)} onChange={() => onToggle(c.id)}
              mt={density === 'compact' ? 6 : 10} data-testid="select-conversation" />
            <button type="button" className={`queue-item ${state}`} aria-current={c.id === openId}
              data-conversation-id={c.id} onClick={() => onOpen(c.id)}>
              <span className="queue-item-head">
                <Text fw={600} size="sm" className="queue-item-name" title={name}>{name}</Text>
                <DueBadge c={c} now={now} />
              </span>
              <SignalBadges signals={c} />
              {density === 'compact'
                ? <Text size="xs" truncate="end" className="preview">{c.preview}</Text>
                : <Text size="sm" lineClamp={2} className="preview">{c.preview}</Text>}
              {density === 'comfortable' && (
                <span className="inbox-tags">
                  <span className="tag">{c.platform}</span>
                  <span className="tag">{c.brand}</span>
                  {c.moment && <span className={`tag tag-moment-${c.moment}`}>{t(`moment.${c.moment}`, { defaultValue: c.moment })}</span>}
                  {c.sentiment && <span className={`tag tag-sentiment-${c.sentiment}`}>{t(`sentiment.${c.sentiment}`, { defaultValue: c.sentiment })}</span>}
                  {c.language && <span className="tag" lang={c.language} title={format.languageName(c.language)}>{c.language.toUpperCase()}</span>}
                  {c.priority && c.priority !== 'normal' && <span className="tag tag-priority">{t(`priority.${c.priority}`, { defaultValue: c.priority })}</span>}
                  <span className="tag tag-owner">
                    {c.assignee ? `👤 ${c.assignee}` : c.team ? `👥 ${c.team}` : t('queue.unassigned')}
                  </span>
                  <span className="tag">{t('queue.messages', { count: c.interactions })}</span>
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
