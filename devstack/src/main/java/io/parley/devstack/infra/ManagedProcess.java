package io.parley.devstack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child process with its output in a log file and its pid in a file, so that a later command
 * ({@code ./parley down}) can stop what an earlier one started.
 */
public final class ManagedProcess {

    private final String name;
    private final long pid;
    private final Path log;

    private ManagedProcess(String name, long pid, Path log) {
        this.name = name;
        this.pid = pid;
        this.log = log;
    }

    /** Starts the command, output appended to {@code log}, pid written to {@code pidFile}. */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
            Path log, Path pidFile) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new ManagedProcess(name, process.pid(), log);
    }

    /** The process recorded in a pid file, if it still runs. */
    public static Optional<ManagedProcess> fromPidFile(String name, Path pidFile, Path log) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> new ManagedProcess(name, pid, log));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Waits until {@code ready} holds; fails early, with the end of the log, if the process dies. On a machine
     * busy with other work, {@code PARLEY_START_TIMEOUT_FACTOR} (e.g. {@code 3}) stretches every start-up timeout.
     */
    public void awaitReady(BooleanSupplier ready, Duration timeout) throws IOException {
        timeout = stretched(timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!alive()) {
                throw new IOException(name + " exited during start-up; last lines of " + log + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(name + " not ready after " + timeout + "; last lines of " + log + ":\n"
                        + tail());
            }
            try {
                Thread.sleep(250); // polling a child process's readiness: nothing to be notified by
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
        }
    }

    private static Duration stretched(Duration timeout) {
        String factor = System.getenv("PARLEY_START_TIMEOUT_FACTOR");
        try {
            double f = factor == null || factor.isBlank() ? 1 : Double.parseDouble(factor.trim());
            return f > 1 ? Duration.ofMillis((long) (timeout.toMillis() * f)) : timeout;
        } catch (NumberFormatException e) {
            return timeout;
        }
    }

    /** Asks the process (and its children) to stop, then forces it after the grace period. */
    public void stop(Duration grace) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            List<ProcessHandle> tree = new java.util.ArrayList<>(handle.descendants().toList());
            tree.add(0, handle);
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle h : tree) {
                try {
                    h.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            }
        });
    }

    /**
     * Kills the process and its children at once, as a crash would: SIGKILL ({@link ProcessHandle#destroyForcibly}
     * on Unix), so no shutdown hook runs, no transaction is finished and no Kafka offset is committed. Returns when
     * the process is gone.
     */
    public void kill() {
        ProcessHandle.of(pid).ifPresent(handle -> {
            List<ProcessHandle> tree = new java.util.ArrayList<>(handle.descendants().toList());
            tree.add(0, handle);
            tree.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle h : tree) {
                try {
                    h.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(name + " (pid " + h.pid() + ") did not die of SIGKILL", e);
                }
            }
        });
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return pid;
    }
}
