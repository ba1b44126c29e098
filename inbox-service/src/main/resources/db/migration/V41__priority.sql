-- Automatic priority (io.parley.inbox.priority): the inbox raises a conversation's priority from its signals
-- (complaint + negative -> high, praise -> low, gathered into an incident -> urgent); a person may set it by
-- hand, and then it stays as they set it until they hand it back to the inbox.
alter table conversation add column priority_set_by text;
alter table conversation add column priority_set_at timestamptz;
