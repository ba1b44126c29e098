package io.parley.inbox.api;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.Pages;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.InboxScenarios.arrives;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * inbox-service's lists are pages ({@code items}, {@code nextCursor}; docs/api/README.md "Lists are pages"): read two
 * at a time they hold every row once, in their order, the same rows as one large page; a garbled cursor, another
 * listing's cursor or a limit out of range is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class ListPagesTest {

    private static final String BRAND = "/api/v1/brands/acme";

    /** Every item of the list at {@code path} as {@code user} reads it {@code limit} at a time. */
    @SuppressWarnings("unchecked")
    private static Pages.Read read(String user, String path, int limit) {
        return Pages.readAll(limit, cursor -> {
            RequestSpecification request = as(user).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get(path).then().statusCode(200).extract().as(Map.class);
        });
    }

    private static String firstCursor(String user, String path) {
        return as(user).queryParam("limit", 1).get(path).then().statusCode(200).extract().path("nextCursor");
    }

    /** The list read two at a time is the list read at once: no row twice, none skipped. */
    private static Pages.Read sameAsWhole(String user, String path) {
        Pages.Read paged = read(user, path, 2);
        Pages.Read whole = read(user, path, 200);
        assertEquals(whole.items(), paged.items(), path + " in pages of two is " + path + " in one");
        return paged;
    }

    private static void refusesBadPages(String user, String path, String foreignCursor) {
        as(user).queryParam("cursor", foreignCursor).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(user).queryParam("cursor", "bm90IG91cnM").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(user).queryParam("limit", 201).get(path).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(user).queryParam("limit", "zero").get(path).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aConversationsNotesAuditAndCompensationComeWholeAcrossPages() {
        String id = arrives("t_" + UUID.randomUUID(), "Paczka zaginęła — Пакет пропал 📦");
        String conversation = "/api/v1/conversations/" + id;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            notes.add(as("agent1").contentType(ContentType.JSON).body(Map.of("text", "Notatka " + i + " — Σημείωση"))
                    .post(conversation + "/notes").then().statusCode(201).extract().path("id"));
        }
        Pages.Read read = read("agent1", conversation + "/notes", 2);
        assertEquals(3, read.pages(), "five notes at two a page");
        assertEquals(notes, read.values("id"), "every note once, oldest first");
        assertEquals("Notatka 4 — Σημείωση", read.items().get(4).get("text"));

        List<String> offers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            offers.add(as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("kind", "voucher", "amountMinor", 100 * i, "currency", "EUR", "note", "Bon " + i))
                    .post(conversation + "/compensation").then().statusCode(201).extract().path("id"));
        }
        read = read("agent1", conversation + "/compensation", 2);
        assertEquals(2, read.pages());
        assertEquals(offers, read.values("id"), "every offer once, oldest first");

        Pages.Read trail = sameAsWhole("agent1", conversation + "/audit");
        assertEquals(5, trail.items().stream().filter(e -> "note_added".equals(e.get("action"))).count());
        assertTrue(trail.pages() >= 5, "a status change, five notes and three offers: " + trail.pages());

        as("agent1").get(conversation + "/moderation").then().statusCode(200).body("items.size()", equalTo(0))
                .body("nextCursor", equalTo(null));
        String notesCursor = firstCursor("agent1", conversation + "/notes");
        for (String path : List.of(conversation + "/audit", conversation + "/compensation", conversation + "/moderation",
                conversation + "/author-history", conversation + "/notes")) {
            refusesBadPages("manager1", path, path.endsWith("/notes") ? firstCursor("agent1", conversation + "/audit")
                    : notesCursor);
        }
        // the ledger and the approvals are the brand's, paged the same way
        Pages.Read ledger = read("manager1", BRAND + "/compensation/ledger", 2);
        List<Object> ledgerIds = ledger.values("id");
        assertEquals(ledgerIds.size(), ledgerIds.stream().distinct().count(), "no offer twice: " + ledgerIds);
        List<String> newestFirst = new ArrayList<>(offers);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, ledgerIds.stream().filter(offers::contains).toList(), "every one, newest first");
        refusesBadPages("manager1", BRAND + "/compensation/ledger", notesCursor);
        refusesBadPages("approver1", BRAND + "/compensation/approvals", notesCursor);
    }

    @Test
    void theBrandsSetupListsComeWholeAcrossPages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("language", "el", "title", "Απάντηση " + run + " " + i, "body", "Γεια σας {author.name}"))
                    .post(BRAND + "/saved-replies").then().statusCode(201).extract().path("id"));
        }
        Pages.Read read = sameAsWhole("agent1", BRAND + "/saved-replies?language=el");
        assertEquals(replies, read.values("id").stream().filter(replies::contains).toList(), "by title");
        List<Object> all = read("agent1", BRAND + "/saved-replies", 2).values("id");
        assertEquals(all.size(), all.stream().distinct().count(), "no saved reply twice: " + all);
        assertTrue(all.containsAll(replies));

        List<String> teams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String team = "pages-" + run + "-" + i;
            as("manager1").contentType(ContentType.JSON).body("{\"strategy\":\"round-robin\",\"members\":[]}")
                    .put(BRAND + "/teams/" + team).then().statusCode(201);
            teams.add(team);
        }
        read = sameAsWhole("agent1", BRAND + "/teams");
        assertEquals(teams, read.values("name").stream().filter(teams::contains).toList(), "every team once, by name");

        List<String> views = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            views.add(as("agent1").contentType(ContentType.JSON)
                    .body(Map.of("name", "Widok " + run + " " + i, "filters", Map.of("status", "new")))
                    .post(BRAND + "/views").then().statusCode(201).extract().path("id"));
        }
        read = sameAsWhole("agent1", BRAND + "/views");
        assertEquals(views, read.values("id").stream().filter(views::contains).toList(), "her own views, by name");

        List<String> hooks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hooks.add(as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("url", "https://hooks.example.com/" + run + "/" + i, "kinds", List.of("mentioned")))
                    .post(BRAND + "/webhooks").then().statusCode(201).extract().path("id"));
        }
        read = sameAsWhole("manager1", BRAND + "/webhooks");
        assertEquals(hooks, read.values("id").stream().filter(hooks::contains).toList(), "oldest first");
        as("manager1").get(BRAND + "/webhooks/" + hooks.get(0) + "/deliveries").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(null));

        Pages.Read changes = read("manager1", BRAND + "/setup-changes?subject=team", 2);
        List<Object> keys = changes.values("key");
        List<String> newestFirst = new ArrayList<>(teams);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, keys.stream().filter(teams::contains).toList(), "every team written, newest first");
        List<Object> changeIds = changes.values("id");
        assertEquals(changeIds.size(), changeIds.stream().distinct().count());

        String teamsCursor = firstCursor("agent1", BRAND + "/teams");
        for (String path : List.of(BRAND + "/saved-replies", BRAND + "/views", BRAND + "/assignment-gaps",
                BRAND + "/advocates", BRAND + "/incidents", "/api/v1/me/notifications",
                BRAND + "/advocates/facebook/" + run + "/recommendation-requests")) {
            refusesBadPages("manager1", path, teamsCursor);
        }
        String repliesCursor = firstCursor("agent1", BRAND + "/saved-replies");
        for (String path : List.of(BRAND + "/teams", BRAND + "/setup-changes", BRAND + "/webhooks",
                BRAND + "/webhooks/" + hooks.get(0) + "/deliveries")) {
            refusesBadPages("manager1", path, repliesCursor);
        }
        for (String hook : hooks) {
            as("manager1").delete(BRAND + "/webhooks/" + hook).then().statusCode(204);
        }
    }

    @Test
    void incidentsAndTheirActionsComeWholeAcrossPages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("title", "Awaria " + run + " " + i, "terms", List.of("awaria" + run)))
                    .post(BRAND + "/incidents").then().statusCode(201).extract().path("id"));
        }
        for (String incident : opened) {
            as("manager1").contentType(ContentType.JSON).body(Map.of("resolution", "Naprawione ✅"))
                    .post(BRAND + "/incidents/" + incident + "/close").then().statusCode(200);
        }
        Pages.Read read = read("agent1", BRAND + "/incidents?state=closed", 2);
        List<Object> ids = read.values("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "no incident twice");
        List<String> newestFirst = new ArrayList<>(opened);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, ids.stream().filter(opened::contains).toList(), "every one, newest first");

        Pages.Read actions = read("agent1", BRAND + "/incidents/" + opened.get(0) + "/actions", 1);
        assertEquals(List.of("gather", "close"), actions.values("action"), "oldest first, one a page");
        assertEquals(2, actions.pages());
        refusesBadPages("agent1", BRAND + "/incidents/" + opened.get(0) + "/actions",
                firstCursor("agent1", BRAND + "/incidents"));
    }
}
