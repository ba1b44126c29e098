package io.parley.ingest.channels;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The channel accounts ingest-service speaks for, and the limits of its webhooks. Accounts declared here
 * are added to the channel directory at start-up; their secrets (a Telegram bot's secretToken, a VK
 * community's secret and confirmation, a source's signingSecret, ...) are not here but in the channel
 * secret store {@code parley.channel-secrets.<platform>.<accountId>.<secret name>} ({@link ChannelSeeder}),
 * given by environment or Kubernetes Secret, never returned by an API or logged.
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

    LinkedIn linkedin();

    /** Where channel accounts' secrets may be kept ({@link ChannelSecretStores}). */
    ChannelSecrets channelSecrets();

    interface ChannelSecrets {
        /**
         * The directory of secret files ({@code file:} references must point inside it): where Kubernetes mounts
         * the Secret {@code ingest-channel-secrets}.
         */
        @WithDefault("/var/run/secrets/parley/channels")
        String directory();
    }

    /** How often the channel directory re-reads the accounts (changes made on other replicas). */
    @WithDefault("5s")
    String channelRefresh();

    Pull pull();

    EnrichmentSettings enrichment();

    /** Language, moment of truth, abuse, spam and sentiment read from each interaction's text. */
    interface EnrichmentSettings {
        /** Off publishes interactions without signals (and skips loading the models). */
        @WithDefault("true")
        boolean enabled();

        /** How long a webhook waits for the models while they load after start-up. */
        @WithDefault("60s")
        java.time.Duration loadWait();

        /** Threads the enrichment stage classifies a batch on; 0 means one per CPU but one (at least 1). */
        @WithDefault("0")
        int threads();
    }

    /** Instagram mentions, read from the Graph API ({@code io.parley.ingest.meta.InstagramMentions}). */
    Mentions mentions();

    interface Mentions {
        /** How often due mentions are read. */
        @WithDefault("5s")
        String tick();

        /** The Graph API's root (a proxy, or the tests' fake platform); default https://graph.facebook.com. */
        java.util.Optional<String> graphUrl();
    }

    /** The pull connectors (YouTube, RSS/Atom and forum feeds). */
    interface Pull {
        /** How often due sources are looked for; each source's own interval is its pollSeconds setting. */
        @WithDefault("10s")
        String tick();

        /** The wait after start-up before the first look. */
        @WithDefault("5s")
        String firstDelay();

        /** The YouTube Data API's address (an account's apiBaseUrl setting overrides it). */
        @WithDefault("https://www.googleapis.com")
        String youtubeBaseUrl();
    }

    interface LinkedIn {
        /** The LinkedIn app's client secret: answers endpoint validation and signs notifications. */
        String clientSecret();

        /** Organisations the app receives social-action notifications for, by organisation id. */
        Map<String, Account> organizations();
    }

    /**
     * Other sources declared in configuration, by a name of the operator's choosing: generic
     * webhooks, RSS/Atom feeds, forums, YouTube channels. Written to the channel directory at
     * start-up when absent.
     */
    Map<String, Source> sources();

    interface Source {
        io.parley.contracts.Platform platform();

        /** The source's id on its platform (a YouTube channel id, a feed's name, a webhook source id). */
        String accountId();

        String brand();

        @WithDefault("sandbox")
        ChannelMode mode();

        /** Non-secret settings (feedUrl, pollSeconds, ...). */
        Map<String, String> settings();
    }

    interface Vk {
        /** Communities by group id. */
        Map<String, Community> communities();
    }

    interface Community {
        String brand();

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
