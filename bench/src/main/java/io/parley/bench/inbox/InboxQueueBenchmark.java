package io.parley.bench.inbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import io.parley.testsupport.inbox.InboxFill;

/**
 * The inbox under a million interactions: fills the inbox database of a running stack (brand {@code acme}) with
 * {@code inbox.conversations} conversations of one interaction each — a fifth of them open, the rest answered, spread
 * over platforms, languages, moments and due times, texts in English, Polish, Greek and Russian — then asks the inbox
 * API as agent1 for the open queue (first page and pages further in, by cursor) in each of the four orders (due,
 * newest, oldest, priority; each first page with its total, counted up to 10,000 then estimated), for filtered and
 * searched queues and for agent1's saved views with their counts, and prints the latency percentiles of each and the
 * query plans PostgreSQL chose. The rows are added by test-support's {@link InboxFill}, the same fill the browser
 * test at scale uses.
 *
 * <p>Run it against a stack you can throw away, since it adds the rows to acme's inbox:
 * {@code ./parley down && rm -rf .parley/stack && ./parley up -d}, then
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.inbox.InboxQueueBenchmark}. Options:
 * {@code -Dinbox.url}, {@code -Dinbox.jdbc}, {@code -Dinbox.conversations}, {@code -Dinbox.requests},
 * {@code -Dkeycloak.url}. A second run reuses the rows it finds (tagged {@code bench-} thread ids).
 */
public final class InboxQueueBenchmark {

    private static final String INBOX = System.getProperty("inbox.url", "http://localhost:8082");
    private static final String JDBC = System.getProperty("inbox.jdbc", "jdbc:postgresql://localhost:5433/parley_inbox");
    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180/realms/parley");

