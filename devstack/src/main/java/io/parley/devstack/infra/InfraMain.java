package io.parley.devstack.infra;

import java.nio.file.Path;

/**
 * Command line for the build: {@code start <dir>} starts the test infrastructure on free ports and
 * leaves it running (endpoints in {@code <dir>/endpoints.properties}); {@code stop <dir>} stops it.
 * {@code ./parley test} wraps the whole Maven build between the two, so every module's tests share
 * one instance.
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("start") || args[0].equals("stop"))) {
            System.err.println("usage: InfraMain start|stop <dir>");
            System.exit(2);
        }
        Path root = RepositoryRoot.find();
        Path dir = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("start")) {
            System.out.println("Starting PostgreSQL, Kafka, Keycloak and a mail server for the tests in " + dir);
            LocalInfrastructure infra = LocalInfrastructure.start(root, dir, Ports.FREE, Ports.FREE, Ports.FREE,
                    System.out::println);
            System.out.println("  endpoints: " + dir.resolve("endpoints.properties"));
            System.out.println("  " + infra.endpoints());
        } else {
            LocalInfrastructure.stopIn(root, dir);
        }
        System.exit(0);
    }
}
