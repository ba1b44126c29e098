package io.parley.ingest.insights;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelIds;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story's variant goes out on the brand's sandbox Facebook Page; the insights connectors then read its figures on
 * their schedule (made up for a sandbox account, as the network would give them) and the Page's followers, and
 * publish them on parley.engagement.v1 (real Kafka), growing from one reading to the next.
 */
@QuarkusTest
@TestProfile(InsightsConnectorsTest.Reading.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class InsightsConnectorsTest {

    /** The connectors read (they are off in the other tests, whose fake platforms script every answer). */
    public static class Reading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.ingest.insights.enabled", "true");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PAGE = "1234567890";

    @Test
    void aSandboxPagesPublishedPostGetsGrowingFiguresAndThePageItsFollowers() {
        UUID action = UUID.randomUUID();
        UUID story = UUID.randomUUID();
        UUID variant = UUID.randomUUID();
        Instant now = Instant.now();
        String channel = ChannelIds.of(Platform.FACEBOOK, PAGE).toString();
        try (EventTail deliveries = EventTail.open(Topics.DELIVERIES);
                EventTail engagement = EventTail.open(Topics.ENGAGEMENT)) {
            TestEvents.send(variant.toString(), Event.of(action, "calendar-service", "acme", variant.toString(), now,
                    now, new OutboundActionRequested(action, OutboundAction.PUBLISH_POST, Platform.FACEBOOK, PAGE,
                            null, "Zimowa kolekcja już jest ❄", "editor1", "story/" + story + "/variant/" + variant
                            + "/publish/1", null, "https://acme.example/zima?utm_source=facebook", List.of(), null,
                            null)));
            DeliveryReported published = deliveries.awaitEvent(DeliveryReported.class,
                    e -> e.data().actionId().equals(action), WAIT).data();
            assertEquals(DeliveryOutcome.DELIVERED, published.outcome());

            Event<PostMetricsObserved> first = engagement.awaitEvent(PostMetricsObserved.class,
                    e -> variant.equals(e.data().variantId()), WAIT);
            PostMetricsObserved m = first.data();
            assertEquals("acme", first.brand());
            assertEquals(story, m.storyId());
            assertEquals(channel, m.channelAccountId());
            assertEquals(PAGE, m.platformAccountId());
            assertEquals(published.platformObjectId(), m.platformPostId());
            assertEquals(published.permalink(), m.permalink());
            assertTrue(m.sandbox());
            assertTrue(m.impressions() > 0 && m.reach() > 0 && m.reach() <= m.impressions());
            assertTrue(m.reactions() != null && m.comments() != null && m.shares() != null);
            assertNull(m.views(), "a Facebook post's figures have no views, as the Graph API's do not");

            Event<PostMetricsObserved> second = engagement.awaitEvent(PostMetricsObserved.class,
                    e -> variant.equals(e.data().variantId()) && !e.id().equals(first.id()), WAIT);
            assertNotEquals(first.data().observedAt(), second.data().observedAt());
            assertTrue(second.data().impressions() >= m.impressions(), "figures grow from one reading to the next");
            assertTrue(second.data().reactions() >= m.reactions());

            Event<FollowerCountObserved> followers = engagement.awaitEvent(FollowerCountObserved.class,
                    e -> e.data().channelAccountId().equals(channel), WAIT);
            assertEquals("acme", followers.brand());
            assertEquals(LocalDate.ofInstant(followers.data().observedAt(), ZoneOffset.UTC), followers.data().day());
            assertTrue(followers.data().followers() > 0 && followers.data().sandbox());
        }
    }
}
