-- The keyset orders of two lists that are pages (docs/api/README.md, "Lists are pages"): a brand's calendar feeds
-- newest first, and a story's external reviewers oldest first, each with the id breaking ties.
CREATE INDEX calendar_feed_brand_recent ON calendar_feed (brand, created_at DESC, id DESC);
CREATE INDEX reviewer_link_story_created ON reviewer_link (story_id, created_at, id);
