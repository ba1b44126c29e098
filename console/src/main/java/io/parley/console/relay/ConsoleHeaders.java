package io.parley.console.relay;

/** Headers the console's own pages send. */
public final class ConsoleHeaders {

    /**
     * Sent by the console's code on every command. A page on another site cannot add a custom header
     * to a cross-site request without a CORS preflight, which the console never allows; together with
     * the SameSite=Lax session cookie it keeps other sites from acting as the signed-in user.
     */
    public static final String CONSOLE_REQUEST = "X-Parley-Console";

    private ConsoleHeaders() {
    }
}
