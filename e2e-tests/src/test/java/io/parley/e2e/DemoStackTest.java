package io.parley.e2e;

import io.parley.devstack.Tokens;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.DemoData;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command shows every feature: a stack started as {@code ./parley up} starts it (the packaged
 * services, the prod profile, databases {@code <prefix>demo_*} made from nothing, Parley's topics emptied) and loaded
 * with {@code ./parley up}'s demo data ({@link DemoData}) tells of nothing it could not make, and the demo campaign's
 * calendar holds a post in every state a team meets — a draft, one in review, one sent back, approved, scheduled,
 * cancelled, expired, published through the sandbox gateway and failed with what to do. (On 2026-12-07 the demo had
 * silently lost its published and failed posts: the catalogue sent them through an approval nobody gave.)
 *
 * <p>Tagged {@code own-stack}: it runs after the classes that share {@link RunningStack}'s services have stopped
 * them, as {@link RollingUpgradeTest} does, and stops its own stack at the end, every service UP until then.
 */
@Tag("own-stack")
class DemoStackTest {

    /** What the demo loader says when a part of it could not be made. */
    private static final List<String> FAILURES = List.of("not loaded", "not made", "not given", "not published yet",
            "not failed yet", "were not", "was not");
    private static final Set<String> EVERY_STATE = Set.of("draft", "in_review", "changes_requested", "approved",
            "scheduled", "cancelled", "expired", "published", "failed");

    private static Endpoints infra;
    private static LocalServices services;
    private static final List<String> LOG = new ArrayList<>();

    @BeforeAll
    static void startAsParleyUpDoesAndLoadTheDemo() throws IOException {
        Path root = RepositoryRoot.find();
        infra = TestInfrastructure.endpoints();
        String prefix = RunningStack.databasePrefix() + "demo_";
        RunningStack.startFromNothing(infra, prefix);
        services = LocalServices.start(root, root.resolve("e2e-tests/target/demo-stack"), infra, false, prefix,
                Map.of("QUARKUS_PROFILE", "prod"), System.out::println);
        new DemoData(infra, services, line -> {
            System.out.println(line);
            LOG.add(line);
        }).load();
    }

    @AfterAll
    static void everyServiceIsStillUpThenStop() throws Exception {
        if (services == null) {
            return;
        }
        try {
            Map<String, String> down = RunningStack.notUp(RunningStack.health(services));
            assertTrue(down.isEmpty(), "not every service reports UP on /q/health: " + down);
        } finally {
            services.stop();
        }
    }

    @Test
    void theDemoLoadsEveryPartAndItsCampaignShowsAPostInEveryState() {
        List<String> failed = LOG.stream().filter(line -> FAILURES.stream().anyMatch(line::contains)).toList();
        assertTrue(failed.isEmpty(), "the demo could not make everything: " + failed);
        assertTrue(LOG.stream().anyMatch(line -> line.contains("published (Facebook, with its first comment), "
                + "failed (YouTube)")), "the demo says it published and failed a post: " + LOG);

        String editor = Tokens.forUser(infra, "editor1", "editor1");
        JsonPath stories = given().header("Authorization", Tokens.bearer(editor))
                .queryParam("campaign", "Zimowa kolekcja 2026").queryParam("limit", 100)
                .get(services.url(ParleyService.CALENDAR) + "/api/v1/brands/acme/stories")
                .then().statusCode(200).extract().jsonPath();
        Set<String> states = new TreeSet<>(stories.getList("items.variants.flatten().status", String.class));
        assertEquals(new TreeSet<>(EVERY_STATE), states, "the demo campaign's variants by state");

        String published = stories.getString("items.variants.flatten().find { it.status == 'published' }"
                + ".publication.permalink");
        assertTrue(published != null && published.startsWith("https://sandbox.parley.local/facebook/"),
                "the published post's permalink: " + published);
        String whatToDo = stories.getString("items.variants.flatten().find { it.status == 'failed' }"
                + ".publication.whatToDo");
        assertTrue(whatToDo != null && !whatToDo.isBlank(), "the failed post says what to do: " + stories.prettify());
    }
}
