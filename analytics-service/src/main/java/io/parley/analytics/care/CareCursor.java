package io.parley.analytics.care;

import io.parley.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The position after the last conversation of a drill-down page (arrival time, then id); opaque to clients. */
record CareCursor(Instant receivedAt, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static CareCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new CareCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
    }
}
