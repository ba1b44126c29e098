package io.parley.bench.fuzz;

import io.parley.contracts.Platform;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.ChannelSecretStores;
import io.parley.ingest.channels.SecretResolver;
import io.parley.ingest.intake.InteractionIntake;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the webhook parsers need around them, without a database: a channel directory in which every
 * account id names a connected account of brand {@code acme} (so the fuzzer reaches the parsing behind
 * the account lookup), and the property every parsed delivery must have — nothing empty goes on.
 */
final class FuzzChannels {

    private FuzzChannels() {
    }

    static ChannelAccount account(Platform platform, String accountId) {
        return new ChannelAccount(platform, accountId, "acme", ChannelMode.sandbox);
    }

    /** Every id is a connected account (the parsers then read everything behind it). */
    static ChannelDirectory everyAccount() {
        return new ChannelDirectory(new SecretResolver(new ChannelSecretStores(Path.of("/nonexistent")))) {
            @Override
            public Optional<ChannelAccount> find(Platform platform, String accountId) {
                return platform == null || accountId == null ? Optional.empty()
                        : Optional.of(account(platform, accountId));
            }

            @Override
            public List<ChannelAccount> on(Platform platform) {
                return List.of();
            }
        };
    }

    /** A delivery's interactions each have an id, a thread and a text, and its changes an object. */
    static void checkNothingEmpty(InteractionIntake.Delivery delivery) {
        for (InteractionIntake.Heard heard : delivery.heard()) {
            InteractionReceived i = heard.interaction();
            if (i.interactionId() == null || blank(i.platformObjectId()) || blank(i.threadId()) || i.text() == null
                    || i.author() == null || i.platform() == null || i.kind() == null) {
                throw new IllegalStateException("an empty interaction was accepted: " + i);
            }
        }
        for (InteractionIntake.Changed changed : delivery.changed()) {
            if (changed.change().interactionId() == null || blank(changed.change().platformObjectId())) {
                throw new IllegalStateException("an empty change was accepted: " + changed.change());
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
