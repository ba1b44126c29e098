package io.parley.bench;

import io.parley.devstack.infra.Databases;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.GeneratedManifests;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parley bench idle}: each packaged service (and the console) started alone against the running test
 * infrastructure ({@code ./parley infra start}), exactly as {@code ./parley up} starts it ({@link LocalServices}, the
 * prod profile, the JVM options the Kubernetes manifests ship), measured against issue 20's goal: ready in under 5 s,
 * under 200 MB resident when idle. One table: per service, the time from the {@code java} process's start to
 * {@code /q/health/ready} answering 200 on an empty database (Flyway migrates everything) and again on the migrated
 * one (a pod's usual start); then, after {@code idle.seconds} of idling, its resident memory (VmRSS), the heap in use
 * and committed and the metaspace in use ({@code jcmd GC.heap_info}), its threads, and the JVM options it ran with.
 * Beside the ready time, the CPU time the process had used when it was ready: on a machine busy with other work the
 * ready time stretches, the CPU time much less.
 *
 * <p>Ready times are measured from the process's start as the kernel records it to the first ready answer, polled
 * every 250 ms ({@link io.parley.devstack.infra.ManagedProcess#awaitReady}): they are late by up to 250 ms. Nothing
 * else may run on the infrastructure's databases {@code bench_idle_*} (dropped first).
 *
 * <p>Options: {@code -Didle.services=ingest-service,console} (default every service and the console),
 * {@code -Didle.seconds=60}, {@code -Didle.fresh=false} (no start on an empty database: the databases an earlier run
 * migrated are kept), {@code -Didle.jvm="-Xmx384m ..."} (other JVM options than the shipped ones, as
 * {@code PARLEY_JVM_OPTS} gives them to {@code ./parley up}), {@code -Didle.env=NAME=value,...} (more environment for
 * the services).
 */
public final class IdleBenchmark {

    private static final String PREFIX = "bench_idle_";
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");
    private static final Duration GOAL_READY = Duration.ofSeconds(5);
    private static final long GOAL_RSS_MB = 200;

    /** One service's figures. */
    record Figures(String module, Duration firstReady, Duration ready, Duration cpuToReady, long rssKb, long heapUsedKb,
            long heapCommittedKb, long metaspaceKb, int threads, String jvmOptions) {
    }

    private IdleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = RepositoryRoot.find();
        Endpoints infra = TestInfrastructure.endpoints();
        int seconds = Integer.getInteger("idle.seconds", 60);
        String jvm = System.getProperty("idle.jvm", "");
        List<String> modules = System.getProperty("idle.services", "").isBlank()
                ? GeneratedManifests.modules()
                : List.of(System.getProperty("idle.services").split(",")).stream().map(String::trim).toList();
        System.out.printf(Locale.ROOT, "Parley idle benchmark — %d cores, each service alone, %d s idle; JVM options: "
                + "%s%n", Runtime.getRuntime().availableProcessors(), seconds,
                jvm.isBlank() ? "as shipped (k8s/base/generated)" : jvm);
        Map<String, String> env = new HashMap<>(Map.of("QUARKUS_PROFILE", "prod"));
        if (!jvm.isBlank()) {
            env.put("PARLEY_JVM_OPTS", jvm);
        }
        // more environment for the services, e.g. -Didle.env=MALLOC_ARENA_MAX=2
        for (String pair : System.getProperty("idle.env", "").split(",")) {
            if (pair.contains("=")) {
                env.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        List<Figures> all = new ArrayList<>();
        for (String module : modules) {
            try {
                all.add(measure(root, infra, module, env, seconds));
            } catch (IOException e) {
                // one service that did not get ready (its log's end is in the message) does not hide the others
                System.out.println("  " + module + " not measured: " + e.getMessage());
            }
        }
        print(all);
    }

    private static Figures measure(Path root, Endpoints infra, String module, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        String database = ParleyService.all().stream().filter(s -> s.module().equals(module)).findFirst()
                .map(ParleyService::database).orElse(LocalServices.CONSOLE_DATABASE);
        Path dir = root.resolve("bench/target/idle/" + module);
        System.out.printf(Locale.ROOT, "%n== %s%n", module);
        Duration first = null;
        if (Boolean.parseBoolean(System.getProperty("idle.fresh", "true"))) {
            Databases.drop(infra, PREFIX + database);
            first = startAndStop(root, dir, infra, module, env, 0, null);
            System.out.printf(Locale.ROOT, "  ready on an empty database after %.2f s%n", first.toMillis() / 1e3);
        }
        Duration fresh = first;
        Figures[] figures = new Figures[1];
        Duration ready = startAndStop(root, dir, infra, module, env, seconds, (pid, r, cpu) -> {
            figures[0] = idleFigures(module, fresh, r, cpu, pid);
        });
        System.out.printf(Locale.ROOT, "  ready after %.2f s; after %d s idle: %,d MB resident, heap %,d of %,d MB, "
                + "%d threads%n", ready.toMillis() / 1e3, seconds, figures[0].rssKb() / 1024,
                figures[0].heapUsedKb() / 1024, figures[0].heapCommittedKb() / 1024, figures[0].threads());
        return figures[0];
    }

    /** What to read from a started process after it idled. */
    private interface Idle {
        void measure(long pid, Duration ready, Duration cpu) throws IOException, InterruptedException;
    }

    /** Starts the module alone, waits until it is ready, idles {@code seconds}, measures, stops it. */
    private static Duration startAndStop(Path root, Path dir, Endpoints infra, String module, Map<String, String> env,
            int seconds, Idle idle) throws IOException, InterruptedException {
        LocalServices alone = LocalServices.startAlone(root, dir, infra, PREFIX, module, env, line -> { });
        Instant readyAt = Instant.now();
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("pids/" + module + ".pid")).trim());
            ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info)
                    .orElseThrow(() -> new IOException(module + " (pid " + pid + ") is not running"));
            // the CPU time it took to get ready: what a busy machine does not stretch
            Duration cpu = info.totalCpuDuration().orElse(Duration.ZERO);
            Duration ready = Duration.between(info.startInstant().orElseThrow(), readyAt);
            if (idle != null) {
                TimeUnit.SECONDS.sleep(seconds);
                idle.measure(pid, ready, cpu);
            }
            return ready;
        } finally {
            alone.stop();
        }
    }

    private static Figures idleFigures(String module, Duration first, Duration ready, Duration cpu, long pid)
            throws IOException, InterruptedException {
        long rss = 0;
        int threads = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.replaceAll("\\D", ""));
            }
        }
        long used = 0;
        long committed = 0;
        long metaspace = 0;
        // the heap's generations (or G1's one region set); not Metaspace or its class space, which say "committed"
        for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
            Matcher meta = METASPACE_USED.matcher(line);
            if (meta.find()) {
                metaspace = Long.parseLong(meta.group(1));
            }
            Matcher m = HEAP_USED.matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                committed += Long.parseLong(m.group(1));
                used += Long.parseLong(m.group(2));
            }
        }
        return new Figures(module, first, ready, cpu, rss, used, committed, metaspace, threads, jvmOptions(pid));
    }

    /** The options on the process's command line between {@code java} and {@code -jar}. */
    private static String jvmOptions(long pid) throws IOException {
        String[] args = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                StandardCharsets.UTF_8).split("\0");
        List<String> options = new ArrayList<>();
        for (int i = 1; i < args.length && !args[i].equals("-jar"); i++) {
            if (!args[i].startsWith("-Dfile.encoding")) {
                options.add(args[i]);
            }
        }
        return String.join(" ", options);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static void print(List<Figures> all) {
        System.out.printf(Locale.ROOT, "%n| service | ready, empty database | ready | CPU to ready | resident after "
                + "idling | heap used / committed | metaspace | threads | JVM options |%n"
                + "|---|---|---|---|---|---|---|---|---|%n");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f s%s | %.1f s | %,d MB%s | %,d / %,d MB | %,d MB | %d "
                    + "| `%s` |%n",
                    f.module(), f.firstReady() == null ? "–" : String.format(Locale.ROOT, "%.1f s",
                            f.firstReady().toMillis() / 1e3), f.ready().toMillis() / 1e3,
                    f.ready().compareTo(GOAL_READY) < 0 ? "" : " (over 5 s)", f.cpuToReady().toMillis() / 1e3,
                    f.rssKb() / 1024,
                    f.rssKb() / 1024 < GOAL_RSS_MB ? "" : " (over 200 MB)", f.heapUsedKb() / 1024,
                    f.heapCommittedKb() / 1024, f.metaspaceKb() / 1024, f.threads(), f.jvmOptions());
        }
        System.out.printf(Locale.ROOT, "machine load average (1 min) at the end: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
