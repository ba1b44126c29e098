package io.parley.inbox.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.NotificationCreated;
import io.parley.inbox.people.PeopleDirectory;
import io.parley.inbox.people.Person;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a source event into notifications: one row per recipient (idempotent on the event id), shown in the centre
 * and e-mailed as each recipient chose (a {@code NotificationCreated} for the console's live stream through the
 * outbox), and one webhook delivery per brand subscription that wants the kind. The
 * e-mails and deliveries leave later, from their rows ({@link MailSender}, {@link WebhookDeliverer}): nothing is
 * sent from inside the consumer's transaction.
 */
@ApplicationScoped
public class NotificationService {

    @Inject
    EntityManager em;

    @Inject
    PeopleDirectory people;

    @Inject
    Preferences preferences;

    @Inject
    Webhooks webhooks;

    @Inject
    ObjectMapper json;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records what the event tells, if anything; a redelivered event changes nothing. Returns how many were told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Event<Payload> event) {
        Optional<Notice> found = Notices.of(event, this::peopleOf);
        if (found.isEmpty()) {
            return 0;
        }
        Notice notice = found.get();
        Instant now = clock.instant();
        String params = write(notice.params());
        Map<String, Person> contacts = new HashMap<>();
        peopleOf(notice.brand()).forEach(p -> contacts.put(p.user(), p));
        int told = 0;
        for (String recipient : notice.recipients()) {
            Preferences.Choice choice = preferences.of(recipient, notice.kind());
            Person person = contacts.get(recipient);
            String email = person == null ? null : person.email();
            boolean mailed = choice.email() && email != null;
            if (!choice.centre() && !mailed) {
                continue;
            }
            UUID id = UUID.randomUUID();
            jakarta.persistence.Query insert = em.createNativeQuery("""
                    INSERT INTO notification (id, source_event_id, recipient, brand, kind, params, link, created_at,
                        in_centre, email_state, email_to, email_locale, email_next_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                    ON CONFLICT (source_event_id, recipient) DO NOTHING""")
                    .setParameter(1, id).setParameter(2, event.id()).setParameter(3, recipient)
                    .setParameter(4, notice.brand()).setParameter(5, notice.kind().id()).setParameter(6, params)
                    .setParameter(8, now).setParameter(9, choice.centre())
                    .setParameter(10, mailed ? "pending" : "none");
            NullableParams.bind(insert, 7, notice.link(), String.class);
            NullableParams.bind(insert, 11, mailed ? email : null, String.class);
            NullableParams.bind(insert, 12, person == null ? null : person.locale(), String.class);
            NullableParams.bind(insert, 13, mailed ? now : null, Instant.class);
            if (insert.executeUpdate() == 1) {
                told++;
                if (choice.centre()) {
                    // an open console tells the recipient at once (its live stream); once: only a new row does
                    outbox.add(recipient, Event.of(StableIds.of("notification", id.toString()), "inbox-service",
                            notice.brand(), recipient, now, now, new NotificationCreated(id, recipient,
                                    notice.kind().id(), notice.link(), now)));
                }
            }
        }
        webhooks.enqueue(event.id(), event.time(), notice, now);
        return told;
    }

    /** The brand's people; the identity provider being away is an outage to wait out, not a bad record. */
    private List<Person> peopleOf(String brand) {
        try {
            return people.of(brand);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.UNAVAILABLE) {
                throw new IllegalStateException(e.getMessage(), new ConnectException(e.getMessage()));
            }
            throw e;
        }
    }

    private String write(Map<String, Object> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
