-- The queue in four orders (conversations.QueueOrder, docs/inbox.md#queue-orders): due (conversation_awaiting, V20),
-- newest and oldest by the latest customer message, and priority (urgent first, then due). Each order of the open
-- queue (new and open) is walked from an index, so its first page and a page a million rows deep read a page's
-- rows, not the queue. Newest and oldest are one index read in either direction; the priority's rank is written
-- exactly as QueueOrder.PRIORITY_RANK, since PostgreSQL uses an expression index only for the same expression.
-- Listings of one other status (answered, resolved) by latest message use conversation_recent.
-- At a million conversations each index takes a few seconds to build; a production inbox that large builds them
-- by hand before the release (docs/operations.md#upgrades).
SET LOCAL lock_timeout = '10s';
CREATE INDEX conversation_awaiting_recent ON conversation (brand, last_interaction_at, id)
    WHERE status IN ('new', 'open');
CREATE INDEX conversation_awaiting_priority ON conversation (brand,
    (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END), due_at, id)
    WHERE status IN ('new', 'open');
CREATE INDEX conversation_recent ON conversation (brand, status, last_interaction_at, id);
