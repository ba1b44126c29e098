package io.parley.bench.gateway;

import io.parley.bench.MachineLimits;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives signed Meta webhooks at a running ingest-service and reports how many interactions per second it makes
 * durable in Kafka (a webhook is answered 200 only once Kafka acknowledged every interaction in it), the latency
 * percentiles, and how fast the enrichment stage then moves them on to {@code parley.interactions.v1} (read from
 * {@code parley_ingest_enriched_total}), next to Kafka's own producer-performance figure measured in the same run on
 * the same broker.
 *
 * <p>The client is deliberately cheap (plain keep-alive sockets, one thread per connection) so that on a shared
 * 2-core machine the gateway, not the load generator, is what is measured. Phases: warm-up; as fast as the
 * connections allow with 1 interaction per webhook, then with {@code gateway.batch}; then a fixed rate of
 * {@code gateway.rate} webhooks/s whose latency counts from each request's scheduled moment (no coordinated
 * omission).
 *
 * <p>Needs the local stack: {@code ./parley up -d}. Then:
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.gateway.GatewayBenchmark}
 * (options as system properties: {@code -Dgateway.url}, {@code -Dgateway.seconds}, {@code -Dgateway.batch},
 * {@code -Dgateway.inflight}, {@code -Dgateway.rate}, {@code -Dgateway.connections}, {@code -Dgateway.warmup},
 * {@code -Dkafka.bootstrap}, {@code -Dkafka.libs}, {@code -Dkafka.records}).
 */
public final class GatewayBenchmark {

    private static final String SECRET = System.getProperty("gateway.secret", "demo-meta-secret");
    private static final String PAGE = System.getProperty("gateway.page", "1234567890");
    private static final String[] TEXTS = {
            "I ordered on Monday and there is still nothing. Where is my parcel?",
            "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje?",
            "Καλησπέρα! Πότε θα είναι ξανά διαθέσιμο το προϊόν;",
            "Спасибо за быструю доставку, всё отлично!",
            "❤",
            "It would be great to have a dark mode in the app."};

