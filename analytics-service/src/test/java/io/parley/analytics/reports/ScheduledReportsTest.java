package io.parley.analytics.reports;

import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Tokens;
import io.parley.testsupport.mail.Mailboxes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report schedules: a manager schedules a monthly pack in Polish; when its period is due the job builds it and the
 * mail arrives at the local mail server with the PDF attached and a signed link that downloads the same PDF without a
 * sign-in; an altered link is refused (403), an expired one gone (410). Send-now, changes, history and deletion; the
 * roles and the brand rule.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class ScheduledReportsTest {

    private static final String SCHEDULES = "/api/v1/brands/acme/analytics/reports/schedules";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/api/v1/report-links/([A-Za-z0-9._-]+)");

    @Inject
    EntityManager em;

    @Inject
    Deliveries deliveries;

    private static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(Tokens.forUser(user)));
    }

    @Test
    void theJobMailsTheDuePackWithThePdfAndASignedLinkThatDownloadsIt() throws Exception {
        String lead = "care-lead-" + UUID.randomUUID() + "@acme.example";
        String marketing = "Marketing-" + UUID.randomUUID() + "@acme.example";
        Instant before = Instant.now();
        JsonPath created = as("manager1").contentType("application/json")
                .body(Map.of("cadence", "monthly", "recipients", List.of(lead, marketing), "language", "pl"))
                .post(SCHEDULES).then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(
                        "/api/v1/brands/acme/analytics/reports/schedules/"))
                .body("cadence", equalTo("monthly")).body("language", equalTo("pl"))
                .body("recipients[1]", equalTo(marketing.toLowerCase())).body("createdBy", equalTo("manager1"))
                .extract().jsonPath();
        String id = created.getString("id");
        assertEquals(Cadence.MONTHLY.periodEnd(before), Instant.parse(created.getString("nextRunAt")),
                "the first pack goes out when this month ends");

        // The month ends (the row made due): the job's next pass builds and sends the pack.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE report_schedule SET next_run_at = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        Mailboxes.Message mail = awaitMail(lead, m -> m.subject().startsWith("Raport Parley dla acme"), id);
        Mailboxes.await(marketing.toLowerCase(), m -> m.subject().equals(mail.subject()), Duration.ofSeconds(30));
        byte[] attached = Mailboxes.attachment(mail, "application/pdf");
        assertNotNull(attached, "the PDF is attached");
        String text = ReportsTest.text(attached);
        assertTrue(text.contains("Raport obsługi klienta i publikacji"), text);
        assertTrue(text.contains("Wartościowe kontakty"), text);
        String period = PackHtml.period(Cadence.MONTHLY.justEnded(Instant.now()).from(),
                Cadence.MONTHLY.justEnded(Instant.now()).to(), ReportLanguage.PL);
        assertTrue(mail.subject().endsWith(period), mail.subject());
        assertTrue(text.contains(period), "the period on the cover");

        // The link downloads the same PDF, without a sign-in
        Matcher link = LINK.matcher(mail.text());
        assertTrue(link.find(), mail.text());
        String token = link.group(1);
        byte[] downloaded = given().get("/api/v1/report-links/" + token).then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray();
        assertArrayEquals(attached, downloaded);

        // Altered (signature, expiry, delivery) or unsigned: 403; expired: 410; a delivery not kept: 404
        String[] p = token.split("\\.");
        for (String forged : List.of(p[0] + "." + p[1] + "." + (p[2].startsWith("A") ? "B" : "A") + p[2].substring(1),
                p[0] + "." + (Long.parseLong(p[1]) + 3600) + "." + p[2], UUID.randomUUID() + "." + p[1] + "." + p[2],
                "not-a-token")) {
            given().get("/api/v1/report-links/" + forged).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        }
        given().get("/api/v1/report-links/" + deliveries.token(UUID.fromString(p[0]), Instant.now()
                .minusSeconds(60))).then().statusCode(410).contentType("application/problem+json")
                .body("detail", startsWith("this report link expired"));
        given().get("/api/v1/report-links/" + deliveries.token(UUID.randomUUID(), Instant.now().plusSeconds(600)))
                .then().statusCode(404);

        // The schedule shows its delivery and its next run
        JsonPath after = as("manager1").get(SCHEDULES + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("sent", after.getString("lastDelivery.status"));
        assertEquals(p[0], after.getString("lastDelivery.id"));
        assertEquals(Cadence.MONTHLY.periodEnd(Instant.now()), Instant.parse(after.getString("nextRunAt")));
        as("manager1").get(SCHEDULES + "/" + id + "/deliveries").then().statusCode(200).body("items.size()", equalTo(1))
                .body("nextCursor", equalTo(null));

        // Send now: the same period again, at once, without moving the next run
        as("manager1").post(SCHEDULES + "/" + id + "/deliveries").then().statusCode(201)
                .body("status", equalTo("sent")).body("periodTo", equalTo(Cadence.MONTHLY.justEnded(Instant.now())
                        .to().toString()));
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> Mailboxes.of(lead).size() == 2);

        // Change to weekly in English; then delete; every change in the history
        as("manager1").contentType("application/json")
                .body(Map.of("cadence", "weekly", "recipients", List.of(lead), "language", "en", "hours", "business"))
                .put(SCHEDULES + "/" + id).then().statusCode(200).body("cadence", equalTo("weekly"))
                .body("hours", equalTo("business"))
                .body("nextRunAt", equalTo(Cadence.WEEKLY.periodEnd(Instant.now()).toString()));
        as("manager1").delete(SCHEDULES + "/" + id).then().statusCode(204);
        as("manager1").get(SCHEDULES + "/" + id).then().statusCode(404);
        List<Map<String, Object>> history = as("manager1").get("/api/v1/brands/acme/analytics/reports/history")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.subject == '" + id + "' }");
        assertEquals(List.of("schedule_deleted", "schedule_changed", "report_sent_now", "schedule_created"),
                history.stream().map(h -> h.get("action")).toList());
        assertTrue(history.stream().allMatch(h -> "manager1".equals(h.get("actor"))));
    }

    @Test
    void aScheduleWhosePackCannotBeBuiltHoldsUpNoOther() {
        // A schedule the job cannot build (a cadence this version does not know, as a newer replica might write),
        // due before a good one: the good one's mail still arrives, and the bad one is postponed, not retried at once.
        UUID bad = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO report_schedule (id, brand,"
                + " cadence, recipients, language, hours, next_run_at, created_by, created_at, updated_by, updated_at)"
                + " VALUES (?1, 'acme', 'fortnightly', 'nobody@acme.example', 'en', 'all', now() - interval '1 hour',"
                + " 'manager1', now(), 'manager1', now())").setParameter(1, bad).executeUpdate());
        try {
            String reader = "reader-" + UUID.randomUUID() + "@acme.example";
            String id = as("manager1").contentType("application/json")
                    .body(Map.of("cadence", "weekly", "recipients", List.of(reader), "language", "en"))
                    .post(SCHEDULES).then().statusCode(201).extract().jsonPath().getString("id");
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE report_schedule SET next_run_at = now() - interval '1 second' WHERE id = ?1")
                    .setParameter(1, UUID.fromString(id)).executeUpdate());
            awaitMail(reader, m -> m.subject().startsWith("Parley report for acme"), id);
            Instant badNext = QuarkusTransaction.requiringNew().call(() -> Rows.instant(em.createNativeQuery(
                    "SELECT next_run_at FROM report_schedule WHERE id = ?1").setParameter(1, bad).getSingleResult()));
            assertTrue(badNext.isAfter(Instant.now().plus(Duration.ofMinutes(5))), "postponed by retry-after: "
                    + badNext);
            as("manager1").delete(SCHEDULES + "/" + id).then().statusCode(204);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DELETE FROM report_schedule WHERE id = ?1").setParameter(1, bad).executeUpdate());
        }
    }

    /** The mail, or a failure that says what became of the schedule's deliveries. */
    private static Mailboxes.Message awaitMail(String to, java.util.function.Predicate<Mailboxes.Message> wanted,
            String schedule) {
        try {
            return Mailboxes.await(to, wanted, Duration.ofMinutes(2));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the schedule: " + as("manager1").get(SCHEDULES + "/"
                    + schedule).asString() + "; its deliveries: " + as("manager1").get(SCHEDULES + "/" + schedule
                    + "/deliveries").asString(), e);
        }
    }

    @Test
    void aGreekReportArrivesWithItsGreekSubjectIntact() {
        String reader = "anagnostis-" + UUID.randomUUID() + "@acme.example";
        String id = as("manager1").contentType("application/json")
                .body(Map.of("cadence", "weekly", "recipients", List.of(reader), "language", "el"))
                .post(SCHEDULES).then().statusCode(201).extract().jsonPath().getString("id");
        as("manager1").post(SCHEDULES + "/" + id + "/deliveries").then().statusCode(201)
                .body("status", equalTo("sent"));
        var period = Cadence.WEEKLY.justEnded(Instant.now());
        Mailboxes.Message mail = Mailboxes.await(reader, m -> m.subject().startsWith("Αναφορά"),
                Duration.ofMinutes(1));
        // RFC 2047 encoded words (platform's mail.EncodedWords) on the wire, the Greek text in the reader's client
        assertEquals("Αναφορά Parley για acme: " + PackHtml.period(period.from(), period.to(), ReportLanguage.EL),
                mail.subject());
        assertTrue(mail.raw().contains("Subject: =?UTF-8?B?"), "the subject is sent as encoded words");
        as("manager1").delete(SCHEDULES + "/" + id).then().statusCode(204);
    }

    @Test
    void onlyManagersAndAdminsOfTheBrandScheduleAndBadSchedulesAreRefused() {
        Map<String, Object> good = Map.of("cadence", "weekly", "recipients", List.of("a@acme.example"));
        as("agent1").contentType("application/json").body(good).post(SCHEDULES).then().statusCode(403);
        as("editor1").get(SCHEDULES).then().statusCode(403);
        given().get(SCHEDULES).then().statusCode(401);
        as("manager1").contentType("application/json").body(good)
                .post("/api/v1/brands/globex/analytics/reports/schedules").then().statusCode(404);
        String globex = as("admin1").contentType("application/json").body(good)
                .post("/api/v1/brands/globex/analytics/reports/schedules").then().statusCode(201).extract()
                .path("id");
        // a globex schedule is not acme's, whoever asks
        as("admin1").get(SCHEDULES + "/" + globex).then().statusCode(404);
        as("manager1").get(SCHEDULES).then().statusCode(200).body("id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(globex)));
        as("admin1").delete("/api/v1/brands/globex/analytics/reports/schedules/" + globex).then().statusCode(204);

        as("manager1").contentType("application/json").body(Map.of("cadence", "daily", "recipients",
                List.of("a@acme.example"))).post(SCHEDULES).then().statusCode(400)
                .body("errors[0].field", equalTo("cadence"));
        as("manager1").contentType("application/json").body(Map.of("cadence", "weekly", "recipients",
                List.of("a@acme.example", "care lead"))).post(SCHEDULES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("recipients[1]"));
        as("manager1").contentType("application/json").body(Map.of("cadence", "weekly", "recipients", List.of()))
                .post(SCHEDULES).then().statusCode(400).body("errors[0].field", equalTo("recipients"));
        as("manager1").contentType("application/json").body(Map.of("cadence", "weekly", "recipients",
                List.of("a@acme.example"), "language", "de")).post(SCHEDULES).then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        as("manager1").get(SCHEDULES + "/42").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as("manager1").post(SCHEDULES + "/" + UUID.randomUUID() + "/deliveries").then().statusCode(404);
    }
}
