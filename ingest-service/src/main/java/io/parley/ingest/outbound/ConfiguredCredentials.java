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

    @Inject
    public ConfiguredCredentials(Config config, CredentialsConfig files) {
        this.config = config;
        this.files = files;
    }

    /** The configuration property holding an account's secret (its name, never its value, may be shown). */
    public static String property(ChannelAccount account, String name) {
        return "parley.ingest.credentials.\"" + account.platform().id() + "/" + account.accountId() + "\"." + name;
    }

    @Override
    public Optional<String> secret(ChannelAccount account, String name) {
        Map<String, String> byName = files.accounts().get(account.platform().id() + "/" + account.accountId());
        Optional<String> fromFiles = Optional.ofNullable(byName == null ? null : byName.get(name));
        return fromFiles.or(() -> config.getOptionalValue(property(account, name), String.class))
                .filter(s -> !s.isBlank());
    }
}
