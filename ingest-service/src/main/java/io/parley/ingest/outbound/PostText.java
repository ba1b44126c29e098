package io.parley.ingest.outbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.parley.contracts.outbound.OutboundActionRequested;

/**
 * A post's text as the gateway sends it, and how a post read back from the platform is recognised as the one an
 * action published: by its {@code marker} (the tracked link's id, anywhere in the text or address), or by the digest
 * of the normalised text — Unicode NFC, addresses removed (X shortens them to t.co, LinkedIn and VK turn them into
 * cards), LinkedIn's little-text escapes undone, white space collapsed, case folded.
 */
public final class PostText {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\|{}@\\[\\]()<>#*_~])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** A post read back is taken for ours only if it is no older than the attempt, less this much clock skew. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private PostText() {
    }

    /** The text with the link at its end, unless it already contains it (networks without a link field). */
    public static String withLink(String text, String link) {
        String body = text == null ? "" : text;
        if (link == null || link.isBlank() || body.contains(link)) {
            return body;
        }
        return body.isBlank() ? link : body + "\n\n" + link;
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = URL.matcher(s).replaceAll(" ");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the normalised text, hex. */
    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code seen} is what {@code action} published (at or after {@code sentAt}). */
    public static boolean isOurs(OutboundActionRequested action, PlatformApi.Published seen, Instant sentAt,
            String author) {
        if (seen.createdAt() != null && sentAt != null && seen.createdAt().isBefore(sentAt.minus(SKEW))) {
            return false;
        }
        if (author != null && seen.author() != null && !author.equals(seen.author())
                && !seen.author().endsWith(author)) {
            return false;
        }
        String marker = action.marker();
        if (marker != null && !marker.isBlank()) {
            if ((seen.text() != null && seen.text().contains(marker))
                    || (seen.permalink() != null && seen.permalink().contains(marker))) {
                return true;
            }
        }
        return Optional.ofNullable(seen.text()).map(PostText::digest).orElse("")
                .equals(digest(action.text()));
    }
}
