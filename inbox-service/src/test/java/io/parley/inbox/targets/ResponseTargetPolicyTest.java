package io.parley.inbox.targets;

import io.parley.contracts.Platform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseTargetPolicyTest {

    private final ResponseTargetPolicy policy = new ResponseTargetPolicy(Duration.ofHours(1));
    private final Instant received = Instant.parse("2026-11-23T09:00:00Z");
    private final Optional<BrandTargets> acme = Optional.of(new BrandTargets("acme", 3, 90,
            Map.of(Platform.FACEBOOK, 20, Platform.LINKEDIN, 240)));

    @Test
    void theChannelsOwnTargetWins() {
        assertEquals(Instant.parse("2026-11-23T09:20:00Z"), policy.dueAt(received, acme, Platform.FACEBOOK));
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"), policy.dueAt(received, acme, Platform.LINKEDIN));
    }

    @Test
    void aChannelWithoutOneTakesTheBrandsDefault() {
        assertEquals(Instant.parse("2026-11-23T10:30:00Z"), policy.dueAt(received, acme, Platform.X));
    }

    @Test
    void aBrandWithoutTargetsTakesTheInboxFallback() {
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), policy.dueAt(received, Optional.empty(), Platform.X));
    }
}
