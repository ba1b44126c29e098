package io.parley.ingest.channels;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The places a channel account's secret may be kept, and nothing else (issue 18: {@code file:/etc/passwd}
 * and any configuration key of the service were accepted). A reference points into one of three stores
 * meant for channel secrets:
 * <ul>
 *   <li>{@code env:PARLEY_CHANNEL_SECRETS_<NAME>} — an environment variable with that prefix;</li>
 *   <li>{@code file:<directory>/<name>} — a file in the channel secrets directory
 *       ({@code parley.ingest.channel-secrets.directory}, where Kubernetes mounts the Secret
 *       {@code ingest-channel-secrets}); no {@code .}/{@code ..} segments, and a symbolic link must not lead
 *       out of it ({@link SecretResolver} checks the real path when it reads);</li>
 *   <li>{@code config:parley.channel-secrets.<name>} — a configuration property under that prefix;</li>
 *   <li>{@code stored:<platform>/<accountId>} — the token the OAuth connect flow stored, encrypted, for that account
 *       (it resolves for that account only).</li>
 * </ul>
 * Pure: the directory is given, nothing is read.
 */
public final class ChannelSecretStores {

    public static final String ENV_PREFIX = "PARLEY_CHANNEL_SECRETS_";
    public static final String CONFIG_PREFIX = "parley.channel-secrets.";

    private static final Pattern CONFIG_NAME = Pattern.compile("[A-Za-z0-9._\\-\"/]{1,200}");
    private static final int MAX_PATH = 500;
    private static final Pattern STORED_NAME = Pattern.compile("[a-z]{1,20}/[^/\\s]{1,200}");

    private final Path directory;

    public ChannelSecretStores(Path directory) {
        if (!directory.isAbsolute()) {
            throw new IllegalArgumentException("the channel secrets directory must be an absolute path: " + directory);
        }
        this.directory = directory.normalize();
    }

    public Path directory() {
        return directory;
    }

    /** Why the reference is outside the channel secret stores; empty when it is inside one. */
    public Optional<String> refusal(SecretReference ref) {
        return switch (ref.scheme()) {
            case ENV -> ref.name().startsWith(ENV_PREFIX) && ref.name().length() > ENV_PREFIX.length()
                    ? Optional.empty()
                    : Optional.of("an environment variable for a channel secret must be named " + ENV_PREFIX + "…");
            case CONFIG -> ref.name().startsWith(CONFIG_PREFIX)
                    && CONFIG_NAME.matcher(ref.name().substring(CONFIG_PREFIX.length())).matches()
                    ? Optional.empty()
                    : Optional.of("a configuration key for a channel secret must start with " + CONFIG_PREFIX
                            + " (letters, digits, . _ - \" / after it)");
            case FILE -> fileRefusal(ref.name());
            case STORED -> STORED_NAME.matcher(ref.name()).matches() ? Optional.empty()
                    : Optional.of("a stored token is named stored:<platform>/<accountId> (the OAuth connect flow "
                            + "writes it)");
        };
    }

    /** The file a {@code file:} reference names, when it is inside the directory. */
    public Optional<Path> file(SecretReference ref) {
        return ref.scheme() == SecretReference.Scheme.FILE && fileRefusal(ref.name()).isEmpty()
                ? Optional.of(Path.of(ref.name())) : Optional.empty();
    }

    private Optional<String> fileRefusal(String name) {
        String outside = "a secret file must be in the channel secrets directory " + directory + "/";
        if (name.length() > MAX_PATH || name.indexOf('\0') >= 0) {
            return Optional.of(outside);
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return Optional.of(outside);
        }
        for (Path segment : path) {
            String s = segment.toString();
            if (s.equals("..") || s.equals(".")) {
                return Optional.of(outside + " (no . or .. in the path)");
            }
        }
        if (!path.isAbsolute() || !path.equals(path.normalize()) || !path.startsWith(directory)
                || path.equals(directory)) {
            return Optional.of(outside);
        }
        return Optional.empty();
    }
}
