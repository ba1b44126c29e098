-- Scale (issue 15 item 7): the interactions heard per brand, channel and UTC day, so that the timeline and the daily
-- volume and sentiment figures read at most a row per channel and day instead of every interaction of the window.
-- Maintained by VolumeStore in the transaction that keeps the interaction (only when its row is new: a redelivery
-- adds nothing); the part-days at the ends of a window are counted from interaction_volume itself.
CREATE TABLE interaction_day (
    brand        TEXT             NOT NULL,
    day          DATE             NOT NULL,   -- the UTC day the customer wrote
    platform     TEXT             NOT NULL,
    complaint    BIGINT           NOT NULL,   -- spam apart: a spam interaction is in no moment and no sentiment
    question     BIGINT           NOT NULL,
    suggestion   BIGINT           NOT NULL,
    praise       BIGINT           NOT NULL,
    spam         BIGINT           NOT NULL,
    unclassified BIGINT           NOT NULL,
    total        BIGINT           NOT NULL,
    positive     BIGINT           NOT NULL,
    neutral      BIGINT           NOT NULL,
    negative     BIGINT           NOT NULL,
    score_sum    DOUBLE PRECISION NOT NULL,   -- the sentiment scores of the non-spam interactions with a sentiment
    score_count  BIGINT           NOT NULL,
    PRIMARY KEY (brand, day, platform)
);

-- The rollup worked out again from the interactions: the one formula beside VolumeStore's increments; used here for
-- the interactions kept before this migration, and by the analytics benchmark after it loads rows with COPY.
CREATE FUNCTION interaction_day_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM interaction_day;
    INSERT INTO interaction_day (brand, day, platform, complaint, question, suggestion, praise, spam, unclassified,
                                 total, positive, neutral, negative, score_sum, score_count)
    SELECT brand, (written_at AT TIME ZONE 'UTC')::date, platform,
           count(*) FILTER (WHERE NOT spam AND moment = 'complaint'),
           count(*) FILTER (WHERE NOT spam AND moment = 'question'),
           count(*) FILTER (WHERE NOT spam AND moment = 'suggestion'),
           count(*) FILTER (WHERE NOT spam AND moment = 'praise'),
           count(*) FILTER (WHERE spam),
           count(*) FILTER (WHERE NOT spam AND (moment IS NULL
                            OR moment NOT IN ('complaint', 'question', 'suggestion', 'praise'))),
           count(*),
           count(*) FILTER (WHERE NOT spam AND sentiment = 'positive'),
           count(*) FILTER (WHERE NOT spam AND sentiment = 'neutral'),
           count(*) FILTER (WHERE NOT spam AND sentiment = 'negative'),
           COALESCE(sum(sentiment_score) FILTER (WHERE NOT spam AND sentiment IS NOT NULL), 0),
           count(sentiment_score) FILTER (WHERE NOT spam AND sentiment IS NOT NULL)
    FROM interaction_volume GROUP BY 1, 2, 3;
$$;

SELECT interaction_day_rebuild();
