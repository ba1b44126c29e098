package io.parley.imaging;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes metadata into encoded images the way editing tools do: an XMP packet in a JPEG APP1 segment or a PNG
 * {@code iTXt} chunk, and an EXIF block (TIFF IFD0) in a JPEG APP1 segment.
 */
final class MetadataPackets {

    private MetadataPackets() {
    }

    static String xmp(String... properties) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
                    xmlns:cc="http://creativecommons.org/ns#"
                    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
                    xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">
                """ + String.join("\n", properties) + """

                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""";
    }

    /** Inserts an APP1 XMP segment right after the JPEG's first segment (SOI, then APP0 JFIF when present). */
    static byte[] withXmpJpeg(byte[] jpeg, String packet) {
        byte[] header = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        byte[] body = packet.getBytes(StandardCharsets.UTF_8);
        return insertSegment(jpeg, 0xE1, concat(header, body));
    }

    static byte[] withExif(byte[] jpeg, int orientation, String artist, String copyright) {
        List<Object[]> entries = new ArrayList<>(); // tag, type, value
        entries.add(new Object[] {0x0112, 3, orientation});
        if (artist != null) {
            entries.add(new Object[] {0x013B, 2, artist});
        }
        if (copyright != null) {
            entries.add(new Object[] {0x8298, 2, copyright});
        }
        int ifdSize = 2 + entries.size() * 12 + 4;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer ifd = ByteBuffer.allocate(ifdSize);
        ifd.putShort((short) entries.size());
        for (Object[] e : entries) {
            ifd.putShort((short) (int) (Integer) e[0]).putShort((short) (int) (Integer) e[1]);
            if ((Integer) e[1] == 3) {
                ifd.putInt(1).putShort((short) (int) (Integer) e[2]).putShort((short) 0);
            } else {
                byte[] ascii = (e[2] + "\0").getBytes(StandardCharsets.UTF_8);
                ifd.putInt(ascii.length).putInt(8 + ifdSize + data.size());
                data.writeBytes(ascii);
            }
        }
        ifd.putInt(0);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(ifd.array());
        tiff.writeBytes(data.toByteArray());
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.toByteArray());
        return insertSegment(jpeg, 0xE1, exif);
    }

    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        int length = payload.length + 2;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(payload);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** Inserts an {@code iTXt} chunk with keyword {@code XML:com.adobe.xmp} before the PNG's IEND chunk. */
    static byte[] withXmpPng(byte[] png, String packet) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1));
        // keyword's NUL, not compressed, method 0, empty language tag + NUL, empty translated keyword + NUL
        chunk.writeBytes(new byte[] {0, 0, 0, 0, 0});
        chunk.writeBytes(packet.getBytes(StandardCharsets.UTF_8));
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        writeChunk(out, "iTXt", chunk.toByteArray());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
