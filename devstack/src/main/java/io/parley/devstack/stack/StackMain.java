package io.parley.devstack.stack;

import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.LocalInfrastructure;
import io.parley.devstack.infra.RepositoryRoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack behind {@code ./parley up} and {@code ./parley down}: PostgreSQL, Kafka and Keycloak
 * on fixed ports, every service, demo data; in the foreground until Ctrl-C, or in the background
 * with {@code -d}. State lives in {@code .parley/stack} and survives restarts (Keycloak re-imports
 * the demo realm on every start).
 */
public final class StackMain {

    private StackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = RepositoryRoot.find();
        Path dir = root.resolve(".parley/stack");
        String command = args.length > 0 ? args[0] : "up";
        boolean detach = false;
        int replicas = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-d")) {
                detach = true;
            } else if (args[i].equals("--replicas") && i + 1 < args.length && args[i + 1].matches("[1-9]")) {
                replicas = Integer.parseInt(args[++i]);
            } else {
                command = "usage";
            }
        }
        switch (command) {
            case "up" -> up(root, dir, detach, replicas);
            case "down" -> {
                down(root, dir);
                System.out.println("Parley stopped.");
            }
            default -> {
                System.err.println("usage: StackMain up [-d] [--replicas 1-" + LocalServices.MOST_REPLICAS + "] | down");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private static void up(Path root, Path dir, boolean detach, int replicas) throws Exception {
        if (Files.exists(dir.resolve("pids"))) {
            down(root, dir); // a previous stack left behind: start clean
        }
        System.out.println("Starting PostgreSQL, Kafka, Keycloak and a local mail server ...");
        LocalInfrastructure infra = LocalInfrastructure.start(root, dir, LocalInfrastructure.STACK_POSTGRES,
                LocalInfrastructure.STACK_KAFKA, LocalInfrastructure.STACK_KEYCLOAK, true, System.out::println);
        LocalServices services;
        try {
            System.out.println(replicas == 1 ? "Starting the services ..."
                    : "Starting " + replicas + " replicas of each service and of the console ...");
            services = LocalServices.start(root, dir, infra.endpoints(), true, "parley_", replicas,
                    Map.of("QUARKUS_PROFILE", "prod"), System.out::println);
        } catch (Exception e) {
            infra.stop();
            throw e;
        }
        Runnable stopAll = () -> {
            System.out.println("\nStopping Parley ...");
            services.stop();
            infra.stop();
            try {
                Files.deleteIfExists(dir.resolve("pids").resolve("stack.running"));
            } catch (java.io.IOException ignored) {
                // nothing to clean
            }
        };
        try {
            System.out.println("Loading demo data ...");
            new DemoData(infra.endpoints(), services, System.out::println).load();
        } catch (Exception e) {
            stopAll.run();
            throw e;
        }
        Files.writeString(dir.resolve("pids").resolve("stack.running"), "up");
        printSummary(infra.endpoints(), services, detach);
        if (detach) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll.run();
            stopped.countDown();
        }, "parley-stack-stop"));
        stopped.await();
    }

    private static void down(Path root, Path dir) {
        LocalServices.stopIn(dir);
        LocalInfrastructure.stopIn(root, dir);
    }

    private static void printSummary(Endpoints infra, LocalServices services, boolean detached) {
        StringBuilder out = new StringBuilder("\nParley is up.\n\n");
        services.consoleUrl().ifPresent(console -> out.append(String.format(
                "  %-18s %s   (the web console: sign in as agent1 / agent1 or manager1 / manager1)%n%n",
                "console", console)));
        if (services.replicas() > 1) {
            out.append(String.format("  %-18s %s   (the same sessions: signed in on one, signed in on all)%n%n",
                    "console replicas", String.join(" ", services.consoleUrls())));
        }
        for (ParleyService s : ParleyService.all()) {
            out.append(String.format("  %-18s %s   (OpenAPI: %s/q/openapi, Swagger UI: %s/q/swagger-ui)%n",
                    s.module(), services.url(s), services.url(s), services.url(s)));
            if (services.replicas() > 1) {
                out.append(String.format("  %-18s %s%n", "  replicas", String.join(" ", services.urls(s))));
            }
        }
        out.append(String.format("  %-18s %s   (admin console: admin / admin)%n", "keycloak", infra.keycloak()));
        out.append(String.format("  %-18s %s%n", "kafka", infra.kafka()));
        if (infra.smtp() != null) {
            out.append(String.format("  %-18s smtp://%s   (catches every mail; read a mailbox: %s/api/user/<address>"
                    + "/messages/INBOX)%n", "mail", infra.smtp(), infra.mail()));
        }
        out.append(String.format("  %-18s %s/parley_<service>  (user parley)%n", "postgresql", infra.jdbcBase()));
        out.append("""

                Demo logins (password = user name), brand 'acme':
                  agent1 (agent)  editor1 (editor)  approver1 (approver)  manager1 (manager)  admin1 (admin)
                  agent2 (agent of a second brand, 'globex')
                  integrator client: parley-integrator / parley-integrator-secret (client credentials)

                Try it:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=parley-cli -d username=agent1 \\
                          -d password=agent1 %s/protocol/openid-connect/token | jq -r .access_token)
                  curl -H "Authorization: Bearer $TOKEN" '%s/api/v1/conversations?status=open'
                """.formatted(infra.realmUrl(), services.url(ParleyService.INBOX)));
        out.append(detached ? "\nRunning in the background: stop it with ./parley down\n"
                : "\nLogs in .parley/stack/logs. Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }
}
