package io.parley.bench;

import io.parley.devstack.infra.RepositoryRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks against the running stack ({@code ./parley up -d}) print beside their own figures: the machine's
 * limits measured in the same run ({@link MachineLimits}, as numbers to divide by), a rate as a share of one, the load
 * average and each service's resident memory. {@link StackBenchmark} and {@code ImportBenchmark} both use these.
 */
public final class StackFigures {

    /** Clock ticks per second of {@code /proc/<pid>/stat}'s times ({@code getconf CLK_TCK}: 100 on Linux). */
    private static final double TICKS = 100.0;

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

    /**
     * The CPU time (user + system, seconds) each process of the stack has used since it started, from
     * {@code /proc/<pid>/stat}, with every process it started that is still running (a launcher script's JVM, each
     * PostgreSQL backend; one that ended takes its time with it): the services and the console ({@code
     * .parley/stack/pids}), Kafka, PostgreSQL, Keycloak, and this benchmark's own JVM (the load). Two readings
     * subtracted give what each used in between.
     */
    public static Map<String, Double> cpuSeconds() {
        Path stack = RepositoryRoot.find().resolve(".parley/stack");
        Map<Long, List<String>> all = processes();
        Map<String, Long> roots = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stack.resolve("pids"), "*.pid")) {
            for (Path file : files) {
                roots.put(file.getFileName().toString().replace(".pid", ""), firstNumber(file));
            }
        } catch (IOException e) {
            return Map.of();
        }
        roots.put("kafka", firstNumber(stack.resolve("kafka/kafka.pid")));
        roots.put("keycloak", firstNumber(stack.resolve("keycloak/keycloak.pid")));
        roots.put("postgresql", firstNumber(stack.resolve("postgres/data/postmaster.pid")));
        roots.put("benchmark (the load)", ProcessHandle.current().pid());
        Map<String, Double> cpu = new TreeMap<>();
        roots.forEach((name, pid) -> {
            if (pid > 0 && all.containsKey(pid)) {
                cpu.put(name, treeCpu(pid, all));
            }
        });
        return cpu;
    }

    /** Every running process's stat fields, by pid. */
    private static Map<Long, List<String>> processes() {
        Map<Long, List<String>> all = new java.util.HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(proc.getFileName().toString());
                List<String> stat = stat(pid);
                if (stat != null) {
                    all.put(pid, stat);
                }
            }
        } catch (IOException e) {
            return all;
        }
        return all;
    }

    /** A process's CPU seconds and those of its descendants (field 4, the parent, is index 1 here). */
    private static double treeCpu(long pid, Map<Long, List<String>> all) {
        double total = cpu(all.get(pid));
        for (Map.Entry<Long, List<String>> p : all.entrySet()) {
            if (p.getValue().get(1).equals(Long.toString(pid))) {
                total += treeCpu(p.getKey(), all);
            }
        }
        return total;
    }

    /** What each process used between two {@link #cpuSeconds} readings (processes in both). */
    public static Map<String, Double> cpuBetween(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> {
            Double then = before.get(name);
            if (then != null) {
                used.put(name, seconds - then);
            }
        });
        return used;
    }

    /** utime + stime: fields 14 and 15 of stat, here 11 and 12 (the list starts at field 3, after the name). */
    private static double cpu(List<String> stat) {
        return (Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12))) / TICKS;
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces), or null. */
    private static List<String> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            return List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first word of a pid file (PostgreSQL's {@code postmaster.pid} has more lines) as a pid, or -1. */
    private static long firstNumber(Path file) {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+")[0];
            return first.matches("\\d+") ? Long.parseLong(first) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The pid of one process of the stack ({@code .parley/stack/pids/<name>.pid}), or -1. */
    public static long pid(String name) {
        return firstNumber(RepositoryRoot.find().resolve(".parley/stack/pids/" + name + ".pid"));
    }
}
