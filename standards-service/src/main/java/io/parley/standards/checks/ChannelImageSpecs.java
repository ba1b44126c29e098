package io.parley.standards.checks;

import java.util.Map;

/**
 * What each channel does with a post image, as its publishing guidance says: the narrowest and
 * widest shape it shows uncropped (width ÷ height) and the smallest width it shows sharp. Instagram
 * crops a feed photo outside 4:5–1.91:1, so that is a block; the rest are warnings.
 */
final class ChannelImageSpecs {

    record Spec(double minAspect, double maxAspect, int minWidth, boolean aspectBlocks) {
    }

    private static final Spec DEFAULT = new Spec(0.5, 2.0, 400, false);
    private static final Map<String, Spec> BY_CHANNEL = Map.of(
            "instagram", new Spec(0.8, 1.91, 320, true),
            "facebook", new Spec(0.5625, 1.91, 600, false),
            "linkedin", new Spec(0.5625, 1.91, 552, false),
            "x", new Spec(0.5, 2.0, 600, false),
            "vk", new Spec(0.5, 2.5, 510, false),
            "telegram", new Spec(0.05, 20.0, 320, false),
            "youtube", new Spec(1.0, 1.7778, 1280, false));

    private ChannelImageSpecs() {
    }

    static Spec of(String channel) {
        return BY_CHANNEL.getOrDefault(channel, DEFAULT);
    }
}
