package io.parley.ingest.api;

import io.agroal.api.AgroalDataSource;
import io.parley.ingest.outbound.FakePlatform;
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
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource database;

    @Test
    void everyOperationRefusesBadInputPrecisely() {
        BadInput badInput = BadInput.against(root);
        for (String table : new String[] {"listening_rule", "channel_account"}) {
            badInput.stored(table + " rows", () -> rows(table));
        }
        badInput
                .signed("^POST /webhooks/meta$", (op, body) -> java.util.Map.of("X-Hub-Signature-256",
                        io.parley.devstack.Signatures.metaSha256("demo-meta-secret", body)))
                .signed("^POST /webhooks/telegram$", (op, body) -> java.util.Map.of(
                        "X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")).run();
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
