package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the brand's channel account behind a platform id: the one place that knows where accounts
 * come from. Accounts live in {@code channel_account}; webhooks read them from a snapshot held in
 * memory (refreshed after every local change and every few seconds, so that a change made on another
 * replica arrives quickly), so the hot path does not touch the database.
 */
@ApplicationScoped
public class ChannelDirectory {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ChannelDirectory.class);

    private record Key(Platform platform, String accountId) {
    }

    private final SecretResolver secrets;
    private volatile Map<Key, ChannelAccount> snapshot;

    @Inject
    public ChannelDirectory(SecretResolver secrets) {
        this.secrets = secrets;
    }

    public Optional<ChannelAccount> find(Platform platform, String accountId) {
        if (platform == null || accountId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(accounts().get(new Key(platform, accountId)));
    }

    /** The enabled accounts on a platform, in a stable order. */
    public List<ChannelAccount> on(Platform platform) {
        return accounts().values().stream().filter(a -> a.platform() == platform).toList();
    }

    /** The value of one of the account's secrets, read where its reference points. */
    public Optional<String> secret(ChannelAccount account, String name) {
        return Optional.ofNullable(account.secrets().get(name)).flatMap(ref -> secrets.resolve(account, ref));
    }

    /**
     * The Telegram bot whose webhook secret this is. Every bot's secret is compared, in constant
     * time, so the answer takes as long whichever (if any) matches. Two bots sharing a secret cannot
     * be told apart: neither is answered (and the clash is logged) until one gets its own.
     */
    public Optional<ChannelAccount> telegramBotWithSecret(String secretToken) {
        if (secretToken == null) {
            return Optional.empty();
        }
        byte[] given = secretToken.getBytes(StandardCharsets.UTF_8);
        List<ChannelAccount> found = new java.util.ArrayList<>(1);
        for (ChannelAccount bot : on(Platform.TELEGRAM)) {
            Optional<String> expected = secret(bot, "secretToken");
            if (expected.isPresent() && MessageDigest.isEqual(given, expected.get().getBytes(StandardCharsets.UTF_8))) {
                found.add(bot);
            }
        }
        if (found.size() > 1) {
            LOG.warnf("Telegram bots %s share one webhook secret token; give each its own",
                    found.stream().map(ChannelAccount::accountId).toList());
            return Optional.empty();
        }
        return found.stream().findFirst();
    }

    private Map<Key, ChannelAccount> accounts() {
        Map<Key, ChannelAccount> current = snapshot;
        if (current == null) {
            current = refresh();
        }
        return current;
    }

    @Scheduled(every = "${parley.ingest.channel-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshOnTimer() {
        refresh();
    }

    /** Reads every enabled account again. Called after each change and on a timer. */
    public synchronized Map<Key, ChannelAccount> refresh() {
        List<ChannelRow> rows = QuarkusTransaction.joiningExisting().call(
                () -> ChannelRow.<ChannelRow>list("enabled = true order by platform, accountId"));
        Map<Key, ChannelAccount> next = new LinkedHashMap<>();
        for (ChannelRow row : rows) {
            ChannelAccount account = toAccount(row);
            next.put(new Key(account.platform(), account.accountId()), account);
        }
        snapshot = next;
        return next;
    }

    static ChannelAccount toAccount(ChannelRow row) {
        Map<String, SecretReference> refs = new HashMap<>();
        row.secretRefs.forEach((name, ref) -> refs.put(name, SecretReference.parse(ref)));
        return new ChannelAccount(row.id, Platform.fromId(row.platform), row.accountId, row.brand, row.name,
                ChannelMode.valueOf(row.mode), row.settings, refs);
    }
}
