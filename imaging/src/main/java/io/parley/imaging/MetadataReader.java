package io.parley.imaging;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads rights metadata (XMP, IPTC-IIM, EXIF, PNG text) and the EXIF orientation with metadata-extractor. Metadata
 * that cannot be parsed is treated as absent: the pixels decide whether an image is readable.
 */
final class MetadataReader {

    static final String NS_DC = "http://purl.org/dc/elements/1.1/";
    static final String NS_XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
    static final String NS_CC = "http://creativecommons.org/ns#";
    static final String NS_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";
    static final String NS_PLUS = "http://ns.useplus.org/ldf/xmp/1.0/";

    private MetadataReader() {
    }

    record Result(ImageMetadata metadata, int orientation) {
    }

    static Result read(byte[] bytes) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return new Result(ImageMetadata.NONE, 1);
        }
        List<XMPMeta> xmp = metadata.getDirectoriesOfType(XmpDirectory.class).stream()
                .map(XmpDirectory::getXMPMeta).filter(m -> m != null).toList();
        List<IptcDirectory> iptc = List.copyOf(metadata.getDirectoriesOfType(IptcDirectory.class));
        List<ExifIFD0Directory> exif = List.copyOf(metadata.getDirectoriesOfType(ExifIFD0Directory.class));
        List<PngDirectory> png = List.copyOf(metadata.getDirectoriesOfType(PngDirectory.class));

        Optional<String> licence = first(
                () -> xmpSimple(xmp, NS_CC, "license"),
                () -> xmpSimple(xmp, NS_XMP_RIGHTS, "WebStatement"),
                () -> xmpLangAlt(xmp, NS_XMP_RIGHTS, "UsageTerms"));
        Optional<String> creator = first(
                () -> xmpArrayFirst(xmp, NS_DC, "creator"),
                () -> directoryString(iptc, IptcDirectory.TAG_BY_LINE),
                () -> directoryString(exif, ExifIFD0Directory.TAG_ARTIST),
                () -> pngText(png, "Author"));
        Optional<String> copyright = first(
                () -> xmpLangAlt(xmp, NS_DC, "rights"),
                () -> directoryString(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE),
                () -> directoryString(exif, ExifIFD0Directory.TAG_COPYRIGHT),
                () -> pngText(png, "Copyright"));
        Optional<String> source = first(
                () -> xmpSimple(xmp, NS_PHOTOSHOP, "Source"),
                () -> directoryString(iptc, IptcDirectory.TAG_SOURCE));
        Optional<Boolean> modelReleased = release(xmp, "ModelReleaseStatus", "ModelReleaseID",
                "MR-UMR", "MR-NAP", "MR-NON", "MR-LMR");
        Optional<Boolean> propertyReleased = release(xmp, "PropertyReleaseStatus", "PropertyReleaseID",
                "PR-UPR", "PR-NAP", "PR-NON", "PR-LPR");

        int orientation = 1;
        for (ExifIFD0Directory d : exif) {
            Integer o = d.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (o != null) {
                orientation = o;
                break;
            }
        }
        return new Result(new ImageMetadata(licence, creator, copyright, source, modelReleased, propertyReleased),
                orientation);
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        return Stream.of(sources).map(Supplier::get).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> clean(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    private static Optional<String> xmpSimple(List<XMPMeta> xmp, String ns, String name) {
        for (XMPMeta meta : xmp) {
            try {
                XMPProperty property = meta.getProperty(ns, name);
                if (property != null && !property.getOptions().isCompositeProperty()) {
                    Optional<String> value = clean(property.getValue());
                    if (value.isPresent()) {
                        return value;
                    }
                } else if (property != null && property.getOptions().isArrayAltText()) {
                    Optional<String> value = xmpLangAlt(List.of(meta), ns, name);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            } catch (XMPException e) {
                // a malformed property counts as absent
            }
        }
        return Optional.empty();
    }

    private static Optional<String> xmpLangAlt(List<XMPMeta> xmp, String ns, String name) {
        for (XMPMeta meta : xmp) {
            try {
                XMPProperty text = meta.getLocalizedText(ns, name, null, "x-default");
                if (text != null) {
                    Optional<String> value = clean(text.getValue());
                    if (value.isPresent()) {
                        return value;
                    }
                }
                // Some writers store a plain string where the schema asks for a language alternative.
                XMPProperty plain = meta.getProperty(ns, name);
                if (plain != null && !plain.getOptions().isCompositeProperty()) {
                    Optional<String> value = clean(plain.getValue());
                    if (value.isPresent()) {
                        return value;
                    }
                }
            } catch (XMPException e) {
                // absent
            }
        }
        return Optional.empty();
    }

    private static Optional<String> xmpArrayFirst(List<XMPMeta> xmp, String ns, String name) {
        for (XMPMeta meta : xmp) {
            try {
                if (meta.doesPropertyExist(ns, name)) {
                    XMPProperty property = meta.getProperty(ns, name);
                    if (property.getOptions().isArray()) {
                        if (meta.countArrayItems(ns, name) > 0) {
                            Optional<String> value = clean(meta.getArrayItem(ns, name, 1).getValue());
                            if (value.isPresent()) {
                                return value;
                            }
                        }
                    } else {
                        Optional<String> value = clean(property.getValue());
                        if (value.isPresent()) {
                            return value;
                        }
                    }
                }
            } catch (XMPException e) {
                // absent
            }
        }
        return Optional.empty();
    }

    private static Optional<String> directoryString(List<? extends Directory> directories, int tag) {
        for (Directory d : directories) {
            String[] values = d.getStringArray(tag);
            if (values != null) {
                for (String v : values) {
                    Optional<String> value = clean(v);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pngText(List<PngDirectory> directories, String key) {
        for (PngDirectory d : directories) {
            if (d.getObject(PngDirectory.TAG_TEXTUAL_DATA) instanceof List<?> pairs) {
                for (Object pair : pairs) {
                    if (pair instanceof KeyValuePair kv && key.equalsIgnoreCase(kv.getKey())) {
                        Optional<String> value = clean(kv.getValue().toString());
                        if (value.isPresent()) {
                            return value;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * PLUS release status: a vocabulary URL (or bare code) such as {@code http://ns.useplus.org/ldf/vocab/MR-UMR}.
     */
    private static Optional<Boolean> release(List<XMPMeta> xmp, String statusName, String idName,
                                             String unlimited, String notApplicable, String none, String limited) {
        Optional<String> status = xmpSimple(xmp, NS_PLUS, statusName);
        if (status.isPresent()) {
            String code = status.get().toUpperCase(Locale.ROOT);
            if (code.endsWith(unlimited) || code.endsWith(notApplicable)) {
                return Optional.of(true);
            }
            if (code.endsWith(none) || code.endsWith(limited)) {
                return Optional.of(false);
            }
        }
        return xmpArrayFirst(xmp, NS_PLUS, idName).map(id -> true);
    }
}
