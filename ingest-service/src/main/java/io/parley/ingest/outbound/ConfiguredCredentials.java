package io.parley.ingest.outbound;

import io.parley.ingest.channels.ChannelAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Optional;

/**
 * Secrets from configuration: {@code parley.ingest.credentials."<platform>/<accountId>".<name>}, e.g.
 * {@code parley.ingest.credentials."facebook/1234567890".access-token}, given by environment
 * ({@code PARLEY_INGEST_CREDENTIALS__FACEBOOK_1234567890__ACCESS_TOKEN}) or a Kubernetes Secret.
 */
@ApplicationScoped
public class ConfiguredCredentials implements CredentialSource {

    private final Config config;
    private final CredentialsConfig files;
    private final io.parley.ingest.channels.SecretResolver resolver;

    @Inject
    public ConfiguredCredentials(Config config, CredentialsConfig files,
            io.parley.ingest.channels.SecretResolver resolver) {
        this.config = config;
        this.files = files;
        this.resolver = resolver;
    }

    /** The configuration property holding an account's secret (its name, never its value, may be shown). */
    public static String property(ChannelAccount account, String name) {
        return "parley.ingest.credentials.\"" + account.platform().id() + "/" + account.accountId() + "\"." + name;
    }

    /**
     * The account's own secret reference comes first (a channel connected at /api/v1/channels with
     * {@code secrets.accessToken}, or {@code secrets.botToken} for a Telegram bot); configuration after it.
     */
    @Override
    public Optional<String> secret(ChannelAccount account, String name) {
        String slot = ACCESS_TOKEN.equals(name)
                ? (account.platform() == io.parley.contracts.Platform.TELEGRAM ? "botToken" : "accessToken") : name;
        Optional<String> fromChannel = Optional.ofNullable(account.secrets().get(slot))
                .flatMap(ref -> resolver.resolve(account, ref));
        if (fromChannel.isPresent()) {
            return fromChannel;
        }
        Map<String, String> byName = files.accounts().get(account.platform().id() + "/" + account.accountId());
        Optional<String> fromFiles = Optional.ofNullable(byName == null ? null : byName.get(name));
        return fromFiles.or(() -> config.getOptionalValue(property(account, name), String.class))
                .filter(s -> !s.isBlank());
    }
}
