package io.parley.bench.fuzz;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs each fuzz target with Jazzer (coverage-guided, libFuzzer underneath) for a bounded time, one JVM per
 * target, and prints executions, corpus size and findings. Not part of {@code ./parley test}; see
 * docs/reliability.md, "Fuzzing":
 * <pre>mvn -o -q -pl bench -am compile exec:java -Dbench.main=io.parley.bench.fuzz.Fuzzing [-Dfuzz.seconds=60]
 *     [-Dfuzz.targets=MetaWebhookFuzz,XWebhookFuzz] [-Dfuzz.timeout=120]</pre>
 * ({@code fuzz.timeout}: seconds one input may take before it counts as a hang; the first input of a run pays
 * for loading and instrumenting the classes.)
 * Each target starts from the real payloads the repository keeps (the platforms' fixtures, the standards
 * catalogue, the imaging tests' images) and keeps what it learns in {@code bench/target/fuzz/<target>/corpus}.
 * A finding is written to {@code bench/target/fuzz/<target>/crash-*} (the input) with its stack trace in the
 * output; it becomes a regular unit test in the module that owns the code, and gets fixed. Exit status 1 when
 * any target found something.
 */
public final class Fuzzing {

    /** A target, and the folders (relative to the repository) its corpus starts from. */
    record Target(String name, List<String> seeds, String instrumented, String disabledHooks) {

        Target(String name, List<String> seeds) {
            this(name, seeds, "io.parley.**:com.fasterxml.jackson.core.**", "");
        }

        Target(String name, List<String> seeds, String instrumented) {
            this(name, seeds, instrumented, "");
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("MetaWebhookFuzz", List.of("ingest-service/src/test/resources/fixtures/meta")),
            new Target("XWebhookFuzz", List.of("ingest-service/src/test/resources/fixtures/x")),
            new Target("TelegramWebhookFuzz", List.of("ingest-service/src/test/resources/fixtures/telegram")),
            new Target("VkWebhookFuzz", List.of("ingest-service/src/test/resources/fixtures/vk")),
            new Target("LinkedInWebhookFuzz", List.of("ingest-service/src/test/resources/fixtures/linkedin")),
            new Target("GenericWebhookFuzz", List.of("bench/src/main/resources/fuzz/generic")),
            new Target("NdjsonImportFuzz", List.of("bench/src/main/resources/fuzz/generic")),
            // Compiling a manager's regular expression is the catalogue's feature (section 4 patterns), so Jazzer's
            // regex-injection sanitizer would only restate it; what it warns of, a pattern that backtracks for
            // minutes, is bounded where patterns are matched (standards' BoundedText, ContentCheckerTest).
            new Target("CatalogueJsonFuzz", List.of("standards-service/src/test/resources"),
                    "io.parley.**:com.fasterxml.jackson.core.**",
                    "com.code_intelligence.jazzer.sanitizers.RegexInjection"),
            new Target("ImageDecoderFuzz", List.of("imaging/src/test/resources/webp", "bench/src/main/resources/fuzz/images"),
                    "io.parley.**:com.twelvemonkeys.**"));

    private static final Pattern EXECS = Pattern.compile("stat::number_of_executed_units:\\s*(\\d+)");
    /** What libFuzzer writes for a finding; a slow-unit-* file is only a note that one input was slow. */
    private static final Pattern ARTIFACT = Pattern.compile("Test unit written to (\\S*(crash|timeout|oom|leak)-\\S+)");

    private Fuzzing() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("fuzz.seconds", 60);
        List<String> only = Arrays.stream(System.getProperty("fuzz.targets", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path root = repositoryRoot();
        Path work = root.resolve("bench/target/fuzz");
        String classpath = classpath();
        Map<String, String> results = new LinkedHashMap<>();
        boolean found = false;
        for (Target target : TARGETS) {
            if (!only.isEmpty() && !only.contains(target.name())) {
                continue;
            }
            Path dir = Files.createDirectories(work.resolve(target.name()));
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            int seeded = seed(root, target, corpus);
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-Djava.awt.headless=true",
                    "-cp", classpath, "com.code_intelligence.jazzer.Jazzer",
                    "--target_class=" + Fuzzing.class.getPackageName() + "." + target.name(),
                    "--instrumentation_includes=" + target.instrumented(),
                    // the sanitizers' hooks only in Parley's own code: hooking every JDK and Jackson call site
                    // makes loading the classes minutes slower and finds nothing of ours
                    "--custom_hook_includes=io.parley.**",
                    "--reproducer_path=" + dir,
                    "-max_total_time=" + seconds, "-timeout=" + Integer.getInteger("fuzz.timeout", 120), "-rss_limit_mb=2048", "-print_final_stats=1",
                    "-artifact_prefix=" + dir + File.separator, corpus.toString()));
            if (!target.disabledHooks().isEmpty()) {
                command.add(command.indexOf("--reproducer_path=" + dir), "--disabled_hooks=" + target.disabledHooks());
            }
            System.out.printf(Locale.ROOT, "%n== %s: %d s from %d seed inputs%n", target.name(), seconds, seeded);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            long execs = 0;
            String artifact = null;
            List<String> finding = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                boolean inFinding = false;
                while ((line = out.readLine()) != null) {
                    Matcher m = EXECS.matcher(line);
                    if (m.find()) {
                        execs = Long.parseLong(m.group(1));
                    }
                    Matcher a = ARTIFACT.matcher(line);
                    if (a.find()) {
                        artifact = a.group(1);
                    }
                    if (line.contains("== Java Exception") || line.contains("ERROR: libFuzzer")
                            || line.contains("== libFuzzer crashing input")) {
                        inFinding = true;
                    }
                    if (inFinding && finding.size() < 60) {
                        finding.add(line);
                    }
                    if (line.startsWith("#") && line.contains("DONE")) {
                        System.out.println("   " + line);
                    }
                }
            }
            int exit = process.waitFor();
            long corpusSize;
            try (Stream<Path> files = Files.list(corpus)) {
                corpusSize = files.count();
            }
            if (exit != 0 || artifact != null) {
                found = true;
                finding.forEach(l -> System.out.println("   " + l));
                results.put(target.name(), String.format(Locale.ROOT, "%,d execs, corpus %d, FINDING (exit %d) %s",
                        execs, corpusSize, exit, artifact == null ? "" : artifact));
            } else {
                results.put(target.name(), String.format(Locale.ROOT, "%,d execs, corpus %d, no finding",
                        execs, corpusSize));
            }
            System.out.println("   " + results.get(target.name()));
        }
        System.out.printf(Locale.ROOT, "%nFuzzing, %d s per target:%n", seconds);
        results.forEach((name, result) -> System.out.printf(Locale.ROOT, "  %-22s %s%n", name, result));
        if (found) {
            System.exit(1);
        }
    }

    /** The seed folders' files, copied into the corpus (which also keeps what earlier runs learnt). */
    private static int seed(Path root, Target target, Path corpus) throws IOException {
        int count = 0;
        for (String folder : target.seeds()) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString()
                        .endsWith(".txt")).toList()) {
                    Files.copy(file, corpus.resolve("seed-" + file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    count++;
                }
            }
        }
        return count;
    }

    /** The repository: where {@code bench/} is, from the working directory Maven runs in. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bench")) ) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from the repository or its bench module");
        }
        return dir;
    }

    /** The classpath this benchmark runs with: exec:java's class loader's, else the JVM's. */
    private static String classpath() throws URISyntaxException {
        ClassLoader loader = Fuzzing.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(c -> c.endsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
