package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accounts declared in configuration ({@code parley.ingest.*} — how the demo brand and a GitOps
 * deployment declare them) are written to {@code channel_account} at start-up when they are not
 * there yet; from then on {@code /api/v1/channels} manages them. Their secrets are kept in the channel
 * secret store's configuration keys, {@code parley.channel-secrets.<platform>.<accountId>.<secret name>}
 * (e.g. {@code parley.channel-secrets.telegram.7000000001.secretToken}; environment
 * {@code PARLEY_CHANNEL_SECRETS_TELEGRAM_7000000001_SECRETTOKEN}); the row holds a {@code config:}
 * reference for each of the platform's secrets given there.
 */
@ApplicationScoped
public class ChannelSeeder {

    private static final Logger LOG = Logger.getLogger(ChannelSeeder.class);

    private final IngestConfig config;
    private final EntityManager em;
    private final ChannelDirectory directory;
    private final Clock clock;
    private final org.eclipse.microprofile.config.Config secretConfig;

    @Inject
    public ChannelSeeder(IngestConfig config, EntityManager em, ChannelDirectory directory, Clock clock,
            org.eclipse.microprofile.config.Config secretConfig) {
        this.secretConfig = secretConfig;
        this.config = config;
        this.em = em;
        this.directory = directory;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        int added = QuarkusTransaction.requiringNew().call(this::seed);
        directory.refresh();
        if (added > 0) {
            LOG.infof("%d channel account(s) declared in configuration added to the channel directory", added);
        }
    }

    int seed() {
        int added = 0;
        for (var page : config.meta().pages().entrySet()) {
            added += insert(Platform.FACEBOOK, page.getKey(), page.getValue().brand(), page.getValue().mode(),
                    Map.of());
        }
        for (var account : config.meta().instagramAccounts().entrySet()) {
            added += insert(Platform.INSTAGRAM, account.getKey(), account.getValue().brand(),
                    account.getValue().mode(), Map.of());
        }
        for (var account : config.x().accounts().entrySet()) {
            added += insert(Platform.X, account.getKey(), account.getValue().brand(), account.getValue().mode(),
                    Map.of());
        }
        for (var org : config.linkedin().organizations().entrySet()) {
            added += insert(Platform.LINKEDIN, org.getKey(), org.getValue().brand(), org.getValue().mode(),
                    Map.of());
        }
        for (var bot : config.telegram().bots().entrySet()) {
            added += insert(Platform.TELEGRAM, bot.getKey(), bot.getValue().brand(), bot.getValue().mode(), Map.of());
        }
        for (var community : config.vk().communities().entrySet()) {
            added += insert(Platform.VK, community.getKey(), community.getValue().brand(),
                    community.getValue().mode(), Map.of());
        }
        for (var source : config.sources().entrySet()) {
            IngestConfig.Source s = source.getValue();
            added += insert(s.platform(), s.accountId(), s.brand(), s.mode(), s.settings());
        }
        return added;
    }

    /** The configuration key of a declared account's secret, in the channel secret store. */
    public static String secretKey(Platform platform, String accountId, String secretName) {
        return ChannelSecretStores.CONFIG_PREFIX + platform.id() + "." + accountId + "." + secretName;
    }

    /** A reference for each of the platform's secrets that configuration gives for this account. */
    private Map<String, String> declaredSecrets(Platform platform, String accountId) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (ChannelRules.SecretSlot slot : ChannelRules.secrets(platform)) {
            String key = secretKey(platform, accountId, slot.name());
            if (secretConfig.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).isPresent()) {
                refs.put(slot.name(), "config:" + key);
            }
        }
        return refs;
    }

    private int insert(Platform platform, String accountId, String brand, ChannelMode mode,
            Map<String, String> settings) {
        Map<String, String> secretRefs = declaredSecrets(platform, accountId);
        Instant now = clock.instant();
        return em.createNativeQuery("""
                INSERT INTO channel_account (id, brand, platform, account_id, name, mode, enabled, settings,
                    secret_refs, origin, version, created_at, created_by, updated_at, updated_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, TRUE, CAST(?7 AS jsonb), CAST(?8 AS jsonb), 'configuration', 1,
                    ?9, 'configuration', ?9, 'configuration')
                ON CONFLICT (platform, account_id) DO NOTHING""")
                .setParameter(1, ChannelIds.of(platform, accountId))
                .setParameter(2, brand)
                .setParameter(3, platform.id())
                .setParameter(4, accountId)
                .setParameter(5, platform.id() + " " + accountId)
                .setParameter(6, mode.name())
                .setParameter(7, Json.write(settings))
                .setParameter(8, Json.write(secretRefs))
                .setParameter(9, now)
                .executeUpdate();
    }
}
