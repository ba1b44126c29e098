package io.parley.calendar.api;

import io.agroal.api.AgroalDataSource;
import io.parley.calendar.Neighbours;
import io.parley.calendar.cadence.ListeningTopic;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.badinput.BadInput;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bad input as a standing test (issue 18, ADR 8): every operation in this service's OpenAPI document
 * gets what careless and hostile clients send; never a 5xx, and a refusal is a 4xx problem naming the
 * field or parameter, with nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource database;

    @Test
    void everyOperationRefusesBadInputPrecisely() {
        BadInput badInput = BadInput.against(root);
        for (String table : new String[] {"post"}) {
            badInput.stored(table + " rows", () -> rows(table));
        }
        try {
            badInput.run();
        } finally {
            // a well-formed case (null for the optional incidentId) pauses acme's publishing for real: lift it, or the
            // module's next tests would find their posts held
            update("UPDATE publishing_pause SET lifted_at = now(), lifted_by = 'bad-input-test', lift_reason = 'test "
                    + "over', held = 'send', held_count = 0 WHERE lifted_at IS NULL");
        }
    }

    private void update(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows(String table) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
