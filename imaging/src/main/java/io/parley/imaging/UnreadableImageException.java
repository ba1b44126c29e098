package io.parley.imaging;

/**
 * The bytes are not an image this inspector can decode (not JPEG, PNG or WebP, or damaged). An endpoint answers
 * 415 Unsupported Media Type with {@link #getMessage()} as the detail.
 */
public class UnreadableImageException extends RuntimeException {
    public UnreadableImageException(String message) {
        super(message);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
