package io.parley.ingest.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What every platform's answer reading shares: JSON in and out, HTTP status rules, {@code Retry-After}. */
public final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON, or a missing node when it is empty or not JSON (a proxy's HTML error page). */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The rules that hold on every platform once its own error format said nothing: 429 is the rate limit (waiting
     * as {@code Retry-After} says), 408 and 5xx are passing, 401 is a refused token, any other 4xx is a refusal.
     */
    public static PlatformAnswer byStatus(String platform, PlatformResponse response, Instant now) {
        int status = response.status();
        if (status == 429) {
            return new PlatformAnswer.RateLimited(retryAfter(response, now).orElse(null),
                    platform + " answered 429 (rate limited)", false);
        }
        if (status == 401) {
            return new PlatformAnswer.Unauthorized(platform + " refused the token (HTTP 401)");
        }
        if (status == 408 || status >= 500) {
            return new PlatformAnswer.Retry(retryAfter(response, now).orElse(null), platform + " answered " + status);
        }
        return new PlatformAnswer.Refused(platform + " refused the request (HTTP " + status + ")");
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    public static Optional<Duration> retryAfter(PlatformResponse response, Instant now) {
        return response.header("Retry-After").flatMap(value -> {
            String v = value.trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** A text field, or null when absent or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isEmpty() ? value.asText() : null;
    }
}
