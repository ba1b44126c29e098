package io.parley.standards.checks;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.util.List;

/**
 * What image bytes are acceptable before any analysis: not larger than the limit (413) and, by their
 * magic number, a JPEG, PNG or WebP file (415), whatever the client says they are.
 */
public final class ImageBytes {

    public enum Format { JPEG, PNG, WEBP }

    private ImageBytes() {
    }

    /** The format the bytes start with, or null for anything else. */
    public static Format sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    /** Checks every image that carries bytes; the first one too large is 413, the first not an image 415. */
    public static void requireAcceptable(List<Draft.Image> images, long maxBytes) {
        for (int i = 0; i < images.size(); i++) {
            Draft.Image image = images.get(i);
            if (image == null || image.bytes() == null) {
                continue;
            }
            if (image.bytes().length > maxBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "images[" + i + "] is " + image.bytes().length
                        + " bytes; at most " + maxBytes + " are checked");
            }
            if (sniff(image.bytes()) == null) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "images[" + i
                        + "] is not a JPEG, PNG or WebP image");
            }
        }
    }
}
