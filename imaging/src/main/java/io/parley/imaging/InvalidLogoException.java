package io.parley.imaging;

/**
 * A {@link RegisteredLogo} cannot be searched for: its bytes are not a decodable image, it is too large, or it has
 * no contrast inside its opaque area (a single flat colour). This is a catalogue problem, not a problem of the image
 * under inspection.
 */
public class InvalidLogoException extends IllegalArgumentException {
    private final String logoId;

    public InvalidLogoException(String logoId, String message) {
        super("registered logo '" + logoId + "': " + message);
        this.logoId = logoId;
    }

    public String logoId() {
        return logoId;
    }
}
