-- Scale (issue 15 item 7, care by agent of one channel): the days of a built month per channel and agent, written by
-- the same job and at the same moment as the month (care_month_build), so that a window's days in a closed month
-- that it covers only in part — the 25 days before a year's first whole month, the days of a quarter's first month —
-- are read as some 30 small rows per day instead of every fact of those days. care_day has no channel-and-agent
-- pairs, and keeping them there would add a row to every fact change; these rows cost nothing on the write path.
--
-- A built month's day rows are read only while the month is built and not stale (care_month_built, care_month_stale),
-- exactly as its care_month rows: a late change marks the month stale and the figures read its days from the facts
-- until the job builds it again.
CREATE TABLE care_channel_agent_day (
    brand          TEXT   NOT NULL,
    day            DATE   NOT NULL,   -- the UTC day the conversation arrived
    channel        TEXT   NOT NULL,
    value          TEXT,              -- the agent (first responder, else assignee); NULL: none
    conversations  BIGINT NOT NULL,
    answered       BIGINT NOT NULL,
    due_answered   BIGINT NOT NULL,
    due_unanswered BIGINT NOT NULL,
    within_target  BIGINT NOT NULL,
    ever_resolved  BIGINT NOT NULL,
    reopened       BIGINT NOT NULL,
    -- written once with the month and read whole: JSON, as care_month's
    ttfr_seconds                JSON NOT NULL,
    ttfr_business_seconds       JSON NOT NULL,
    resolution_seconds          JSON NOT NULL,
    resolution_business_seconds JSON NOT NULL,
    CONSTRAINT care_channel_agent_day_key UNIQUE NULLS NOT DISTINCT (brand, channel, day, value)
);

-- One brand's month per channel, day and agent, from the facts (care_month_channel_agents' formula per day).
CREATE FUNCTION care_channel_agent_days(b TEXT, m DATE) RETURNS SETOF care_channel_agent_day LANGUAGE sql STABLE AS $$
    SELECT f.brand, (f.received_at AT TIME ZONE 'UTC')::date, f.channel, COALESCE(f.first_responder, f.assignee),
           count(*),
           count(f.first_response_at),
           count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at IS NOT NULL),
           count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at IS NULL),
           count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at <= f.due_at),
           count(f.first_resolved_at),
           count(*) FILTER (WHERE f.reopened_count > 0),
           (SELECT COALESCE(jsonb_object_agg(k, n), '{}') FROM (SELECT care_bucket(x) k, count(*) n
                FROM unnest(array_agg(f.ttfr_seconds)) x WHERE x IS NOT NULL GROUP BY 1) h)::json,
           (SELECT COALESCE(jsonb_object_agg(k, n), '{}') FROM (SELECT care_bucket(x) k, count(*) n
                FROM unnest(array_agg(f.ttfr_business_seconds)) x WHERE x IS NOT NULL GROUP BY 1) h)::json,
           (SELECT COALESCE(jsonb_object_agg(k, n), '{}') FROM (SELECT care_bucket(x) k, count(*) n
                FROM unnest(array_agg(f.resolution_seconds)) x WHERE x IS NOT NULL GROUP BY 1) h)::json,
           (SELECT COALESCE(jsonb_object_agg(k, n), '{}') FROM (SELECT care_bucket(x) k, count(*) n
                FROM unnest(array_agg(f.resolution_business_seconds)) x WHERE x IS NOT NULL GROUP BY 1) h)::json
    FROM care_fact f
    WHERE f.brand = b AND f.channel IS NOT NULL
      AND f.received_at >= (m::timestamp AT TIME ZONE 'UTC')
      AND f.received_at < ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC')
    GROUP BY f.brand, 2, f.channel, COALESCE(f.first_responder, f.assignee)
$$;

-- The month's agents of each channel (dimension agent/<channel>) now added up from those day rows, as the other
-- dimensions' months are from care_day: the facts are read once per build.
CREATE OR REPLACE FUNCTION care_month_channel_agents(b TEXT, m DATE) RETURNS SETOF care_month LANGUAGE sql STABLE AS $$
    SELECT brand, m, 'agent/' || channel, value,
           sum(conversations)::bigint, sum(answered)::bigint, sum(due_answered)::bigint,
           sum(due_unanswered)::bigint, sum(within_target)::bigint, sum(ever_resolved)::bigint,
           sum(reopened)::bigint,
           care_histogram_sum(array_agg(ttfr_seconds::jsonb))::json,
           care_histogram_sum(array_agg(ttfr_business_seconds::jsonb))::json,
           care_histogram_sum(array_agg(resolution_seconds::jsonb))::json,
           care_histogram_sum(array_agg(resolution_business_seconds::jsonb))::json
    FROM care_channel_agent_day
    WHERE brand = b AND day >= m AND day < (m + interval '1 month')::date
    GROUP BY brand, channel, value
