package io.parley.devstack.infra;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Kafka broker of one's own on free ports, with Parley's topics, for a test whose stack must neither read nor
 * disturb the shared broker's topics and consumer groups (a second stack of the end-to-end tests). Closing it stops
 * the broker; its data stays in {@code dir} until the next start there, which begins empty.
 */
public final class PrivateKafka implements AutoCloseable {

    private final KafkaBroker broker;

    private PrivateKafka(KafkaBroker broker) {
        this.broker = broker;
    }

    /** Starts a broker with its data in {@code dir} (emptied first) and creates Parley's topics. */
    public static PrivateKafka start(Path dir) throws IOException {
        Path root = RepositoryRoot.find();
        Path absolute = dir.toAbsolutePath();
        deleteTree(absolute);
        KafkaBroker broker = new KafkaBroker(LocalInfrastructure.newest(root.resolve(".parley/tools"), "kafka-")
                .resolve("libs"), absolute, Ports.resolve(Ports.FREE), Ports.resolve(Ports.FREE));
        try {
            broker.start();
        } catch (IOException | RuntimeException e) {
            broker.stop();
            throw e;
        }
        return new PrivateKafka(broker);
    }

    /** The bootstrap address, e.g. {@code localhost:40123}. */
    public String bootstrap() {
        return broker.bootstrap();
    }

    /** The same infrastructure with this broker in place of its Kafka. */
    public Endpoints in(Endpoints infra) {
        return new Endpoints(infra.jdbcBase(), infra.dbUser(), infra.dbPassword(), bootstrap(), infra.keycloak(),
                infra.smtp(), infra.mail());
    }

    @Override
    public void close() {
        broker.stop();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