    private final String host;
    private final int port;
    private final String path;
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000);
    private final long runId = System.currentTimeMillis();

    public GatewayBenchmark(URI url) {
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : 80;
        this.path = url.getRawPath();
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(System.getProperty("gateway.url", "http://localhost:8081/webhooks/meta"));
        int seconds = Integer.getInteger("gateway.seconds", 30);
        int batch = Integer.getInteger("gateway.batch", 10);
        int inflight = Integer.getInteger("gateway.inflight", 32);
        int rate = Integer.getInteger("gateway.rate", 1000);
        GatewayBenchmark bench = new GatewayBenchmark(url);
        System.out.printf(Locale.ROOT, "Parley gateway benchmark — %d cores, %s%n", Runtime.getRuntime()
                .availableProcessors(), url);

        String kafka = MachineLimits.kafkaProducer(System.getProperty("kafka.bootstrap", "localhost:9092"));
        System.out.println("Kafka producer-perf (same broker, acks=all, 700-byte records): " + kafka);

        bench.closedLoop(Integer.getInteger("gateway.warmup", 10), batch, 8); // the JIT, connections, the models
        bench.awaitStageDrained();
        long before = bench.enriched();
        long started = System.nanoTime();
        Result one = bench.closedLoop(seconds, 1, inflight);
        one.print("max throughput, 1 interaction per webhook, " + inflight + " connections");
        bench.reportStage(before, started);

        before = bench.enriched();
        started = System.nanoTime();
        Result many = bench.closedLoop(seconds, batch, inflight);
        many.print("max throughput, " + batch + " interactions per webhook, " + inflight + " connections");
        bench.reportStage(before, started);

        before = bench.enriched();
        started = System.nanoTime();
        Result paced = bench.openLoop(seconds, rate, Integer.getInteger("gateway.connections", 64));
        paced.print("fixed rate " + rate + " webhooks/s, 1 interaction each (latency from the scheduled send)");
        bench.reportStage(before, started);
    }

    /** Interactions the enrichment stage has published so far ({@code parley_ingest_enriched_total}), or -1. */
    private long enriched() {
        try (Connection connection = new Connection()) {
            String metrics = connection.get("/q/metrics");
            for (String line : metrics.split("\n")) {
                if (line.startsWith("parley_ingest_enriched_total")) {
                    return (long) io.parley.testsupport.MetricsText.value(line);
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Waits until the enrichment stage has caught up (its count stops moving for two seconds). */
    private long awaitStageDrained() throws InterruptedException {
        long last = enriched();
        long stillSince = System.nanoTime();
        while (System.nanoTime() - stillSince < TimeUnit.SECONDS.toNanos(2)) {
            TimeUnit.MILLISECONDS.sleep(250);
            long now = enriched();
            if (now != last) {
                last = now;
                stillSince = System.nanoTime();
            }
        }
        return last;
    }

    /** How fast the enrichment stage moved this phase's interactions on, and how long it needed after the phase. */
    private void reportStage(long before, long started) throws InterruptedException {
        long phaseEnd = System.nanoTime();
        long after = awaitStageDrained();
        double drained = (System.nanoTime() - phaseEnd - TimeUnit.SECONDS.toNanos(2)) / 1e9;
        double total = (System.nanoTime() - started - TimeUnit.SECONDS.toNanos(2)) / 1e9;
        if (before < 0 || after < 0) {
            System.out.println("  enrichment stage: not measured (no parley_ingest_enriched_total at /q/metrics)");
            return;
        }
        System.out.printf(Locale.ROOT, "  enrichment stage: %,d enriched and published, %,.0f/s; caught up %.1f s "
                + "after the last webhook%n", after - before, (after - before) / total, Math.max(0, drained));
    }

    /** {@code connections} keep-alive connections, each sending its next webhook as soon as the last was answered. */
    public Result closedLoop(int seconds, int batch, int connections) throws InterruptedException {
        Recorder recorder = new Recorder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(started(() -> {
                try (Connection connection = new Connection()) {
                    while (System.nanoTime() < end) {
                        byte[] request = request(batch);
                        long sent = System.nanoTime();
                        recorder.record(connection.exchange(request), System.nanoTime() - sent);
                    }
                } catch (IOException e) {
                    recorder.broken(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return recorder.result(batch, seconds);
    }

    /**
     * Webhooks on a fixed schedule whatever the answers do: each connection takes the next due slot, waits for
     * it and sends; latency counts from the slot, so a slow answer that delays later sends is counted in them.
     */
    private Result openLoop(int seconds, int rate, int connections) throws InterruptedException {
        Recorder recorder = new Recorder();
        AtomicLong next = new AtomicLong();
        long total = (long) seconds * rate;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(started(() -> {
                try (Connection connection = new Connection()) {
                    for (long slot = next.getAndIncrement(); slot < total; slot = next.getAndIncrement()) {
                        byte[] request = request(1);
                        long due = start + slot * interval;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        recorder.record(connection.exchange(request), System.nanoTime() - due);
                    }
                } catch (IOException e) {
                    recorder.broken(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return recorder.result(1, (System.nanoTime() - start) / 1e9);
    }

    private static Thread started(Runnable body) {
        Thread thread = new Thread(body, "bench-connection");
        thread.start();
        return thread;
    }

    /** A whole HTTP/1.1 request: a signed Page feed webhook with {@code comments} new comments. */
    private byte[] request(int comments) {
        byte[] body = webhook(comments).getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nX-Hub-Signature-256: " + sign(body)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** One keep-alive HTTP/1.1 connection: a plain socket, so that the client costs little next to the server. */
    private final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection() throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** A GET on the same server; returns the body. */
        String get(String target) throws IOException {
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            body = new java.io.ByteArrayOutputStream();
            exchangeAnswer();
            String text = body.toString(StandardCharsets.UTF_8);
            body = null;
            return text;
        }

        private java.io.ByteArrayOutputStream body;

        /** Sends a request and reads the whole answer; returns its status. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            return exchangeAnswer();
        }

        private int exchangeAnswer() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return code;
        }

        private void skip(long n) throws IOException {
            if (body != null) {
                body.write(in.readNBytes((int) n));
                return;
            }
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Answers and their latencies, from many threads. */
    private static final class Recorder {
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

        void record(int status, long nanos) {
            if (status == 200) {
                ok.incrementAndGet();
                latencies.add(nanos);
            } else {
                failed.incrementAndGet();
            }
        }

        void broken(IOException e) {
            failed.incrementAndGet();
            errors.add(e.toString());
        }

        Result result(int batch, double seconds) {
            errors.stream().distinct().limit(3).forEach(e -> System.out.println("  connection error: " + e));
            return new Result(ok.get(), failed.get(), batch, seconds, latencies);
        }
    }

    /** A Page feed webhook with {@code comments} new comments, each on its own post and with its own id. */
    private String webhook(int comments) {
        StringBuilder changes = new StringBuilder();
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < comments; i++) {
            long id = ids.incrementAndGet();
            String text = TEXTS[(int) (id % TEXTS.length)];
            if (i > 0) {
                changes.append(',');
            }
            changes.append("""
                    {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"%d_%d","post_id":"%s_%d",
                    "parent_id":"%s_%d","from":{"id":"%d","name":"Bench %d"},"message":"%s","created_time":%d}}"""
                    .formatted(runId, id, PAGE, runId, PAGE, runId, 100000 + id % 5000, id % 5000, text, now));
        }
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + PAGE + "\",\"time\":" + now + ",\"changes\":["
                + changes + "]}]}";
    }

    private static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Result(long ok, long failed, int batch, double seconds, ConcurrentLinkedQueue<Long> latencies) {
        public void print(String what) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%n%s%n", what);
            System.out.printf(Locale.ROOT, "  webhooks answered 200: %,d (%,.0f/s), failed: %,d%n", ok, ok / seconds,
                    failed);
            System.out.printf(Locale.ROOT, "  interactions durable in Kafka: %,d (%,.0f/s)%n", ok * batch,
                    ok * batch / seconds);
            if (sorted.length > 0) {
                System.out.printf(Locale.ROOT, "  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                        pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            }
        }

        /** The {@code p}-quantile of the answered webhooks' latencies, in milliseconds (0 when none was answered). */
        public double latencyMs(double p) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : pct(sorted, p);
        }

        private static double pct(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
