package io.parley.standards.checks;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

public class ImageBytesTest {

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);

    private static Draft.Image image(byte[] bytes) {
        return new Draft.Image(null, false, false, bytes);
    }

    @Test
    void knowsImagesByTheirMagicNumber() {
        assertEquals(ImageBytes.Format.PNG, ImageBytes.sniff(PNG));
        assertEquals(ImageBytes.Format.JPEG, ImageBytes.sniff(JPEG));
        assertEquals(ImageBytes.Format.WEBP, ImageBytes.sniff(WEBP));
        assertNull(ImageBytes.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII)));
        assertNull(ImageBytes.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertNull(ImageBytes.sniff(new byte[0]));
    }

    @Test
    void tooLargeIs413AndNotAnImageIs415NamingTheImage() {
        assertDoesNotThrow(() -> ImageBytes.requireAcceptable(List.of(image(PNG), image(null)), PNG.length));
        ProblemException large = assertThrows(ProblemException.class,
                () -> ImageBytes.requireAcceptable(List.of(image(JPEG), image(PNG)), PNG.length - 1));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, large.type());
        assertEquals("images[1] is 12 bytes; at most 11 are checked", large.getMessage());
        ProblemException pdf = assertThrows(ProblemException.class, () -> ImageBytes.requireAcceptable(
                List.of(image("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))), 1000));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, pdf.type());
        assertEquals("images[0] is not a JPEG, PNG or WebP image", pdf.getMessage());
    }
}
