package io.parley.testsupport.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Fills a brand's inbox database fast, the one way the benchmark and the browser tests at scale share: conversations
 * of one interaction each, written by PostgreSQL itself from {@code generate_series} in chunks of 100,000 (a multi-row
 * {@code INSERT … SELECT}: about 10 s per million on a laptop), not one request per conversation. They are spread over
 * platforms, languages, moments, sentiments and priorities, with texts in English, Polish, Greek and Russian, and all
 * older than anything that arrives now. Two kinds:
 * <ul>
 * <li>{@link #QUEUE}: a fifth open (overdue), the rest answered, one every 6 seconds from 60 days ago; thread ids
 * {@code bench-…} — the queue the benchmark and the at-scale browser test work;</li>
 * <li>{@link #HISTORY}: all resolved, one every 5 minutes from 420 days ago; thread ids {@code hist-…} — a brand's past
 * year, which the end-to-end stack holds for every scenario without changing any open queue.</li>
 * </ul>
 * A second fill of a kind counts what is there and adds only what is missing; {@link #remove} takes one kind out.
 */
public final class InboxFill {

    /** The texts of the generated conversations, picked by row number (the {@code n % 8}-th). */
    public static final List<String> TEXTS = List.of(
            "I ordered on Monday and there is still nothing. Where is my parcel?",
            "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje z moją paczką?",
            "Καλησπέρα! Πότε θα είναι ξανά διαθέσιμο το προϊόν;",
            "Спасибо за быструю доставку, всё отлично!",
            "❤", "The app keeps crashing since the update, please fix it",
            "Reklamacja: drukarka przestała działać po tygodniu",
            "Где мой заказ? Жду уже две недели");

    /** A queue to work: every fifth open and overdue, the rest answered, from 60 days ago, one every 6 s. */
    public static final InboxFill QUEUE = new InboxFill("bench", 5, "answered", 60 * 24 * 3600L, 6);

    /** A brand's past: every conversation resolved, from 420 days ago, one every 5 minutes. */
    public static final InboxFill HISTORY = new InboxFill("hist", 0, "resolved", 420 * 24 * 3600L, 300);

    private static final int CHUNK = 100_000;

    private final String prefix;
    private final int openEvery;
    private final String closedStatus;
    private final long startSecondsAgo;
    private final long everySeconds;

    private InboxFill(String prefix, int openEvery, String closedStatus, long startSecondsAgo, long everySeconds) {
        this.prefix = prefix;
        this.openEvery = openEvery;
        this.closedStatus = closedStatus;
        this.startSecondsAgo = startSecondsAgo;
        this.everySeconds = everySeconds;
    }

    /** How many generated conversations the database holds. */
    public long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM conversation WHERE thread_id LIKE '" + prefix + "-%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Adds conversations (and one interaction each) of {@code brand} until the database holds {@code total} generated
     * ones; reports progress to {@code progress} after each chunk. Analyses the tables afterwards, so the planner's
     * estimates (the queue's totals above 10,000) see the new rows at once.
     */
    public void fill(Connection db, String brand, long total, LongConsumer progress) throws SQLException {
        long have = count(db);
        if (have >= total) {
            return;
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (long from = have + 1; from <= total; from += CHUNK) {
                long to = Math.min(total, from + CHUNK - 1);
                try (Statement s = db.createStatement()) {
                    s.execute(range(conversations(brand), from, to));
                    s.execute(range(interactions(brand), from, to));
                }
                db.commit();
                progress.accept(to);
            }
        } finally {
            db.setAutoCommit(auto);
        }
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE conversation");
            s.execute("ANALYZE interaction");
        }
    }

    /**
     * Gives generated conversations the search vector the inbox would have written for their text: {@code lexemes}
     * is the inbox's own stemming ({@code io.parley.inbox.search.SearchText#lexemes}), which this module cannot
     * depend on. Texts without words keep none.
     */
    public void searchVectors(Connection db, long total,
            Function<String, ? extends java.util.Collection<String>> lexemes)
            throws SQLException {
        String array = sqlArray(TEXTS.stream().map(t -> String.join(" ", lexemes.apply(t))).toList());
        String update = """
                UPDATE conversation c SET search = array_to_tsvector(string_to_array((:lexemes)[1 + g.n % 8], ' '))
                FROM (SELECT n FROM generate_series(:from, :to) n) g
                WHERE c.id = md5(':prefix-c-' || g.n)::uuid AND c.search IS NULL AND (:lexemes)[1 + g.n % 8] <> ''
                """.replace(":lexemes", array).replace(":prefix", prefix);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (long from = 1; from <= total; from += CHUNK) {
                try (Statement s = db.createStatement()) {
                    s.execute(range(update, from, Math.min(total, from + CHUNK - 1)));
                }
                db.commit();
            }
        } finally {
            db.setAutoCommit(auto);
        }
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE conversation");
        }
    }

    /** Takes the generated conversations out again (their interactions first), leaving everything else as it was. */
    public void remove(Connection db) throws SQLException {
        String generated = "WHERE thread_id LIKE '" + prefix + "-%' AND channel_account_id = '" + prefix + "-account'";
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM interaction " + generated);
            s.execute("DELETE FROM conversation " + generated);
            s.execute("VACUUM ANALYZE conversation");
        }
    }

    /** How many of {@code total} generated conversations are open. */
    public long open(long total) {
        return openEvery == 0 ? 0 : total / openEvery;
    }

    private static String range(String sql, long from, long to) {
        return sql.replace(":from", Long.toString(from)).replace(":to", Long.toString(to));
    }

    static String sqlArray(List<String> values) {
        return "ARRAY[" + String.join(",", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + "]";
    }

    private static String literal(String brand) {
        if (!brand.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("not a brand id: " + brand);
        }
        return "'" + brand + "'";
    }

    /** A template's placeholders filled in for this kind: names, which rows are open, the times. */
    private String generated(String template, String brand) {
        String open = openEvery == 0 ? "false" : "n % " + openEvery + " = 0";
        return template.replace(":brand", literal(brand)).replace(":texts", sqlArray(TEXTS))
                .replace(":prefix", prefix).replace(":open", open).replace(":closed", closedStatus)
                .replace(":received", "now() - interval '" + startSecondsAgo + " seconds' + (n * interval '"
                        + everySeconds + " seconds')");
    }

    private String conversations(String brand) {
        return generated("""
                INSERT INTO conversation (id, brand, platform, channel_account_id, thread_id, status, received_at, due_at,
                    author_id, author_name, last_interaction_at, reply_target_id, preview, interaction_count,
                    first_response_at, time_to_first_response_seconds, language, moment, sentiment, priority, team,
                    assignee, clock_started_at, warn_at, target_minutes, warned_at, breached_at)
                SELECT md5(':prefix-c-' || n)::uuid, :brand,
                    (ARRAY['facebook','instagram','x','telegram','vk','youtube'])[1 + n % 6], ':prefix-account',
                    ':prefix-' || n, CASE WHEN :open THEN 'open' ELSE ':closed' END,
                    received, received + interval '30 minutes', ':prefix-author-' || (n % 50000),
                    'Author ' || (n % 50000), received, ':prefix-' || n, (:texts)[1 + n % 8], 1,
                    CASE WHEN :open THEN NULL ELSE received + interval '12 minutes' END,
                    CASE WHEN :open THEN NULL ELSE 720 END,
                    (ARRAY['en','pl','el','ru'])[1 + n % 4],
                    (ARRAY['complaint','question','praise','suggestion'])[1 + n % 4],
                    (ARRAY['negative','neutral','positive'])[1 + n % 3],
                    (ARRAY['normal','high','low','urgent'])[1 + (n / 5) % 4], 'care', 'agent1',
                    received, received + interval '22 minutes 30 seconds', 30,
                    CASE WHEN received + interval '22 minutes 30 seconds' < now()
                         THEN received + interval '22 minutes 30 seconds' END,
                    CASE WHEN received + interval '30 minutes' < now() THEN received + interval '30 minutes' END
                FROM (SELECT n, :received AS received FROM generate_series(:from, :to) n) g
                ON CONFLICT DO NOTHING
                """, brand);
    }

    private String interactions(String brand) {
        return generated("""
                INSERT INTO interaction (id, conversation_id, brand, platform, channel_account_id, thread_id, kind,
                    platform_object_id, author_id, author_name, text, platform_time, observed_at, language, moment,
                    sentiment)
                SELECT md5(':prefix-i-' || n)::uuid, md5(':prefix-c-' || n)::uuid, :brand,
                    (ARRAY['facebook','instagram','x','telegram','vk','youtube'])[1 + n % 6], ':prefix-account',
                    ':prefix-' || n, 'comment', ':prefix-' || n, ':prefix-author-' || (n % 50000),
                    'Author ' || (n % 50000), (:texts)[1 + n % 8], received, received,
                    (ARRAY['en','pl','el','ru'])[1 + n % 4],
                    (ARRAY['complaint','question','praise','suggestion'])[1 + n % 4],
                    (ARRAY['negative','neutral','positive'])[1 + n % 3]
                FROM (SELECT n, :received AS received FROM generate_series(:from, :to) n) g
                ON CONFLICT DO NOTHING
                """, brand);
    }
}
