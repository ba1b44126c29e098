-- Scale (issue 15 item 7, care at 12 months): the care rollup per closed UTC calendar month beside the daily one, so
-- that a year's figures read some 11 rows per group (and the days of the part-months at the window's ends, and of the
-- current month, from care_day) instead of 365.
--
-- A month's rows are written once, after the month has closed, from care_day (a month's row is the sum of its days'
-- rows: the counts added, the histograms added bucket by bucket; care_day holds every column the month needs), by
-- care_month_build — the service's scheduled job (CareMonths) calls it for each month care_month_due() names. The
-- trigger on care_fact keeps care_day alone, as V40 does (no monthly work on the hot path); a change to a fact of a
-- closed month (a late event, a correction) marks that month stale (care_month_stale), the figures read a stale
-- month from care_day until the job has built it again, and a month is read from care_month only once it is built
-- (care_month_built) and not stale. Building again from the same days gives the same rows.
CREATE TABLE care_month (
    brand          TEXT   NOT NULL,
    month          DATE   NOT NULL,   -- the first day of the UTC calendar month the conversations arrived in
    dimension      TEXT   NOT NULL,   -- channel, team, agent, moment, language; agent/<channel>: the agents of a channel
    value          TEXT,              -- the group; NULL: none
    conversations  BIGINT NOT NULL,
    answered       BIGINT NOT NULL,
    due_answered   BIGINT NOT NULL,
    due_unanswered BIGINT NOT NULL,
    within_target  BIGINT NOT NULL,
    ever_resolved  BIGINT NOT NULL,
    reopened       BIGINT NOT NULL,
    -- written once and read whole, never updated in place: JSON (the text as written) rather than care_day's JSONB,
    -- which PostgreSQL must turn back into text on every read (3-4 times the cost: docs/benchmarks.md)
    ttfr_seconds                JSON NOT NULL,
    ttfr_business_seconds       JSON NOT NULL,
    resolution_seconds          JSON NOT NULL,
    resolution_business_seconds JSON NOT NULL,
    CONSTRAINT care_month_key UNIQUE NULLS NOT DISTINCT (brand, dimension, month, value)
);

-- The brand's months whose care_month rows were built from care_day, and when.
CREATE TABLE care_month_built (
    brand    TEXT        NOT NULL,
    month    DATE        NOT NULL,
    built_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, month)
);

-- The closed months a fact change touched after they closed: read from care_day until built again.
CREATE TABLE care_month_stale (
    brand     TEXT        NOT NULL,
    month     DATE        NOT NULL,
    marked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (brand, month)
);

