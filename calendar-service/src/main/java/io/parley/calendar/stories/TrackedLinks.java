package io.parley.calendar.stories;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A variant's link as it goes out: a link to one of the brand's own domains (section 5 {@code ownDomains},
 * subdomains included) gets every {@code requiredUtmParameters} entry it lacks — {@code utm_source} the channel,
 * {@code utm_medium} {@code social}, {@code utm_campaign} the story's campaign (or its title) as a slug,
 * {@code utm_content} the content type, anything else {@code parley}. Parameters already there are kept as
 * written; links to other domains go out unchanged.
 */
public final class TrackedLinks {

    /** Section 5 as it applies on the variant's channel. */
    public record Rules(List<String> ownDomains, List<String> requiredUtmParameters) {
        public static final Rules NONE = new Rules(List.of(), List.of());
    }

    private TrackedLinks() {
    }

    /** The link's host, or null when the text is not an absolute http(s) link. */
    public static String host(String link) {
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String tracked(String link, Rules rules, String channel, String campaign, String contentType) {
        if (link == null) {
            return null;
        }
        String host = host(link);
        if (host == null || rules.ownDomains().stream().noneMatch(d -> within(host, d))) {
            return link;
        }
        String trimmed = link.trim();
        int hash = trimmed.indexOf('#');
        String fragment = hash < 0 ? "" : trimmed.substring(hash);
        String base = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int q = base.indexOf('?');
        Set<String> present = new LinkedHashSet<>();
        if (q >= 0) {
            for (String pair : base.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && eq < pair.length() - 1) {
                    present.add(pair.substring(0, eq));
                }
            }
        }
        StringBuilder out = new StringBuilder(base);
        char separator = q < 0 ? '?' : (base.endsWith("?") || base.endsWith("&") ? '\0' : '&');
        for (String p : rules.requiredUtmParameters()) {
            if (present.contains(p)) {
                continue;
            }
            if (separator != '\0') {
                out.append(separator);
            }
            out.append(URLEncoder.encode(p, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value(p, channel, campaign, contentType), StandardCharsets.UTF_8));
            separator = '&';
        }
        return out.append(fragment).toString();
    }

    private static String value(String parameter, String channel, String campaign, String contentType) {
        return switch (parameter) {
            case "utm_source" -> channel;
            case "utm_medium" -> "social";
            case "utm_campaign" -> slug(campaign);
            case "utm_content" -> contentType;
            default -> "parley";
        };
    }

    /** Lower case, accents taken off, anything but letters and digits a single hyphen: "Zimowa kolekcja ❄" → zimowa-kolekcja. */
    static String slug(String text) {
        if (text == null || text.isBlank()) {
            return "parley";
        }
        String plain = Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "parley" : slug;
    }

    private static boolean within(String host, String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return host.equals(d) || host.endsWith("." + d);
    }
}
