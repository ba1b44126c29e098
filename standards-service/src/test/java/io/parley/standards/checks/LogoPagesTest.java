package io.parley.standards.checks;

import io.parley.devstack.Tokens;
import io.parley.testsupport.Pages;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brand's logos are a page ({@code items}, {@code nextCursor}) by logo id: read two at a time they come whole,
 * each once, in id order; a garbled cursor or a limit out of range is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "standards"))
class LogoPagesTest {

    private static final String LOGOS = "/api/v1/brands/acme/logos";

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    @Test
    void logosAreReadPageByPageEachOnce() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "paging-" + tag + "-" + i;
            mine.add(id);
            as("manager1").contentType("image/png").body(DrawnImages.logoPng()).put(LOGOS + "/" + id).then()
                    .statusCode(200);
        }
        Pages.Read read = Pages.readAll(2, cursor -> {
            RequestSpecification request = as("agent1").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(LOGOS).then().statusCode(200).extract().as(Map.class);
        });
        assertTrue(read.pages() >= 3, "five logos at two a page are three pages or more: " + read.pages());
        List<Object> ids = read.values("logoId");
        assertEquals(ids.size(), ids.stream().distinct().count(), "no logo twice: " + ids);
        assertEquals(mine, ids.stream().filter(mine::contains).toList(), "every one of them, by id");
        List<Object> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> ((String) a).compareTo((String) b));
        assertEquals(sorted, ids, "in logo id order");

        as("agent1").queryParam("cursor", "not-a-cursor").get(LOGOS).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as("agent1").queryParam("limit", 0).get(LOGOS).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        for (String id : mine) {
            as("manager1").delete(LOGOS + "/" + id).then().statusCode(200);
        }
    }
}
