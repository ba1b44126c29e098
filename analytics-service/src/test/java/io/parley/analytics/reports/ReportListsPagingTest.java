package io.parley.analytics.reports;

import io.parley.devstack.Tokens;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports' lists are pages ({@code {"items":[…],"nextCursor":…}}): schedules oldest first, a schedule's
 * deliveries and the audit history newest first, each read page by page with {@code limit} and {@code cursor} to the
 * end without a row twice or left out; a bad limit or cursor is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ReportListsPagingTest {

    private static final String REPORTS = "/api/v1/brands/acme/analytics/reports";
    private static final String SCHEDULES = REPORTS + "/schedules";

    @Inject
    EntityManager em;

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    private static String schedule(String recipient) {
        return as("manager1").contentType("application/json")
                .body(Map.of("cadence", "weekly", "recipients", List.of(recipient))).post(SCHEDULES).then()
                .statusCode(201).extract().path("id");
    }

    /** Every item of a listing, read {@code limit} at a time; asserts each page but the last is full. */
    private static List<Map<String, Object>> pages(String path, int limit, int[] pagesRead) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as("manager1").queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            cursor = page.getString("nextCursor");
            if (cursor != null) {
                assertEquals(limit, items.size(), "a page with a next one is full");
            }
            all.addAll(items);
            pagesRead[0]++;
        } while (cursor != null);
        return all;
    }

    @Test
    void schedulesAndHistoryAreReadPageByPageToTheEnd() {
        String tag = UUID.randomUUID().toString();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(schedule("paging-" + i + "-" + tag + "@acme.example"));
        }
        int[] read = {0};
        List<Map<String, Object>> schedules = pages(SCHEDULES, 2, read);
        assertTrue(read[0] >= 3, "5 schedules at 2 a page are 3 pages or more: " + read[0]);
        List<Object> ids = schedules.stream().map(s -> s.get("id")).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "no schedule twice: " + ids);
        assertEquals(mine, ids.stream().filter(mine::contains).toList(), "all of them, oldest first");
        for (int i = 1; i < schedules.size(); i++) {
            assertTrue(Instant.parse((String) schedules.get(i - 1).get("createdAt"))
                    .compareTo(Instant.parse((String) schedules.get(i).get("createdAt"))) <= 0, "oldest first");
        }

        // The history, newest first: the five creations in the reverse order, none twice
        read[0] = 0;
        List<Map<String, Object>> history = pages(REPORTS + "/history", 3, read);
        assertTrue(read[0] >= 2, "5 entries or more at 3 a page are 2 pages or more");
        List<Object> created = history.stream().filter(h -> "schedule_created".equals(h.get("action")))
                .map(h -> h.get("subject")).filter(mine::contains).toList();
        List<String> newestFirst = new ArrayList<>(mine);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, created);
        // The first page stays the newest: a later change comes first
        as("manager1").delete(SCHEDULES + "/" + mine.get(0)).then().statusCode(204);
        as("manager1").queryParam("limit", 1).get(REPORTS + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("schedule_deleted")).body("items[0].subject", equalTo(mine.get(0)))
                .body("items.size()", equalTo(1));
    }

    @Test
    void aSchedulesDeliveriesAreReadNewestFirstAcrossPages() {
        UUID schedule = UUID.fromString(schedule("deliveries-" + UUID.randomUUID() + "@acme.example"));
        Instant base = Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(3600);
        List<UUID> delivered = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                UUID id = UUID.randomUUID();
                delivered.add(id);
                // two at the same instant: the id breaks the tie, and neither is lost between pages
                Instant at = base.plusSeconds(i == 4 ? 3 * 60 : i * 60L);
                em.createNativeQuery("INSERT INTO report_delivery (id, schedule_id, brand, period_from, period_to,"
                        + " language, recipients, created_at, status, problem, link_expires_at, pdf)"
                        + " VALUES (?1, ?2, 'acme', ?3, ?4, 'en', 'a@acme.example', ?5, 'sent', NULL, ?6, ?7)")
                        .setParameter(1, id).setParameter(2, schedule).setParameter(3, base.minusSeconds(86400 * 7))
                        .setParameter(4, base).setParameter(5, at).setParameter(6, base.plusSeconds(86400 * 30))
                        .setParameter(7, new byte[] {'%', 'P', 'D', 'F'}).executeUpdate();
            }
        });
        int[] read = {0};
        List<Map<String, Object>> all = pages(SCHEDULES + "/" + schedule + "/deliveries", 2, read);
        assertEquals(3, read[0], "5 deliveries at 2 a page");
        List<Object> ids = all.stream().map(d -> d.get("id")).toList();
        assertEquals(5, ids.size());
        assertEquals(5, ids.stream().distinct().count(), "none twice: " + ids);
        assertEquals(delivered.get(0).toString(), ids.get(4), "the oldest last");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(Instant.parse((String) all.get(i - 1).get("createdAt"))
                    .compareTo(Instant.parse((String) all.get(i).get("createdAt"))) >= 0, "newest first");
        }
    }

    @Test
    void aBadLimitOrCursorIsA400NamingIt() {
        schedule("first-" + UUID.randomUUID() + "@acme.example");
        schedule("second-" + UUID.randomUUID() + "@acme.example");
        String scheduleCursor = as("manager1").queryParam("limit", 1).get(SCHEDULES).then().statusCode(200)
                .extract().path("nextCursor");
        for (String limit : List.of("0", "201", "many")) {
            as("manager1").queryParam("limit", limit).get(REPORTS + "/history").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", equalTo("must be a whole number from 1 to 200"));
        }
        assertNotNull(scheduleCursor, "acme holds schedules enough for a second page");
        // garbled; the history's name with a key that is no sequence number; the schedules' cursor
        List<String> bad = List.of("garbage!", "cmVwb3J0LWhpc3Rvcnl8eHl6", scheduleCursor);
        for (String cursor : bad) {
            as("manager1").queryParam("cursor", cursor).get(REPORTS + "/history").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        UUID schedule = UUID.fromString(schedule("bad-cursor-" + UUID.randomUUID() + "@acme.example"));
        as("manager1").queryParam("cursor", "cmVwb3J0LWRlbGl2ZXJpZXN8bm90fGFuLWlk")
                .get(SCHEDULES + "/" + schedule + "/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
