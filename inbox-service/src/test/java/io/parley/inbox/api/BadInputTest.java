package io.parley.inbox.api;

import io.agroal.api.AgroalDataSource;
import io.parley.inbox.replies.StandardsStandIn;
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
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource database;

    @Test
    void everyOperationRefusesBadInputPrecisely() {
        BadInput badInput = BadInput.against(root);
        for (String table : new String[] {"saved_reply", "conversation_note", "team", "assignment_rule", "compensation_offer", "complaint_case", "incident", "moderation_rule", "grouped_answer"}) {
            badInput.stored(table + " rows", () -> rows(table));
        }
        badInput.run();
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
