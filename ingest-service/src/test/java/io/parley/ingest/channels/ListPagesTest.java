package io.parley.ingest.channels;

import io.parley.devstack.Tokens;
import io.parley.ingest.outbound.FakePlatform;
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
 * Ingest's lists are pages ({@code items}, {@code nextCursor}; docs/api/README.md "Lists are pages"): channel
 * accounts by (brand, platform, account id) and listening rules by name, read two at a time, hold every row once in
 * that order; a garbled cursor, another listing's cursor or a limit out of range is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class ListPagesTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));

    @SuppressWarnings("unchecked")
    private static Pages.Read read(String path, int limit) {
        return Pages.readAll(limit, cursor -> {
            RequestSpecification request = given().header("Authorization", MANAGER).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(path).then().statusCode(200).extract().as(Map.class);
        });
    }

    @Test
    void channelsAndListeningRulesComeWholeAcrossPages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String account = "pages-" + run + "-" + i;
            accounts.add(account);
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body(Map.of("brand", "acme", "platform", "generic", "accountId", account, "name", "Forum " + i,
                            "secrets", Map.of("signingSecret", "config:parley.channel-secrets.test.forum")))
                    .post("/api/v1/channels").then().statusCode(201);
        }
        Pages.Read channels = read("/api/v1/channels?brand=acme", 2);
        assertTrue(channels.pages() >= 2, "three accounts or more at two a page");
        List<Object> keys = channels.items().stream()
                .map(c -> c.get("brand") + "/" + c.get("platform") + "/" + c.get("accountId")).map(Object.class::cast)
                .toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "no account twice: " + keys);
        List<Object> sorted = channels.items().stream().map(c -> c.get("id")).toList();
        assertEquals(read("/api/v1/channels", 200).values("id"), sorted, "the same accounts as one page, in order");
        assertEquals(accounts, channels.values("accountId").stream().filter(accounts::contains).toList(),
                "every one of them, by platform and account id");

        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "Pages " + run + " " + i + " — Σελίδα";
            names.add(name);
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body(Map.of("brand", "acme", "name", name, "terms", List.of("pages" + run + " zwrot")))
                    .post("/api/v1/listening-rules").then().statusCode(201);
        }
        Pages.Read rules = read("/api/v1/brands/acme/listening-rules", 2);
        assertTrue(rules.pages() >= 2);
        List<Object> ruleNames = rules.values("name");
        assertEquals(ruleNames.size(), ruleNames.stream().distinct().count(), "no rule twice: " + ruleNames);
        assertEquals(names, ruleNames.stream().filter(names::contains).toList(), "every one of them, by name");

        String channelCursor = given().header("Authorization", MANAGER).queryParam("brand", "acme")
                .queryParam("limit", 1).get("/api/v1/channels").then().statusCode(200).extract().path("nextCursor");
        for (String path : List.of("/api/v1/brands/acme/listening-rules", "/api/v1/brands/acme/sandbox/requests")) {
            given().header("Authorization", MANAGER).queryParam("cursor", channelCursor)
                    .get(path).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        for (String path : List.of("/api/v1/channels?brand=acme", "/api/v1/brands/acme/listening-rules",
                "/api/v1/brands/acme/sandbox/requests")) {
            given().header("Authorization", MANAGER).queryParam("cursor", "%%garbled")
                    .get(path).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
            given().header("Authorization", MANAGER).queryParam("limit", 201)
                    .get(path).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
        for (String account : accounts) {
            String id = given().header("Authorization", MANAGER).queryParam("brand", "acme").queryParam("limit", 200)
                    .get("/api/v1/channels").then().extract().path("items.find { it.accountId == '" + account + "' }.id");
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id);
        }
    }
}
