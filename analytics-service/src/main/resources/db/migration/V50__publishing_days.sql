-- Scale (issue 15 item 7): the publishing figures of a long window from a rollup per brand, UTC day of publication,
-- channel account and network, instead of every post of the window with its clicks (92,000 posts a year for acme in
-- the benchmark). The whole UTC days of a window are read from here, the part-days at its ends from the posts.
-- Kept in the transaction that changes a post's reading or a variant's click count, by triggers on publishing_post
-- and publishing_clicks: the old row's contribution taken out, the new one put in. A post counts with its latest
-- reading only (publishing_post holds just that; an older or redelivered reading changes no row, so no trigger runs),
-- and a corrected reading replaces its post's contribution. Each counter is kept as its sum over the day's posts
-- and the number of posts that have it (a network that does not give a counter leaves it NULL): the figures show a
-- sum when some post has the counter and use it as the engagement rate's base only when every post has it
-- (PublishingStore#figures, docs/metrics.md), which needs both.
CREATE TABLE publishing_day (
    brand              TEXT   NOT NULL,
    day                DATE   NOT NULL,   -- the UTC day the post was published
    channel_account_id TEXT   NOT NULL,
    platform           TEXT   NOT NULL,
    posts              BIGINT NOT NULL,
    impressions        BIGINT NOT NULL,   -- sum over the posts that have the counter
    impressions_posts  BIGINT NOT NULL,   -- how many posts have it
    reach              BIGINT NOT NULL,
    reach_posts        BIGINT NOT NULL,
    views              BIGINT NOT NULL,
    views_posts        BIGINT NOT NULL,
    reactions          BIGINT NOT NULL,
    reactions_posts    BIGINT NOT NULL,
    comments           BIGINT NOT NULL,
    comments_posts     BIGINT NOT NULL,
    shares             BIGINT NOT NULL,
    shares_posts       BIGINT NOT NULL,
    clicks             BIGINT NOT NULL,   -- the click-throughs of the day's posts' variants
    CONSTRAINT publishing_day_key PRIMARY KEY (brand, day, channel_account_id, platform)
);

-- A post's click-throughs: those of its variant, in the same brand (as the figures' join).
CREATE FUNCTION publishing_post_clicks(p publishing_post) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT c.clicks FROM publishing_clicks c WHERE c.variant_id = p.variant_id
                     AND c.brand = p.brand), 0)
$$;

-- One post's contribution to its day's rollup row, with this many click-throughs, added (sign 1) or taken out (-1).
CREATE FUNCTION publishing_day_apply(p publishing_post, clicks BIGINT, sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d DATE := (p.published_at AT TIME ZONE 'UTC')::date;
BEGIN
    INSERT INTO publishing_day AS r (brand, day, channel_account_id, platform, posts, impressions, impressions_posts,
                                     reach, reach_posts, views, views_posts, reactions, reactions_posts, comments,
                                     comments_posts, shares, shares_posts, clicks)
    VALUES (p.brand, d, p.channel_account_id, p.platform, sign,
            sign * COALESCE(p.impressions, 0), sign * (p.impressions IS NOT NULL)::int,
            sign * COALESCE(p.reach, 0), sign * (p.reach IS NOT NULL)::int,
            sign * COALESCE(p.views, 0), sign * (p.views IS NOT NULL)::int,
            sign * COALESCE(p.reactions, 0), sign * (p.reactions IS NOT NULL)::int,
            sign * COALESCE(p.comments, 0), sign * (p.comments IS NOT NULL)::int,
            sign * COALESCE(p.shares, 0), sign * (p.shares IS NOT NULL)::int,
            sign * clicks)
    ON CONFLICT ON CONSTRAINT publishing_day_key DO UPDATE SET
        posts = r.posts + EXCLUDED.posts,
        impressions = r.impressions + EXCLUDED.impressions,
        impressions_posts = r.impressions_posts + EXCLUDED.impressions_posts,
        reach = r.reach + EXCLUDED.reach, reach_posts = r.reach_posts + EXCLUDED.reach_posts,
        views = r.views + EXCLUDED.views, views_posts = r.views_posts + EXCLUDED.views_posts,
        reactions = r.reactions + EXCLUDED.reactions, reactions_posts = r.reactions_posts + EXCLUDED.reactions_posts,
        comments = r.comments + EXCLUDED.comments, comments_posts = r.comments_posts + EXCLUDED.comments_posts,
        shares = r.shares + EXCLUDED.shares, shares_posts = r.shares_posts + EXCLUDED.shares_posts,
        clicks = r.clicks + EXCLUDED.clicks;
    IF sign < 0 THEN
        DELETE FROM publishing_day WHERE brand = p.brand AND day = d AND channel_account_id = p.channel_account_id
            AND platform = p.platform AND posts = 0;
    END IF;
END
$$;

-- A post and its variant's click counter can be written by two transactions at once (a reading and a click
-- arriving together): each trigger first takes this lock on the variant, then reads the other table in a statement
-- of its own, so whichever commits second sees the other's row and the click-throughs are counted exactly once.
CREATE FUNCTION publishing_day_lock(variant UUID) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('publishing_day'), hashtext(variant::text))
$$;

