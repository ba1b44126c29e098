package io.parley.analytics.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (fields separated by commas, records ended by CRLF, a field holding a comma, a quote or
 * a line break enclosed in quotes with its quotes doubled), in UTF-8 behind a byte-order mark, so that Excel opens
 * Polish, Greek and Russian text as written instead of guessing a code page. Row by row onto the stream: nothing is
 * kept but the current row.
 *
 * <p>Text that a spreadsheet would run as a formula (a story title starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is prefixed with an apostrophe, as OWASP advises against CSV injection;
 * numbers, times and ids are written as they are.
 */
final class Csv implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;

    private Csv(Writer out) {
        this.out = out;
    }

    /** Starts a CSV document on the stream: the byte-order mark and the header row. */
    static Csv start(OutputStream stream, List<String> header) throws IOException {
        stream.write(BOM);
        Csv csv = new Csv(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        csv.row(header.toArray());
        return csv;
    }

    /** One record; null is an empty field. */
    void row(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values[i]));
        }
        out.write("\r\n");
    }

    /** Hands what is written so far to the stream (after each page of rows). */
    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** The field as written: quoted when it must be; text that could be a formula defused. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Double d) {
            text = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Instant
                || value instanceof java.util.UUID) {
            text = value.toString();
        } else {
            text = value.toString();
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
