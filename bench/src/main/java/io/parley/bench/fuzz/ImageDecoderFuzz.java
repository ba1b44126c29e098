package io.parley.bench.fuzz;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.ImageTooLargeException;
import io.parley.imaging.UnreadableImageException;

import java.util.List;

/** The imaging module's decoder and inspection (JPEG, PNG, WebP): an image is read or refused as unreadable. */
public final class ImageDecoderFuzz {

    private static final ImageInspector INSPECTOR = new ImageInspector();

    private ImageDecoderFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] image) {
        try {
            INSPECTOR.inspect(image, List.of());
        } catch (UnreadableImageException | ImageTooLargeException expected) {
            // 422: not an image we read, or too many pixels
        }
    }
}
