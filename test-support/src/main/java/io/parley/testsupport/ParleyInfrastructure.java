package io.parley.testsupport;

import io.parley.testsupport.infra.Endpoints;
import io.parley.testsupport.infra.TestInfrastructure;
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
        // Checkouts whose migrations differ and that share one test infrastructure set a prefix of their own.
        String prefix = System.getenv().getOrDefault("PARLEY_TEST_DATABASE_PREFIX", "test_");
        database = prefix + initArgs.getOrDefault("database", "service");
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
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure outlives this application: other test classes and modules share it.
    }
}
