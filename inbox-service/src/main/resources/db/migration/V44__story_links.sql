-- Which platform post a conversation is under, and the brand's published posts (from calendar-service's
-- VariantPublished), so that a conversation says which story and variant it answers.
ALTER TABLE conversation ADD COLUMN post_id TEXT;
-- Conversations from before: the first interaction's parent (a top-level comment's parent is the post).
UPDATE conversation c SET post_id = (SELECT i.parent_id FROM interaction i WHERE i.conversation_id = c.id
                                     ORDER BY i.observed_at LIMIT 1);
CREATE INDEX conversation_post ON conversation (brand, platform, post_id) WHERE post_id IS NOT NULL;

CREATE TABLE published_post (
    brand              TEXT        NOT NULL,
    platform           TEXT        NOT NULL,
    platform_post_id   TEXT        NOT NULL,
    channel_account_id TEXT        NOT NULL,
    story_id           UUID        NOT NULL,
    story_title        TEXT        NOT NULL,
    variant_id         UUID        NOT NULL,
    permalink          TEXT,
    published_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, platform, platform_post_id)
);
CREATE INDEX published_post_story ON published_post (brand, story_id);
