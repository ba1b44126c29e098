package io.parley.devstack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from the Debian binaries ({@code /usr/lib/postgresql/<v>/bin}).
 * The server refuses to run as root, so as root it runs as the {@code postgres} system user
 * (through {@code runuser}) with a data directory that user owns. Authentication is {@code trust}
 * on loopback only: it is a local development and test database.
 */
final class Postgres {

    static final String USER = "parley";
    static final String PASSWORD = "parley";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean durable;

    Postgres(Path dir, int port, boolean durable) {
        this.bin = binaries();
        this.dir = dir;
        this.port = port;
        this.durable = durable;
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path socketDir() {
        return dir.resolve("socket");
    }

    Path log() {
        return dir.resolve("postgres.log");
    }

    int port() {
        return port;
    }

    /** Initialises the cluster on first use, then starts it and waits until it accepts connections. */
    void start() throws IOException {
        Files.createDirectories(socketDir());
        boolean fresh = !Files.exists(data().resolve("PG_VERSION"));
        if (fresh) {
            Files.createDirectories(data());
        }
        handOver(dir);
        if (fresh) {
            run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8"));
        }
        if (Files.exists(data().resolve("postmaster.pid"))) {
            // Left behind by a process that was killed: stop whatever still runs on this folder.
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "stop"));
            } catch (IOException stale) {
                Files.deleteIfExists(data().resolve("postmaster.pid"));
            }
        }
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-k", socketDir().toString(),
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"));
        if (!durable) {
            // Test clusters are thrown away: trade crash safety for speed.
            options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", log().toString(), "-w",
                "-t", "60", "-o", String.join(" ", options), "start"));
    }

    void stop() {
        if (!Files.exists(data().resolve("postmaster.pid"))) {
            return;
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    boolean running() {
        return Files.exists(data().resolve("postmaster.pid")) && Ports.listening(port);
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("`" + String.join(" ", command) + "` failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** As root, the postgres user must own the cluster's folders. */
    private static void handOver(Path dir) throws IOException {
        if (!isRoot()) {
            return;
        }
        Process p = new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).inheritIO().start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("cannot hand " + dir + " to the postgres user");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL server binaries on the machine. */
    static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under " + base
                            + "; install them with: apt-get install postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server binaries under " + base
                    + "; install them with: apt-get install postgresql", e);
        }
    }
}
