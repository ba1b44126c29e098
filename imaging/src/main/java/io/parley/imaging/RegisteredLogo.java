package io.parley.imaging;

import java.util.Objects;

/**
 * A brand's registered logo as the catalogue stores it: an id and the logo image (PNG, with or without alpha).
 * Transparent margins are ignored: the logo is the bounding box of its opaque pixels (alpha ≥ 50 %). Without an
 * alpha channel the whole image is the logo.
 *
 * @param id    the catalogue's id for the logo, echoed in {@link LogoSighting#logoId()}
 * @param image the encoded logo image
 */
public record RegisteredLogo(String id, byte[] image) {
    public RegisteredLogo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(image, "image");
    }
}