CREATE FUNCTION publishing_post_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF COALESCE(NEW.variant_id, OLD.variant_id) IS NOT NULL THEN
        PERFORM publishing_day_lock(COALESCE(NEW.variant_id, OLD.variant_id));
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM publishing_day_apply(OLD, publishing_post_clicks(OLD), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM publishing_day_apply(NEW, publishing_post_clicks(NEW), 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER publishing_post_rollup AFTER INSERT OR UPDATE OR DELETE ON publishing_post
    FOR EACH ROW EXECUTE FUNCTION publishing_post_rollup();

-- A click counter changed: the difference goes to the day of the variant's post, whose row its trigger wrote (a
-- click before any reading of its post counts nowhere yet; the post's trigger adds the counter when it arrives).
CREATE FUNCTION publishing_clicks_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v UUID := COALESCE(NEW.variant_id, OLD.variant_id);
    b TEXT := COALESCE(NEW.brand, OLD.brand);
    delta BIGINT;
    p publishing_post;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.variant_id <> NEW.variant_id OR OLD.brand <> NEW.brand) THEN
        RAISE EXCEPTION 'publishing_clicks: a counter does not move to another variant or brand';
    END IF;
    delta := CASE TG_OP WHEN 'INSERT' THEN NEW.clicks WHEN 'DELETE' THEN -OLD.clicks
                        ELSE NEW.clicks - OLD.clicks END;
    PERFORM publishing_day_lock(v);
    SELECT * INTO p FROM publishing_post WHERE post_key = v::text AND variant_id = v AND brand = b;
    IF FOUND THEN
        UPDATE publishing_day SET clicks = clicks + delta
        WHERE brand = p.brand AND day = (p.published_at AT TIME ZONE 'UTC')::date
          AND channel_account_id = p.channel_account_id AND platform = p.platform;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER publishing_clicks_rollup AFTER INSERT OR UPDATE OR DELETE ON publishing_clicks
    FOR EACH ROW EXECUTE FUNCTION publishing_clicks_rollup();

-- The rollup worked out from the posts and clicks in one statement: the one formula beside the triggers' increments;
-- the rebuild below and the test that checks the triggers (PublishingRollupTest) read it, and the analytics benchmark
-- rebuilds with it after loading posts with COPY (the triggers disabled for the load).
CREATE VIEW publishing_day_worked_out AS
SELECT p.brand, (p.published_at AT TIME ZONE 'UTC')::date AS day, p.channel_account_id, p.platform,
       count(*) AS posts,
       COALESCE(sum(p.impressions), 0) AS impressions, count(p.impressions) AS impressions_posts,
       COALESCE(sum(p.reach), 0) AS reach, count(p.reach) AS reach_posts,
       COALESCE(sum(p.views), 0) AS views, count(p.views) AS views_posts,
       COALESCE(sum(p.reactions), 0) AS reactions, count(p.reactions) AS reactions_posts,
       COALESCE(sum(p.comments), 0) AS comments, count(p.comments) AS comments_posts,
       COALESCE(sum(p.shares), 0) AS shares, count(p.shares) AS shares_posts,
       COALESCE(sum(c.clicks), 0) AS clicks
FROM publishing_post p
LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = p.brand
GROUP BY 1, 2, 3, 4;

CREATE FUNCTION publishing_day_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM publishing_day;
    INSERT INTO publishing_day (brand, day, channel_account_id, platform, posts, impressions, impressions_posts, reach,
                                reach_posts, views, views_posts, reactions, reactions_posts, comments, comments_posts,
                                shares, shares_posts, clicks)
    SELECT brand, day, channel_account_id, platform, posts, impressions, impressions_posts, reach, reach_posts, views,
           views_posts, reactions, reactions_posts, comments, comments_posts, shares, shares_posts, clicks
    FROM publishing_day_worked_out;
$$;

SELECT publishing_day_rebuild();
