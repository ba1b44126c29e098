package io.parley.inbox.compensation;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may give how much, as plain rules (no database; {@link CompensationService} reads and writes): a brand's limits
 * are set per role or per person and currency; a person's own limit wins over their roles', of which the highest
 * counts; an offer within the asker's limit is made at once, one above it waits for an approver, who is never the
 * asker and decides once.
 */
public final class CompensationAuthority {

    private CompensationAuthority() {
    }

    /** The roles a limit may be set for. */
    static final Set<String> LIMIT_ROLES = Set.of("agent", "manager", "admin");

    /** A person's limit in a currency among the brand's: their own, else the highest of their roles', else 0. */
    static long limitOf(List<CompensationLimit> limits, String user, Set<String> roles, String currency) {
        Optional<CompensationLimit> own = limits.stream().filter(l -> "user".equals(l.subjectKind)
                && l.subject.equals(user) && l.currency.equals(currency)).findFirst();
        if (own.isPresent()) {
            return own.get().amountMinor;
        }
        return limits.stream().filter(l -> "role".equals(l.subjectKind) && roles.contains(l.subject)
                && l.currency.equals(currency)).mapToLong(l -> l.amountMinor).max().orElse(0);
    }

    /** An offer within the asker's limit is offered at once; above it, it is pending an approver's decision. */
    static String statusOf(long amountMinor, long limitMinor) {
        return amountMinor <= limitMinor ? CompensationOffer.OFFERED : CompensationOffer.PENDING;
    }

    /** An approver may decide a pending offer only (409), and never their own request (403). */
    static void requireDecidable(CompensationOffer o, String approver, String brand) {
        if (!CompensationOffer.PENDING.equals(o.status)) {
            throw ProblemException.conflict("compensation offer " + o.id + " is " + o.status
                    + (o.decidedBy != null ? " (by " + o.decidedBy + ")" : "") + "; only a pending one can be decided");
        }
        if (o.offeredBy.equals(approver)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you asked for this compensation yourself; another "
                    + "approver of " + brand + " must decide it");
        }
    }

    /**
     * What is wrong with a brand's table of limits, each error naming its row: exactly one of role and user, a role
     * limits are set for, an amount and currency as {@link Money} takes them, one limit per role or user and currency.
     */
    static List<Problem.FieldError> check(List<CompensationViews.Limit> rows) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CompensationViews.Limit row = rows.get(i);
            String path = "limits[" + i + "]";
            if (row == null) {
                errors.add(new Problem.FieldError(path, "must be an object"));
                continue;
            }
            boolean role = isRole(row);
            boolean user = row.user() != null && !row.user().isBlank();
            if (role == user) {
                errors.add(new Problem.FieldError(path, "set exactly one of role and user"));
            } else if (role && !LIMIT_ROLES.contains(row.role())) {
                errors.add(new Problem.FieldError(path + ".role", "must be one of " + new TreeSet<>(LIMIT_ROLES)
                        + ", was '" + row.role() + "'"));
            }
            errors.addAll(Money.check(path + ".amountMinor", row.amountMinor(), path + ".currency", row.currency(),
                    true));
            String key = (role ? "role:" + row.role() : "user:" + row.user()) + ":" + row.currency();
            if (!seen.add(key)) {
                errors.add(new Problem.FieldError(path, "a second limit for the same " + (role ? "role" : "user")
                        + " and currency"));
            }
        }
        return errors;
    }

    /** Whether a row of the limits table is a role's (else a person's). */
    static boolean isRole(CompensationViews.Limit row) {
        return row.role() != null && !row.role().isBlank();
    }
}
