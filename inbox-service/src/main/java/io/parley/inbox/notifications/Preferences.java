package io.parley.inbox.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each person's choice, per kind, of where they are told: the centre, e-mail; the kind's defaults until they choose. */
@ApplicationScoped
public class Preferences {

    /** Where one kind reaches one person. */
    public record Choice(NotificationKind kind, boolean centre, boolean email) {
        static Choice byDefault(NotificationKind kind) {
            return new Choice(kind, kind.centreByDefault(), kind.emailByDefault());
        }
    }

    @Inject
    EntityManager em;

    public Choice of(String recipient, NotificationKind kind) {
        return all(recipient).get(kind);
    }

    /** Every kind's choice for the person, in the kinds' order. */
    public Map<NotificationKind, Choice> all(String recipient) {
        Map<NotificationKind, Choice> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            choices.put(k, Choice.byDefault(k));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT kind, centre, email FROM notification_preference WHERE recipient = ?1")
                .setParameter(1, recipient).getResultList();
        for (Object[] r : rows) {
            NotificationKind.of((String) r[0]).ifPresent(k -> choices.put(k, new Choice(k, (Boolean) r[1],
                    (Boolean) r[2])));
        }
        return choices;
    }

    /** Stores the choices given (kinds not named keep theirs) and returns all of them. */
    @Transactional
    public List<Choice> save(String recipient, List<Choice> given) {
        for (Choice c : given) {
            em.createNativeQuery("""
                    INSERT INTO notification_preference (recipient, kind, centre, email) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (recipient, kind) DO UPDATE SET centre = EXCLUDED.centre, email = EXCLUDED.email""")
                    .setParameter(1, recipient).setParameter(2, c.kind().id()).setParameter(3, c.centre())
                    .setParameter(4, c.email()).executeUpdate();
        }
        return new ArrayList<>(all(recipient).values());
    }
}
