-- Scale (issue 15 item 7, care at 12 months): the care rollup per calendar month (UTC) beside the daily one, so that
-- a year's figures read some 12 rows per group (and the days of the part-months at the window's ends from care_day)
-- instead of 365. Kept by the same trigger on care_fact, in the same transaction, the same way: the old row's
-- contribution taken out, the new one put in, so that it is exact under redelivery and correction as the facts and
-- care_day are. The columns and the histograms' buckets (care_bucket) are care_day's.
CREATE TABLE care_month (
    brand          TEXT   NOT NULL,
    month          DATE   NOT NULL,   -- the first day of the UTC calendar month the conversation arrived in
    dimension      TEXT   NOT NULL,   -- channel, team, agent, moment, language
    value          TEXT,              -- the group; NULL: none
    conversations  BIGINT NOT NULL,
    answered       BIGINT NOT NULL,
    due_answered   BIGINT NOT NULL,
    due_unanswered BIGINT NOT NULL,
    within_target  BIGINT NOT NULL,
    ever_resolved  BIGINT NOT NULL,
    reopened       BIGINT NOT NULL,
    ttfr_seconds                JSONB NOT NULL,
    ttfr_business_seconds       JSONB NOT NULL,
    resolution_seconds          JSONB NOT NULL,
    resolution_business_seconds JSONB NOT NULL,
    CONSTRAINT care_month_key UNIQUE NULLS NOT DISTINCT (brand, dimension, month, value)
);

-- One fact row's contribution to its month's five rollup rows, added (sign 1) or taken out (-1): care_day_apply's
-- increments on the month's row.
CREATE FUNCTION care_month_apply(f care_fact, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m DATE;
    dims TEXT[] := ARRAY['channel', 'team', 'agent', 'moment', 'language'];
    vals TEXT[];
BEGIN
    IF f.received_at IS NULL THEN
        RETURN;
    END IF;
    m := date_trunc('month', f.received_at AT TIME ZONE 'UTC')::date;
    vals := ARRAY[f.channel, f.team, COALESCE(f.first_responder, f.assignee), f.moment, f.language];
    FOR i IN 1..5 LOOP
        INSERT INTO care_month AS c (brand, month, dimension, value, conversations, answered, due_answered,
                                     due_unanswered, within_target, ever_resolved, reopened, ttfr_seconds,
                                     ttfr_business_seconds, resolution_seconds, resolution_business_seconds)
        VALUES (f.brand, m, dims[i], vals[i], sign,
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
        ON CONFLICT ON CONSTRAINT care_month_key DO UPDATE SET
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
        DELETE FROM care_month WHERE brand = f.brand AND month = m AND conversations = 0;
    END IF;
END
$$;

-- The trigger keeps both rollups in the transaction that changes the fact.
CREATE OR REPLACE FUNCTION care_fact_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL; -- a redelivered event rewrote the row as it was: the rollups stay as they are
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM care_day_apply(OLD, -1);
        PERFORM care_month_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM care_day_apply(NEW, 1);
        PERFORM care_month_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

-- The monthly rollup worked out from the facts: care_day_worked_out's formula per month.
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
                           ('language', f.language)) g(dimension, value)
WHERE f.received_at IS NOT NULL
GROUP BY 1, 2, 3, 4;

CREATE FUNCTION care_month_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM care_month;
    INSERT INTO care_month (brand, month, dimension, value, conversations, answered, due_answered, due_unanswered,
                            within_target, ever_resolved, reopened, ttfr_seconds, ttfr_business_seconds,
                            resolution_seconds, resolution_business_seconds)
    SELECT brand, month, dimension, value, conversations, answered, due_answered, due_unanswered, within_target,
           ever_resolved, reopened, ttfr_seconds, ttfr_business_seconds, resolution_seconds,
           resolution_business_seconds
    FROM care_month_worked_out;
$$;

SELECT care_month_rebuild();
