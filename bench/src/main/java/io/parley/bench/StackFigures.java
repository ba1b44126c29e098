package io.parley.bench;

import io.parley.devstack.infra.RepositoryRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks against the running stack ({@code ./parley up -d}) print beside their own figures: the machine's
 * limits measured in the same run ({@link MachineLimits}, as numbers to divide by), a rate as a share of one, the load
 * average and each service's resident memory. {@link StackBenchmark} and {@code ImportBenchmark} both use these.
 */
public final class StackFigures {

    private StackFigures() {
    }

    /** Kafka's ProducerPerformance and PostgreSQL's COPY in this run: the lines they printed, and their rates. */
    public record Limits(String producerLine, String copyLine, double producer, double copy) {

        /** Measures both against the stack's broker and database (a minute or so on a quiet machine). */
        public static Limits measure(String bootstrap, String jdbc, String user, String password)
                throws IOException, InterruptedException {
            String producerLine = MachineLimits.kafkaProducer(bootstrap);
            String copyLine = MachineLimits.postgresCopy(jdbc, user, password);
            return new Limits(producerLine, copyLine, number(producerLine, "([\\d.]+) records/sec"),
                    number(copyLine, ": ([\\d,]+) rows/s"));
        }

        public void print() {
            System.out.println("machine limits, same run:");
            System.out.println("  Kafka producer-perf (same broker, acks=all, 700-byte records): " + producerLine);
            System.out.println("  PostgreSQL COPY (same server): " + copyLine);
        }
    }

    /** The first number {@code regex}'s group 1 finds in {@code line} (thousands separators allowed), or NaN. */
    static double number(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : Double.NaN;
    }

    /** {@code rate} as a percentage of {@code limit}, or "n/a" when the limit was not measured. */
    public static String share(double rate, double limit) {
        return Double.isNaN(limit) || limit <= 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * rate / limit);
    }

    /** The one-minute load average. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Each process of the stack ({@code .parley/stack/pids}) and its resident memory, from {@code /proc}. */
    public static String residentMemory() {
        Path pids = RepositoryRoot.find().resolve(".parley/stack/pids");
        Map<String, String> rss = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pids, "*.pid")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replace(".pid", "");
                String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
                Path status = Path.of("/proc", pid, "status");
                if (!pid.matches("\\d+") || !Files.isRegularFile(status)) {
                    continue;
                }
                for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D", ""));
                        rss.put(name, String.format(Locale.ROOT, "%,d MB", kb / 1024));
                    }
                }
            }
        } catch (IOException e) {
            return "not read (" + e.getMessage() + ")";
        }
        return rss.isEmpty() ? "no running stack found in " + pids : rss.toString().replace("{", "").replace("}", "");
    }

    /** The pid of one process of the stack ({@code .parley/stack/pids/<name>.pid}), or -1. */
    public static long pid(String name) {
        try {
            String pid = Files.readString(RepositoryRoot.find().resolve(".parley/stack/pids/" + name + ".pid"),
                    StandardCharsets.UTF_8).trim();
            return pid.matches("\\d+") ? Long.parseLong(pid) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
