package io.parley.platform;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every way a careless or hostile client can get a request wrong is a 400-class problem document
 * naming what was wrong (ADR 8), decided once in platform for every service.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "platform"))
class RequestInputTest {

    private static final String OK = "{\"text\":\"Zażółć ❤\\n\\ttab\",\"amountMinor\":2500,\"amount\":12.50,"
            + "\"at\":\"2026-11-01T09:00:00Z\",\"day\":\"2026-11-01\",\"tags\":[\"a\"],\"kind\":\"REFUND\","
            + "\"lines\":[{\"sku\":\"x\",\"quantity\":2}],\"labels\":{\"k\":\"v\"},\"urgent\":true}";

    private static String token() {
        return Tokens.bearer(Tokens.forUser("agent1"));
    }

    private static ValidatableResponse post(String path, String body) {
        return given().header("Authorization", token()).contentType(ContentType.JSON).body(body)
                .post(path).then();
    }

    private static ValidatableResponse bad(String path, String body, String detail) {
        return post(path, body).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("detail", equalTo(detail));
    }

    @Test
    void aGoodBodyIsTakenWithItsTextIntact() {
        post("/api/probe/orders", OK).statusCode(200).body("text", equalTo("Zażółć ❤\n\ttab"))
                .body("amountMinor", equalTo(2500));
    }

    @Test
    void duplicateKeysAreRefusedNamingTheField() {
        bad("/api/probe/orders", "{\"text\":\"a\",\"text\":\"b\"}",
                "text: appears more than once; each field may appear once").body("errors[0].field", equalTo("text"));
        bad("/api/probe/orders", "{\"lines\":[{\"sku\":\"a\",\"sku\":\"b\"}]}",
                "lines[0].sku: appears more than once; each field may appear once");
        bad("/api/probe/documents", "{\"a\":{\"b\":1,\"b\":2}}",
                "a.b: appears more than once; each field may appear once");
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        bad("/api/probe/orders", "{\"text\":\"a\\u0000b\"}",
                "text: has a control character (U+0000) at position 1; only tab, line feed and carriage return are "
                        + "allowed, and only in body text");
        bad("/api/probe/orders", "{\"tags\":[\"ok\",\"\\u001b[31m\"]}",
                "tags[1]: has a control character (U+001B) at position 0; only tab, line feed and carriage return are "
                        + "allowed, and only in body text");
        bad("/api/probe/orders", "{\"labels\":{\"k\\u0000\":\"v\"}}",
                "labels.k\\u0000: (a field name) has a control character (U+0000) at position 1; only tab, line feed and "
                        + "carriage return are allowed, and only in body text");
        bad("/api/probe/documents", "{\"deep\":[{\"x\":\"\\ud800\"}]}",
                "deep[0].x: has an unpaired surrogate (U+D800) at position 0; text must be valid Unicode");
    }

    @Test
    void wrongTypesAreRefusedNamingTheFieldAndWhatItMustBe() {
        bad("/api/probe/orders", "{\"text\":5}", "text: must be text, was 5");
        bad("/api/probe/orders", "{\"amountMinor\":\"12\"}", "amountMinor: must be a whole number, was text");
        bad("/api/probe/orders", "{\"amountMinor\":1.5}", "amountMinor: must be a whole number, was 1.5");
        bad("/api/probe/orders", "{\"urgent\":\"yes\"}", "urgent: must be true or false, was text");
        bad("/api/probe/orders", "{\"kind\":\"CASH\"}", "kind: must be one of REFUND, VOUCHER, was CASH");
        bad("/api/probe/orders", "{\"kind\":1}", "kind: must be one of REFUND, VOUCHER, was 1");
        bad("/api/probe/orders", "{\"lines\":[{\"quantity\":{}}]}", "lines[0].quantity: must be a whole number, was an object");
        bad("/api/probe/orders", "{\"tags\":\"a\"}", "tags: must be an array, was text");
        bad("/api/probe/orders", "[1]", "the body must be an object, was an array");
        bad("/api/probe/orders", "{\"colour\":\"red\"}", "colour: is not a field of this request (its fields: "
                + "amount, amountMinor, at, day, kind, labels, lines, ratio, tags, text, urgent)");
    }

