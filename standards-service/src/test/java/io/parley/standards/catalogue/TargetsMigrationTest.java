package io.parley.standards.catalogue;

import io.parley.devstack.infra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V3 keeps the targets stored before the catalogue: each targets version becomes a catalogue version with
 * the same number (so the inbox, which keeps the highest version it has seen, goes on from there) that is
 * a valid catalogue with those targets in section 9. Runs the real migrations on the test PostgreSQL.
 */
class TargetsMigrationTest {

    @Test
    void targetsVersionsBecomeValidCatalogueVersionsWithTheSameNumbers() throws Exception {
        String url = TestInfrastructure.database("test_standards_migration");
        String user = TestInfrastructure.endpoints().dbUser();
        String password = TestInfrastructure.endpoints().dbPassword();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("2").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO response_target_version (brand, version, default_minutes, changed_by, changed_at)
                    VALUES ('acme', 1, 60, 'manager1', '2026-11-01T09:00:00Z'), ('acme', 2, 90, 'manager1', '2026-11-02T09:00:00Z');
                    INSERT INTO response_target_channel (brand, version, platform, position, first_response_minutes)
                    VALUES ('acme', 2, 'linkedin', 0, 240), ('acme', 2, 'facebook', 1, 20)""");
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT version, catalogue::text, author, published_at IS NOT NULL "
                        + "FROM catalogue_version WHERE brand = 'acme' ORDER BY version")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getLong(1));
            assertEquals(List.of(), CatalogueValidator.validate(CatalogueJson.parse(rows.getString(2))));
            assertTrue(rows.next());
            assertEquals(2, rows.getLong(1));
            Catalogue two = CatalogueJson.parse(rows.getString(2));
            assertEquals(List.of(), CatalogueValidator.validate(two));
            assertEquals(90, two.responseTargets().defaultMinutes());
            assertEquals(List.of(new Catalogue.ResponseTarget("linkedin", Catalogue.MomentOfTruth.FIRST_RESPONSE,
                            Catalogue.Priority.NORMAL, 240), new Catalogue.ResponseTarget("facebook",
                            Catalogue.MomentOfTruth.FIRST_RESPONSE, Catalogue.Priority.NORMAL, 20)),
                    two.responseTargets().targets());
            assertEquals("manager1", rows.getString(3));
            assertTrue(rows.getBoolean(4), "already published before the catalogue: not published again");
            assertTrue(!rows.next());
        }
    }
}
