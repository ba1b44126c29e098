package io.parley.imaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inspects the image of a draft post for the standards checks: its format and dimensions, where each registered
 * logo appears (box, size share, placement, clear space) and its rights metadata.
 *
 * <p>Construct once and share: {@link #inspect} is thread-safe. Prepared logos are cached by id and content hash,
 * so a catalogue's logos are decoded once.
 */
public final class ImageInspector {

    private static final int MAX_CACHED_LOGOS = 256;
    /** Registered logos larger than this are refused (they are resampled down to at most template size anyway). */
    private static final long MAX_LOGO_PIXELS = 16_000_000L;

    private final InspectionSettings settings;
    private final ConcurrentHashMap<String, LogoModel> logoCache = new ConcurrentHashMap<>();

    public ImageInspector() {
        this(InspectionSettings.defaults());
    }

    public ImageInspector(InspectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public InspectionSettings settings() {
        return settings;
    }

    /**
     * @param image the encoded image (JPEG, PNG or WebP)
     * @param logos the brand's registered logos to look for; may be empty
     * @throws UnreadableImageException when the bytes are not a decodable image
     * @throws ImageTooLargeException   when the header declares more than {@link InspectionSettings#maxPixels()}
     *                                  pixels (nothing is decoded then)
     * @throws InvalidLogoException     when a registered logo cannot be used
     */
    public ImageReport inspect(byte[] image, List<RegisteredLogo> logos) {
        long started = System.nanoTime();
        Objects.requireNonNull(logos, "logos");
        // the post's image first: a bad upload is the caller's problem whatever the catalogue holds
        ImageDecoder.Pixels pixels = ImageDecoder.decode(image, settings.maxPixels(), "image");
        MetadataReader.Result metadata = MetadataReader.read(image);
        pixels = ImageDecoder.orient(pixels, metadata.orientation());
        List<LogoModel> models = new ArrayList<>(logos.size());
        for (RegisteredLogo logo : logos) {
            models.add(model(logo));
        }

        List<LogoSighting> sightings = new ArrayList<>();
        if (!models.isEmpty()) {
            GreyPyramid pyramid = new GreyPyramid(pixels.rgb(), pixels.width(), pixels.height());
            LogoSearch search = new LogoSearch(pyramid, pixels.rgb(), settings);
            for (LogoModel model : models) {
                sightings.addAll(search.find(model));
            }
            sightings.sort(Comparator.comparingDouble(LogoSighting::score).reversed());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new ImageReport(pixels.format(), pixels.width(), pixels.height(),
                pixels.width() / (double) pixels.height(), sightings, metadata.metadata(), millis);
    }

    private LogoModel model(RegisteredLogo logo) {
        String key = logo.id() + '\u0000' + sha256(logo.image());
        LogoModel model = logoCache.get(key);
        if (model == null) {
            model = LogoModel.of(logo.id(), ImageDecoder.decodeLogo(logo, MAX_LOGO_PIXELS));
            if (logoCache.size() >= MAX_CACHED_LOGOS) {
                logoCache.clear();
            }
            logoCache.put(key, model);
        }
        return model;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
