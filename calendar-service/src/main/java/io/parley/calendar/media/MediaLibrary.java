package io.parley.calendar.media;

import io.parley.calendar.stories.StoryApi;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Images for the brand's posts, stored by Parley (PostgreSQL): PNG or JPEG only (the bytes must be what the
 * Content-Type says), at most {@code parley.calendar.media.max-bytes}, with their licence metadata; their
 * dimensions are read from the image header by ImageIO.
 */
@ApplicationScoped
public class MediaLibrary {

    /** The licence types section 3 of the catalogue knows. */
    public static final Set<String> LICENCES = Set.of("own", "commissioned", "employee", "stock-royalty-free",
            "stock-rights-managed", "cc0", "cc-by", "cc-by-sa", "editorial", "user-generated");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MediaConfig config;

    /** Metadata of one image, without its bytes. */
    public record Described(UUID id, String brand, StoryApi.MediaView view) {
    }

    @Transactional
    public Media upload(String brand, String contentType, byte[] bytes, StoryApi.Licence licence, String by) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.invalid("body", "the image is empty");
        }
        if (bytes.length > config.maxBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the image has " + bytes.length
                    + " bytes; at most " + config.maxBytes() + " are accepted");
        }
        String format = sniff(bytes);
        String declared = contentType == null ? "" : contentType.toLowerCase().split(";")[0].trim();
        if (format == null || !format.equals(declared)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the body is " + (format == null
                    ? "not a PNG or JPEG image" : "a " + format + " image, not " + declared)
                    + "; send PNG or JPEG bytes with their Content-Type");
        }
        if (licence.licence() == null || licence.licence().isBlank()) {
            throw ProblemException.invalid("licence", "is required: " + String.join(", ", LICENCES.stream().sorted()
                    .toList()));
        }
        if (!LICENCES.contains(licence.licence())) {
            throw ProblemException.invalid("licence", "'" + licence.licence() + "' is not one of "
                    + String.join(", ", LICENCES.stream().sorted().toList()));
        }
        int[] size = dimensions(bytes);
        Media m = new Media();
        m.id = UUID.randomUUID();
        m.brand = brand;
        m.contentType = format;
        m.width = size[0];
        m.height = size[1];
        m.sizeBytes = bytes.length;
        m.data = bytes;
        m.licence = licence.licence();
        m.author = blankToNull(licence.author());
        m.source = blankToNull(licence.source());
        m.expiresAt = licence.expiresAt();
        m.createdBy = by;
        m.createdAt = clock.instant();
        m.persist();
        return m;
    }

    public static StoryApi.MediaView view(Media m) {
        return new StoryApi.MediaView(m.id, m.contentType, m.width, m.height, m.sizeBytes,
                new StoryApi.Licence(m.licence, m.author, m.source, m.expiresAt));
    }

    /** The metadata of these images (any brand; callers check the brand), by id, without loading their bytes. */
    @Transactional
    public Map<UUID, Described> describe(Collection<UUID> ids) {
        Map<UUID, Described> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createQuery("select m.id, m.brand, m.contentType, m.width, m.height, m.sizeBytes, "
                + "m.licence, m.author, m.source, m.expiresAt from Media m where m.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            found.put(id, new Described(id, (String) r[1], new StoryApi.MediaView(id, (String) r[2], (Integer) r[3],
                    (Integer) r[4], (Integer) r[5], new StoryApi.Licence((String) r[6], (String) r[7], (String) r[8],
                    (Instant) r[9]))));
        }
        return found;
    }

    /** Each id that is not an image of the brand, as an error on {@code <prefix>media[i]}. */
    public List<Problem.FieldError> unknown(String brand, List<UUID> ids, String prefix) {
        Map<UUID, Described> found = describe(ids);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Described d = found.get(ids.get(i));
            if (d == null || !d.brand().equals(brand)) {
                errors.add(new Problem.FieldError(prefix + "media[" + i + "]", "no image " + ids.get(i)
                        + " was uploaded for " + brand));
            }
        }
        return errors;
    }

    /** One image with its bytes; another brand's or an unknown one is 404. */
    @Transactional
    public Media get(String brand, UUID id) {
        Media m = Media.findById(id);
        if (m == null || !m.brand.equals(brand)) {
            throw ProblemException.notFound("media " + id + " does not exist");
        }
        int size = m.data.length; // the bytes are lazy: read them inside the transaction
        assert size == m.sizeBytes;
        return m;
    }

    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in != null && readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: answered below
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the image cannot be read; send a valid "
                + "PNG or JPEG");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
