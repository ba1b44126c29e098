package io.parley.testsupport;

import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the real infrastructure: its own database (created on
 * first use, migrated by the service's Flyway), the Kafka broker and Keycloak's Parley realm. The
 * infrastructure itself is started once per build (see {@link TestInfrastructure}), not per class.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = ParleyInfrastructure.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "inbox"))
 * </pre>
 */
public class ParleyInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        // PARLEY_TEST_DB_SUFFIX keeps the databases of one checkout apart from another's on a shared infrastructure
        // (./parley infra start), e.g. two branches whose migrations differ.
        String suffix = System.getProperty("parley.test-db-suffix", System.getenv().getOrDefault(
                "PARLEY_TEST_DB_SUFFIX", ""));
        database = "test_" + initArgs.getOrDefault("database", "service") + suffix.replaceAll("[^a-z0-9_]", "");
    }

    @Override
    public Map<String, String> start() {
        Endpoints e = TestInfrastructure.endpoints();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.database(database));
        config.put("quarkus.datasource.username", e.dbUser());
        config.put("quarkus.datasource.password", e.dbPassword());
        config.put("kafka.bootstrap.servers", e.kafka());
        config.put("quarkus.oidc.auth-server-url", e.realmUrl());
        if (database.startsWith("test_inbox")) {
            // inbox-service's people directory reads the realm's users with its own client (@mentions)
            try {
                io.parley.devstack.stack.InboxDirectoryClient.ensure(e);
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }
        if (e.smtp() != null) {
            // Services that send mail (quarkus-mailer) send it to the local mail server; others ignore these.
            config.put("quarkus.mailer.host", e.smtpHost());
            config.put("quarkus.mailer.port", Integer.toString(e.smtpPort()));
        }
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure outlives this application: other test classes and modules share it.
    }
}
