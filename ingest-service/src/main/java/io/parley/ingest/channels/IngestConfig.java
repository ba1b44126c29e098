package io.parley.ingest.channels;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The channel accounts ingest-service speaks for, and the limits of its webhooks. Channel accounts
 * come from configuration for now (the demo brand's are the defaults); secrets are given by
 * environment or Kubernetes Secret, never returned by an API or logged.
 */
@ConfigMapping(prefix = "parley.ingest")
public interface IngestConfig {

    /** The largest webhook body accepted; larger ones are refused with 413. */
    @WithDefault("1048576")
    int maxWebhookBytes();

    Meta meta();

    X x();

    Telegram telegram();

    Vk vk();

    interface Vk {
        /** Communities by group id. */
        Map<String, Community> communities();
    }

    interface Community {
        String brand();

        /** The secret key set in the community's Callback API settings; sent in every body. */
        String secret();

        /** The string VK expects back from the confirmation request. */
        String confirmation();

        @WithDefault("sandbox")
        ChannelMode mode();
    }

    interface X {
        /** The X app's consumer (API) secret: signs webhooks and answers CRC checks. */
        String consumerSecret();

        /** The brand accounts the app subscribed to, by X user id. */
        Map<String, Account> accounts();
    }

    interface Telegram {
        /** Bots by their id (the number before the colon of the bot token). */
        Map<String, Bot> bots();
    }

    interface Account {
        String brand();

        @WithDefault("sandbox")
        ChannelMode mode();
    }

    interface Bot {
        String brand();

        /** The secret_token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
        String secretToken();

        @WithDefault("sandbox")
        ChannelMode mode();
    }

    interface Meta {
        /** The Meta app secret that signs every webhook ({@code X-Hub-Signature-256}). */
        String appSecret();

        /** The verify token typed into the App Dashboard, for the subscription handshake. */
        String verifyToken();

        /** The Graph API version outbound requests use. */
        @WithDefault("v23.0")
        String graphVersion();

        /** Facebook Pages by page id (feed comments and Messenger). */
        Map<String, Page> pages();

        /** Instagram professional accounts by Instagram account id (comments and messaging). */
        Map<String, Page> instagramAccounts();
    }

    interface Page {
        /** The brand the page belongs to. */
        String brand();

        /** {@code sandbox} records outbound requests instead of sending them; {@code live} sends. */
        @WithDefault("sandbox")
        ChannelMode mode();
    }
}
