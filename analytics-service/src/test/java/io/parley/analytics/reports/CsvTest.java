package io.parley.analytics.reports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void quotesWhatRfc4180SaysAndNothingElse() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("", Csv.field(null));
        assertEquals("2026-11-01T00:00:00Z", Csv.field(Instant.parse("2026-11-01T00:00:00Z")));
        assertEquals("0.0725", Csv.field(0.0725));
        assertEquals("0.0001", Csv.field(1.0E-4), "never scientific notation");
        assertEquals("-3", Csv.field(-3L), "numbers are written as they are");
        assertEquals("Zimowa kolekcja — część 2 Ωμέγα Привет", Csv.field("Zimowa kolekcja — część 2 Ωμέγα Привет"));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=SUM(A1)", Csv.field("=SUM(A1)"), "prefixed with an apostrophe");
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'-2", Csv.field("-2"));
    }

    @Test
    void writesUtf8BehindAByteOrderMarkWithCrlfLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = Csv.start(out, List.of("a", "b"))) {
            csv.row("zażółć", 1L);
            csv.row(null, "x,y");
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("a,b\r\nzażółć,1\r\n,\"x,y\"\r\n", new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8));
    }
}
