-- Each interaction keeps where it was heard (channel account and thread) itself, so that it can be read,
-- re-threaded or audited without its conversation. Filled from the conversation for rows stored before.
ALTER TABLE interaction ADD COLUMN channel_account_id TEXT;
ALTER TABLE interaction ADD COLUMN thread_id TEXT;
UPDATE interaction i SET channel_account_id = c.channel_account_id, thread_id = c.thread_id
    FROM conversation c WHERE c.id = i.conversation_id;
ALTER TABLE interaction ALTER COLUMN channel_account_id SET NOT NULL;
ALTER TABLE interaction ALTER COLUMN thread_id SET NOT NULL;

