package io.parley.testsupport.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the running infrastructure is: what a service or a test needs to reach PostgreSQL, Kafka
 * and Keycloak. Written to a properties file by whoever started the infrastructure, so that other
 * processes (every module's tests, the services of the local stack) can use the same instance.
 *
 * @param jdbcBase     {@code jdbc:postgresql://host:port} without a database name
 * @param dbUser       the database owner
 * @param dbPassword   its password
 * @param kafka        Kafka bootstrap servers
 * @param keycloak     Keycloak's base URL, e.g. {@code http://localhost:8180}
 */
public record Endpoints(String jdbcBase, String dbUser, String dbPassword, String kafka, String keycloak) {

    public static final String REALM = "parley";

    /** The issuer URL of the Parley realm, as services configure {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return keycloak + "/realms/" + REALM;
    }

    /** JDBC URL of one database. */
    public String jdbcUrl(String database) {
        return jdbcBase + "/" + database;
    }

    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("jdbc.base", jdbcBase);
        p.setProperty("db.user", dbUser);
        p.setProperty("db.password", dbPassword);
        p.setProperty("kafka", kafka);
        p.setProperty("keycloak", keycloak);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Parley infrastructure endpoints");
        }
    }

    public static Endpoints read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Endpoints(p.getProperty("jdbc.base"), p.getProperty("db.user"), p.getProperty("db.password"),
                p.getProperty("kafka"), p.getProperty("keycloak"));
    }
}
