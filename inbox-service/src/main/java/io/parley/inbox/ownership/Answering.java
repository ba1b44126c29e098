package io.parley.inbox.ownership;

import io.parley.inbox.config.InboxConfig;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Collision safety: an agent marks a conversation "I am answering" ({@code answering_by},
 * {@code answering_since}); the mark lapses after {@code parley.inbox.answering-for} (3 minutes) unless
 * renewed, and is cleared when the agent's reply is sent or the agent lets go. While another agent's mark
 * holds, starting to answer and sending a reply are refused with 409 naming that agent. Every check runs
 * under the conversation's row lock, so two agents cannot both pass it.
 */
@ApplicationScoped
public class Answering {

    @Inject
    Provider<Conversations> conversations;

    @Inject
    InboxConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Conversation start(UUID conversationId, Set<String> brands, String user) {
        Conversation c = conversations.get().getForUpdate(conversationId, brands);
        Instant now = clock.instant();
        refuseIfAnotherIsAnswering(c, user, now);
        c.answeringBy = user;
        c.answeringSince = now; // renewing moves the lapse forward
        return c;
    }

    @Transactional
    public Conversation stop(UUID conversationId, Set<String> brands, String user) {
        Conversation c = conversations.get().getForUpdate(conversationId, brands);
        Instant now = clock.instant();
        refuseIfAnotherIsAnswering(c, user, now);
        c.answeringBy = null;
        c.answeringSince = null;
        return c;
    }

    /** For the reply path, under the conversation's lock: 409 while another agent is answering. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkReply(Conversation c, String user) {
        refuseIfAnotherIsAnswering(c, user, clock.instant());
    }

    /** The reply was sent: whoever was answering is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replied(Conversation c) {
        c.answeringBy = null;
        c.answeringSince = null;
    }

    /** Who is answering now, or null when nobody is (a lapsed mark counts as nobody). */
    public String answeringNow(Conversation c) {
        return holds(c, clock.instant()) ? c.answeringBy : null;
    }

    public Instant until(Conversation c) {
        return c.answeringSince == null ? null : c.answeringSince.plus(config.answeringFor());
    }

    private void refuseIfAnotherIsAnswering(Conversation c, String user, Instant now) {
        if (holds(c, now) && !c.answeringBy.equals(user)) {
            throw ProblemException.conflict(c.answeringBy + " is answering this conversation (since "
                    + c.answeringSince + ", until " + until(c) + " unless renewed)");
        }
    }

    private boolean holds(Conversation c, Instant now) {
        return c.answeringBy != null && c.answeringSince != null && now.isBefore(until(c));
    }
}
