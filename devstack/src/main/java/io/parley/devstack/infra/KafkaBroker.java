package io.parley.devstack.infra;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process), run from the
 * {@code kafka_2.13} jars that the {@code infra} module copies into {@code .parley/tools}.
 * Creates Parley's topics once it is up, so consumers never wait for a metadata refresh.
 */
final class KafkaBroker {

    static final int PARTITIONS = 3;

    private final Path libs;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    KafkaBroker(Path libs, Path dir, int port, int controllerPort) {
        this.libs = libs;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    Path log() {
        return dir.resolve("kafka.log");
    }

    Path pidFile() {
        return dir.resolve("kafka.pid");
    }

    void start() throws IOException {
        if (!Files.isDirectory(libs)) {
            throw new IOException("Kafka broker jars not found at " + libs + "; run `mvn -pl infra generate-resources`"
                    + " (./parley does it for you)");
        }
        Files.createDirectories(dir);
        Path logs = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=" + PARTITIONS,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "log.retention.hours=168",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = libs.resolve("*").toString();
        if (!Files.exists(logs.resolve("meta.properties"))) {
            // A base64url id may start with '-', which the storage tool's argument parser takes for an option
            // (one start in 64 failed so): draw again until it does not, as Kafka's own Uuid does.
            String clusterId;
            do {
                byte[] id = new byte[16];
                new SecureRandom().nextBytes(id);
                clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            } while (clusterId.startsWith("-"));
            Process format = new ProcessBuilder(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "-t", clusterId, "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            try {
                if (format.waitFor() != 0) {
                    throw new IOException("formatting Kafka storage failed; see " + log());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        process = ManagedProcess.start("Kafka", List.of(java, "-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                        "-Dlog4j2.level=WARN", "-cp", classpath, "kafka.Kafka", config.toString()),
                dir, Map.of(), log(), pidFile());
        process.awaitReady(() -> Ports.listening(port), Duration.ofSeconds(90));
        KafkaTopics.create(bootstrap());
    }

    void stop() {
        ManagedProcess p = process != null ? process
                : ManagedProcess.fromPidFile("Kafka", pidFile(), log()).orElse(null);
        if (p != null) {
            p.stop(Duration.ofSeconds(20));
        }
    }
}
