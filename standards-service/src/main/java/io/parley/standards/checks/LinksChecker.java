package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.Policy;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 5: every link of the draft (in the text and in links) against forbidden domains (subdomains
 * included), shorteners, the allowed domains, the UTM parameters links to the brand's own domains must
 * carry, and the maximum number of links.
 */
final class LinksChecker implements Checker {

    private static final int SECTION = 5;
    /** Well-known shorteners; a catalogue adds its own. */
    static final List<String> KNOWN_SHORTENERS = List.of("bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "is.gd",
            "buff.ly", "rebrand.ly", "cutt.ly", "t.ly", "shorturl.at", "tiny.cc", "lnkd.in", "s.id");

    private final Catalogue.Links links;
    private final String channel;
    private final List<String> shorteners = new ArrayList<>(KNOWN_SHORTENERS);

    LinksChecker(Catalogue.Links links, String channel) {
        this.links = links;
        this.channel = channel;
        shorteners.addAll(links.shorteners().domains());
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        Set<String> distinct = new LinkedHashSet<>();
        for (AnalysedDraft.Link link : draft.links()) {
            if (link.host().isEmpty()) {
                findings.add(finding(link, "links.invalid", Severity.WARN, "'" + link.url() + "' is not a valid link",
                        "A link must open.", "correct the address").keyed("links.invalid", Map.of("url", link.url())));
                continue;
            }
            distinct.add(link.url().replaceFirst("(?i)^https?://", "").replaceFirst("/$", ""));
            String forbidden = firstWithin(link.host(), links.forbiddenDomains());
            if (forbidden != null) {
                findings.add(finding(link, "links.forbidden-domain", Severity.BLOCK, link.host()
                        + " is a forbidden domain (" + forbidden + ")", "The brand does not link to " + forbidden + ".",
                        "remove the link").keyed("links.forbiddenDomain", Map.of("host", link.host(), "domain", forbidden)));
                continue;
            }
            String shortener = firstWithin(link.host(), shorteners);
            if (shortener != null) {
                Policy policy = links.shorteners().policy();
                if (policy != Policy.ALLOW) {
                    findings.add(finding(link, "links.shortener", policy == Policy.BLOCK ? Severity.BLOCK : Severity.WARN,
                            shortener + " is a link shortener", "Readers cannot see where a shortened link goes.",
                            "link to the full address").keyed("links.shortener", Map.of("shortener", shortener)));
                }
                continue;
            }
            boolean own = firstWithin(link.host(), links.ownDomains()) != null;
            if (own) {
                List<String> missing = missingParameters(link.query());
                if (!missing.isEmpty()) {
                    findings.add(finding(link, "links.utm-missing", Severity.WARN, "the link to " + link.host()
                            + " lacks " + String.join(", ", missing),
                            "Links to our own sites carry " + String.join(", ", links.requiredUtmParameters())
                                    + " so that visits from social media are counted.",
                            withParameters(link.url(), missing)).keyed("links.utmMissing", Map.of("host", link.host(),
                            "missing", String.join(", ", missing))).fixed(link.span() == null ? null
                            : new Finding.Fix(link.span().start(), link.span().end(), withParameters(link.url(), missing)),
                            List.of()));
                }
            } else if (!links.allowedDomains().isEmpty() && firstWithin(link.host(), links.allowedDomains()) == null) {
                findings.add(finding(link, "links.domain-not-allowed", Severity.WARN, link.host()
                        + " is not one of the domains the brand links to", "Posts link to the brand's own sites and "
                        + String.join(", ", links.allowedDomains()) + ".", null).keyed("links.domainNotAllowed",
                        Map.of("host", link.host(), "domains", String.join(", ", links.allowedDomains()))));
            }
        }
        if (links.maxLinks() != null && distinct.size() > links.maxLinks()) {
            findings.add(Finding.at("links.too-many", SECTION, Severity.WARN, null, null, null,
                    "the draft has " + distinct.size() + " links; at most " + links.maxLinks() + " are allowed",
                    "Fewer links keep a post clear.", "keep the " + links.maxLinks() + " most important")
                    .keyed("links.tooMany", Map.of("count", String.valueOf(distinct.size()), "max",
                            String.valueOf(links.maxLinks()))));
        }
    }

    private static Finding finding(AnalysedDraft.Link link, String rule, Severity severity, String message, String why,
            String suggestion) {
        return link.span() != null
                ? Finding.inText(rule, SECTION, severity, link.span(), message, why, suggestion)
                : Finding.at(rule, SECTION, severity, null, link.linkIndex(), null, message, why, suggestion);
    }

    private static String firstWithin(String host, List<String> domains) {
        for (String d : domains) {
            if (AnalysedDraft.within(host, d)) {
                return d;
            }
        }
        return null;
    }

    private List<String> missingParameters(String query) {
        Set<String> present = new LinkedHashSet<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!value.isBlank()) {
                    present.add(name);
                }
            }
        }
        return links.requiredUtmParameters().stream().filter(p -> !present.contains(p)).toList();
    }

    /** The link with the missing parameters added: utm_source is the channel, utm_medium "social". */
    private String withParameters(String url, List<String> missing) {
        StringBuilder fixed = new StringBuilder(url);
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (hash >= 0) {
            fixed.setLength(hash);
        }
        char separator = fixed.indexOf("?") < 0 ? '?' : '&';
        for (String p : missing) {
            String value = switch (p) {
                case "utm_source" -> channel == null ? "social" : channel;
                case "utm_medium" -> "social";
                default -> "…";
            };
            fixed.append(separator).append(p).append('=').append(value);
            separator = '&';
        }
        return fixed.append(fragment).toString();
    }
}
