package io.parley.analytics.api;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.badinput.BadInput;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

/**
 * Bad input as a standing test (issue 18, ADR 8): every operation in this service's OpenAPI document
 * gets what careless and hostile clients send; never a 5xx, and a refusal is a 4xx problem naming the
 * parameter. The analytics API only reads, so there is nothing a refused request could store.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyOperationRefusesBadInputPrecisely() {
        BadInput.against(root).pathValue("brand", "acme").run();
    }
}
