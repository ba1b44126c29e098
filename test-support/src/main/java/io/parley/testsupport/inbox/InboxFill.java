package io.parley.testsupport.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Fills a brand's inbox database fast, the one way the benchmark and the browser tests at scale share: conversations
 * of one interaction each, written by PostgreSQL itself from {@code generate_series} in chunks of 100,000 (a multi-row
 * {@code INSERT … SELECT}: about 10 s per million on a laptop), not one request per conversation. A fifth of them are
 * open, the rest answered; they are spread over platforms, languages, moments, sentiments and priorities, received one
 * every 6 seconds from 60 days ago (so anything that arrives now is newer than all of them), with texts in English,
 * Polish, Greek and Russian. Their thread ids start {@code bench-}: a second fill counts what is there and adds only
 * what is missing.
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

    private static final int CHUNK = 100_000;

    private InboxFill() {
    }

    /** How many generated conversations the database holds. */
    public static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM conversation WHERE thread_id LIKE 'bench-%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Adds conversations (and one interaction each) of {@code brand} until the database holds {@code total} generated
     * ones; reports progress to {@code progress} after each chunk. Analyses the tables afterwards, so the planner's
     * estimates (the queue's totals above 10,000) see the new rows at once.
     */
    public static void fill(Connection db, String brand, long total, LongConsumer progress) throws SQLException {
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
    public static void searchVectors(Connection db, long total,
            Function<String, ? extends java.util.Collection<String>> lexemes)
            throws SQLException {
        String array = sqlArray(TEXTS.stream().map(t -> String.join(" ", lexemes.apply(t))).toList());
        String update = """
                UPDATE conversation c SET search = array_to_tsvector(string_to_array((:lexemes)[1 + g.n % 8], ' '))
                FROM (SELECT n FROM generate_series(:from, :to) n) g
                WHERE c.id = md5('bench-c-' || g.n)::uuid AND c.search IS NULL AND (:lexemes)[1 + g.n % 8] <> ''
                """.replace(":lexemes", array);
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
    public static void remove(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM interaction WHERE thread_id LIKE 'bench-%' AND channel_account_id = 'bench-account'");
            s.execute("DELETE FROM conversation WHERE thread_id LIKE 'bench-%' AND channel_account_id = 'bench-account'");
            s.execute("VACUUM ANALYZE conversation");
        }
    }

    /** How many of the generated conversations are open (every fifth). */
    public static long open(long total) {
        return total / 5;
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

    private static String conversations(String brand) {
        return String.format(Locale.ROOT, """
                INSERT INTO conversation (id, brand, platform, channel_account_id, thread_id, status, received_at, due_at,
                    author_id, author_name, last_interaction_at, reply_target_id, preview, interaction_count,
                    first_response_at, time_to_first_response_seconds, language, moment, sentiment, priority, team,
                    assignee, clock_started_at, warn_at, target_minutes, warned_at, breached_at)
                SELECT md5('bench-c-' || n)::uuid, %1$s,
                    (ARRAY['facebook','instagram','x','telegram','vk','youtube'])[1 + n %% 6], 'bench-account',
                    'bench-' || n, CASE WHEN n %% 5 = 0 THEN 'open' ELSE 'answered' END,
                    received, received + interval '30 minutes', 'bench-author-' || (n %% 50000),
                    'Author ' || (n %% 50000), received, 'bench-' || n, (%2$s)[1 + n %% 8], 1,
                    CASE WHEN n %% 5 = 0 THEN NULL ELSE received + interval '12 minutes' END,
                    CASE WHEN n %% 5 = 0 THEN NULL ELSE 720 END,
                    (ARRAY['en','pl','el','ru'])[1 + n %% 4],
                    (ARRAY['complaint','question','praise','suggestion'])[1 + n %% 4],
                    (ARRAY['negative','neutral','positive'])[1 + n %% 3],
                    (ARRAY['normal','high','low','urgent'])[1 + (n / 5) %% 4], 'care', 'agent1',
                    received, received + interval '22 minutes 30 seconds', 30,
                    CASE WHEN received + interval '22 minutes 30 seconds' < now()
                         THEN received + interval '22 minutes 30 seconds' END,
                    CASE WHEN received + interval '30 minutes' < now() THEN received + interval '30 minutes' END
                FROM (SELECT n, now() - interval '60 days' + (n * interval '6 seconds') AS received
                      FROM generate_series(:from, :to) n) g
                ON CONFLICT DO NOTHING
                """, literal(brand), sqlArray(TEXTS));
    }

    private static String interactions(String brand) {
        return String.format(Locale.ROOT, """
                INSERT INTO interaction (id, conversation_id, brand, platform, channel_account_id, thread_id, kind,
                    platform_object_id, author_id, author_name, text, platform_time, observed_at, language, moment,
                    sentiment)
                SELECT md5('bench-i-' || n)::uuid, md5('bench-c-' || n)::uuid, %1$s,
                    (ARRAY['facebook','instagram','x','telegram','vk','youtube'])[1 + n %% 6], 'bench-account',
                    'bench-' || n, 'comment', 'bench-' || n, 'bench-author-' || (n %% 50000), 'Author ' || (n %% 50000),
                    (%2$s)[1 + n %% 8], received, received,
                    (ARRAY['en','pl','el','ru'])[1 + n %% 4],
                    (ARRAY['complaint','question','praise','suggestion'])[1 + n %% 4],
                    (ARRAY['negative','neutral','positive'])[1 + n %% 3]
                FROM (SELECT n, now() - interval '60 days' + (n * interval '6 seconds') AS received
                      FROM generate_series(:from, :to) n) g
                ON CONFLICT DO NOTHING
                """, literal(brand), sqlArray(TEXTS));
    }
}
