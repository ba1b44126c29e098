package io.parley.imaging;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Decodes JPEG, PNG and WebP through javax.imageio, reading the header's dimensions first so that an image declaring
 * too many pixels is refused before its pixels are decoded.
 */
final class ImageDecoder {

    static {
        // ImageIO discovers plug-ins through the class loader that first touches it; in an application server that
        // may not be ours, so the WebP reader is registered explicitly.
        IIORegistry.getDefaultInstance()
                .registerServiceProvider(new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi());
        ImageIO.setUseCache(false);
    }

    private ImageDecoder() {
    }

    /** A decoded image as packed 0xRRGGBB pixels (alpha composited over white), row after row. */
    record Pixels(String format, int width, int height, int[] rgb) {
    }

    /**
     * @param what "image" or "logo 'x'", for messages
     */
    static Pixels decode(byte[] bytes, long maxPixels, String what) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableImageException(what + " is empty");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableImageException(what + " is not a JPEG, PNG or WebP image (starts with "
                        + leadingBytes(bytes) + ")");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                String format = normalise(reader.getFormatName());
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new UnreadableImageException(what + " declares " + width + " × " + height + " pixels");
                }
                if ((long) width * height > maxPixels) {
                    throw new ImageTooLargeException(width, height, maxPixels);
                }
                BufferedImage image = reader.read(0);
                return new Pixels(format, image.getWidth(), image.getHeight(), flatten(image));
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw new UnreadableImageException(what + " cannot be decoded: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException || e instanceof ImageTooLargeException) {
                throw (RuntimeException) e;
            }
            // Decoders signal damaged data with assorted runtime exceptions (IndexOutOfBounds, IllegalState, ...).
            throw new UnreadableImageException(what + " cannot be decoded: " + e, e);
        }
    }

    private static String normalise(String formatName) {
        String name = formatName.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "jpg", "jpeg" -> "jpeg";
            default -> name;
        };
    }

    private static String leadingBytes(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            hex.append(String.format("%02X ", bytes[i] & 0xFF));
        }
        return hex.toString().trim();
    }

    /** Packed RGB; transparent pixels are composited over white, as most feeds show them. */
    private static int[] flatten(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        if (image.getColorModel().hasAlpha()) {
            for (int i = 0; i < argb.length; i++) {
                int p = argb[i];
                int a = p >>> 24;
                if (a != 255) {
                    int r = ((p >> 16) & 0xFF) * a / 255 + (255 - a);
                    int g = ((p >> 8) & 0xFF) * a / 255 + (255 - a);
                    int b = (p & 0xFF) * a / 255 + (255 - a);
                    argb[i] = (r << 16) | (g << 8) | b;
                }
            }
        }
        return argb;
    }

    /** Decodes a logo keeping its alpha channel. */
    static BufferedImage decodeLogo(RegisteredLogo logo, long maxPixels) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(logo.image()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidLogoException(logo.id(), "not a PNG, JPEG or WebP image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new InvalidLogoException(logo.id(), "has " + pixels + " pixels; at most " + maxPixels);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLogoException invalid) {
                throw invalid;
            }
            throw new InvalidLogoException(logo.id(), "cannot be decoded: " + e.getMessage());
        }
    }

    /**
     * Applies an EXIF orientation (1–8) so that the pixels are as a viewer shows them.
     */
    static Pixels orient(Pixels p, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return p;
        }
        int w = p.width();
        int h = p.height();
        boolean transpose = orientation >= 5;
        int ow = transpose ? h : w;
        int oh = transpose ? w : h;
        int[] out = new int[p.rgb().length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (orientation) {
                    case 2 -> { nx = w - 1 - x; ny = y; }
                    case 3 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    case 4 -> { nx = x; ny = h - 1 - y; }
                    case 5 -> { nx = y; ny = x; }
                    case 6 -> { nx = h - 1 - y; ny = x; }
                    case 7 -> { nx = h - 1 - y; ny = w - 1 - x; }
                    default -> { nx = y; ny = w - 1 - x; } // 8
                }
                out[ny * ow + nx] = p.rgb()[y * w + x];
            }
        }
        return new Pixels(p.format(), ow, oh, out);
    }
}
