package io.parley.devstack.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates each service's database on first use; drops one for a run that must start from nothing. */
public final class Databases {

    private Databases() {
    }

    public static void ensure(Endpoints endpoints, String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl("postgres"), endpoints.dbUser(),
                endpoints.dbPassword()); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently by another test JVM
            }
            throw new IllegalStateException("cannot create database " + name + " at " + endpoints.jdbcBase(), e);
        }
    }

    /**
     * Drops a database and every session still on it (a service killed without closing its pool leaves some);
     * the next {@link #ensure} creates it empty.
     */
    public static void drop(Endpoints endpoints, String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(endpoints.jdbcUrl("postgres"), endpoints.dbUser(),
                endpoints.dbPassword()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + " at " + endpoints.jdbcBase(), e);
        }
    }

    private static void checkName(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
    }
}
