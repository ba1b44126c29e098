package io.parley.inbox.ownership;

import io.parley.inbox.batch.BatchMemo;
import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who takes new conversations (issue 16, item 4): each person sets themselves available, away or offline; nobody who
 * never did is available. The router asks {@link #unavailable()} (read once per intake batch); the teams API shows
 * each member's state; {@link AwayScanner} returns the conversations of members away longer than their team allows.
 */
@ApplicationScoped
public class Availabilities {

    @Inject
    Clock clock;

    @Inject
    BatchMemo memo;

    /** A person's state and since when; {@code since} is null for someone who never set one (available). */
    public record State(String user, String state, Instant since) {
    }

    @Transactional
    public State of(String user) {
        Availability a = Availability.findById(user);
        return a == null ? new State(user, Availability.AVAILABLE, null) : new State(user, a.state, a.since);
    }

    /** The states of these people (available, since null, for those who never set one). */
    @Transactional
    public Map<String, State> of(Collection<String> users) {
        Map<String, State> states = new HashMap<>();
        users.forEach(u -> states.put(u, new State(u, Availability.AVAILABLE, null)));
        if (!users.isEmpty()) {
            Availability.<Availability>list("userName in ?1", users)
                    .forEach(a -> states.put(a.userName, new State(a.userName, a.state, a.since)));
        }
        return states;
    }

    /**
     * Sets the caller's state; the same state again keeps its {@code since} (so a client that repeats "away" does not
     * restart the away limit). An unknown state is a 400 naming {@code state}.
     */
    @Transactional
    public State set(String user, String state) {
        if (state == null || !Availability.STATES.contains(state)) {
            throw ProblemException.invalid("state", "must be one of " + String.join(", ", Availability.STATES)
                    + ", was " + (state == null ? "missing" : "'" + Excerpt.of(state) + "'"));
        }
        // as PostgreSQL keeps it, so the first answer and every later one say the same since
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Availability a = Availability.findById(user);
        if (a == null) {
            a = new Availability();
            a.userName = user;
            a.state = state;
            a.since = now;
            a.updatedAt = now;
            a.persist();
        } else {
            if (!a.state.equals(state)) {
                a.state = state;
                a.since = now;
            }
            a.updatedAt = now;
        }
        return new State(a.userName, a.state, a.since);
    }

    /** Everybody away or offline now (a handful of rows): read once in an intake batch, else at each call. */
    public Set<String> unavailable() {
        return memo.remember("unavailable-people", () -> new HashSet<>(Availability.getEntityManager()
                .createQuery("select a.userName from Availability a where a.state <> :available", String.class)
                .setParameter("available", Availability.AVAILABLE).getResultList()));
    }

    /** The members on duty who are available too, in the same order. */
    public List<String> availableOf(List<String> onDuty) {
        if (onDuty.isEmpty()) {
            return onDuty;
        }
        Set<String> away = unavailable();
        return Router.available(onDuty, away);
    }
}
