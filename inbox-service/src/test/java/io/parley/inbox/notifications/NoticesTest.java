package io.parley.inbox.notifications;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApproverRef;
import io.parley.inbox.people.Person;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is told what, without Kafka: the rules of {@link Notices}. */
class NoticesTest {

    static final Function<String, List<Person>> ACME = brand -> List.of(
            new Person("agent1", "Anna", List.of("agent")),
            new Person("approver1", "Ada", List.of("approver", "editor")),
            new Person("manager1", "Maria", List.of("agent", "approver", "manager")),
            new Person("admin1", "Adam", List.of("admin", "manager")));

    @SuppressWarnings("unchecked")
    static Optional<Notice> of(Payload data) {
        return Notices.of((Event<Payload>) (Event<?>) Event.of(UUID.randomUUID(), "test", "acme", "s", Instant.now(),
                Instant.now(), data), ACME);
    }

    static ChannelHealthChanged health(String state, String previous) {
        return new ChannelHealthChanged(UUID.randomUUID(), Platform.TELEGRAM, "b", "Bot", state, previous,
                Instant.now(), null, "reconnect", null, null, null);
    }

    @Test
    void aChannelTellsTheManagersWhenItTurnsUnhealthyAndWhenItRecoversOnly() {
        assertEquals(List.of("manager1", "admin1"), of(health("token_revoked", "healthy")).orElseThrow().recipients());
        assertEquals(List.of("manager1", "admin1"), of(health("healthy", "silent")).orElseThrow().recipients());
        assertTrue(of(health("rate_limited", "token_revoked")).isEmpty(), "one unhealthy state to another");
        assertTrue(of(health("healthy", "healthy")).isEmpty());
    }

    @Test
    void anApprovalTellsTheNamedApproversAndThePeopleOfANamedRoleButNoExternalReviewer() {
        UUID story = UUID.randomUUID();
        Notice n = of(new ApprovalRequested(story, UUID.randomUUID(), 1, 0, "Legal", List.of(
                new ApproverRef("user", "editor1"), new ApproverRef("role", "approver"),
                new ApproverRef("external", "reviewer@example.com")), 1)).orElseThrow();
        assertEquals(NotificationKind.APPROVAL_WAITING, n.kind());
        assertEquals(List.of("editor1", "approver1", "manager1"), n.recipients());
        assertEquals("/stories/" + story, n.link());
        assertEquals("requested", n.params().get("stage"));
        Notice escalated = of(new ApprovalEscalated(story, UUID.randomUUID(), 1, 0, "Legal",
                List.of(new ApproverRef("user", "admin1")), Instant.now())).orElseThrow();
        assertEquals("escalated", escalated.params().get("stage"));
        assertEquals(List.of("admin1"), escalated.recipients());
    }

    @Test
    void aMentionTellsTheMentionedButNotTheAuthorAndKeepsAnExcerpt() {
        String longText = "@agent1 @manager1 " + "ω".repeat(300);
        Notice n = of(new NoteAdded(UUID.randomUUID(), UUID.randomUUID(), "manager1", List.of("agent1", "manager1"),
                longText, Instant.now())).orElseThrow();
        assertEquals(List.of("agent1"), n.recipients());
        String excerpt = (String) n.params().get("excerpt");
        assertEquals(Notices.EXCERPT + 1, excerpt.codePointCount(0, excerpt.length()));
        assertTrue(of(new NoteAdded(UUID.randomUUID(), UUID.randomUUID(), "agent1", List.of(), "no one",
                Instant.now())).isEmpty());
    }

    @Test
    void anIncidentTellsTheManagersOtherThanWhoOpenedIt() {
        assertEquals(List.of("admin1"), of(new IncidentOpened(UUID.randomUUID(), "Outage", "manual", null,
                "manager1", Instant.now())).orElseThrow().recipients());
        assertEquals(List.of("manager1", "admin1"), of(new IncidentOpened(UUID.randomUUID(), "Spike", "spike",
                "complaint", "spike-detection", Instant.now())).orElseThrow().recipients());
    }
}
