package io.parley.analytics.reports;

import io.parley.analytics.care.CareEvents;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.inbox.IncidentClosed;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.posts.VariantPublished;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report pack and the exports against the figures' endpoints: known events in a window of their own, then the
 * CSV rows equal the drill-down's and the posts' JSON, and the PDF's text (PDFBox) shows the JSON's figures, the
 * incident, the commentary and the headings in the language asked for; brand isolation and the refusals.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ReportsTest {

    /** The inbox topic on a shared test broker carries every module's traffic: the events may queue a while. */
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    /** A window of three days of its own, long ago. */
    private static Instant start() {
        return LocalDate.of(ThreadLocalRandom.current().nextInt(1981, 2020), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 360)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void theCsvRowsAndThePdfShowWhatTheFiguresEndpointsAnswer() throws IOException {
        Instant start = start();
        Instant from = start;
        Instant to = start.plus(Duration.ofDays(3));
        Instant t = start.plus(Duration.ofHours(10));
        // Answered by agent1 in 20 minutes, within target; answered late by agent2; one never answered.
        CareEvents a = CareEvents.opened("acme", Platform.FACEBOOK, t, "care", "complaint", "pl", Duration.ofHours(1),
                60).assigned("care", "agent1", t);
        a.answered("agent1", t.plus(Duration.ofMinutes(20)), t.plus(Duration.ofHours(1)));
        CareEvents b = CareEvents.opened("acme", Platform.INSTAGRAM, t.plus(Duration.ofHours(1)), "social", "question",
                "el", Duration.ofHours(1), 60).assigned("social", "agent2", t.plus(Duration.ofHours(1)));
        b.answered("agent2", t.plus(Duration.ofHours(3)), t.plus(Duration.ofHours(2)));
        CareEvents c = CareEvents.opened("acme", Platform.FACEBOOK, t.plus(Duration.ofHours(26)), "care", "praise",
                "ru", Duration.ofHours(1), 60);
        // A post whose title needs quoting in a CSV, and an incident whose title has an emoji the font cannot draw.
        String channel = UUID.randomUUID().toString();
        UUID story = UUID.randomUUID();
        UUID variant = UUID.randomUUID();
        String title = "Zimowa kolekcja, \"część 2\"";
        Instant published = start.plus(Duration.ofHours(30));
        TestEvents.send(story.toString(), Event.of(UUID.randomUUID(), "calendar-service", "acme", story.toString(),
                published, published, new VariantPublished(story, title, variant, channel, Platform.LINKEDIN,
                        "post-" + variant, "https://example.test/" + variant, published, published, 1, false)));
        TestEvents.send(channel, Event.of(UUID.randomUUID(), "ingest-service", "acme", "post-" + variant,
                published.plusSeconds(3600), published.plusSeconds(3600), new PostMetricsObserved(story, variant,
                        channel, "acct-" + channel, Platform.LINKEDIN, "post-" + variant,
                        "https://example.test/" + variant, published, published.plusSeconds(3600), 1200L, 800L, 35L,
                        7L, 4L, null, false)));
        UUID incident = UUID.randomUUID();
        Instant opened = start.plus(Duration.ofHours(36));
        TestEvents.send(incident.toString(), Event.of(UUID.randomUUID(), "inbox-service", "acme", incident.toString(),
                opened, opened, new IncidentOpened(incident, "Awaria płatności \uD83D\uDCB3", "manual", null,
                        "manager1", opened)));
        // ... closed the same day: an incident left open would be open in every later window of other tests.
        Instant closed = opened.plus(Duration.ofHours(3));
        TestEvents.send(incident.toString(), Event.of(UUID.randomUUID(), "inbox-service", "acme", incident.toString(),
                closed, closed, new IncidentClosed(incident, "manager1", closed, "Płatności działają")));
        // The manager's commentary for exactly this period, in Greek.
        as("manager1").contentType("application/json").queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .body(Map.of("slots", Map.of("summary", "Ο μήνας ήταν ήρεμος.", "care", "Instagram — późne odpowiedzi.")))
                .put("/api/v1/brands/acme/analytics/reports/commentary").then().statusCode(200)
                .body("slots.slot", equalTo(List.of("summary", "care")));

        List<String> mine = List.of(a.id.toString(), b.id.toString(), c.id.toString());
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> ids = drillDown(from, to).getList("items.conversationId");
            assertTrue(ids.containsAll(mine), "the conversations arrived");
            List<Map<String, Object>> rows = drillDown(from, to).getList("items");
            assertEquals(2, rows.stream().filter(r -> mine.contains(r.get("conversationId"))
                    && r.get("firstResponseAt") != null).count(), "both answers arrived");
            assertTrue(posts(from, to).getList("items.variantId").contains(variant.toString()));
            assertTrue(as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                    .get("/api/v1/brands/acme/analytics/timeline").then().statusCode(200).extract().jsonPath()
                    .getList("incidents.incidentId").contains(incident.toString()));
        });

        // conversations.csv: the drill-down's rows, field for field, behind a byte-order mark
        byte[] csvBytes = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/reports/conversations.csv").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")).extract()
                .asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csvBytes, 3));
        List<List<String>> rows = parse(new String(csvBytes, 3, csvBytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(Exports.CONVERSATION_COLUMNS, rows.get(0));
        JsonPath page = drillDown(from, to);
        List<Map<String, Object>> json = page.getList("items");
        assertEquals(json.size(), rows.size() - 1, "one row per conversation");
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> j = json.get(i);
            List<String> r = rows.get(i + 1);
            assertEquals(j.get("conversationId"), r.get(0));
            assertEquals(j.get("channel"), r.get(1));
            assertEquals(text(j.get("team")), r.get(2));
            assertEquals(text(j.get("agent")), r.get(3));
            assertEquals(text(j.get("moment")), r.get(4));
            assertEquals(text(j.get("language")), r.get(5));
            assertEquals(Instant.parse((String) j.get("receivedAt")).toString(), r.get(6));
            assertEquals(text(j.get("timeToFirstResponseSeconds")), r.get(10));
            assertEquals(text(j.get("withinTarget")), r.get(11));
            assertEquals(text(j.get("reopenedCount")), r.get(14));
        }
        List<String> rowA = rows.stream().filter(r -> r.get(0).equals(a.id.toString())).findFirst().orElseThrow();
        assertEquals(List.of("facebook", "care", "agent1", "complaint", "pl"), rowA.subList(1, 6));
        assertEquals("1200", rowA.get(10));
        assertEquals("true", rowA.get(11));
        List<String> rowB = rows.stream().filter(r -> r.get(0).equals(b.id.toString())).findFirst().orElseThrow();
        assertEquals("false", rowB.get(11), "answered after its due time");

        // posts.csv: the posts' rows; the title with its comma and quotes comes back whole
        byte[] postBytes = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/reports/posts.csv").then().statusCode(200).extract()
                .asByteArray();
        List<List<String>> postRows = parse(new String(postBytes, 3, postBytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(Exports.POST_COLUMNS, postRows.get(0));
        List<Map<String, Object>> postJson = posts(from, to).getList("items");
        assertEquals(postJson.size(), postRows.size() - 1);
        List<String> mineRow = postRows.stream().filter(r -> r.get(4).equals(variant.toString())).findFirst()
                .orElseThrow();
        Map<String, Object> mineJson = postJson.stream().filter(p -> p.get("variantId").equals(variant.toString()))
                .findFirst().orElseThrow();
        assertEquals(title, mineRow.get(5));
        assertEquals(text(mineJson.get("impressions")), mineRow.get(8));
        assertEquals(text(mineJson.get("reach")), mineRow.get(9));
        assertEquals("", mineRow.get(13), "LinkedIn gives no views");
        assertEquals(text(mineJson.get("engagements")), mineRow.get(15));
        // (rest-assured reads JSON numbers as floats)
        assertEquals(((Number) mineJson.get("engagementRate")).doubleValue(), Double.parseDouble(mineRow.get(16)),
                1e-6);
        assertEquals("reach", mineRow.get(17));

        // The PDF: the endpoints' figures, the incident, the commentary
        Response pdfResponse = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/reports/pack.pdf");
        pdfResponse.then().statusCode(200).header("Content-Type", "application/pdf");
        String text = text(pdfResponse.asByteArray());
        ReportLanguage en = ReportLanguage.EN;
        assertTrue(text.contains("Care and publishing report"), text);
        JsonPath care = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/care").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> g : care.<Map<String, Object>>getList("groups")) {
            String line = line(text, g.get("value") + " " + en.number(((Number) g.get("conversations")).longValue())
                    + " ");
            assertTrue(line.contains(en.percent(rate(g, "responseRate"))), line);
            assertTrue(line.contains(en.duration(seconds(g, "timeToFirstResponse", "medianSeconds"))), line);
            assertTrue(line.contains(en.percent(rate(g, "withinTarget"))), line);
        }
        JsonPath contacts = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/contacts").then().statusCode(200).extract().jsonPath();
        assertTrue(text.contains("Questions answered " + en.number(contacts.getLong("questionsAnswered"))), text);
        assertTrue(text.contains("Complaints settled " + en.number(contacts.getLong("complaintsSettled"))), text);
        assertTrue(text.indexOf("Meaningful contacts") < text.indexOf("Followers"),
                "meaningful contacts come above follower counts");
        JsonPath publishing = as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/brands/acme/analytics/publishing").then().statusCode(200).extract().jsonPath();
        Map<String, Object> linkedin = publishing.<Map<String, Object>>getList("channels").stream()
                .filter(ch -> ch.get("channelAccountId").equals(channel)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) linkedin.get("figures");
        // The channel's row (its name wraps in its narrow cell, so the figures start a line of their own): posts,
        // impressions, reach, reactions, comments, shares, click-throughs, engagements; then the rate on its base.
        String row = java.util.stream.Stream.of("posts", "impressions", "reach", "reactions", "comments", "shares",
                "clickThroughs", "engagements").map(k -> en.number(((Number) figures.get(k)).longValue()))
                .collect(java.util.stream.Collectors.joining(" "));
        assertTrue(text.lines().anyMatch(l -> l.endsWith(row)), "no row '" + row + "' in:\n" + text);
        assertTrue(text.contains(en.percent(((Number) figures.get("engagementRate")).doubleValue()) + " of"), text);
        assertTrue(text.contains("linkedin · " + channel.substring(0, 8)), "the channel is named");
        assertTrue(text.contains("Awaria płatności"), "the incident is listed");
        assertFalse(text.contains("\uD83D\uDCB3"), "an emoji the font cannot draw is replaced, not dropped silently");
        assertTrue(text.contains("▲"), "the incident's day is marked");
        assertTrue(text.contains("Ο μήνας ήταν ήρεμος."), "the summary commentary");
        assertTrue(text.contains("Instagram — późne odpowiedzi."), "the care commentary");

        // The same pack in Russian
        String ru = text(as("admin1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("language", "ru").get("/api/v1/brands/acme/analytics/reports/pack.pdf").then()
                .statusCode(200).extract().asByteArray()).replaceAll("\\s+", " "); // the long title wraps
        assertTrue(ru.contains("Отчёт по обслуживанию и публикациям"), ru);
        assertTrue(ru.contains("Значимые контакты"), ru);
    }

    @Test
    void aBrandSeesOnlyItsOwnReportsAndBadRequestsAreRefusedPrecisely() {
        Instant start = start();
        Instant t = start.plus(Duration.ofHours(9));
        CareEvents acme = CareEvents.opened("acme", Platform.VK, t, "care", "question", "pl", Duration.ofHours(1), 60);
        CareEvents globex = CareEvents.opened("globex", Platform.VK, t, "care", "question", "pl", Duration.ofHours(1),
                60);
        String from = start.toString();
        String to = start.plus(Duration.ofDays(1)).toString();
        await().atMost(WAIT).untilAsserted(() -> assertTrue(csv("admin1", "globex", from, to).contains(
                globex.id.toString())));
        String globexCsv = csv("admin1", "globex", from, to);
        assertFalse(globexCsv.contains(acme.id.toString()), "another brand's conversation");
        await().atMost(WAIT).untilAsserted(() -> assertTrue(csv("manager1", "acme", from, to).contains(
                acme.id.toString())));
        assertFalse(csv("manager1", "acme", from, to).contains(globex.id.toString()));
        // manager1 is not in globex: 404 as if it did not exist
        for (String what : List.of("pack.pdf", "conversations.csv", "posts.csv", "commentary", "schedules")) {
            as("manager1").get("/api/v1/brands/globex/analytics/reports/" + what).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // roles: the pack is the managers'; care rows not for editors; posts not for agents
        as("agent1").get("/api/v1/brands/acme/analytics/reports/pack.pdf").then().statusCode(403);
        as("editor1").get("/api/v1/brands/acme/analytics/reports/conversations.csv").then().statusCode(403);
        as("agent1").get("/api/v1/brands/acme/analytics/reports/posts.csv").then().statusCode(403);
        as("agent1").get("/api/v1/brands/acme/analytics/reports/conversations.csv").then().statusCode(200);
        as("editor1").get("/api/v1/brands/acme/analytics/reports/posts.csv").then().statusCode(200);
        given().get("/api/v1/brands/acme/analytics/reports/pack.pdf").then().statusCode(401);
        // bad windows, languages, hours: 400 naming the parameter
        as("manager1").queryParam("from", to).queryParam("to", from)
                .get("/api/v1/brands/acme/analytics/reports/pack.pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        as("manager1").queryParam("from", "yesterday").get("/api/v1/brands/acme/analytics/reports/conversations.csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        as("manager1").queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2022-01-01T00:00:00Z")
                .get("/api/v1/brands/acme/analytics/reports/posts.csv").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("manager1").queryParam("language", "de").get("/api/v1/brands/acme/analytics/reports/pack.pdf").then()
                .statusCode(400).body("errors[0].field", equalTo("language"));
        as("manager1").queryParam("hours", "some").get("/api/v1/brands/acme/analytics/reports/conversations.csv")
                .then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as("manager1").contentType("application/json").body(Map.of("slots", Map.of("outlook", "x")))
                .put("/api/v1/brands/acme/analytics/reports/commentary").then().statusCode(400)
                .body("errors[0].field", equalTo("slots.outlook"));
    }

    private static String csv(String user, String brand, String from, String to) {
        return as(user).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/brands/" + brand + "/analytics/reports/conversations.csv").then().statusCode(200)
                .extract().asString();
    }

    private static JsonPath drillDown(Instant from, Instant to) {
        return as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("limit", "200").get("/api/v1/brands/acme/analytics/care/conversations").then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath posts(Instant from, Instant to) {
        return as("manager1").queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("limit", "200").get("/api/v1/brands/acme/analytics/publishing/posts").then()
                .statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Double rate(Map<String, Object> group, String figure) {
        Object v = ((Map<String, Object>) group.get(figure)).get("value");
        return v == null ? null : ((Number) v).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Double seconds(Map<String, Object> group, String figure, String which) {
        Object v = ((Map<String, Object>) group.get(figure)).get(which);
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The first line of the text that starts with the prefix. */
    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with '" + prefix + "' in:\n" + text));
    }

    /** RFC 4180 records (quoted fields with doubled quotes and line breaks). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return rows;
    }
}