$$;

-- What the day rows must equal, worked out from the facts (CareMonthRollupTest compares them).
CREATE VIEW care_channel_agent_day_worked_out AS
SELECT f.brand, (f.received_at AT TIME ZONE 'UTC')::date AS day, f.channel,
       COALESCE(f.first_responder, f.assignee) AS value,
       count(*) AS conversations,
       count(f.first_response_at) AS answered,
       count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at IS NOT NULL) AS due_answered,
       count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at IS NULL) AS due_unanswered,
       count(*) FILTER (WHERE f.due_at IS NOT NULL AND f.first_response_at <= f.due_at) AS within_target,
       count(f.first_resolved_at) AS ever_resolved,
       count(*) FILTER (WHERE f.reopened_count > 0) AS reopened,
       (SELECT COALESCE(jsonb_object_agg(b, n), '{}') FROM (SELECT care_bucket(s) b, count(*) n
            FROM unnest(array_agg(f.ttfr_seconds)) s WHERE s IS NOT NULL GROUP BY 1) h) AS ttfr_seconds,
       (SELECT COALESCE(jsonb_object_agg(b, n), '{}') FROM (SELECT care_bucket(s) b, count(*) n
            FROM unnest(array_agg(f.ttfr_business_seconds)) s WHERE s IS NOT NULL GROUP BY 1) h)
           AS ttfr_business_seconds,
       (SELECT COALESCE(jsonb_object_agg(b, n), '{}') FROM (SELECT care_bucket(s) b, count(*) n
            FROM unnest(array_agg(f.resolution_seconds)) s WHERE s IS NOT NULL GROUP BY 1) h)
           AS resolution_seconds,
       (SELECT COALESCE(jsonb_object_agg(b, n), '{}') FROM (SELECT care_bucket(s) b, count(*) n
            FROM unnest(array_agg(f.resolution_business_seconds)) s WHERE s IS NOT NULL GROUP BY 1) h)
           AS resolution_business_seconds
FROM care_fact f
WHERE f.received_at IS NOT NULL AND f.channel IS NOT NULL
GROUP BY 1, 2, 3, 4;

-- V52's build, and the month's day rows per channel and agent written first (the month's agent/<channel> rows are
-- their sums). Same lock, same order, same guarantees.
CREATE OR REPLACE FUNCTION care_month_build(b TEXT, m DATE) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    written INT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('care_month'), hashtext(b || ' ' || m::text));
    DELETE FROM care_month_stale WHERE brand = b AND month = m;
    DELETE FROM care_channel_agent_day WHERE brand = b AND day >= m AND day < (m + interval '1 month')::date;
    INSERT INTO care_channel_agent_day SELECT * FROM care_channel_agent_days(b, m);
    DELETE FROM care_month WHERE brand = b AND month = m;
    INSERT INTO care_month (brand, month, dimension, value, conversations, answered, due_answered, due_unanswered,
                            within_target, ever_resolved, reopened, ttfr_seconds, ttfr_business_seconds,
                            resolution_seconds, resolution_business_seconds)
    SELECT * FROM care_month_from_days(b, m)
    UNION ALL
    SELECT * FROM care_month_channel_agents(b, m);
    GET DIAGNOSTICS written = ROW_COUNT;
    INSERT INTO care_month_built (brand, month, built_at) VALUES (b, m, now())
    ON CONFLICT (brand, month) DO UPDATE SET built_at = EXCLUDED.built_at;
    RETURN written;
END
$$;

-- The months built before this migration have no day rows yet: marked stale, they are read from care_day and the
-- facts (as before V52) until the job builds them again, with their days, in the background.
INSERT INTO care_month_stale (brand, month, marked_at)
SELECT brand, month, now() FROM care_month_built
ON CONFLICT (brand, month) DO NOTHING;
