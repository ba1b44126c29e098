package io.parley.inbox.ownership;

import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "answering" mark lapses by itself: a forgotten mark does not block the conversation for long. */
class AnsweringMarkTest {

    private static final Instant SINCE = Instant.parse("2026-11-23T09:05:00Z");

    private static Answering at(Instant now) {
        Answering answering = new Answering();
        answering.clock = Clock.fixed(now, ZoneOffset.UTC);
        answering.config = new InboxConfig() {
            @Override
            public Duration defaultFirstResponse() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration answeringFor() {
                return Duration.ofMinutes(3);
            }

            @Override
            public String defaultTeam() {
                return "care";
            }

            @Override
            public Duration deadlineScanEvery() {
                return Duration.ofMillis(500);
            }

            @Override
            public Duration awayScanEvery() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int deadlineBatch() {
                return 200;
            }

            @Override
            public int exactCountUpTo() {
                return 10_000;
            }

            @Override
            public Duration exactCountBudget() {
                return Duration.ofMillis(150);
            }
        };
        return answering;
    }

    private static Conversation markedByAgent1() {
        Conversation c = new Conversation();
        c.answeringBy = "agent1";
        c.answeringSince = SINCE;
        return c;
    }

    @Test
    void whileTheMarkHoldsAnotherAgentIsRefusedWithTheName() {
        Answering answering = at(SINCE.plus(Duration.ofMinutes(2)));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> answering.checkReply(markedByAgent1(), "manager1"));
        assertEquals(409, refused.type().status());
        assertTrue(refused.getMessage().startsWith("agent1 is answering this conversation"), refused.getMessage());
        assertDoesNotThrow(() -> answering.checkReply(markedByAgent1(), "agent1"), "the one answering may send");
        assertEquals("agent1", answering.answeringNow(markedByAgent1()));
        assertEquals(SINCE.plus(Duration.ofMinutes(3)), answering.until(markedByAgent1()));
    }

    @Test
    void aLapsedMarkBlocksNobody() {
        Answering answering = at(SINCE.plus(Duration.ofMinutes(3)));
        assertDoesNotThrow(() -> answering.checkReply(markedByAgent1(), "manager1"));
        assertNull(answering.answeringNow(markedByAgent1()), "shown as nobody answering");
    }
}
