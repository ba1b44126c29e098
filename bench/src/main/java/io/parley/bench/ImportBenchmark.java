package io.parley.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Topics;
import io.parley.devstack.infra.ConsumerGroups;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code ./parley bench import}: a bulk NDJSON import into the running stack ({@code ./parley up -d}), followed until
 * the inbox shows every item, beside the machine's own limits measured in the same run. Issue 20 asks for 30,000
 * interactions/s from import to inbox, reported as a share of PostgreSQL's COPY rate.
 *
 * <p>It makes a throwaway brand ({@code bench-import}: a Keycloak group, and a manager {@code bench-import1} in it,
 * through the stack's Keycloak admin API), connects a forum source of that brand, builds the NDJSON in memory
 * (Parley's interaction format: comments and replies in threads of five, EN/PL/EL/RU texts with emoji, authors,
 * permalinks, times) and streams it to {@code POST /api/v1/channels/{id}/imports} with the manager's real token —
 * in requests of {@code import.per-request} lines (the gateway takes bodies up to 32 MiB), one after another on each
 * of {@code import.connections} connections. Building the body before the clock starts keeps the client's work off
 * the 2-core machine while it is measured.
 *
 * <p>Measured, from the first byte sent: the import itself (lines until the last answer), durable in Kafka (the
 * end offsets of {@code parley.intake.v1} reaching the items sent), the enrichment stage (its group's committed
 * offsets on the intake topic caught up) and visible in the inbox (the inbox's group on
 * {@code parley.interactions.v1} caught up after enrichment; then the brand's rows in the inbox's
 * {@code interaction} table are counted to confirm). Each as a rate and as a share of Kafka's ProducerPerformance
 * and PostgreSQL's COPY, with the load average and each service's resident memory.
 *
 * <p>Options: {@code -Dimport.items} (200000), {@code -Dimport.per-request} (50000), {@code -Dimport.connections}
 * (1), {@code -Dimport.wait} (600 s at most for the stages after the import), {@code -Dimport.brand}
 * ({@code bench-import}), {@code -Dingest.url} (http://localhost:8081), {@code -Dkeycloak.url}
 * (http://localhost:8180), {@code -Dkafka.bootstrap} (localhost:9092), {@code -Dstack.jdbc} (the inbox's database),
 * {@code -Dlimits=false} to skip the machine's limits.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What customers write, in the four languages of the suite, with emoji; the generator varies them per line. */
    static final List<String> TEXTS = List.of(
            "My order #%d still hasn't arrived after two weeks 😡 what is going on?",
            "Love the new winter collection ❄️ the scarf is perfect, thank you! (%d)",
            "Can you tell me if the blue jacket comes in size XL? Asking for the %dth time 🙄",
            "Worst customer service ever. Nobody answers emails. Ticket %d",
            "Great quality, fast delivery 👍👍 order %d arrived in one piece",
            "Zamówienie %d nadal nie dotarło, a minął już tydzień 😤 kiedy dostanę paczkę?",
            "Świetna obsługa, polecam każdemu! ❤️ zamówienie %d",
            "Czy ta kurtka jest dostępna w rozmiarze M? Pytam o produkt %d",
            "Jakość się pogorszyła, szew puścił po dwóch praniach 😞 (nr %d)",
            "Dziękuję za szybki zwrot pieniędzy 🙏 zgłoszenie %d",
            "Η παραγγελία %d δεν έχει φτάσει ακόμα, τι συμβαίνει; 😠",
            "Υπέροχη εξυπηρέτηση, ευχαριστώ πολύ! 😊 (%d)",
            "Έχετε αυτό το μοντέλο σε μαύρο χρώμα; Κωδικός %d",
            "Το προϊόν ήρθε σπασμένο 💔 παραγγελία %d, θέλω επιστροφή χρημάτων",
            "Заказ %d до сих пор не пришёл, уже две недели жду 😡",
            "Отличный магазин, всё пришло быстро! 🎉 заказ %d",
            "Подскажите, есть ли эта куртка в размере L? Артикул %d",
            "Ужасное качество, вещь порвалась через день 👎 (%d)",
            "Спасибо большое за помощь, вопрос %d решён 🙂",
            "❤️❤️❤️ %d",
            "Is this still on sale? 🤔 #%d",
            "Kiedy wróci do sprzedaży? 🛒 %d",
            "Πότε θα είναι ξανά διαθέσιμο; %d",
            "Когда снова появится в продаже? 🛍️ %d");

    static final List<String> AUTHORS = List.of("Ola Kowalska", "James O'Brien", "Ελένη Παπαδοπούλου",
            "Дмитрий Иванов", "Zoë 🌸", "Paweł Żółć", "Νίκος", "Анна-Мария", "Sam", "Łukasz");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String ingest = System.getProperty("ingest.url", "http://localhost:8081");
        String keycloak = System.getProperty("keycloak.url", "http://localhost:8180");
        String bootstrap = System.getProperty("kafka.bootstrap", "localhost:9092");
        String jdbc = System.getProperty("stack.jdbc", "jdbc:postgresql://localhost:5433/parley_inbox");
        String dbUser = System.getProperty("stack.db.user", "parley");
        String dbPassword = System.getProperty("stack.db.password", "parley");
        String brand = System.getProperty("import.brand", "bench-import");
        int items = Integer.getInteger("import.items", 200_000);
        int perRequest = Integer.getInteger("import.per-request", 50_000);
        int connections = Integer.getInteger("import.connections", 1);
        int wait = Integer.getInteger("import.wait", 600);

        System.out.printf(Locale.ROOT, "Parley bulk import — %d cores; %,d interactions as NDJSON in requests of %,d "
                + "lines on %d connection(s) to %s%n", Runtime.getRuntime().availableProcessors(), items, perRequest,
                connections, ingest);
        StackFigures.Limits limits = null;
        if (Boolean.parseBoolean(System.getProperty("limits", "true"))) {
            System.out.println("measuring the machine's limits first (Kafka's own producer, PostgreSQL COPY) ...");
            limits = StackFigures.Limits.measure(bootstrap, jdbc, dbUser, dbPassword);
        }

        String user = brand + "1";
        ThrowawayBrand.ensure(keycloak, brand, user);
        String token = token(keycloak, user);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String channel = connectSource(ingest, token, brand, brand + "-" + run);
        System.out.println("brand " + brand + ", forum source " + brand + "-" + run + " (channel " + channel + ")");

        List<byte[]> bodies = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < items; from += perRequest) {
            byte[] body = ndjson(run, from, Math.min(items, from + perRequest));
            bodies.add(body);
            bytes += body.length;
        }
        System.out.printf(Locale.ROOT, "body: %,d lines, %.1f MB (%.0f bytes a line)%n", items, bytes / 1e6,
                (double) bytes / items);

        StackBenchmark.Stage enrichment = StackBenchmark.STAGES.get(0);
        StackBenchmark.Stage inbox = StackBenchmark.STAGES.get(1);
        awaitCaughtUp(bootstrap, List.of(enrichment, inbox), 120);
        long intakeBefore = ConsumerGroups.records(bootstrap, Topics.INTAKE);
        long inboxRowsBefore = inboxRows(jdbc, dbUser, dbPassword, brand);

        String loadBefore = StackFigures.loadAverage();
        long started = System.nanoTime();
        Progress progress = new Progress(bootstrap, intakeBefore + items, enrichment, inbox, started);
        Thread follower = new Thread(progress, "import-progress");
        follower.setDaemon(true);
        follower.start();

        ExecutorService senders = Executors.newFixedThreadPool(connections);
        List<Future<?>> answers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int first = c;
            answers.add(senders.submit(() -> {
                for (int i = first; i < bodies.size(); i += connections) {
                    progress.imported.addAndGet(post(ingest, token, channel, bodies.get(i)).path("interactions")
                            .asLong());
                }
                return null;
            }));
        }
        for (Future<?> a : answers) {
            a.get();
        }
        senders.shutdown();
        long importEnded = System.nanoTime();
        long imported = progress.imported.get();
        String loadAtImportEnd = StackFigures.loadAverage();
        System.out.printf(Locale.ROOT, "import answered: %,d interactions in %.1f s; following the stages (at most %d s)"
                + " ...%n", imported, (importEnded - started) / 1e9, wait);

        follower.join(TimeUnit.SECONDS.toMillis(wait) + (importEnded - started) / 1_000_000);
        progress.stop = true;
        String loadAfter = StackFigures.loadAverage();
        long inboxRows = inboxRows(jdbc, dbUser, dbPassword, brand) - inboxRowsBefore;

        System.out.println();
        if (limits != null) {
            limits.print();
        }
        System.out.printf(Locale.ROOT, "load average %s when the import started, %s when it was answered, %s at the "
                + "end%n%n", loadBefore, loadAtImportEnd, loadAfter);
        double producer = limits == null ? Double.NaN : limits.producer();
        double copy = limits == null ? Double.NaN : limits.copy();
        System.out.println("| stage (from the first byte sent) | interactions | seconds | rate /s | ÷ PostgreSQL COPY "
                + "| ÷ Kafka producer |");
        System.out.println("|---|---|---|---|---|---|");
        row("import request answered (lines until the last answer)", imported, (importEnded - started) / 1e9,
                copy, producer);
        row("durable in Kafka (parley.intake.v1 end offsets)", items, progress.durableAt, copy, producer);
        row("enriched (ingest-service-enrichment caught up)", items, progress.enrichedAt, copy, producer);
        row("visible in the inbox (inbox-service caught up)", inboxRows, progress.inboxAt, copy, producer);
        System.out.printf(Locale.ROOT, "%nthe inbox holds %,d of the %,d interactions of brand %s%s%n", inboxRows, items,
                brand, inboxRows == items ? "" : " — NOT all of them");
        System.out.println("resident memory after the run (VmRSS): " + StackFigures.residentMemory());
    }

    private static void row(String stage, long count, double seconds, double copy, double producer) {
        if (Double.isNaN(seconds)) {
            System.out.printf(Locale.ROOT, "| %s | %,d | not within the wait | | | |%n", stage, count);
            return;
        }
        double rate = count / seconds;
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %s | %s |%n", stage, count, seconds, rate,
                StackFigures.share(rate, copy), StackFigures.share(rate, producer));
    }

    /** Samples the topic and the groups twice a second and notes when each stage had everything. */
    static final class Progress implements Runnable {
        private final String bootstrap;
        private final long intakeTarget;
        private final StackBenchmark.Stage enrichment;
        private final StackBenchmark.Stage inbox;
        private final long started;
        final java.util.concurrent.atomic.AtomicLong imported = new java.util.concurrent.atomic.AtomicLong();
        volatile double durableAt = Double.NaN;
        volatile double enrichedAt = Double.NaN;
        volatile double inboxAt = Double.NaN;
        volatile boolean stop;

        Progress(String bootstrap, long intakeTarget, StackBenchmark.Stage enrichment, StackBenchmark.Stage inbox,
                long started) {
            this.bootstrap = bootstrap;
            this.intakeTarget = intakeTarget;
            this.enrichment = enrichment;
            this.inbox = inbox;
            this.started = started;
        }

        @Override
        public void run() {
            try {
                while (!stop && Double.isNaN(inboxAt)) {
                    double now = (System.nanoTime() - started) / 1e9;
                    if (Double.isNaN(durableAt)) {
                        if (ConsumerGroups.records(bootstrap, Topics.INTAKE) >= intakeTarget) {
                            durableAt = now;
                        }
                    } else if (Double.isNaN(enrichedAt)) {
                        if (ConsumerGroups.lag(bootstrap, enrichment.group(), enrichment.topic()) <= 0) {
                            enrichedAt = now;
                        }
                    } else if (ConsumerGroups.lag(bootstrap, inbox.group(), inbox.topic()) <= 0) {
                        inboxAt = now;
                    }
                    TimeUnit.MILLISECONDS.sleep(500);
                }
            } catch (IOException e) {
                System.out.println("  (stopped following the stages: " + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One NDJSON line per interaction {@code from} to {@code to}: threads of five, a comment and four replies. */
    static byte[] ndjson(String run, int from, int to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) * 420);
        Instant base = Instant.parse("2026-11-01T08:00:00Z");
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (int i = from; i < to; i++) {
                int thread = i / 5;
                boolean first = i % 5 == 0;
                String author = AUTHORS.get((i * 7) % AUTHORS.size());
                int authorId = (i * 31) % 9973;
                json.writeStartObject();
                json.writeStringField("id", run + "-p" + i);
                json.writeStringField("kind", first ? "comment" : "reply");
                json.writeStringField("threadId", run + "-t" + thread);
                if (!first) {
                    json.writeStringField("parentId", run + "-p" + (thread * 5));
                }
                json.writeStringField("postId", "post-" + (thread / 100));
                json.writeStringField("text", String.format(Locale.ROOT, TEXTS.get((i * 5 + thread) % TEXTS.size()),
                        i));
                json.writeObjectFieldStart("author");
                json.writeStringField("id", "u-" + authorId);
                json.writeStringField("name", author);
                json.writeStringField("url", "https://forum.bench.example/u/" + authorId);
                json.writeEndObject();
                json.writeStringField("permalink", "https://forum.bench.example/t/" + thread + "#p" + i);
                json.writeStringField("createdAt", base.plusSeconds(i * 7L).toString());
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** One import request, the body streamed (chunked) from memory; its report, or an exception naming the answer. */
    private static JsonNode post(String ingest, String token, String channel, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/channels/" + channel + "/imports"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode report = JSON.readTree(response.body());
        if (report.path("refused").asInt() != 0) {
            throw new IOException("the import refused lines: " + report.path("refusedLines"));
        }
        return report;
    }

    private static String token(String keycloak, String user) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "parley-cli", "username", user,
                "password", user, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/parley/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.hasNonNull("access_token")) {
            throw new IOException("no token for " + user + " from Keycloak: " + response.statusCode() + " "
                    + response.body());
        }
        return answer.get("access_token").asText();
    }

    /** A forum source of the brand (no signing secret: it only imports); its channel id. */
    private static String connectSource(String ingest, String token, String brand, String accountId)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("brand", brand, "platform", "forum", "accountId", accountId,
                "name", "Bulk import benchmark " + accountId));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/channels"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("connecting the source answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** The brand's interactions in the inbox's table. */
    private static long inboxRows(String jdbc, String user, String password, String brand) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement count = db.prepareStatement("SELECT count(*) FROM interaction WHERE brand = ?")) {
            count.setString(1, brand);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Waits (up to {@code seconds}) until both groups have read everything, so that earlier work is not counted. */
    private static void awaitCaughtUp(String bootstrap, List<StackBenchmark.Stage> stages, int seconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (StackBenchmark.Stage s : stages) {
                all &= ConsumerGroups.lag(bootstrap, s.group(), s.topic()) <= 0;
            }
            if (all) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        System.out.println("  (the stages had not caught up with earlier work after " + seconds + " s; measuring "
                + "anyway)");
    }
}
