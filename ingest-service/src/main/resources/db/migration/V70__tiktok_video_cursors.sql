-- Where the TikTok connector got to in each video's comments (issue 16): the newest comment time read
-- (high_water), the newest seen by a walk still in progress (walk_newest) and the Business API's cursor of
-- that walk's next page (page_cursor), so a poll stopped half-way resumes from the page it had not read.
CREATE TABLE tiktok_video_cursor (
    channel_id     UUID        NOT NULL,
    video_id       TEXT        NOT NULL,
    high_water     TIMESTAMPTZ,
    walk_newest    TIMESTAMPTZ,
    page_cursor    BIGINT,
    comments_seen  BIGINT      NOT NULL DEFAULT 0,
    last_read_at   TIMESTAMPTZ,
    PRIMARY KEY (channel_id, video_id)
);
