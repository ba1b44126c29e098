package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/** Finds the brand's channel account behind a platform id. The one place that knows where accounts come from. */
@ApplicationScoped
public class ChannelDirectory {

    private final IngestConfig config;

    @Inject
    public ChannelDirectory(IngestConfig config) {
        this.config = config;
    }

    public Optional<ChannelAccount> find(Platform platform, String accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return switch (platform) {
            case FACEBOOK -> Optional.ofNullable(config.meta().pages().get(accountId))
                    .map(p -> new ChannelAccount(platform, accountId, p.brand(), p.mode()));
            case INSTAGRAM -> Optional.ofNullable(config.meta().instagramAccounts().get(accountId))
                    .map(p -> new ChannelAccount(platform, accountId, p.brand(), p.mode()));
            case X -> Optional.ofNullable(config.x().accounts().get(accountId))
                    .map(a -> new ChannelAccount(platform, accountId, a.brand(), a.mode()));
            case TELEGRAM -> Optional.ofNullable(config.telegram().bots().get(accountId))
                    .map(b -> new ChannelAccount(platform, accountId, b.brand(), b.mode()));
            case VK -> Optional.ofNullable(config.vk().communities().get(accountId))
                    .map(c -> new ChannelAccount(platform, accountId, c.brand(), c.mode()));
            default -> Optional.empty();
        };
    }

    /** A VK community's Callback API settings (secret, confirmation string), by group id. */
    public Optional<IngestConfig.Community> vkCommunity(String groupId) {
        return groupId == null ? Optional.empty() : Optional.ofNullable(config.vk().communities().get(groupId));
    }

    /**
     * The Telegram bot whose webhook secret this is. Every configured secret is compared, in constant
     * time, so the answer takes as long whichever (if any) matches.
     */
    public Optional<ChannelAccount> telegramBotWithSecret(String secretToken) {
        if (secretToken == null) {
            return Optional.empty();
        }
        byte[] given = secretToken.getBytes(StandardCharsets.UTF_8);
        ChannelAccount found = null;
        for (Map.Entry<String, IngestConfig.Bot> bot : config.telegram().bots().entrySet()) {
            if (MessageDigest.isEqual(given, bot.getValue().secretToken().getBytes(StandardCharsets.UTF_8))) {
                found = new ChannelAccount(Platform.TELEGRAM, bot.getKey(), bot.getValue().brand(),
                        bot.getValue().mode());
            }
        }
        return Optional.ofNullable(found);
    }
}