    @Test
    void malformedBodiesAreRefused() {
        bad("/api/probe/orders", "{\"text\": ", "the body is not valid JSON (line 1, column 10)");
        bad("/api/probe/orders", "{\"text\":\"a\"} {\"text\":\"b\"}",
                "the body has more after its JSON value; send exactly one JSON value");
        given().header("Authorization", token()).contentType("application/json")
                .body(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .post("/api/probe/orders").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("the body is not valid UTF-8"));
        // NULs after the brace make Jackson guess UTF-32 (the fuzzer's finding on the catalogue): still not UTF-8.
        given().header("Authorization", token()).contentType("application/json")
                .body(java.util.Base64.getDecoder().decode("ewAAAAAAAAAAYWdlIjogImVuIiwgIm1hdCVoIjogYWNtZS5hIiwgInNldmVyaXR5Ij"
                        + "ogewogICJTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU2FwcHJvdmUid2FybiI="))
                .post("/api/probe/orders").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("the body is not valid UTF-8"));
    }

    @Test
    void limitsOnDepthNumbersAndDatesAreProblemsNotFailures() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        bad("/api/probe/documents", deep, "the body nests objects and arrays deeper than 100 levels");
        bad("/api/probe/orders", "{\"amountMinor\":" + "9".repeat(500) + "}",
                "a number is longer than 100 characters");
        bad("/api/probe/orders", "{\"amount\":1e100000}",
                "amount: is out of range: the exponent may be at most 1000")
                .body("detail.length()", lessThan(200));
        bad("/api/probe/orders", "{\"amountMinor\":1e100000}", "amountMinor: must be a whole number, was 1e100000");
        bad("/api/probe/orders", "{\"ratio\":1e400}", "ratio: is out of range for a number");
        bad("/api/probe/orders", "{\"at\":\"-999999999-01-01T00:00:00Z\"}",
                "at: is out of range: years 1 to 9999 only");
        bad("/api/probe/orders", "{\"day\":\"+99999-01-01\"}", "day: is out of range: years 1 to 9999 only");
        bad("/api/probe/orders", "{\"at\":12345}",
                "at: must be an ISO-8601 instant like 2026-11-01T09:00:00Z, was a number");
        bad("/api/probe/orders", "{\"at\":\"yesterday\"}",
                "at: must be an ISO-8601 instant like 2026-11-01T09:00:00Z, was yesterday");
    }

    @Test
    void anOffendingValueIsEchoedAsAnExcerpt() {
        String huge = "x".repeat(100_000);
        post("/api/probe/orders", "{\"kind\":\"" + huge + "\"}").statusCode(400)
                .body("detail", equalTo("kind: must be one of REFUND, VOUCHER, was " + "x".repeat(40) + "…"));
    }

    @Test
    void parametersOfTheWrongTypeAreNamed() {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", token()).get("/api/probe/items/" + id + "?limit=5&since=2026-11-01T00:00:00Z&all=true")
                .then().statusCode(200).body(equalTo(id + " 5 2026-11-01T00:00:00Z true null"));
        param("/api/probe/items/" + id + "?limit=abc", "limit", "must be a whole number, was 'abc'");
        param("/api/probe/items/" + id + "?limit=1.5", "limit", "must be a whole number, was '1.5'");
        param("/api/probe/items/" + id + "?all=yes", "all", "must be true or false, was 'yes'");
        param("/api/probe/items/" + id + "?since=-999999999-01-01T00:00:00Z", "since",
                "is out of range: years 1 to 9999 only");
        param("/api/probe/items/not-an-id", "id", "must be an id (a UUID like 3f2c4a9e-0b1d-4c8e-9a57-2d6f1e0c7b44), "
                + "was 'not-an-id'");
        param("/api/probe/items/" + id + "?who=a%00b", "who",
                "has a control character (U+0000) at position 1; only tab, line feed and carriage return are allowed, "
                        + "and only in body text");
        param("/api/probe/brands/ac%0Ame", "brand",
                "has a control character (U+000A) at position 2; only tab, line feed and carriage return are allowed, "
                        + "and only in body text");
    }

    private static void param(String url, String name, String message) {
        given().header("Authorization", token()).urlEncodingEnabled(false).get(url).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo(name + ": " + message))
                .body("errors[0].field", equalTo(name));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/probe/orders")
    java.net.URI orders;

    /**
     * Over HTTP/1.1 and over HTTP/2 (the JDK's client upgrades a cleartext connection to h2c after its first request;
     * an HTTP/2 request need not say its length, so a body cannot be told by its Content-Length there).
     */
    @Test
    void aBodyWithoutContentTypeIsRefused() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.util.Set<java.net.http.HttpClient.Version> versions = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(orders)
                    .header("Authorization", token()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(OK))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            versions.add(response.version());
            org.junit.jupiter.api.Assertions.assertEquals(415, response.statusCode(),
                    response.version() + ": " + response.body());
            org.junit.jupiter.api.Assertions.assertTrue(response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"));
            org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("send application/json"),
                    response.body());
        }
        org.junit.jupiter.api.Assertions.assertTrue(versions.contains(java.net.http.HttpClient.Version.HTTP_2),
                "asked over HTTP/2 too: " + versions);
    }

    @Test
    void protocolErrorsAreProblemsToo() {
        given().get("/api/probe/brands").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
        given().header("Authorization", "Bearer not-a-token").get("/api/probe/brands").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", token()).delete("/api/probe/brands").then().statusCode(405)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(405));
        given().header("Authorization", token()).contentType("text/plain").body("hello")
                .post("/api/probe/orders").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", token()).body(OK.getBytes(StandardCharsets.UTF_8))
                .post("/api/probe/orders").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", token()).accept("image/png").get("/api/probe/brands").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", token()).get("/api/probe/brands?q=" + "a".repeat(20_000)).then()
                .statusCode(414).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("at most 8192"));
    }
}
