package io.parley.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What the machine itself does in the same run, printed beside a benchmark's figures so that a reader can tell the
 * code's limit from the machine's: Kafka's own producer ({@code ProducerPerformance}, {@code acks=all}, 700-byte
 * records) against the benchmark's broker, and PostgreSQL's {@code COPY} of rows like the ones the benchmark writes
 * into the benchmark's database. On a 2-core machine shared with other work, both move with the load; read a
 * benchmark's figure against the limits measured a minute before it, not against another day's.
 *
 * <p>Options: {@code -Dkafka.libs} (the broker's jars, default {@code .parley/tools/kafka-4.1.1/libs}),
 * {@code -Dkafka.records} (300000), {@code -Dcopy.rows} (200000); {@code -Dlimits=false} skips both.
 */
public final class MachineLimits {

    private MachineLimits() {
    }

    /** Both limits, one line each, printed under a heading; nothing when {@code -Dlimits=false}. */
    public static void print(String bootstrap, String jdbc, String user, String password) {
        if (!Boolean.parseBoolean(System.getProperty("limits", "true"))) {
            return;
        }
        System.out.println("machine limits, same run:");
        try {
            System.out.println("  Kafka producer-perf (same broker, acks=all, 700-byte records): "
                    + kafkaProducer(bootstrap));
        } catch (IOException e) {
            System.out.println("  Kafka producer-perf: not measured (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println("  PostgreSQL COPY (same server): " + postgresCopy(jdbc, user, password));
    }

    /** Kafka's own ProducerPerformance against {@code bootstrap}: its summary line. */
    public static String kafkaProducer(String bootstrap) throws IOException, InterruptedException {
        Path libs = Path.of(System.getProperty("kafka.libs", ".parley/tools/kafka-4.1.1/libs"));
        if (!Files.isDirectory(libs)) {
            libs = Path.of("..").resolve(libs);
        }
        if (!Files.isDirectory(libs)) {
            return "not measured (no Kafka libs at " + libs + "; set -Dkafka.libs)";
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = libs.toAbsolutePath() + File.separator + "*";
        // The broker does not create topics on demand (as in production): make the benchmark's own first.
        Process create = new ProcessBuilder(java, "-cp", classpath, "org.apache.kafka.tools.TopicCommand",
                "--bootstrap-server", bootstrap, "--create", "--if-not-exists", "--topic", "parley.bench.v1",
                "--partitions", "3", "--replication-factor", "1").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
            return "not measured (could not create topic parley.bench.v1)";
        }
        List<String> command = new ArrayList<>(Arrays.asList(java, "-cp", classpath,
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", "parley.bench.v1", "--num-records", Integer.getInteger("kafka.records", 300_000).toString(),
                "--record-size", "700", "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap,
                "acks=all", "linger.ms=5"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("records sent")) {
                    last = line.trim();
                }
            }
        }
        process.waitFor(5, TimeUnit.MINUTES);
        return last.isEmpty() ? "failed (exit " + process.exitValue() + ")" : last;
    }

    /**
     * {@code COPY} of {@code copy.rows} rows (a uuid key, a brand, two timestamps, a status and about 300 bytes of
     * JSON text: the width of an outbound attempt or a scheduled variant) into a table made for it and dropped after,
     * in one transaction: rows per second and MB per second.
     */
    public static String postgresCopy(String jdbc, String user, String password) {
        int rows = Integer.getInteger("copy.rows", 200_000);
        String table = "bench_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String json = "{\"text\":\"Zimowa kolekcja już jest ❄ — winter is here\",\"link\":\"https://acme.example/zima"
                + "?utm_source=facebook&pid=0\",\"media\":[],\"origin\":\"story/00000000/variant/00000000/publish/1\","
                + "\"requestedBy\":\"editor1\",\"padding\":\"" + "x".repeat(120) + "\"}";
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE " + table + " (id uuid PRIMARY KEY, brand text NOT NULL, status text NOT NULL,"
                        + " started_at timestamptz NOT NULL, completed_at timestamptz, request text NOT NULL)");
            }
            try {
                db.setAutoCommit(false);
                long t0 = System.nanoTime();
                long bytes = 0;
                CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table
                        + " (id, brand, status, started_at, completed_at, request) FROM STDIN (FORMAT text)");
                try {
                    StringBuilder chunk = new StringBuilder(1 << 20);
                    String now = Instant.now().toString();
                    for (int i = 0; i < rows; i++) {
                        chunk.append(UUID.randomUUID()).append("\tacme\tdelivered\t").append(now).append('\t')
                                .append(now).append('\t').append(json).append('\n');
                        if (chunk.length() > (1 << 20) - 1024 || i == rows - 1) {
                            byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(b, 0, b.length);
                            bytes += b.length;
                            chunk.setLength(0);
                        }
                    }
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                db.commit();
                double seconds = (System.nanoTime() - t0) / 1e9;
                return String.format(Locale.ROOT, "%,d rows in %.1f s: %,.0f rows/s, %.1f MB/s (one transaction, "
                        + "primary key index)", rows, seconds, rows / seconds, bytes / seconds / 1e6);
            } finally {
                db.setAutoCommit(true);
                try (Statement s = db.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        } catch (SQLException e) {
            return "not measured (" + e.getMessage() + ")";
        }
    }
}
