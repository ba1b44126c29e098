package io.parley.inbox.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** How e-mails of one kind reach one person: a few one by one, a flood as one digest, then one per window. */
class MailPacingTest {

    private static final Duration EVERY = Duration.ofMinutes(15);
    private static final int ALLOWANCE = 20;
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aFewGoOneByOneAndCountAgainstTheWindow() {
        MailPacing.Decision first = MailPacing.decide(null, 1, T0, EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.SendEach.class, first);
        assertEquals(new MailPacing.Window(T0, 1), first.window());

        MailPacing.Decision more = MailPacing.decide(first.window(), 19, T0.plusSeconds(60), EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.SendEach.class, more);
        assertEquals(new MailPacing.Window(T0, 20), more.window(), "the window keeps its start");
    }

    @Test
    void moreThanTheWindowLeavesGoAsOneDigestAndTheRestOfTheWindowWaits() {
        MailPacing.Window five = new MailPacing.Window(T0, 5);
        MailPacing.Decision flood = MailPacing.decide(five, 16, T0.plusSeconds(30), EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.Digest.class, flood, "16 due, 15 left");
        assertEquals(new MailPacing.Window(T0, ALLOWANCE), flood.window(), "a digest uses up the window");

        MailPacing.Decision next = MailPacing.decide(flood.window(), 1, T0.plusSeconds(40), EVERY, ALLOWANCE);
        MailPacing.Wait wait = assertInstanceOf(MailPacing.Wait.class, next);
        assertEquals(T0.plus(EVERY), wait.until(), "what comes meanwhile waits for the window's end");
        assertEquals(flood.window(), wait.window());
    }

    @Test
    void atTheWindowsEndABacklogIsOneDigestAndAFewAreOneByOne() {
        MailPacing.Window spent = new MailPacing.Window(T0, ALLOWANCE);
        MailPacing.Decision backlog = MailPacing.decide(spent, ALLOWANCE + 1, T0.plus(EVERY), EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.Digest.class, backlog);
        assertEquals(new MailPacing.Window(T0.plus(EVERY), ALLOWANCE), backlog.window(), "a new window");

        MailPacing.Decision quiet = MailPacing.decide(spent, 3, T0.plus(EVERY).plusSeconds(1), EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.SendEach.class, quiet);
        assertEquals(new MailPacing.Window(T0.plus(EVERY).plusSeconds(1), 3), quiet.window());
    }

    @Test
    void aFloodIntoAFreshWindowIsOneDigestAtOnce() {
        MailPacing.Decision storm = MailPacing.decide(null, ALLOWANCE + 1, T0, EVERY, ALLOWANCE);
        assertInstanceOf(MailPacing.Digest.class, storm, "not twenty e-mails and then a digest");
    }
}
