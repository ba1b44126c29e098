package io.parley.inbox.people;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who can see a brand (issue 21, item 7), for the note composer's @mention picker and to refuse a mention of anyone
 * else. Read from the identity provider and kept for a minute per brand (every instance its own copy); while the
 * provider is away the last copy serves, and with none a mention is refused with 503 rather than accepted unchecked.
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);

    @Inject
    KeycloakPeople keycloak;

    @Inject
    PeopleConfig config;

    @Inject
    Clock clock;

    private record Kept(List<Person> people, Instant at) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** Everyone of the brand (members of its group), by user name. */
    public List<Person> of(String brand) {
        Instant now = clock.instant();
        Kept k = kept.get(brand);
        if (k != null && now.isBefore(k.at().plus(config.cacheFor()))) {
            return k.people();
        }
        try {
            List<Person> people = keycloak.of(brand);
            kept.put(brand, new Kept(people, now));
            return people;
        } catch (KeycloakPeople.Unavailable e) {
            if (k != null) {
                LOG.warnf("the people of %s are from %s: %s", brand, k.at(), e.getMessage());
                return k.people();
            }
            throw new ProblemException(ProblemType.UNAVAILABLE, "the people directory (the identity provider) "
                    + "cannot be reached to check who can see " + brand + "; try again in a moment");
        }
    }

    /** The brand's people with a Parley role: the ones an @mention can tell. */
    public List<Person> mentionable(String brand) {
        return of(brand).stream().filter(p -> !p.roles().isEmpty()).toList();
    }

    /**
     * Refuses a note whose @mentions name anyone who cannot see the brand: 422 naming each name (and the colleague a
     * typo probably meant).
     */
    public void requireMentionable(String brand, List<String> mentioned) {
        if (mentioned.isEmpty()) {
            return;
        }
        List<MentionCheck.Unknown> unknown = MentionCheck.unknown(mentioned,
                mentionable(brand).stream().map(Person::user).toList());
        if (unknown.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = unknown.stream().map(u -> new Problem.FieldError("text", "@" + u.name()
                + " is no one who can see " + brand + ", so nobody would be told"
                + u.suggestion().map(s -> " (did you mean @" + s + "?)").orElse(""))).toList();
        String names = String.join(", ", unknown.stream().map(u -> "@" + u.name()).toList());
        throw new ProblemException(ProblemType.UNPROCESSABLE, "the note mentions " + names + ", who cannot see "
                + brand + ": only the brand's people can be told (GET /api/v1/brands/" + brand + "/people)", errors);
    }

    /**
     * Refuses people who cannot see the brand where a write names them (a team's members and managers): 422 naming
     * each field with the name. A name missing from the kept copy is checked against the identity provider again before
     * it is refused, so a colleague added a moment ago counts.
     */
    public void requireBrandPeople(String brand, Map<String, String> userByField) {
        if (userByField.isEmpty()) {
            return;
        }
        java.util.Set<String> known = users(mentionable(brand));
        if (!known.containsAll(userByField.values())) {
            known = users(reread(brand));
        }
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : userByField.entrySet()) {
            if (!known.contains(e.getValue())) {
                errors.add(new Problem.FieldError(e.getKey(), "'" + e.getValue() + "' is no one who can see " + brand
                        + " (GET /api/v1/brands/" + brand + "/people lists who can)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() == 1 ? errors.get(0).field() + ": "
                    + errors.get(0).message() : errors.size() + " people cannot see " + brand, errors);
        }
    }

    private static java.util.Set<String> users(List<Person> people) {
        return people.stream().map(Person::user).collect(java.util.stream.Collectors.toSet());
    }

    /** The brand's people read from the provider now (kept for the next minute); the kept copy while it is away. */
    private List<Person> reread(String brand) {
        try {
            List<Person> people = keycloak.of(brand);
            kept.put(brand, new Kept(people, clock.instant()));
            return people.stream().filter(p -> !p.roles().isEmpty()).toList();
        } catch (KeycloakPeople.Unavailable e) {
            return mentionable(brand);
        }
    }

    /** The brand's mentionable people whose user name or name starts with the text (any word of the name). */
    public List<Person> matching(String brand, String text) {
        String q = text == null ? "" : text.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return mentionable(brand).stream().filter(p -> q.isEmpty() || p.user().startsWith(q)
                || (p.name() != null && java.util.Arrays.stream(p.name().toLowerCase(Locale.ROOT).split("\\s+"))
                        .anyMatch(w -> w.startsWith(q)))).toList();
    }
}
