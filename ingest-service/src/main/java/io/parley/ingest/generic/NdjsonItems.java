package io.parley.ingest.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.ingest.channels.ChannelAccount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an NDJSON import: one item in Parley's format per line ({@link GenericItems}), blank lines
 * skipped, each line's fault reported by line number and field without stopping the rest. The body
 * must be UTF-8; a line that is not stops the reading ({@link CharacterCodingException}) so that
 * nothing after a damaged byte is guessed at. Pure: what to do with each item is the caller's.
 */
public final class NdjsonItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the reader found, line by line. */
    public interface Sink {
        void item(int line, GenericItems.Item item);

        /** A refused line: {@code field} is null when the line is not JSON at all. */
        void refused(int line, String field, String message);
    }

    private NdjsonItems() {
    }

    /** Reads every line; returns how many were read, blank ones included. */
    public static int read(InputStream body, ChannelAccount account, Sink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.item(lines, GenericItems.read(JSON.readTree(line), account));
                } catch (GenericItems.InvalidItemException e) {
                    sink.refused(lines, e.field(), e.getMessage());
                } catch (JsonProcessingException e) {
                    sink.refused(lines, null, "not valid JSON (column " + e.getLocation().getColumnNr() + ")");
                }
            }
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lines + 1, e);
        }
        return lines;
    }

    /** The body is not UTF-8 at this line; lines before it were read. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private final int line;

        NotUtf8Exception(int line, CharacterCodingException cause) {
            this.line = line;
            initCause(cause);
        }

        public int line() {
            return line;
        }
    }
}
