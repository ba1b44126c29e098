package io.parley.bench.analytics;

import io.parley.platform.rest.Cursor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Analytics at ten million interactions and a million posts (issue 15, item 7): fills an analytics database with
 * 13 months of facts — {@code analytics.interactions} interactions heard (interaction_volume), half as many
 * conversations' care facts (care_fact), {@code analytics.posts} published posts with their variants, clicks and the
 * channel accounts' followers per day, meaningful contacts and incidents — spread over 20 brands (acme the largest,
 * a tenth of everything), 8 channels, 5 teams and 40 agents a brand, 5 languages and the moments of truth, written
 * with PostgreSQL's COPY (its rate printed beside); then asks analytics-service, as manager1 of acme, for every
 * figure each analytics screen shows over 7, 30 and 90 days and 12 months, prints p50/p95/p99 per query and the
 * plans PostgreSQL chose ({@code EXPLAIN (ANALYZE, BUFFERS)}) for the 12 months.
 *
 * <p>Run it against a database and a service you can throw away (docs/benchmarks.md, "Analytics at 10 million
 * interactions", has the commands): {@code mvn -q -pl bench -am exec:java
 * -Dbench.main=io.parley.bench.analytics.AnalyticsScaleBenchmark -Danalytics.jdbc=… -Danalytics.url=…
 * -Dkeycloak.url=…}. Options: {@code -Danalytics.interactions} (10,000,000), {@code -Danalytics.posts} (1,000,000),
 * {@code -Danalytics.requests} (per query, 40), {@code -Danalytics.queries} (only those whose name holds it), {@code -Danalytics.db-user}/{@code -Danalytics.db-password}. A second
 * run reuses the rows it finds (a table already holding as many rows is not filled again); {@code -Danalytics.refill=true}
 * empties the tables first (the rows of a smaller run are spread over the same 13 months more thinly).
 */
public final class AnalyticsScaleBenchmark {

    private static final String ANALYTICS = System.getProperty("analytics.url", "http://localhost:8085");
    private static final String JDBC = System.getProperty("analytics.jdbc",
            "jdbc:postgresql://localhost:5433/parley_analytics");
    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180/realms/parley");
    private static final String BRAND = "acme";

    /** acme a tenth, globex 6 %, 18 more brands sharing the rest. */
    private static final String[] BRANDS = new String[20];
    private static final double[] BRAND_WEIGHTS = new double[20];

    static {
        BRANDS[0] = "acme";
        BRANDS[1] = "globex";
        BRAND_WEIGHTS[0] = 0.10;
        BRAND_WEIGHTS[1] = 0.06;
        for (int i = 2; i < 20; i++) {
            BRANDS[i] = String.format(Locale.ROOT, "brand-%02d", i + 1);
            BRAND_WEIGHTS[i] = 0.84 / 18;
        }
    }

    private static final String[] CHANNELS = {"facebook", "instagram", "x", "linkedin", "youtube", "tiktok", "vk",
            "telegram"};
    private static final double[] CHANNEL_WEIGHTS = {0.30, 0.22, 0.15, 0.08, 0.08, 0.07, 0.05, 0.05};
    private static final String[] TEAMS = {"care", "billing", "social", "vip", "night"};
    private static final String[] LANGUAGES = {"en", "pl", "el", "ru", "de"};
    private static final double[] LANGUAGE_WEIGHTS = {0.40, 0.25, 0.10, 0.15, 0.10};
    private static final String[] MOMENTS = {"complaint", "question", "suggestion", "praise", null};
    private static final double[] MOMENT_WEIGHTS = {0.20, 0.30, 0.05, 0.15, 0.30};
    private static final Duration SPAN = Duration.ofDays(395);

