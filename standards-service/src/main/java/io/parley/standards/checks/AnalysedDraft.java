package io.parley.standards.checks;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft prepared once for all checkers: its text tokenised once and stemmed per language on first use, its links (those
 * in the text with their spans, and those given apart), and spans converted to code points.
 */
public final class AnalysedDraft {

    /** A URL in the text ({@code https://...}, {@code www....}, or a domain with a path like {@code bit.ly/x}). */
    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?:(?:https?://)[^\\s<>\"']+|(?:www\\.)[^\\s<>\"']+"
                    + "|(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,63}(?::\\d+)?(?:/[^\\s<>\"']*)?)",
            Pattern.CASE_INSENSITIVE);
    /** A bare domain without scheme or path counts as a link only with one of these endings ("e.g." does not). */
    private static final Set<String> BARE_TLDS = Set.of("com", "org", "net", "io", "co", "ly", "pl", "gr", "ru", "eu",
            "de", "uk", "info", "biz", "me", "app", "shop", "example");

    /** A link of the draft: where it is (span in the text, or index in links), its host and query. */
    public record Link(String url, String host, String query, Finding.Span span, Integer linkIndex) {
    }

    private final Draft draft;
    private final String text;
    private final Map<Analysers.Stemming, Analysers.Tokens> tokens = new EnumMap<>(Analysers.Stemming.class);
    private Analysers.Tokens words;
    private List<Link> links;

    public AnalysedDraft(Draft draft) {
        this.draft = draft;
        this.text = draft.textOrEmpty();
    }

    public Draft draft() {
        return draft;
    }

    public String text() {
        return text;
    }

    /** The text's words as one language compares them; the text is tokenised once for all languages. */
    public Analysers.Tokens tokens(Analysers.Stemming stemming) {
        if (words == null) {
            words = Analysers.words(text);
        }
        return tokens.computeIfAbsent(stemming, s -> Analysers.stemmed(words, s));
    }

    /** The span of a UTF-16 range of the text, in code points. */
    public Finding.Span span(int start, int end) {
        int cpStart = text.codePointCount(0, start);
        return new Finding.Span(cpStart, cpStart + text.codePointCount(start, end), text.substring(start, end));
    }

    /** The draft's links: first those in the text in order, then those given apart. */
    public List<Link> links() {
        if (links == null) {
            List<Link> found = new ArrayList<>();
            Matcher m = URL.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && ".,;:!?)]}»”’'".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                String url = text.substring(m.start(), end);
                Link link = parse(url, span(m.start(), end), null);
                if (link != null && (hasSchemeOrPath(url) || BARE_TLDS.contains(tld(link.host())))) {
                    found.add(link);
                }
            }
            List<String> given = draft.linksOrEmpty();
            for (int i = 0; i < given.size(); i++) {
                Link link = given.get(i) == null ? null : parse(given.get(i).strip(), null, i);
                if (link != null) {
                    found.add(link);
                }
            }
            links = List.copyOf(found);
        }
        return links;
    }

    private static boolean hasSchemeOrPath(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")
                || url.indexOf('/') > 0;
    }

    private static String tld(String host) {
        return host.substring(host.lastIndexOf('.') + 1);
    }

    static Link parse(String url, Finding.Span span, Integer linkIndex) {
        String withScheme = url.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? url : "https://" + url;
        try {
            URI uri = URI.create(withScheme.replace(" ", "%20"));
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            return new Link(url, host.toLowerCase(Locale.ROOT), uri.getRawQuery(), span, linkIndex);
        } catch (IllegalArgumentException e) {
            // Not a URL after all (e.g. a stray character); an unparseable link in links[] is reported by the links checker.
            return linkIndex == null ? null : new Link(url, "", null, null, linkIndex);
        }
    }

    /** True when the host is the domain or one of its subdomains. */
    public static boolean within(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
