package io.parley.calendar.cadence;

import io.parley.calendar.Fixtures;
import io.parley.calendar.Neighbours;
import io.parley.calendar.publishing.GatewayReportsTopic;
import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.platform.kafka.EventPublisher;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Listening has read Globex's newsroom feed for acme (its posts arrive as CompetitorPostObserved, one of them twice):
 * acme's cadence report shows Globex — by its catalogue name — with its posts week by week beside acme's own
 * channels, the averages, the feed and since when; Initech, named in the catalogue but with no feed, says nothing is
 * observed; a competitor only a feed names shows by its id. Globex's own report (whose catalogue names acme as its
 * competitor) never shows what acme observes, and acme's never what globex observes.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "calendar"))
@QuarkusTestResource(Neighbours.class)
@QuarkusTestResource(GatewayReportsTopic.class)
@QuarkusTestResource(ListeningTopic.class)
class CompetitorCadenceTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EventPublisher publisher;
    @Inject
    EntityManager em;

    private final UUID acmeFeed = UUID.randomUUID();
    private final UUID globexFeed = UUID.randomUUID();
    private final UUID hooliFeed = UUID.randomUUID();

    /** Each scenario starts from no observed posts (only this class writes them). */
    @BeforeEach
    void noPostsObservedYet() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM competitor_post").executeUpdate());
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(WARSAW).toInstant();
    }

    private void observe(String brand, UUID source, String sourceName, String competitor, String entry,
            Instant published, Instant readAt) throws EventPublisher.PublishFailedException {
        UUID postId = StableIds.of("competitor-post", source.toString(), entry);
        CompetitorPostObserved post = new CompetitorPostObserved(postId, competitor, source, sourceName,
                "https://" + competitor + ".example/feed.xml", entry, "https://" + competitor + ".example/" + entry,
                published, "Post " + entry);
        publisher.await(publisher.send(ListeningTopic.TOPIC, source.toString(), Event.of(postId, "ingest-service",
                brand, source.toString(), published, readAt, post)));
    }

    private static JsonPath report(String user, String brand, Instant from, Instant to) {
        return given().header("Authorization", Fixtures.as(user)).queryParam("from", from.toString())
                .queryParam("to", to.toString()).get("/api/v1/brands/" + brand + "/cadence").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theReportShowsEachCompetitorsObservedWeeksBesideThePlan_andNothingOfAnotherBrands() throws Exception {
        LocalDate monday = LocalDate.now(WARSAW).minusWeeks(10).with(java.time.DayOfWeek.MONDAY);
        Instant readSince = local(monday.minusDays(3), 10, 5);
        // Globex's feed shows its oldest post in the week before; then 3, 1 and 0 posts in the report's weeks.
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-0", local(monday.minusDays(5), 9, 0), readSince);
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-1", local(monday, 9, 0), readSince);
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-2", local(monday.plusDays(2), 12, 0), readSince);
        // The same post read again: counted once.
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-2", local(monday.plusDays(2), 12, 0),
                readSince.plusSeconds(3600));
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-3", local(monday.plusDays(6), 23, 30), readSince);
        observe("acme", acmeFeed, "Globex newsroom", "globex", "g-4", local(monday.plusWeeks(1).plusDays(1), 8, 0),
                readSince);
        // A competitor the catalogue does not name.
        observe("acme", hooliFeed, "Hooli blog", "hooli", "h-1", local(monday.plusDays(1), 10, 0), readSince);
        // Globex (the brand) observes acme: none of it is acme's business, and the other way round.
        observe("globex", globexFeed, "Acme news", "acme", "a-1", local(monday.plusDays(3), 10, 0), readSince);
        observe("globex", globexFeed, "Acme news", "acme", "a-2", local(monday.minusDays(4), 10, 0), readSince);

        Instant from = local(monday, 0, 0);
        Instant to = local(monday.plusWeeks(3), 0, 0);
        // One feed's posts arrive in order (keyed by the feed): once g-4 is in, the repeated g-2 was taken before it.
        Awaitility.await().atMost(WAIT).ignoreExceptions().until(() -> {
            JsonPath r = report("agent1", "acme", from, to);
            return r.getInt("competitors.brands.find { it.id == 'globex' }.sources[0].posts") == 5
                    && r.getInt("competitors.brands.find { it.id == 'hooli' }.sources[0].posts") == 1
                    && report("agent2", "globex", from, to)
                    .getInt("competitors.brands.find { it.id == 'acme' }.sources[0].posts") == 2;
        });
        JsonPath acme = report("agent1", "acme", from, to);
        assertTrue(acme.getBoolean("competitors.observed"));
        assertFalse(acme.getList("accounts").isEmpty(), "the brand's own channels are in the same report");
        assertEquals(List.of("globex", "initech", "hooli"), acme.getList("competitors.brands.id"));
        assertTrue(acme.getString("competitors.note").startsWith("Observed on the competitors' public feeds"),
                acme.getString("competitors.note"));
        assertTrue(acme.getString("competitors.note").contains("Globex newsroom (Globex Corporation) read since "
                + monday.minusDays(3)), acme.getString("competitors.note"));

        JsonPath globex = new JsonPath(acme.prettify()).setRootPath("competitors.brands[0]");
        assertEquals("Globex Corporation", globex.getString("name"));
        assertTrue(globex.getBoolean("inCatalogue"));
        assertTrue(globex.getBoolean("observed"));
        assertEquals(List.of(monday.toString(), monday.plusWeeks(1).toString(), monday.plusWeeks(2).toString()),
                globex.getList("weeks.week"));
        assertEquals(List.of(3, 1, 0), globex.getList("weeks.posts"));
        assertEquals(List.of(false, false, false), globex.getList("weeks.partial"));
        assertEquals(1.3f, globex.getFloat("averagePerWeek"));
        assertEquals(3, globex.getInt("weeksAveraged"));
        // The four weeks before this one came after the feed's oldest post and hold none of its posts.
        assertEquals(0.0f, globex.getFloat("recentAveragePerWeek"));
        assertEquals(4, globex.getInt("recentWeeks"));
        assertEquals("Globex newsroom", globex.getString("sources[0].name"));
        assertEquals("https://globex.example/feed.xml", globex.getString("sources[0].feedUrl"));
        assertEquals(readSince.toString(), globex.getString("sources[0].readSince"));
        assertEquals(local(monday.minusDays(5), 9, 0).toString(), globex.getString("sources[0].earliestPost"));
        assertEquals("Observed on Globex newsroom (https://globex.example/feed.xml), read since " + monday.minusDays(3)
                + "; posts known from " + monday.minusDays(5) + " on.", globex.getString("note"));

        JsonPath initech = new JsonPath(acme.prettify()).setRootPath("competitors.brands[1]");
        assertEquals("Initech", initech.getString("name"));
        assertFalse(initech.getBoolean("observed"));
        assertEquals(Arrays.asList(null, null, null), initech.getList("weeks.posts"));
        assertNull(initech.get("averagePerWeek"));
        assertTrue(initech.getString("note").startsWith("No posts of Initech observed"), initech.getString("note"));

        JsonPath hooli = new JsonPath(acme.prettify()).setRootPath("competitors.brands[2]");
        assertEquals("hooli", hooli.getString("name"));
        assertFalse(hooli.getBoolean("inCatalogue"));
        // Hooli's feed shows nothing before its one post (a Tuesday): the first week is partial, the next complete.
        assertEquals(List.of(1, 0, 0), hooli.getList("weeks.posts"));
        assertEquals(List.of(true, false, false), hooli.getList("weeks.partial"));

        // The current weeks: under way (partial), then not begun (unknown).
        JsonPath now = given().header("Authorization", Fixtures.as("agent1")).get("/api/v1/brands/acme/cadence")
                .then().statusCode(200).extract().jsonPath().setRootPath("competitors.brands[0]");
        assertEquals(Boolean.TRUE, now.getList("weeks.partial").get(0));
        assertEquals(0, (Integer) now.getList("weeks.posts").get(0));
        assertTrue(now.getList("weeks.posts").subList(1, now.getList("weeks.posts").size()).stream()
                .allMatch(p -> p == null), now.getList("weeks.posts").toString());

        // Globex's report: its catalogue's competitor (acme) with what globex observed, nothing of acme's feeds.
        JsonPath other = report("agent2", "globex", from, to);
        assertEquals(List.of("acme"), other.getList("competitors.brands.id"));
        assertEquals(List.of(1, 0, 0), other.getList("competitors.brands[0].weeks.posts"));
        assertEquals(List.of("Acme news"), other.getList("competitors.brands[0].sources.name"));
        assertFalse(other.prettify().contains("Globex newsroom") || other.prettify().contains("hooli"));
        // And acme's never shows globex's feed.
        assertFalse(acme.prettify().contains("Acme news"));
    }

    @Test
    void withoutAnyFeedTheReportSaysNothingIsObserved() {
        given().header("Authorization", Fixtures.as("agent1")).get("/api/v1/brands/acme/cadence").then()
                .statusCode(200)
                .body("competitors.observed", org.hamcrest.Matchers.equalTo(false))
                .body("competitors.note", org.hamcrest.Matchers.startsWith("No competitor's cadence is observed"))
                .body("competitors.brands.id", org.hamcrest.Matchers.equalTo(List.of("globex", "initech")))
                .body("competitors.brands[0].observed", org.hamcrest.Matchers.equalTo(false));
    }
}
