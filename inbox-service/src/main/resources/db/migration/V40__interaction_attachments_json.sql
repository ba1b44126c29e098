-- Attachments as JSONB, mapped like the inbox's other JSON columns (Hibernate's JSON type) rather than by hand.
ALTER TABLE interaction ALTER COLUMN attachments DROP DEFAULT;
ALTER TABLE interaction ALTER COLUMN attachments TYPE JSONB USING attachments::jsonb;
ALTER TABLE interaction ALTER COLUMN attachments SET DEFAULT '[]'::jsonb;
