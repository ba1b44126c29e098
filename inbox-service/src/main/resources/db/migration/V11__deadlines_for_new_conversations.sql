-- A conversation starts as 'new' and is 'open' once someone at the brand acted on it (V20); both wait for the
-- brand's answer, so the warning/breach scanner watches both.
DROP INDEX conversation_warn_pending;
DROP INDEX conversation_breach_pending;
CREATE INDEX conversation_warn_pending ON conversation (warn_at) WHERE warned_at IS NULL AND status IN ('new', 'open');
CREATE INDEX conversation_breach_pending ON conversation (due_at) WHERE breached_at IS NULL AND status IN ('new', 'open');
