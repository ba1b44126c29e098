-- The intake writes a batch of interactions with Hibernate's inserts ordered by table and sent in JDBC batches
-- (ADR 7): all of a batch's interactions may reach the database before the conversations they belong to. The
-- references are checked when the transaction commits instead of row by row; they are checked all the same.
ALTER TABLE interaction ALTER CONSTRAINT interaction_conversation_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE moderation_action ALTER CONSTRAINT moderation_action_interaction_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- Least-loaded assignment counts the open conversations of a team's members on duty (once per intake batch):
-- from this index alone, not by reading the whole table.
CREATE INDEX conversation_open_by_assignee ON conversation (brand, assignee) WHERE status IN ('new', 'open');
