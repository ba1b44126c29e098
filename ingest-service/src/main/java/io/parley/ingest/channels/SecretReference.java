package io.parley.ingest.channels;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a secret lives — never the secret itself. {@code env:NAME} is an environment variable,
 * {@code file:/path} a file (a mounted Kubernetes Secret key), {@code config:key} a configuration
 * property (the demo's secrets), {@code stored:<platform>/<accountId>} a token the OAuth connect flow obtained for that
 * very account (encrypted in PostgreSQL; it reads for no other account). This class reads the syntax only; {@link ChannelSecretStores} says which
 * references point where channel secrets may be kept. The API accepts and returns only references;
 * {@link SecretResolver} reads the value when a webhook or an outbound call needs it.
 */
public record SecretReference(Scheme scheme, String name) {

    public enum Scheme { ENV, FILE, CONFIG, STORED }

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static SecretReference parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a secret reference is required, e.g. env:ACME_TELEGRAM_SECRET");
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + shown(text)
                    + "' is not a secret reference; write env:PARLEY_CHANNEL_SECRETS_<NAME>, file:/path in the channel "
                    + "secrets directory or config:parley.channel-secrets.<name>");
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = text.substring(colon + 1);
        return switch (scheme) {
            case "env" -> {
                if (!ENV_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("'" + shown(name) + "' is not an environment variable name");
                }
                yield new SecretReference(Scheme.ENV, name);
            }
            case "file" -> {
                if (!name.startsWith("/")) {
                    throw new IllegalArgumentException("a file reference needs an absolute path");
                }
                yield new SecretReference(Scheme.FILE, name);
            }
            case "config" -> new SecretReference(Scheme.CONFIG, name);
            case "stored" -> new SecretReference(Scheme.STORED, name);
            default -> throw new IllegalArgumentException("unknown secret scheme '" + shown(scheme)
                    + "'; use env:, file:, config: or stored:");
        };
    }

    /** Never echo more than a prefix of what was sent: a value pasted by mistake must not come back. */
    private static String shown(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    @Override
    public String toString() {
        return scheme.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
