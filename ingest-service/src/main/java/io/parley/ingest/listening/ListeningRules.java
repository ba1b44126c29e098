package io.parley.ingest.listening;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A brand's listening rules: stored in {@code listening_rule}, validated here, and held in memory per
 * brand for the gateway (refreshed after each change and every few seconds).
 */
@ApplicationScoped
public class ListeningRules {

    private static final Logger LOG = Logger.getLogger(ListeningRules.class);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}|und");
    static final int MAX_TERMS = 200;
    static final int MAX_TERM_LENGTH = 100;

    /** What a caller sends. */
    public record Draft(String brand, String name, List<String> terms, List<String> exclusions, List<String> languages,
            List<String> platforms, Boolean enabled) {
    }

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private volatile Map<String, List<RuleMatcher.Rule>> byBrand;

    @Inject
    public ListeningRules(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The brand's enabled rules whose terms the text matches (names, in a stable order). */
    public List<String> matching(String brand, String text, String language, Platform platform) {
        Map<String, List<RuleMatcher.Rule>> rules = byBrand;
        if (rules == null) {
            rules = refresh();
        }
        return rules.getOrDefault(brand, List.of()).stream()
                .filter(r -> RuleMatcher.matches(r, text, language, platform)).map(RuleMatcher.Rule::name).toList();
    }

    @Scheduled(every = "${parley.ingest.channel-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshOnTimer() {
        refresh();
    }

    public synchronized Map<String, List<RuleMatcher.Rule>> refresh() {
        List<ListeningRuleRow> rows = QuarkusTransaction.joiningExisting().call(
                () -> ListeningRuleRow.<ListeningRuleRow>list("enabled = true order by brand, name"));
        Map<String, List<RuleMatcher.Rule>> next = rows.stream().collect(Collectors.groupingBy(r -> r.brand,
                Collectors.mapping(ListeningRules::rule, Collectors.toList())));
        byBrand = next;
        return next;
    }

    private static RuleMatcher.Rule rule(ListeningRuleRow r) {
        return new RuleMatcher.Rule(r.id.toString(), r.name, List.copyOf(r.terms), List.copyOf(r.exclusions),
                Set.copyOf(r.languages), r.platforms.stream().map(Platform::fromId).collect(Collectors.toSet()));
    }

    @Transactional
    public ListeningRuleRow create(Draft draft, String user) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.brand() == null || draft.brand().isBlank()) {
            errors.add(new Problem.FieldError("brand", "is required"));
        }
        ListeningRuleRow r = new ListeningRuleRow();
        apply(r, draft, errors);
        throwIfAny(errors);
        if (ListeningRuleRow.count("brand = ?1 and name = ?2", draft.brand(), r.name) > 0) {
            throw ProblemException.conflict("the brand already has a listening rule named '" + r.name + "'");
        }
        r.id = UUID.randomUUID();
        r.brand = draft.brand();
        r.version = 1;
        r.createdAt = clock.instant();
        r.createdBy = user;
        r.updatedAt = r.createdAt;
        r.updatedBy = user;
        r.persist();
        LOG.infof("listening rule '%s' of brand %s created by %s", r.name, r.brand, user);
        afterCommit();
        return r;
    }

    @Transactional
    public ListeningRuleRow change(UUID id, Draft draft, String user) {
        ListeningRuleRow r = ListeningRuleRow.findById(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft.brand() != null && !draft.brand().equals(r.brand)) {
            errors.add(new Problem.FieldError("brand", "cannot change"));
        }
        String before = r.name;
        apply(r, draft, errors);
        throwIfAny(errors);
        if (!before.equals(r.name) && ListeningRuleRow.count("brand = ?1 and name = ?2", r.brand, r.name) > 0) {
            throw ProblemException.conflict("the brand already has a listening rule named '" + r.name + "'");
        }
        r.version++;
        r.updatedAt = clock.instant();
        r.updatedBy = user;
        LOG.infof("listening rule '%s' of brand %s changed by %s (version %d)", r.name, r.brand, user, r.version);
        afterCommit();
        return r;
    }

    @Transactional
    public void remove(UUID id, String user) {
        ListeningRuleRow r = ListeningRuleRow.findById(id);
        if (r != null) {
            r.delete();
            LOG.infof("listening rule '%s' of brand %s removed by %s", r.name, r.brand, user);
        }
        afterCommit();
    }

    private static void apply(ListeningRuleRow r, Draft draft, List<Problem.FieldError> errors) {
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "is required"));
        } else if (draft.name().length() > 100) {
            errors.add(new Problem.FieldError("name", "is longer than 100 characters"));
        } else {
            r.name = draft.name().strip();
        }
        r.terms = phrases("terms", draft.terms(), true, errors);
        r.exclusions = phrases("exclusions", draft.exclusions(), false, errors);
        List<String> languages = draft.languages() == null ? List.of() : draft.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null || !LANGUAGE.matcher(languages.get(i)).matches()) {
                errors.add(new Problem.FieldError("languages[" + i + "]", "must be an ISO 639-1 code such as pl, el, ru"));
            }
        }
        r.languages = new ArrayList<>(new HashSet<>(languages));
        List<String> platforms = draft.platforms() == null ? List.of() : draft.platforms();
        List<String> known = new ArrayList<>();
        for (int i = 0; i < platforms.size(); i++) {
            try {
                known.add(Platform.fromId(platforms.get(i)).id());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("platforms[" + i + "]", e.getMessage()));
            }
        }
        r.platforms = known;
        r.enabled = draft.enabled() == null || draft.enabled();
    }

    private static List<String> phrases(String field, List<String> given, boolean required,
            List<Problem.FieldError> errors) {
        List<String> list = given == null ? List.of() : given;
        if (required && list.isEmpty()) {
            errors.add(new Problem.FieldError(field, "at least one is required"));
        }
        if (list.size() > MAX_TERMS) {
            errors.add(new Problem.FieldError(field, "at most " + MAX_TERMS + " are allowed"));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String term = list.get(i);
            if (term == null || term.isBlank() || term.codePoints().noneMatch(Character::isLetterOrDigit)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must contain a word"));
            } else if (term.length() > MAX_TERM_LENGTH) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "is longer than " + MAX_TERM_LENGTH + " characters"));
            } else {
                out.add(term.strip());
            }
        }
        return out;
    }

    private static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }

    private void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                refresh();
            }
        });
    }
}