    private AnalyticsScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long interactions = Long.getLong("analytics.interactions", 10_000_000L);
        long conversations = Long.getLong("analytics.conversations", interactions / 2);
        long posts = Long.getLong("analytics.posts", 1_000_000L);
        int requests = Integer.getInteger("analytics.requests", 40);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        System.out.printf(Locale.ROOT, "Parley analytics scale benchmark — %d cores, %s, %s%n",
                Runtime.getRuntime().availableProcessors(), ANALYTICS, JDBC);
        try (Connection db = DriverManager.getConnection(JDBC, System.getProperty("analytics.db-user", "parley"),
                System.getProperty("analytics.db-password", "parley"))) {
            Instant start = now.minus(SPAN);
            if (Boolean.getBoolean("analytics.refill")) {
                try (Statement s = db.createStatement()) {
                    s.execute("TRUNCATE interaction_volume, interaction_day, care_fact, care_day, care_month, "
                            + "care_month_built, care_month_stale, publishing_post, publishing_day, publishing_variant, "
                            + "publishing_clicks, publishing_followers, care_contact, care_incident");
                }
            }
            fill(db, "interaction_volume", interactions, (out, n) -> interactions(out, n, interactions, start));
            fill(db, "care_fact", conversations, (out, n) -> conversation(out, n, conversations, start, now));
            fill(db, "publishing_post", posts, (out, n) -> post(out, n, posts, start));
            fill(db, "publishing_variant", posts * 7 / 10, (out, n) -> variant(out, n));
            fill(db, "publishing_clicks", posts * 7 / 20, (out, n) -> clicks(out, n));
            fill(db, "publishing_followers", (long) BRANDS.length * 10 * SPAN.toDays(),
                    (out, n) -> followers(out, n, start));
            fill(db, "care_contact", conversations / 20, (out, n) -> contact(out, n, conversations / 20, start));
            fill(db, "care_incident", (long) BRANDS.length * 26, (out, n) -> incident(out, n, start));
            rollUp(db);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT (SELECT count(*) FROM interaction_volume), (SELECT count(*) FROM care_fact),
                           (SELECT count(*) FROM publishing_post),
                           (SELECT count(*) FROM interaction_volume WHERE brand = 'acme'),
                           (SELECT count(*) FROM care_fact WHERE brand = 'acme'),
                           (SELECT count(*) FROM publishing_post WHERE brand = 'acme'),
                           pg_size_pretty(pg_database_size(current_database()))""")) {
                r.next();
                System.out.printf(Locale.ROOT, "rows: %,d interactions, %,d conversations, %,d posts (acme: %,d, %,d, "
                        + "%,d); database %s%n", r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getString(7));
            }
            String token = token();
            Map<String, Instant> windows = new LinkedHashMap<>();
            windows.put("7 days", now.minus(Duration.ofDays(7)));
            windows.put("30 days", now.minus(Duration.ofDays(30)));
            windows.put("90 days", now.minus(Duration.ofDays(90)));
            windows.put("12 months", now.minus(Duration.ofDays(365)));
            String care = "/api/v1/brands/" + BRAND + "/analytics/care";
            warmUp(token, care + "?" + window(windows.get("12 months"), now));
            List<String[]> table = new ArrayList<>();
            for (Map.Entry<String, Instant> w : windows.entrySet()) {
                String span = window(w.getValue(), now);
                for (String by : new String[] {"channel", "team", "agent", "moment", "language"}) {
                    table.add(measure("care by " + by, w.getKey(), requests,
                            i -> care + "?" + span + "&by=" + by + "&hours=business", token));
                }
                table.add(measure("care by agent, one channel", w.getKey(), requests,
                        i -> care + "?" + span + "&by=agent&hours=all&channel=facebook", token));
                table.add(measure("drill-down, first page", w.getKey(), requests,
                        i -> care + "/conversations?" + span + "&figure=missed-target&limit=50", token));
                List<String> cursors = careCursors(db, w.getValue(), now);
                table.add(measure("drill-down, a page deep (cursor)", w.getKey(), requests,
                        i -> care + "/conversations?" + span + "&figure=conversations&limit=50&cursor="
                                + cursors.get(i % cursors.size()), token));
                table.add(measure("contacts", w.getKey(), requests,
                        i -> "/api/v1/brands/" + BRAND + "/analytics/contacts?" + span, token));
                table.add(measure("timeline", w.getKey(), requests,
                        i -> "/api/v1/brands/" + BRAND + "/analytics/timeline?" + span, token));
                table.add(measure("publishing by channel", w.getKey(), requests,
                        i -> "/api/v1/brands/" + BRAND + "/analytics/publishing?" + span, token));
                table.add(measure("publishing posts, first page", w.getKey(), requests,
                        i -> "/api/v1/brands/" + BRAND + "/analytics/publishing/posts?" + span + "&limit=50", token));
                List<String> postCursors = postCursors(db, w.getValue(), now);
                table.add(measure("publishing posts, a page deep (cursor)", w.getKey(), requests,
                        i -> "/api/v1/brands/" + BRAND + "/analytics/publishing/posts?" + span + "&limit=50&cursor="
                                + postCursors.get(i % postCursors.size()), token));
            }
            System.out.printf(Locale.ROOT, "%n| query | window | p50 ms | p95 ms | p99 ms | not 200 |%n"
                    + "|---|---|---:|---:|---:|---:|%n");
            table.stream().filter(row -> !row[2].equals("-"))
                    .forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
            plans(db, now.minus(Duration.ofDays(365)), now);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Filling, with COPY

    @FunctionalInterface
    private interface RowWriter {
        void write(StringBuilder out, long n);
    }

    /**
     * Fills a table up to {@code total} rows with COPY, its secondary indexes dropped during the load and built again
     * after (as a restore does), and prints COPY's rate.
     */
    private static boolean filled;

    private static void fill(Connection db, String table, long total, RowWriter rows) throws SQLException, IOException {
        long have = count(db, table);
        if (have >= total) {
            System.out.printf(Locale.ROOT, "%s: reusing %,d rows%n", table, have);
            return;
        }
        filled = true;
        List<String> indexes = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.tablename = '%s' AND i.schemaname = current_schema()
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""".formatted(table))) {
            while (r.next()) {
                indexes.add(r.getString(2));
                try (Statement drop = db.createStatement()) {
                    drop.execute("DROP INDEX " + r.getString(1));
                }
            }
        }
        String columns = columns(table);
        try (Statement s = db.createStatement()) {
            // the rollups' triggers (care_fact's) stay off for the load: rollUp works them out afterwards
            s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long started = System.nanoTime();
        CopyIn in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
        StringBuilder chunk = new StringBuilder(1 << 20);
        long copied;
        try {
            for (long n = have; n < total; n++) {
                rows.write(chunk, n);
                if (chunk.length() > 1 << 20) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            copied = in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        double copySeconds = (System.nanoTime() - started) / 1e9;
        long indexed = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
            for (String index : indexes) {
                s.execute(index);
            }
            s.execute("VACUUM ANALYZE " + table);
        }
        System.out.printf(Locale.ROOT, "%s: COPY %,d rows in %.1f s (%,.0f rows/s); %d indexes built and "
                        + "VACUUM ANALYZE in %.1f s%n", table, copied, copySeconds, copied / copySeconds,
                indexes.size(), (System.nanoTime() - indexed) / 1e9);
    }

    /** The rollups kept from the events, worked out again from the rows COPY wrote (the migrations' functions). */
    private static void rollUp(Connection db) throws SQLException {
        if (!filled) {
            return; // worked out after the fill that wrote the rows, kept since
        }
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            for (String rebuild : new String[] {"interaction_day_rebuild", "care_day_rebuild", "care_month_rebuild"}) {
                s.execute("SELECT " + rebuild + "()");
            }
            long publishing = System.nanoTime();
            s.execute("SELECT publishing_day_rebuild()");
            s.execute("VACUUM ANALYZE publishing_day");
            System.out.printf(Locale.ROOT, "publishing_day worked out in %.1f s%n",
                    (System.nanoTime() - publishing) / 1e9);
            s.execute("VACUUM ANALYZE interaction_day");
            s.execute("VACUUM ANALYZE care_day");
            s.execute("VACUUM ANALYZE care_month");
        }
        System.out.printf(Locale.ROOT, "rollups worked out in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String columns(String table) {
        return switch (table) {
            case "interaction_volume" -> "event_id, brand, platform, written_at, language, moment, spam, sentiment, "
                    + "sentiment_score";
            case "care_fact" -> "conversation_id, brand, channel, team, assignee, first_responder, moment, language, "
                    + "received_at, due_at, target_minutes, first_response_at, met, first_resolved_at, resolved_at, "
                    + "reopened_count, ttfr_seconds, ttfr_business_seconds, resolution_seconds, "
                    + "resolution_business_seconds";
            case "publishing_post" -> "post_key, brand, platform, channel_account_id, platform_account_id, "
                    + "platform_post_id, story_id, variant_id, permalink, published_at, observed_at, impressions, reach, "
                    + "reactions, comments, shares, views, sandbox";
            case "publishing_variant" -> "variant_id, brand, story_id, story_title";
            case "publishing_clicks" -> "variant_id, brand, clicks";
            case "publishing_followers" -> "channel_account_id, day, brand, platform, followers, observed_at";
            case "care_contact" -> "brand, kind, subject, conversation_id, happened_at, by_user";
            case "care_incident" -> "incident_id, brand, title, source, signal, opened_at, closed_at, resolution";
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** Row n's own random numbers, so that a row is the same whichever run writes it. */
    private static SplittableRandom random(String table, long n) {
        return new SplittableRandom(table.hashCode() * 0x9E3779B97F4A7C15L + n);
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Row n of total spread evenly over the 13 months, in time order as the events arrive. */
    private static Instant moment(long n, long total, Instant start, SplittableRandom r) {
        long span = SPAN.toMillis();
        return start.plusMillis((long) ((n + r.nextDouble()) * span / total));
    }

    private static UUID uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes((kind + n).getBytes(StandardCharsets.UTF_8));
    }

    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue; // an empty unquoted field is NULL in CSV
            }
            String s = v.toString();
            if (v instanceof String && (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.isEmpty())) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append('\n');
    }

    private static void interactions(StringBuilder out, long n, long total, Instant start) {
        SplittableRandom r = random("interaction", n);
        String brand = BRANDS[pick(r, BRAND_WEIGHTS)];
        String channel = CHANNELS[pick(r, CHANNEL_WEIGHTS)];
        boolean spam = r.nextDouble() < 0.03;
        String moment = MOMENTS[pick(r, MOMENT_WEIGHTS)];
        double feeling = r.nextDouble();
        String sentiment = feeling < 0.25 ? "negative" : feeling < 0.75 ? "neutral" : "positive";
        double score = sentiment.equals("negative") ? -0.3 - 0.7 * r.nextDouble()
                : sentiment.equals("positive") ? 0.3 + 0.7 * r.nextDouble() : -0.3 + 0.6 * r.nextDouble();
        csv(out, new UUID(r.nextLong(), r.nextLong()), brand, channel, moment(n, total, start, r),
                LANGUAGES[pick(r, LANGUAGE_WEIGHTS)], moment, spam, sentiment,
                String.format(Locale.ROOT, "%.3f", score));
    }

    private static void conversation(StringBuilder out, long n, long total, Instant start, Instant now) {
        SplittableRandom r = random("conversation", n);
        int b = pick(r, BRAND_WEIGHTS);
        String brand = BRANDS[b];
        Instant received = moment(n, total, start, r);
        int teamIndex = r.nextInt(TEAMS.length);
        String team = TEAMS[teamIndex];
        // 8 agents a team; the owner is one of the team's, a second agent sometimes answers
        String owner = brand + "-agent-" + (teamIndex * 8 + r.nextInt(8));
        long target = r.nextDouble() < 0.7 ? 60 : 240;
        Instant due = received.plus(Duration.ofMinutes(target));
        // answered with a log-normal delay around 40 minutes, 7 % never, more of the last day not yet
        long ttfr = (long) Math.min(Math.exp(Math.log(2400) + 1.1 * r.nextGaussian()), 30 * 86400);
        Instant answeredAt = received.plusSeconds(ttfr);
        boolean answered = r.nextDouble() >= 0.07 && answeredAt.isBefore(now);
        String responder = !answered ? null
                : r.nextDouble() < 0.15 ? brand + "-agent-" + r.nextInt(40) : owner;
        long business = (long) (ttfr * (0.25 + 0.5 * r.nextDouble()));
        Instant resolvedAt = null;
        Long resolution = null;
        Long resolutionBusiness = null;
        int reopened = 0;
        if (answered && r.nextDouble() < 0.75) {
            long after = (long) (ttfr + Math.exp(Math.log(7200) + r.nextGaussian()));
            if (received.plusSeconds(after).isBefore(now)) {
                resolvedAt = received.plusSeconds(after);
                resolution = after;
                resolutionBusiness = (long) (after * (0.25 + 0.5 * r.nextDouble()));
                reopened = r.nextDouble() < 0.06 ? 1 : 0;
            }
        }
        csv(out, uuid("c", n), brand, CHANNELS[pick(r, CHANNEL_WEIGHTS)], team, owner, responder,
                MOMENTS[pick(r, MOMENT_WEIGHTS)], LANGUAGES[pick(r, LANGUAGE_WEIGHTS)], received, due, target,
                answered ? answeredAt : null, answered ? !answeredAt.isAfter(due) : null,
                resolvedAt == null ? null : resolvedAt.minusSeconds(reopened * 3600L), resolvedAt, reopened,
                answered ? ttfr : null, answered ? business : null, resolution, resolutionBusiness);
    }

    /** Channel account c (0–9) of a brand: one per channel, two more on the first two. */
    private static String account(String brand, int c) {
        return brand + "-" + CHANNELS[c % CHANNELS.length] + "-" + c;
    }

    private static void post(StringBuilder out, long n, long total, Instant start) {
        SplittableRandom r = random("post", n);
        String brand = BRANDS[pick(r, BRAND_WEIGHTS)];
        int c = r.nextInt(10);
        String platform = CHANNELS[c % CHANNELS.length];
        Instant published = moment(n, total, start, r);
        boolean fromStory = n % 10 < 7;
        UUID variant = fromStory ? uuid("v", n) : null;
        String key = fromStory ? variant.toString() : platform + ":bench-" + n;
        long impressions = 200 + (long) Math.exp(7 + 1.5 * r.nextGaussian());
        long reactions = impressions / (20 + r.nextInt(60));
        csv(out, key, brand, platform, account(brand, c), "acc-" + brand + "-" + c, "bench-" + n,
                fromStory ? uuid("s", n / 3) : null, variant, "https://example.com/" + platform + "/" + n, published,
                published.plus(Duration.ofDays(2)), platform.equals("vk") || platform.equals("youtube") ? null
                        : impressions, platform.equals("x") ? null : impressions * 7 / 10, reactions, reactions / 5,
                platform.equals("youtube") ? null : reactions / 8,
                platform.equals("vk") || platform.equals("youtube") || platform.equals("x") ? impressions * 2 : null,
                false);
    }

    /** Variant n's story (the posts of rows with n % 10 < 7 come from a story). */
    private static void variant(StringBuilder out, long n) {
        long post = n / 7 * 10 + n % 7;
        SplittableRandom r = random("post", post);
        csv(out, uuid("v", post), BRANDS[pick(r, BRAND_WEIGHTS)], uuid("s", post / 3),
                "Story " + post / 3 + ": autumn, „quotes”, ünïcødé");
    }

    /** Clicks on the variants of every other block of ten posts (those with n % 10 < 7 come from a story). */
    private static void clicks(StringBuilder out, long n) {
        long post = n / 7 * 20 + n % 7;
        SplittableRandom r = random("post", post);
        csv(out, uuid("v", post), BRANDS[pick(r, BRAND_WEIGHTS)], 1 + random("clicks", n).nextInt(400));
    }

    private static void followers(StringBuilder out, long n, Instant start) {
        long days = SPAN.toDays();
        int b = (int) (n / (10 * days));
        int c = (int) (n / days % 10);
        long day = n % days;
        String brand = BRANDS[b];
        Instant at = start.plus(Duration.ofDays(day)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(23));
        csv(out, account(brand, c), at.toString().substring(0, 10), brand, CHANNELS[c % CHANNELS.length],
                10_000L * (b + 1) + 37 * day + random("followers", n).nextInt(50), at);
    }

    private static void contact(StringBuilder out, long n, long total, Instant start) {
        SplittableRandom r = random("contact", n);
        String brand = BRANDS[pick(r, BRAND_WEIGHTS)];
        String kind = new String[] {"complaint_settled", "suggestion_passed_on", "advocate_gained",
                "recommendation_requested"}[r.nextInt(4)];
        UUID conversation = uuid("c", n * 20);
        csv(out, brand, kind, kind.equals("advocate_gained") ? "facebook:author-" + n : conversation.toString(),
                conversation, moment(n, total, start, r), brand + "-agent-" + r.nextInt(40));
    }

    private static void incident(StringBuilder out, long n, Instant start) {
        SplittableRandom r = random("incident", n);
        String brand = BRANDS[(int) (n / 26)];
        Instant opened = start.plus(Duration.ofDays(15 * (n % 26) + r.nextInt(10)));
        csv(out, uuid("incident", n), brand, "Outage " + n, "spike", "complaint", opened,
                opened.plus(Duration.ofHours(2 + r.nextInt(40))), "fixed");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Asking, as the screens do

    private static String window(Instant from, Instant to) {
        return "from=" + from + "&to=" + to;
    }

    /**
     * Cursors into the middle of the window's drill-down (every 2,000th conversation, arrival order), as the service
     * hands them out (platform-rest's Cursor of its keyset "care-conversations").
     */
    private static List<String> careCursors(Connection db, Instant from, Instant to) throws SQLException {
        List<String> cursors = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT received_at, conversation_id FROM (SELECT received_at, conversation_id,
                    row_number() OVER (ORDER BY received_at, conversation_id) n FROM care_fact
                    WHERE brand = '%s' AND received_at >= '%s' AND received_at < '%s') q
                WHERE n %% 2000 = 1000 LIMIT 200""".formatted(BRAND, from, to))) {
            while (r.next()) {
                cursors.add(Cursor.encode("care-conversations", r.getTimestamp(1).toInstant(),
                        UUID.fromString(r.getString(2))));
            }
        }
        return cursors.isEmpty() ? List.of(Cursor.encode("care-conversations", from, new UUID(0, 0))) : cursors;
    }

    /** Cursors into the middle of the window's posts (every 500th, newest first; keyset "publishing-posts"). */
    private static List<String> postCursors(Connection db, Instant from, Instant to) throws SQLException {
        List<String> cursors = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT published_at, post_key FROM (SELECT published_at, post_key,
                    row_number() OVER (ORDER BY published_at DESC, post_key DESC) n FROM publishing_post
                    WHERE brand = '%s' AND published_at >= '%s' AND published_at < '%s') q
                WHERE n %% 500 = 250 LIMIT 200""".formatted(BRAND, from, to))) {
            while (r.next()) {
                cursors.add(Cursor.encode("publishing-posts", r.getTimestamp(1).toInstant(), r.getString(2)));
            }
        }
        return cursors.isEmpty() ? List.of(Cursor.encode("publishing-posts", to, "zzz")) : cursors;
    }

    private static void warmUp(String token, String path) throws IOException {
        for (int i = 0; i < 5; i++) {
            get(path, token);
        }
    }

    /** Only the queries whose name holds this ({@code -Danalytics.queries=publishing}), to rerun a part. */
    private static final String ONLY = System.getProperty("analytics.queries", "");

    private static String[] measure(String what, String window, int requests, IntFunction<String> path,
            String token) throws IOException {
        if (!what.contains(ONLY)) {
            return new String[] {what, window, "-", "-", "-", "-"};
        }
        long[] nanos = new long[requests];
        int failed = 0;
        get(path.apply(0), token); // once before counting: the plan cached, the pages read
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            int status = get(path.apply(i), token);
            nanos[i] = System.nanoTime() - t0;
            if (status != 200) {
                failed++;
            }
        }
        Arrays.sort(nanos);
        String[] row = {what, window, ms(pct(nanos, 0.50)), ms(pct(nanos, 0.95)), ms(pct(nanos, 0.99)),
                Integer.toString(failed)};
        System.out.printf(Locale.ROOT, "%s, %s: p50 %s  p95 %s  p99 %s ms, %d not 200%n", what, window, row[2],
                row[3], row[4], failed);
        return row;
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The plans of the 12 months' queries, as the service words them (kept in step with its SQL by hand). */
    private static void plans(Connection db, Instant from, Instant to) throws SQLException {
        String where = "brand = '" + BRAND + "' AND received_at >= '" + from + "' AND received_at < '" + to + "'";
        explain(db, "care by agent, exact from the facts (CareFigures#exact: with a filter or no whole day)", "SELECT COALESCE(first_responder, assignee), "
                + "GROUPING(COALESCE(first_responder, assignee)), count(*), count(first_response_at), "
                + "percentile_cont(0.5) WITHIN GROUP (ORDER BY ttfr_business_seconds), "
                + "percentile_cont(0.9) WITHIN GROUP (ORDER BY ttfr_business_seconds) FROM care_fact WHERE " + where
                + " GROUP BY GROUPING SETS ((COALESCE(first_responder, assignee)), ())");
        String firstDay = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).toString().substring(0, 10);
        String lastDay = to.toString().substring(0, 10);
        java.time.LocalDate first = java.time.LocalDate.parse(firstDay);
        java.time.LocalDate firstMonth = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        java.time.LocalDate afterMonths = java.time.LocalDate.parse(lastDay).withDayOfMonth(1);
        String rollupColumns = "value, conversations, answered, due_answered, due_unanswered, within_target, "
                + "ever_resolved, reopened, ttfr_business_seconds::text, resolution_business_seconds::text";
        explain(db, "care by agent, whole months and the other whole days from the rollups (CareFigures#fromRollup)",
                "SELECT " + rollupColumns + " FROM care_month WHERE brand = '" + BRAND + "' AND dimension = 'agent'"
                + " AND month >= '" + firstMonth + "' AND month < '" + afterMonths + "' UNION ALL SELECT "
                + rollupColumns + " FROM care_day WHERE brand = '" + BRAND + "' AND dimension = 'agent' AND day >= '"
                + firstDay + "' AND day < '" + firstMonth + "' UNION ALL SELECT " + rollupColumns
                + " FROM care_day WHERE brand = '" + BRAND + "' AND dimension = 'agent' AND day >= '" + afterMonths
                + "' AND day < '" + lastDay + "'");
        explain(db, "care by agent of facebook, its closed months from care_month (CareFigures#agentsOfChannel)",
                "SELECT value, conversations, answered, due_answered, due_unanswered, within_target, ever_resolved,"
                + " reopened, ttfr_seconds::text, resolution_seconds::text FROM care_month WHERE brand = '" + BRAND
                + "' AND dimension = 'agent/facebook' AND month >= '" + firstMonth + "' AND month < '" + afterMonths
                + "'");
        java.time.LocalDate leadMonth = first.withDayOfMonth(1);
        explain(db, "care by agent of facebook, the days of the window's first month from care_channel_agent_day"
                + " (CareFigures#agentsOfChannel)", "SELECT value, conversations, answered, due_answered,"
                + " due_unanswered, within_target, ever_resolved, reopened, ttfr_seconds::text,"
                + " resolution_seconds::text FROM care_channel_agent_day WHERE brand = '" + BRAND
                + "' AND channel = 'facebook' AND day >= '" + first + "' AND day < '" + leadMonth.plusMonths(1) + "'");
        explain(db, "care by agent of facebook, the current month's days and the part-days from the facts, one scan"
                + " (CareFigures#partDays)", "SELECT COALESCE(first_responder, assignee), GROUPING(care_bucket("
                + "ttfr_seconds)), GROUPING(care_bucket(resolution_seconds)), care_bucket(ttfr_seconds),"
                + " care_bucket(resolution_seconds), count(*), count(first_response_at), count(first_resolved_at)"
                + " FROM care_fact WHERE brand = '" + BRAND + "' AND channel = 'facebook' AND received_at >= '"
                + afterMonths + "T00:00:00Z' AND received_at < '" + to + "' GROUP BY GROUPING SETS"
                + " ((COALESCE(first_responder, assignee)), (COALESCE(first_responder, assignee),"
                + " care_bucket(ttfr_seconds)), (COALESCE(first_responder, assignee), care_bucket(resolution_seconds)))");
        explain(db, "care, whole days' conversations still waiting for their due time (CareFigures#fromRollup)",
                "SELECT COALESCE(first_responder, assignee), count(*) FROM care_fact WHERE brand = '" + BRAND
                + "' AND first_response_at IS NULL AND due_at IS NOT NULL AND due_at > now() AND received_at >= '"
                + firstDay + "' AND received_at < '" + lastDay + "' GROUP BY 1");
        explain(db, "drill-down, a page deep (CareFigures#conversations)", "SELECT * FROM care_fact WHERE " + where
                + " AND (received_at, conversation_id) > ('" + from.plus(Duration.ofDays(180))
                + "', '00000000-0000-0000-0000-000000000000') ORDER BY received_at, conversation_id LIMIT 51");
        explain(db, "timeline, whole days (VolumeStore#grouped)", "SELECT day, sum(complaint), sum(total), "
                + "sum(score_sum) FROM interaction_day WHERE brand = '" + BRAND + "' AND day >= '" + from
                .truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).toString().substring(0, 10) + "' AND day < '"
                + to.toString().substring(0, 10) + "' GROUP BY day");
        explain(db, "contacts (ContactLedger#figures)", "SELECT (SELECT count(*) FROM care_fact WHERE brand = '"
                + BRAND + "' AND moment = 'question' AND first_response_at >= '" + from + "' AND first_response_at < '"
                + to + "'), count(*) FILTER (WHERE kind = 'complaint_settled') FROM care_contact WHERE brand = '"
                + BRAND + "' AND happened_at >= '" + from + "' AND happened_at < '" + to + "'");
        String wholeFrom = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1)).toString();
        String wholeTo = to.truncatedTo(ChronoUnit.DAYS).toString();
        explain(db, "publishing by channel, whole days from the rollup and part-days from the posts "
                + "(PublishingStore#figures)", "SELECT f.channel_account_id, f.platform, sum(f.posts), "
                + "sum(f.impressions), sum(f.impressions_posts), sum(f.clicks) FROM (SELECT d.channel_account_id, "
                + "d.platform, d.posts, d.impressions, d.impressions_posts, d.clicks FROM publishing_day d WHERE "
                + "d.brand = '" + BRAND + "' AND d.day >= '" + wholeFrom.substring(0, 10) + "' AND d.day < '"
                + wholeTo.substring(0, 10) + "' UNION ALL SELECT p.channel_account_id, p.platform, 1, "
                + "COALESCE(p.impressions, 0), (p.impressions IS NOT NULL)::int, COALESCE(c.clicks, 0) FROM "
                + "publishing_post p LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = "
                + "p.brand WHERE p.brand = '" + BRAND + "' AND ((p.published_at >= '" + from + "' AND p.published_at < '"
                + wholeFrom + "') OR (p.published_at >= '" + wholeTo + "' AND p.published_at < '" + to + "'))) f "
                + "GROUP BY GROUPING SETS ((f.channel_account_id, f.platform), ())");
        explain(db, "publishing by post, the first page (PublishingStore#posts)", "SELECT p.*, v.story_title, "
                + "c.clicks FROM publishing_post p LEFT JOIN publishing_variant v ON v.variant_id = p.variant_id AND "
                + "v.brand = p.brand LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = p.brand "
                + "WHERE p.brand = '" + BRAND + "' AND p.published_at >= '" + from + "' AND p.published_at < '" + to
                + "' ORDER BY p.published_at DESC, p.post_key DESC LIMIT 51");
        explain(db, "publishing posts, a page deep (PublishingStore#posts)", "SELECT p.*, v.story_title, c.clicks "
                + "FROM publishing_post p LEFT JOIN publishing_variant v ON v.variant_id = p.variant_id AND "
                + "v.brand = p.brand LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = p.brand "
                + "WHERE p.brand = '" + BRAND + "' AND p.published_at >= '" + from + "' AND p.published_at < '" + to
                + "' AND (p.published_at, p.post_key) < ('" + from.plus(Duration.ofDays(180)) + "', 'zzz') "
                + "ORDER BY p.published_at DESC, p.post_key DESC LIMIT 51");
    }

    private static void explain(Connection db, String what, String sql) throws SQLException {
        System.out.printf(Locale.ROOT, "%nplan, %s, 12 months:%n", what);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (r.next()) {
                System.out.println("  " + r.getString(1));
            }
        }
    }

    private static String token;
    private static long tokenAt;

    /** A request as manager1, with a token fresh enough (Keycloak's live a few minutes; a run takes longer). */
    private static int get(String path, String ignored) throws IOException {
        if (token == null || System.nanoTime() - tokenAt > 60_000_000_000L) {
            token = token();
            tokenAt = System.nanoTime();
        }
        HttpURLConnection c = (HttpURLConnection) URI.create(ANALYTICS + path).toURL().openConnection();
        c.setRequestProperty("Authorization", "Bearer " + token);
        int status = c.getResponseCode();
        (status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
        return status;
    }

    private static String token() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(KEYCLOAK + "/protocol/openid-connect/token").toURL()
                .openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        String form = "grant_type=password&client_id=parley-cli&username="
                + URLEncoder.encode(System.getProperty("analytics.user", "manager1"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(System.getProperty("analytics.password", "manager1"),
                StandardCharsets.UTF_8);
        try (OutputStream out = c.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        String json = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int at = json.indexOf("\"access_token\":\"") + 16;
        if (at < 16) {
            throw new IOException("no token from Keycloak: " + json);
        }
        return json.substring(at, json.indexOf('"', at));
    }
}