-- V40's care_day_apply, and a change to a closed month's day marks the month stale. The upsert takes the row's lock
-- (DO UPDATE, not DO NOTHING), so that a build running at the same time either waits for this transaction and then
-- sees its change, or has taken the mark out before it and leaves this one standing (care_month_build).
CREATE OR REPLACE FUNCTION care_day_apply(f care_fact, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d DATE;
    dims TEXT[] := ARRAY['channel', 'team', 'agent', 'moment', 'language'];
    vals TEXT[];
BEGIN
    IF f.received_at IS NULL THEN
        RETURN; -- no day yet (an answer or status change before the opening): in no window of any figure
    END IF;
    d := (f.received_at AT TIME ZONE 'UTC')::date;
    IF d < date_trunc('month', now() AT TIME ZONE 'UTC')::date THEN
        INSERT INTO care_month_stale AS s (brand, month, marked_at)
        VALUES (f.brand, date_trunc('month', d)::date, now())
        ON CONFLICT (brand, month) DO UPDATE SET marked_at = EXCLUDED.marked_at;
    END IF;
    vals := ARRAY[f.channel, f.team, COALESCE(f.first_responder, f.assignee), f.moment, f.language];
    FOR i IN 1..5 LOOP
        INSERT INTO care_day AS c (brand, day, dimension, value, conversations, answered, due_answered,
                                   due_unanswered, within_target, ever_resolved, reopened, ttfr_seconds,
                                   ttfr_business_seconds, resolution_seconds, resolution_business_seconds)
        VALUES (f.brand, d, dims[i], vals[i], sign,
                sign * (f.first_response_at IS NOT NULL)::int,
                sign * (f.due_at IS NOT NULL AND f.first_response_at IS NOT NULL)::int,
                sign * (f.due_at IS NOT NULL AND f.first_response_at IS NULL)::int,
                sign * COALESCE(f.due_at IS NOT NULL AND f.first_response_at <= f.due_at, FALSE)::int,
                sign * (f.first_resolved_at IS NOT NULL)::int,
                sign * (f.reopened_count > 0)::int,
                care_histogram_add('{}', f.ttfr_seconds, sign),
                care_histogram_add('{}', f.ttfr_business_seconds, sign),
                care_histogram_add('{}', f.resolution_seconds, sign),
                care_histogram_add('{}', f.resolution_business_seconds, sign))
        ON CONFLICT ON CONSTRAINT care_day_key DO UPDATE SET
            conversations = c.conversations + EXCLUDED.conversations,
            answered = c.answered + EXCLUDED.answered,
            due_answered = c.due_answered + EXCLUDED.due_answered,
            due_unanswered = c.due_unanswered + EXCLUDED.due_unanswered,
            within_target = c.within_target + EXCLUDED.within_target,
            ever_resolved = c.ever_resolved + EXCLUDED.ever_resolved,
            reopened = c.reopened + EXCLUDED.reopened,
            ttfr_seconds = care_histogram_add(c.ttfr_seconds, f.ttfr_seconds, sign),
            ttfr_business_seconds = care_histogram_add(c.ttfr_business_seconds, f.ttfr_business_seconds, sign),
            resolution_seconds = care_histogram_add(c.resolution_seconds, f.resolution_seconds, sign),
            resolution_business_seconds = care_histogram_add(c.resolution_business_seconds,
                                                             f.resolution_business_seconds, sign);
    END LOOP;
    IF sign < 0 THEN
        DELETE FROM care_day WHERE brand = f.brand AND day = d AND conversations = 0;
    END IF;
END
$$;

-- A histogram column of a group's days added up bucket by bucket.
CREATE FUNCTION care_histogram_sum(hs JSONB[]) RETURNS JSONB LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(jsonb_object_agg(k, n), '{}')
    FROM (SELECT e.key AS k, sum(e.value::bigint) AS n FROM unnest(hs) h, jsonb_each_text(h) e GROUP BY 1) x
    WHERE n <> 0
$$;

-- One brand's month worked out from its days: what care_month_build writes.
CREATE FUNCTION care_month_from_days(b TEXT, m DATE) RETURNS SETOF care_month LANGUAGE sql STABLE AS $$
    SELECT brand, m, dimension, value,
           sum(conversations)::bigint, sum(answered)::bigint, sum(due_answered)::bigint,
           sum(due_unanswered)::bigint, sum(within_target)::bigint, sum(ever_resolved)::bigint,
           sum(reopened)::bigint,
           care_histogram_sum(array_agg(ttfr_seconds))::json,
           care_histogram_sum(array_agg(ttfr_business_seconds))::json,
           care_histogram_sum(array_agg(resolution_seconds))::json,
           care_histogram_sum(array_agg(resolution_business_seconds))::json
    FROM care_day
    WHERE brand = b AND day >= m AND day < (m + interval '1 month')::date
    GROUP BY brand, dimension, value
    HAVING sum(conversations) <> 0
$$;

-- One brand's month per channel and agent (dimension agent/<channel>), from the facts — care_day has no pairs, and
-- keeping them there would add a row to every fact change: the figures by agent of one channel read these rows for
-- the closed months and the rest of the window from the facts. The formula is care_month_worked_out's.
CREATE FUNCTION care_month_channel_agents(b TEXT, m DATE) RETURNS SETOF care_month LANGUAGE sql STABLE AS $$
    SELECT f.brand, m, 'agent/' || f.channel, COALESCE(f.first_responder, f.assignee),
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
    GROUP BY f.brand, f.channel, COALESCE(f.first_responder, f.assignee)
$$;

-- The monthly rollup worked out from the facts: care_day_worked_out's formula per month, and the agents of each
-- channel (what a built month must equal; CareMonthRollupTest compares them).
CREATE VIEW care_month_worked_out AS
SELECT f.brand, date_trunc('month', f.received_at AT TIME ZONE 'UTC')::date AS month, g.dimension, g.value,
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
CROSS JOIN LATERAL (VALUES ('channel', f.channel), ('team', f.team),
                           ('agent', COALESCE(f.first_responder, f.assignee)), ('moment', f.moment),
                           ('language', f.language),
                           ('agent/' || f.channel, COALESCE(f.first_responder, f.assignee))) g(dimension, value)
WHERE f.received_at IS NOT NULL AND g.dimension IS NOT NULL
GROUP BY 1, 2, 3, 4;

-- The closed months to build: the stale ones, and those with days but no build yet. A month counts as closed an hour
-- after its end, so that a transaction that began in its last moments (and so did not mark it stale) has committed.
CREATE FUNCTION care_month_due() RETURNS TABLE (brand TEXT, month DATE) LANGUAGE sql STABLE AS $$
    WITH closed AS (SELECT date_trunc('month', now() AT TIME ZONE 'UTC' - interval '1 hour')::date AS before)
    SELECT s.brand, s.month FROM care_month_stale s, closed WHERE s.month < closed.before
    UNION
    SELECT d.brand, d.month
    FROM (SELECT DISTINCT c.brand, date_trunc('month', c.day)::date AS month FROM care_day c, closed
          WHERE c.dimension = 'channel' AND c.day < closed.before) d
    WHERE NOT EXISTS (SELECT 1 FROM care_month_built b WHERE b.brand = d.brand AND b.month = d.month)
    ORDER BY 2, 1
$$;

-- Builds one brand's month from its days: the stale mark taken out first, then the rows replaced (each statement
-- reads what is committed when it starts, so a change committed before the insert is in it, and one committed after
-- it has left its mark standing); the rows written. One build of a month at a time (an advisory lock), so that
-- replicas can run the job side by side.
CREATE FUNCTION care_month_build(b TEXT, m DATE) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    written INT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('care_month'), hashtext(b || ' ' || m::text));
    DELETE FROM care_month_stale WHERE brand = b AND month = m;
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

-- Every due month built, in one transaction (the benchmark after loading facts with COPY and care_day_rebuild()).
CREATE FUNCTION care_month_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT * FROM care_month_due() LOOP
        PERFORM care_month_build(r.brand, r.month);
    END LOOP;
END
$$;

-- No build here: the migration stays instant however long the history, and the service's job builds the closed months
-- in the background, one per transaction (some 8 minutes for 5,000,000 conversations on a loaded machine: see
-- docs/benchmarks.md); until then the figures read them from care_day, as before this migration.
