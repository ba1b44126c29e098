package io.parley.calendar.clickthrough;

import java.util.List;
import java.util.Locale;

/**
 * The networks' link-preview fetchers: they open a post's link to draw its card, once or a few times, without anybody
 * clicking. Their requests are redirected like anyone's but not counted as click-throughs.
 */
public final class PreviewFetchers {

    /** User-Agent fragments the networks' preview fetchers send (as they document them). */
    private static final List<String> FRAGMENTS = List.of("facebookexternalhit", "facebookcatalog", "meta-externalagent",
            "twitterbot", "linkedinbot", "telegrambot", "vkshare", "slackbot", "discordbot", "whatsapp", "googlebot",
            "bingbot", "embedly", "skypeuripreview");

    private PreviewFetchers() {
    }

    /** Whether a request with this User-Agent is a network drawing a preview rather than a person. */
    public static boolean isPreview(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return FRAGMENTS.stream().anyMatch(ua::contains);
    }
}
