package io.parley.devstack.infra;

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
 * @param smtp         the local mail server's SMTP address {@code host:port} (null when none runs)
 * @param mail         the local mail server's HTTP API, where a mailbox is read (null when none runs)
 */
public record Endpoints(String jdbcBase, String dbUser, String dbPassword, String kafka, String keycloak,
        String smtp, String mail) {

    /** Without a mail server. */
    public Endpoints(String jdbcBase, String dbUser, String dbPassword, String kafka, String keycloak) {
        this(jdbcBase, dbUser, dbPassword, kafka, keycloak, null, null);
    }

    /** The SMTP host, or null. */
    public String smtpHost() {
        return smtp == null ? null : smtp.substring(0, smtp.lastIndexOf(':'));
    }

    /** The SMTP port, or 0. */
    public int smtpPort() {
        return smtp == null ? 0 : Integer.parseInt(smtp.substring(smtp.lastIndexOf(':') + 1));
    }

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
        if (smtp != null) {
            p.setProperty("smtp", smtp);
            p.setProperty("mail", mail);
        }
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
                p.getProperty("kafka"), p.getProperty("keycloak"), p.getProperty("smtp"), p.getProperty("mail"));
    }
}
