package io.parley.calendar.stories;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each network accepts in one post: the longest text (in Unicode code points: an emoji counts one), how many
 * images, and whether it needs one. Checked where a variant is written; every breach is a 422 naming the field.
 * Figures are the networks' published limits (X 280 characters and 4 images; Instagram 2,200 characters and 1 to
 * 10 images; Facebook 63,206 and 10; LinkedIn 3,000 and 9; VK 15,895 and 10; Telegram 4,096, or 1,024 as a media
 * caption, and 10; YouTube's description 5,000 and one thumbnail).
 */
public final class NetworkLimits {

    /** One network's limits; {@code maxCharsWithMedia} applies when the post carries media (Telegram's caption). */
    public record Limits(int maxChars, int maxCharsWithMedia, int minImages, int maxImages) {
    }

    private static final Map<Platform, Limits> LIMITS = Map.of(
            Platform.X, new Limits(280, 280, 0, 4),
            Platform.INSTAGRAM, new Limits(2_200, 2_200, 1, 10),
            Platform.FACEBOOK, new Limits(63_206, 63_206, 0, 10),
            Platform.LINKEDIN, new Limits(3_000, 3_000, 0, 9),
            Platform.VK, new Limits(15_895, 15_895, 0, 10),
            Platform.TELEGRAM, new Limits(4_096, 1_024, 0, 10),
            Platform.YOUTUBE, new Limits(5_000, 5_000, 0, 1));

    private NetworkLimits() {
    }

    /** Whether Parley can plan posts for the network at all. */
    public static boolean publishable(Platform platform) {
        return LIMITS.containsKey(platform);
    }

    public static Limits of(Platform platform) {
        return LIMITS.get(platform);
    }

    /**
     * Every breach of the network's limits, each naming its field under {@code prefix} (e.g. {@code variants[1].}).
     */
    public static List<Problem.FieldError> check(Platform platform, String prefix, String text, int images,
            String firstComment) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Limits limits = LIMITS.get(platform);
        if (limits == null) {
            errors.add(new Problem.FieldError(prefix + "channelAccount", platform.id()
                    + " accounts cannot be planned for"));
            return errors;
        }
        int max = images > 0 ? limits.maxCharsWithMedia() : limits.maxChars();
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > max) {
            errors.add(new Problem.FieldError(prefix + "text", platform.id() + " allows at most " + max
                    + " characters" + (images > 0 && max != limits.maxChars() ? " with media" : "") + "; this has "
                    + length));
        }
        if (images < limits.minImages()) {
            errors.add(new Problem.FieldError(prefix + "media", platform.id() + " needs at least " + limits.minImages()
                    + " image"));
        }
        if (images > limits.maxImages()) {
            errors.add(new Problem.FieldError(prefix + "media", platform.id() + " allows at most " + limits.maxImages()
                    + " images; this has " + images));
        }
        if (firstComment != null) {
            int commentLength = firstComment.codePointCount(0, firstComment.length());
            if (commentLength > limits.maxChars()) {
                errors.add(new Problem.FieldError(prefix + "firstComment", platform.id() + " allows at most "
                        + limits.maxChars() + " characters; this has " + commentLength));
            }
        }
        return errors;
    }
}
