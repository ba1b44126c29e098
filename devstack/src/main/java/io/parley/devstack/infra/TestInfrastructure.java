package io.parley.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The infrastructure the tests of this JVM use. When the build was started by {@code ./parley test},
 * the infrastructure is already running (started once for the whole build) and its endpoints file
 * is named by the system property or environment variable {@code parley.infra} /
 * {@code PARLEY_INFRA}. Otherwise, when a shared test infrastructure started with
 * {@code ./parley infra start} answers (endpoints in {@code .parley/test-infra}), it is used; failing
 * that (one module run from an IDE, or plain {@code mvn verify}) this JVM starts its own on free
 * ports under {@code target/parley-infra} and stops it when the JVM exits.
 */
public final class TestInfrastructure {

    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    /** The endpoints, starting the infrastructure first if nothing runs yet. */
    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = locateOrStart();
        }
        return endpoints;
    }

    private static Endpoints locateOrStart() {
        String file = System.getProperty("parley.infra", System.getenv("PARLEY_INFRA"));
        try {
            if (file != null && !file.isBlank() && Files.exists(Path.of(file))) {
                return Endpoints.read(Path.of(file));
            }
            Path root = RepositoryRoot.find();
            Path shared = root.resolve(".parley/test-infra/endpoints.properties");
            if (Files.exists(shared)) {
                Endpoints running = Endpoints.read(shared);
                if (answers(running)) {
                    return running;
                }
            }
            Path dir = Path.of("target", "parley-infra").toAbsolutePath();
            LocalInfrastructure infra = LocalInfrastructure.start(root, dir, Ports.FREE, Ports.FREE, Ports.FREE,
                    System.out::println);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "parley-infra-stop"));
            return infra.endpoints();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test infrastructure", e);
        }
    }

    private static boolean answers(Endpoints e) {
        return Ports.listening(portOf(e.kafka())) && Ports.listening(portOf(e.keycloak()))
                && Ports.listening(portOf(e.jdbcBase()));
    }

    private static int portOf(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).replaceAll("\\D.*", ""));
    }

    /** Creates the database if it does not exist yet; returns its JDBC URL. */
    public static String database(String name) {
        Endpoints e = endpoints();
        Databases.ensure(e, name);
        return e.jdbcUrl(name);
    }
}
