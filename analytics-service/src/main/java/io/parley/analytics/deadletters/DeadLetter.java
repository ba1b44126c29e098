package io.parley.analytics.deadletters;

import io.parley.platform.consumers.DeadLetters;
import io.parley.platform.problem.ProblemException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A record set aside on {@code parley.deadletter.v1}, as an operator reads it. */
@Schema(name = "DeadLetter")
public record DeadLetter(
        @Schema(description = "where the dead letter is: <partition>-<offset> on parley.deadletter.v1; replay by it",
                example = "2-117") String id,
        @Schema(description = "the topic the record was read from, and is replayed to", example = "parley.inbox.v1")
        String topic,
        @Schema(description = "its partition there", example = "1") Integer partition,
        @Schema(description = "its offset there", example = "4021") Long offset,
        @Schema(description = "the consumer that set it aside", example = "analytics.inbox") String consumer,
        @Schema(description = "the service that set it aside", example = "analytics-service") String service,
        @Schema(description = "why", example = "not a CloudEvent: Unexpected end-of-input") String reason,
        @Schema(description = "the root cause", example = "com.fasterxml.jackson.core.io.JsonEOFException: …")
        String cause,
        @Schema(description = "when it was set aside") Instant deadLetteredAt,
        @Schema(description = "the record's key", example = "8c3f0d5e-3d8a-4c39-a7a5-1b0f0e0c2b11") String key,
        @Schema(description = "the event's id (CloudEvents ce_id header), when it had one") String eventId,
        @Schema(description = "the event's type (ce_type header), when it had one",
                example = "parley.inbox.conversation.opened") String eventType,
        @Schema(description = "the record's value, in bytes") int size) {

    private static final Pattern ID = Pattern.compile("(\\d{1,9})-(\\d{1,18})");

    /** A dead letter's place on the topic. */
    public record Id(int partition, long offset) {
        /** Parses {@code <partition>-<offset>}; a problem naming the field otherwise. */
        static Id parse(String field, String value) {
            Matcher m = value == null ? null : ID.matcher(value);
            if (m == null || !m.matches()) {
                throw ProblemException.invalid(field, "must be <partition>-<offset>, e.g. 2-117");
            }
            return new Id(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
        }

        @Override
        public String toString() {
            return partition + "-" + offset;
        }
    }

    static DeadLetter of(ConsumerRecord<String, byte[]> r) {
        return new DeadLetter(new Id(r.partition(), r.offset()).toString(), header(r, DeadLetters.TOPIC),
                integer(header(r, DeadLetters.PARTITION)), longValue(header(r, DeadLetters.OFFSET)),
                header(r, DeadLetters.CONSUMER), header(r, DeadLetters.SERVICE), header(r, DeadLetters.REASON),
                header(r, DeadLetters.CAUSE), instant(header(r, DeadLetters.AT), r.timestamp()), r.key(),
                header(r, "ce_id"), header(r, "ce_type"), r.value() == null ? 0 : r.value().length);
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String s, long timestamp) {
        try {
            return s != null ? Instant.parse(s) : timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null;
        } catch (DateTimeParseException e) {
            return timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null;
        }
    }
}
