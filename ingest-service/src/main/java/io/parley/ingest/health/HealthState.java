package io.parley.ingest.health;

import java.util.Locale;

/**
 * A channel account's health, worst first: when several hold, the account shows the first. Each state names what a
 * person should do ({@link #whatToDo()}, a stable key the console words in each language).
 */
public enum HealthState {
    /** The platform refused the account's token (HTTP 401, Graph 190, X 89) or the token's known expiry passed. */
    TOKEN_REVOKED("reconnect"),
    /** The platform refused a call for a permission the token lacks (Graph 10, 200–299; X 403 client-forbidden, 453). */
    MISSING_PERMISSION("grant_permission"),
    /** The platform rate limits the account (or the app): calls wait until {@code until}. */
    RATE_LIMITED("wait"),
    /** Several polls in a row failed (YouTube, RSS/Atom feeds, insights readings). */
    POLL_ERRORS("check_poll"),
    /** No event for many times the account's usual gap: webhooks may have stopped arriving. */
    SILENT("check_source"),
    /** The token expires soon ({@code until}). */
    TOKEN_EXPIRING("renew_token"),
    HEALTHY("none");

    private final String whatToDo;

    HealthState(String whatToDo) {
        this.whatToDo = whatToDo;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String whatToDo() {
        return whatToDo;
    }

    public static HealthState fromId(String id) {
        return id == null ? HEALTHY : valueOf(id.toUpperCase(Locale.ROOT));
    }
}
