package io.parley.ingest.channels;

import io.parley.contracts.Platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each kind of channel account needs: the secrets its webhook or API calls use and the
 * settings its connector reads. The API validates against this, and the docs list it.
 */
public final class ChannelRules {

    /** A secret a platform's account needs, and whether the account works without it. */
    public record SecretSlot(String name, boolean required, String purpose) {
    }

    /** A setting an account may carry. */
    public record SettingSlot(String name, boolean required, String purpose) {
    }

    private static final Map<Platform, List<SecretSlot>> SECRETS = Map.of(
            Platform.TELEGRAM, List.of(
                    new SecretSlot("secretToken", true, "the secret_token given to setWebhook, sent back in X-Telegram-Bot-Api-Secret-Token"),
                    new SecretSlot("botToken", false, "the bot token for Bot API calls (live mode)")),
            Platform.VK, List.of(
                    new SecretSlot("secret", true, "the Callback API secret key, sent in every body"),
                    new SecretSlot("confirmation", true, "the string VK expects back from the confirmation request"),
                    new SecretSlot("accessToken", false, "the community token for VK API calls (live mode)")),
            Platform.GENERIC, List.of(
                    new SecretSlot("signingSecret", true, "the HMAC-SHA256 key that signs the source's webhooks")),
            Platform.FORUM, List.of(
                    new SecretSlot("signingSecret", false, "the HMAC-SHA256 key, when the forum pushes webhooks")),
            Platform.YOUTUBE, List.of(
                    new SecretSlot("apiKey", false, "a YouTube Data API key for reading comments (live mode)"),
                    new SecretSlot("accessToken", false, "an OAuth token for replying and moderating (live mode)")),
            Platform.FACEBOOK, List.of(
                    new SecretSlot("accessToken", false, "the page access token for Graph API calls (live mode)")),
            Platform.INSTAGRAM, List.of(
                    new SecretSlot("accessToken", false, "the page access token for Graph API calls (live mode)")),
            Platform.X, List.of(
                    new SecretSlot("accessToken", false, "the user access token for X API calls (live mode)")),
            Platform.LINKEDIN, List.of(
                    new SecretSlot("accessToken", false, "the member or organisation token for LinkedIn API calls (live mode)")),
            Platform.TIKTOK, List.of(
                    new SecretSlot("accessToken", false, "the business account's Business API access token, for reading, "
                            + "replying to and hiding comments (live mode)")));

    /** When the account's access token expires, where it is known: the channel's health warns ahead of it. */
    private static final SettingSlot TOKEN_EXPIRY = new SettingSlot("tokenExpiresAt", false, "when the access token "
            + "expires (ISO-8601, e.g. 2027-02-01T00:00:00Z), if it does: the channel's health warns a week ahead");

    private static final Map<Platform, List<SettingSlot>> SETTINGS = with(Platform.TIKTOK, List.of(
                    new SettingSlot("pollSeconds", false, "how often to read new comments (default 300)"),
                    new SettingSlot("backfillDays", false, "how many days back the first read of a video goes (default 7)"),
                    new SettingSlot("videos", false, "how many of the latest videos are read (default 20)"),
                    new SettingSlot("username", false, "the account's @name, for links to its videos"),
                    TOKEN_EXPIRY), Map.of(
            Platform.TELEGRAM, List.of(
                    new SettingSlot("channelChatId", false, "the channel the bot publishes posts to (@name or -100…), "
                            + "when a publish action names none")),
            Platform.GENERIC, List.of(
                    new SettingSlot("listening", false, "true: a listening source — only items matching the brand's listening rules become mentions")),
            Platform.RSS, List.of(
                    new SettingSlot("listening", false, "true: a listening source — only entries matching the brand's listening rules become mentions"),
                    new SettingSlot("feedUrl", true, "the RSS or Atom feed's http(s) address"),
                    new SettingSlot("pollSeconds", false, "how often to read it (default 300)"),
                    new SettingSlot("competitor", false, "the id of a competitor in the brand's catalogue (section 6, "
                            + "e.g. globex): the feed is that competitor's own, its entries are counted as the "
                            + "competitor's posts for the calendar's cadence comparison and never become mentions")),
            Platform.FORUM, List.of(
                    new SettingSlot("listening", false, "true: a listening source — only items matching the brand's listening rules become mentions"),
                    new SettingSlot("feedUrl", false, "an RSS or Atom feed of the forum's new posts, if it has one"),
                    new SettingSlot("pollSeconds", false, "how often to read it (default 300)")),
            Platform.YOUTUBE, List.of(
                    new SettingSlot("pollSeconds", false, "how often to read new comments (default 300)"),
                    new SettingSlot("backfillDays", false, "how many days back the first read goes (default 7)"),
                    new SettingSlot("apiBaseUrl", false, "the Data API's address (tests point it elsewhere)"),
                    TOKEN_EXPIRY),
            Platform.FACEBOOK, List.of(TOKEN_EXPIRY),
            Platform.INSTAGRAM, List.of(TOKEN_EXPIRY),
            Platform.X, List.of(TOKEN_EXPIRY),
            Platform.LINKEDIN, List.of(TOKEN_EXPIRY),
            Platform.VK, List.of(TOKEN_EXPIRY)));

    private static <V> Map<Platform, V> with(Platform platform, V value, Map<Platform, V> others) {
        Map<Platform, V> all = new java.util.EnumMap<>(others);
        all.put(platform, value);
        return java.util.Collections.unmodifiableMap(all);
    }

    private ChannelRules() {
    }

    public static List<SecretSlot> secrets(Platform platform) {
        return SECRETS.getOrDefault(platform, List.of());
    }

    public static List<SettingSlot> settings(Platform platform) {
        return SETTINGS.getOrDefault(platform, List.of());
    }

    /** Platforms whose accounts Parley hears by polling rather than by webhook. */
    public static final Set<Platform> POLLED = Set.of(Platform.YOUTUBE, Platform.TIKTOK, Platform.RSS, Platform.FORUM);
}
