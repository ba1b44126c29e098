-- Scale (issue 15 item 7): the care figures of a long window from a rollup per brand, UTC day of arrival, grouping
-- (channel, team, agent, moment, language) and its value, instead of every conversation of the window.
-- Kept by a trigger on care_fact in the transaction that changes the fact: the old row's contribution taken out, the
-- new one put in, so that the rollup is right under redelivery and correction exactly as the facts are (a redelivered
-- event leaves the fact, and so the rollup, unchanged). A day is the UTC day the conversation arrived, the day the
-- figures' windows [from, to) cut (received_at); business hours and all hours are both kept, as on the fact.
-- The counts are exact; each duration is a histogram in log-spaced buckets (care_bucket) from which CareFigures
-- interpolates the percentiles within 1 % of the exact value (docs/metrics.md).
CREATE TABLE care_day (
    brand          TEXT   NOT NULL,
    day            DATE   NOT NULL,   -- the UTC day the conversation arrived
    dimension      TEXT   NOT NULL,   -- channel, team, agent, moment, language
    value          TEXT,              -- the group; NULL: none (as the figures' group without one)
    conversations  BIGINT NOT NULL,
    answered       BIGINT NOT NULL,   -- first_response_at set
    due_answered   BIGINT NOT NULL,   -- a due time and answered: in the base of the share within target
    due_unanswered BIGINT NOT NULL,   -- a due time, unanswered: in the base once the due time has passed
    within_target  BIGINT NOT NULL,
    ever_resolved  BIGINT NOT NULL,
    reopened       BIGINT NOT NULL,
    -- bucket (care_bucket) -> conversations: the durations of the day's conversations of the group
    ttfr_seconds                JSONB NOT NULL,
    ttfr_business_seconds       JSONB NOT NULL,
    resolution_seconds          JSONB NOT NULL,
    resolution_business_seconds JSONB NOT NULL,
    CONSTRAINT care_day_key UNIQUE NULLS NOT DISTINCT (brand, dimension, day, value)
);

-- The bucket of a duration in seconds: below a minute each second its own bucket (exact); from a minute on,
-- bucket b holds [60 * 1.01^(b - 60), 60 * 1.01^(b - 59)), 1 % wide. CareFigures#bounds is the inverse.
CREATE FUNCTION care_bucket(seconds BIGINT) RETURNS INT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN seconds < 60 THEN GREATEST(seconds, 0)::int
                ELSE 60 + floor(ln(seconds / 60.0) / ln(1.01))::int END
$$;

-- A histogram with one duration added (sign 1) or taken out (-1); an empty bucket is removed.
CREATE FUNCTION care_histogram_add(h JSONB, seconds BIGINT, sign INT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    k TEXT;
    n BIGINT;
BEGIN
    IF seconds IS NULL THEN
        RETURN h;
    END IF;
    k := care_bucket(seconds)::text;
    n := COALESCE((h ->> k)::bigint, 0) + sign;
    IF n = 0 THEN
        RETURN h - k;
    END IF;
    RETURN jsonb_set(h, ARRAY[k], to_jsonb(n));
END
$$;

-- One fact row's contribution to its day's five rollup rows, added (sign 1) or taken out (-1).
CREATE FUNCTION care_day_apply(f care_fact, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d DATE;
    dims TEXT[] := ARRAY['channel', 'team', 'agent', 'moment', 'language'];
    vals TEXT[];
BEGIN
    IF f.received_at IS NULL THEN
        RETURN; -- no day yet (an answer or status change before the opening): in no window of any figure
    END IF;
    d := (f.received_at AT TIME ZONE 'UTC')::date;
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

CREATE FUNCTION care_fact_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL; -- a redelivered event rewrote the row as it was: the rollup stays as it is
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM care_day_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM care_day_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER care_fact_rollup AFTER INSERT OR UPDATE OR DELETE ON care_fact
    FOR EACH ROW EXECUTE FUNCTION care_fact_rollup();

-- The rollup worked out from the facts in one statement: the one formula beside the trigger's increments; the
-- rebuild below and the test that checks the trigger (CareRollupTest) read it, the analytics benchmark rebuilds with
-- it after loading facts with COPY (the trigger disabled for the load).
CREATE VIEW care_day_worked_out AS
SELECT f.brand, (f.received_at AT TIME ZONE 'UTC')::date AS day, g.dimension, g.value,
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
                           ('language', f.language)) g(dimension, value)
WHERE f.received_at IS NOT NULL
GROUP BY 1, 2, 3, 4;

CREATE FUNCTION care_day_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM care_day;
    INSERT INTO care_day (brand, day, dimension, value, conversations, answered, due_answered, due_unanswered,
                          within_target, ever_resolved, reopened, ttfr_seconds, ttfr_business_seconds,
                          resolution_seconds, resolution_business_seconds)
    SELECT brand, day, dimension, value, conversations, answered, due_answered, due_unanswered, within_target,
           ever_resolved, reopened, ttfr_seconds, ttfr_business_seconds, resolution_seconds,
           resolution_business_seconds
    FROM care_day_worked_out;
$$;

SELECT care_day_rebuild();

-- Whole days read from the rollup count an unanswered conversation in the base of the share within target once its
-- due time has passed: the few still waiting (due after the request) are counted from the facts and taken out.
CREATE INDEX care_fact_waiting ON care_fact (brand, due_at)
    INCLUDE (received_at, channel, team, assignee, first_responder, moment, language)
    WHERE first_response_at IS NULL AND due_at IS NOT NULL;
