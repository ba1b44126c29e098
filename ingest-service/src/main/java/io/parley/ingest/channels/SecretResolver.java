package io.parley.ingest.channels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the value a {@link SecretReference} points at — only inside the channel secret stores
 * ({@link ChannelSecretStores}); a reference outside them (an account stored before the stores were
 * enforced) reads as unavailable. Values are never logged.
 */
@ApplicationScoped
public class SecretResolver {

    private static final Logger LOG = Logger.getLogger(SecretResolver.class);

    private final ChannelSecretStores stores;

    private final StoredTokens tokens;

    @Inject
    public SecretResolver(IngestConfig config, StoredTokens tokens) {
        this.stores = new ChannelSecretStores(Path.of(config.channelSecrets().directory()));
        this.tokens = tokens;
    }

    public SecretResolver(ChannelSecretStores stores) {
        this.stores = stores;
        this.tokens = null;
    }

    public ChannelSecretStores stores() {
        return stores;
    }

    public Optional<String> resolve(SecretReference ref) {
        if (ref == null || stores.refusal(ref).isPresent()) {
            return Optional.empty();
        }
        return switch (ref.scheme()) {
            case ENV -> Optional.ofNullable(System.getenv(ref.name())).filter(v -> !v.isEmpty());
            case CONFIG -> config().getOptionalValue(ref.name(), String.class).filter(v -> !v.isEmpty());
            case FILE -> stores.file(ref).flatMap(this::readFile);
            case STORED -> Optional.empty(); // only for its own account: resolve(account, ref)
        };
    }

    /**
     * As {@link #resolve(SecretReference)}, for one account's secret: a {@code stored:} reference reads the token the
     * OAuth connect flow stored, and only when it names this very account.
     */
    public Optional<String> resolve(ChannelAccount account, SecretReference ref) {
        if (ref != null && ref.scheme() == SecretReference.Scheme.STORED) {
            if (tokens == null || account == null
                    || !ref.name().equals(account.platform().id() + "/" + account.accountId())) {
                return Optional.empty();
            }
            return tokens.accessToken(account.platform().id(), account.accountId());
        }
        return resolve(ref);
    }

    /** Reads the tokens the OAuth connect flow stored (absent in unit tests). */
    public interface StoredTokens {
        Optional<String> accessToken(String platform, String accountId);
    }

    /** Reads the file if, links followed, it is still inside the directory (a Kubernetes mount's ..data links are). */
    private Optional<String> readFile(Path path) {
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(stores.directory().toRealPath()) || !Files.isRegularFile(real)) {
                LOG.warnf("secret file %s leads out of the channel secrets directory; not read", path);
                return Optional.empty();
            }
            return Optional.of(Files.readString(real, StandardCharsets.UTF_8).strip()).filter(v -> !v.isEmpty());
        } catch (IOException | RuntimeException e) {
            LOG.debugf("secret file %s cannot be read: %s", path, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