    private InboxQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int conversations = Integer.getInteger("inbox.conversations", 1_000_000);
        int requests = Integer.getInteger("inbox.requests", 400);
        System.out.printf(Locale.ROOT, "Parley inbox benchmark — %d cores, %s, %s%n",
                Runtime.getRuntime().availableProcessors(), INBOX, JDBC);
        try (Connection db = DriverManager.getConnection(JDBC, "parley", "parley")) {
            fill(db, conversations);
            sparseWords(db);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT (SELECT count(*) FROM interaction), (SELECT count(*) FROM conversation), "
                            + "(SELECT count(*) FROM conversation WHERE brand = 'acme' AND status = 'open')")) {
                r.next();
                System.out.printf(Locale.ROOT, "rows: %,d interactions, %,d conversations, %,d open for acme%n",
                        r.getLong(1), r.getLong(2), r.getLong(3));
            }
            String token = token();
            // Cursors deep in the queue: the due time and id of every 10,000th open conversation.
            List<String> cursors = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT due_at, id FROM (SELECT due_at, id, row_number() OVER (ORDER BY due_at, id) n FROM conversation "
                            + "WHERE brand = 'acme' AND status = 'open') q WHERE n % 10000 = 0")) {
                while (r.next()) {
                    cursors.add(cursorOf(r.getTimestamp(1).toInstant(), r.getString(2)));
                }
            }
            warmUp(token);
            measure("open queue, first page (limit 50)", requests, i -> "/api/v1/conversations?status=open&limit=50",
                    token);
            if (!cursors.isEmpty()) {
                measure("open queue, a page deep in the queue (cursor)", requests,
                        i -> "/api/v1/conversations?status=open&limit=50&cursor=" + cursors.get(i % cursors.size()),
                        token);
            }
            for (String[] search : new String[][] {{"en", "parcel"}, {"pl", "paczki"}, {"el", "διαθέσιμα"},
                    {"ru", "заказы"}, {"rare: 1 in 200 open", "rzadkie"},
                    {"in 100,000 answered, 10 open", "archiwalne"}, {"none", "zzzunfindable"}}) {
                String q = java.net.URLEncoder.encode(search[1], StandardCharsets.UTF_8);
                measure("search, open queue, q=" + search[1] + " (" + search[0] + ", limit 50)", requests,
                        i -> "/api/v1/conversations?status=open&limit=50&q=" + q, token);
            }
            measure("answered, first page (limit 50)", requests, i -> "/api/v1/conversations?status=answered&limit=50",
                    token);
            // The queue's other orders (QueueOrder), first pages (with the total: counted up to 10,000, then the
            // planner's estimate) and pages deep in the queue by each order's own cursor.
            for (String[] order : new String[][] {{"newest", "last_interaction_at DESC, id DESC"},
                    {"oldest", "last_interaction_at, id"}, {"priority", PRIORITY_RANK + ", due_at, id"}}) {
                measure("open queue, " + order[0] + ", first page with its total (limit 50)", requests,
                        i -> "/api/v1/conversations?status=new,open&sort=" + order[0] + "&limit=50", token);
                List<String> deep = deepCursors(db, order[0], order[1]);
                if (!deep.isEmpty()) {
                    measure("open queue, " + order[0] + ", a page deep in the queue (cursor)", requests,
                            i -> "/api/v1/conversations?status=new,open&sort=" + order[0] + "&limit=50&cursor="
                                    + deep.get(i % deep.size()), token);
                }
            }
            measure("open queue, due, first page with its total (limit 50)", requests,
                    i -> "/api/v1/conversations?status=new,open&limit=50", token);
            measure("complaints in Polish, newest first, with its total (limit 50)", requests,
                    i -> "/api/v1/conversations?status=new,open&moment=complaint&language=pl&sort=newest&limit=50",
                    token);
            // Saved views: five of agent1's, listed with a count each.
            savedViews(token);
            measure("saved views of acme, each with its count (5 views)", Math.max(20, requests / 4),
                    i -> "/api/v1/brands/acme/views", token);
            for (String extra : System.getProperty("inbox.queries", "").split(";")) {
                if (!extra.isBlank()) {
                    measure(extra, requests, i -> extra, token);
                }
            }
            explain(db, "open queue, first page", "SELECT * FROM conversation WHERE brand IN ('acme') AND status = 'open' "
                    + "ORDER BY due_at, id LIMIT 51");
            // As the inbox asks (ConversationQueue#queue): the first 4,000 of the queue in due-time order are walked
            // for matches; when they hold less than a page, the matches are collected through the GIN index, then sorted.
            explain(db, "search, open queue, q=paczki (common: a page within the walk)", "SELECT * FROM (SELECT * FROM "
                    + "conversation WHERE brand IN ('acme') AND status = 'open' ORDER BY due_at, id LIMIT 4000) walked "
                    + "WHERE search @@ CAST('" + io.parley.inbox.search.SearchText.tsquery("paczki").replace("'", "''")
                    + "' AS tsquery) ORDER BY due_at, id LIMIT 51");
            // Rare in the walk: the ids carrying the words (the awaiting conversations' GIN index alone), then those
            // conversations under the listing's conditions, sorted.
            String rare = "search @@ CAST('" + io.parley.inbox.search.SearchText.tsquery("archiwalne").replace("'", "''")
                    + "' AS tsquery) AND status = 'open'";
            explain(db, "search, open queue, q=archiwalne (rare in the walk): the ids carrying it",
                    "SELECT id FROM conversation WHERE " + rare + " LIMIT 5001");
            List<String> ids = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id FROM conversation WHERE " + rare + " LIMIT 5001")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            explain(db, "search, open queue, q=archiwalne (rare in the walk): those conversations, sorted",
                    "SELECT * FROM (SELECT * FROM conversation WHERE id = ANY(CAST('{" + String.join(",", ids)
                            + "}' AS uuid[])) AND brand IN ('acme') AND status = 'open' OFFSET 0) carrying "
                            + "ORDER BY due_at, id LIMIT 51");
            explain(db, "open queue, newest first", "SELECT id FROM conversation WHERE brand IN ('acme') AND "
                    + "status IN ('new', 'open') ORDER BY last_interaction_at DESC, id DESC LIMIT 51");
            explain(db, "open queue, priority first", "SELECT id FROM conversation WHERE brand IN ('acme') AND "
                    + "status IN ('new', 'open') ORDER BY " + PRIORITY_RANK + ", due_at, id LIMIT 51");
            explain(db, "open queue, its total counted up to 10,001", "SELECT count(*) FROM (SELECT 1 FROM conversation "
                    + "WHERE brand IN ('acme') AND status IN ('new', 'open') LIMIT 10001) capped");
            explain(db, "open queue, after a cursor", "SELECT * FROM conversation WHERE brand IN ('acme') AND "
                    + "status = 'open' AND due_at >= now() + interval '3 days' AND (due_at > now() + interval '3 days' "
                    + "OR id > '00000000-0000-0000-0000-000000000000') ORDER BY due_at, id LIMIT 51");
        }
    }

    /** Fills acme's inbox the way the browser tests at scale do (test-support's InboxFill), with search vectors. */
    private static void fill(Connection db, int total) throws SQLException {
        long have = InboxFill.QUEUE.count(db);
        long started = System.nanoTime();
        InboxFill.QUEUE.fill(db, "acme", total, to -> System.out.printf(Locale.ROOT, "  filled %,d / %,d%n", to, total));
        if (have < total) {
            System.out.printf(Locale.ROOT, "filled %,d conversations and interactions in %.1f s%n", total - have,
                    (System.nanoTime() - started) / 1e9);
        } else {
            System.out.printf(Locale.ROOT, "reusing %,d bench conversations%n", have);
        }
        long missing;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM conversation WHERE thread_id LIKE 'bench-%' AND search IS NULL")) {
            r.next();
            missing = r.getLong(1);
        }
        if (missing > total / 8 + 1) { // the heart-only texts have no words and keep none
            long t0 = System.nanoTime();
            InboxFill.QUEUE.searchVectors(db, total, io.parley.inbox.search.SearchText::lexemes);
            System.out.printf(Locale.ROOT, "search vectors for %,d conversations in %.1f s%n", missing,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Two words the texts do not have, added to some search vectors: "rzadkie" to one open conversation in 200
     * (too few for a page in the first rows of the queue), "archiwalne" to 100,000 answered ones and 10 open
     * ones (many matches, nearly none of them in the open queue) — the cases a search cannot answer by walking
     * the queue.
     */
    private static void sparseWords(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM conversation WHERE search @@ 'rzadkie'::tsquery")) {
            r.next();
            if (r.getLong(1) > 0) {
                return;
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE conversation SET search = search || 'rzadkie'::tsvector WHERE thread_id LIKE "
                    + "'bench-%' AND status = 'open' AND search IS NOT NULL AND substr(thread_id, 7)::bigint % 1000 = 0");
            s.executeUpdate("UPDATE conversation SET search = search || 'archiwalne'::tsvector WHERE thread_id LIKE "
                    + "'bench-%' AND search IS NOT NULL AND ((status = 'answered' AND substr(thread_id, 7)::bigint % 8 = 1)"
                    + " OR (status = 'open' AND substr(thread_id, 7)::bigint % 100000 = 0))");
            s.execute("VACUUM ANALYZE conversation");
        }
    }

    /** As inbox-service writes it (QueueOrder.PRIORITY_RANK): the index is on this expression. */
    private static final String PRIORITY_RANK =
            "(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)";

    /** Cursors of every 10,000th open conversation in an order, as the API encodes them (QueueCursor). */
    private static List<String> deepCursors(Connection db, String order, String orderBy) throws SQLException {
        List<String> cursors = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + PRIORITY_RANK
                + " AS rank, due_at, last_interaction_at, id FROM (SELECT *, row_number() OVER (ORDER BY " + orderBy
                + ") n FROM conversation WHERE brand = 'acme' AND status IN ('new', 'open')) q WHERE n % 10000 = 0")) {
            while (r.next()) {
                String plain = order.equals("priority")
                        ? "priority|" + r.getInt(1) + "|" + r.getTimestamp(2).toInstant() + "|" + r.getString(4)
                        : order + "|" + r.getTimestamp(3).toInstant() + "|" + r.getString(4);
                cursors.add(java.util.Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return cursors;
    }

    /** Five saved views for agent1 (once): the listing of views counts each. */
    private static void savedViews(String token) throws IOException {
        String[] bodies = {
            "{\"name\":\"bench: open, newest\",\"filters\":{\"status\":\"new,open\"},\"sort\":\"newest\"}",
            "{\"name\":\"bench: complaints pl\",\"filters\":{\"status\":\"new,open\",\"moment\":\"complaint\","
                    + "\"language\":\"pl\"},\"sort\":\"newest\"}",
            "{\"name\":\"bench: breached\",\"filters\":{\"status\":\"new,open\",\"breached\":\"true\"}}",
            "{\"name\":\"bench: answered\",\"filters\":{\"status\":\"answered\"},\"sort\":\"oldest\"}",
            "{\"name\":\"bench: urgent first\",\"filters\":{\"status\":\"new,open\"},\"sort\":\"priority\"}"};
        for (String body : bodies) {
            HttpURLConnection c = (HttpURLConnection) URI.create(INBOX + "/api/v1/brands/acme/views").toURL()
                    .openConnection();
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty("Authorization", "Bearer " + token);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode(); // 201, or 409 when a previous run saved it
            (status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
        }
    }

    private static void warmUp(String token) throws IOException {
        for (int i = 0; i < 50; i++) {
            get("/api/v1/conversations?status=open&limit=50", token);
        }
    }

    private static void measure(String what, int requests, IntFunction<String> path, String token) throws IOException {
        long[] nanos = new long[requests];
        int failed = 0;
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            int status = get(path.apply(i), token);
            nanos[i] = System.nanoTime() - t0;
            if (status != 200) {
                failed++;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%n%s: %d requests, %d not 200%n  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  "
                + "max %.1f%n", what, requests, failed, pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void explain(Connection db, String what, String sql) throws SQLException {
        System.out.printf(Locale.ROOT, "%nplan, %s:%n", what);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (r.next()) {
                System.out.println("  " + r.getString(1));
            }
        }
    }

    /** The queue cursor the API hands out: base64url of {@code <dueAt>|<id>} (QueueCursor, inbox-service). */
    private static String cursorOf(java.time.Instant dueAt, String id) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((dueAt + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int get(String path, String token) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(INBOX + path).toURL().openConnection();
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
        String form = "grant_type=password&client_id=parley-cli&username=agent1&password=agent1";
        try (OutputStream out = c.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder body = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().forEach(body::append);
        }
        String json = body.toString();
        int at = json.indexOf("\"access_token\":\"") + 16;
        if (at < 16) {
            throw new IOException("no token from Keycloak: " + json);
        }
        return json.substring(at, json.indexOf('"', at));
    }
}
