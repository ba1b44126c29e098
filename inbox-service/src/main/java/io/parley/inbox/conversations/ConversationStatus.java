package io.parley.inbox.conversations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.parley.platform.problem.ProblemException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a conversation stands. {@code new} and {@code open} are the open queue: the brand owes an answer,
 * the due time runs. Transitions (the table in docs/inbox.md):
 * <pre>
 * from \ to          new  open  pending_customer  answered  resolved
 * new                 -    M,A        M              R          M
 * open                -     -         M              R          M
 * pending_customer    -    M,C        -              R          M
 * answered            -    M,C        M              -          M
 * resolved            -    M,C        -              -          -
 * </pre>
 * M = by hand ({@code PUT .../status}), A = any agent action on a new conversation (a reply written, a note),
 * R = a delivered reply or grouped answer, C = the customer writes again. Everything else is refused (409).
 */
@Schema(name = "ConversationStatus", type = SchemaType.STRING,
        enumeration = {"new", "open", "pending_customer", "answered", "resolved"},
        description = "new: arrived, nobody at the brand has acted yet; open: waiting for the brand's answer; "
                + "pending_customer: the brand waits for the customer (no due time runs); answered: the brand "
                + "answered in public, nothing new since; resolved: closed")
public enum ConversationStatus {
    /** Arrived; nobody at the brand has acted on it yet. ({@code new} is a Java keyword, hence the case.) */
    NEW("new"),
    /** Waiting for the brand's public response. */
    open("open"),
    /** The brand asked the customer something and waits; the due time does not run. */
    pending_customer("pending_customer"),
    /** The brand answered in public; nothing new from the customer since. */
    answered("answered"),
    /** Done: the brand closed it. The customer writing again reopens it. */
    resolved("resolved");

    /** The open queue: the brand owes an answer. */
    public static final Set<ConversationStatus> AWAITING = EnumSet.of(NEW, open);

    private final String id;

    ConversationStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True while the brand owes an answer (new or open): the due time runs, the conversation can be overdue. */
    public boolean awaitsBrand() {
        return AWAITING.contains(this);
    }

    /** The statuses an agent may move a conversation to by hand from this one. */
    public Set<ConversationStatus> manualTargets() {
        return switch (this) {
            case NEW -> EnumSet.of(open, pending_customer, resolved);
            case open -> EnumSet.of(pending_customer, resolved);
            case pending_customer -> EnumSet.of(open, resolved);
            case answered -> EnumSet.of(open, pending_customer, resolved);
            case resolved -> EnumSet.of(open);
        };
    }

    /** Reads a status from a request, or answers 400 naming the valid ones. */
    @JsonCreator
    public static ConversationStatus parse(String value) {
        for (ConversationStatus s : values()) {
            if (s.id.equals(value)) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "'" + value + "' is not a status; use one of " + ids(EnumSet.allOf(
                ConversationStatus.class)));
    }

    /** Statuses as the API writes them, in table order, comma-separated. */
    public static String ids(Set<ConversationStatus> statuses) {
        return Arrays.stream(values()).filter(statuses::contains).map(ConversationStatus::id)
                .collect(Collectors.joining(", "));
    }

    /** Stores a status by its API name ({@code new}, {@code pending_customer}, ...). */
    @Converter
    public static class Column implements AttributeConverter<ConversationStatus, String> {
        @Override
        public String convertToDatabaseColumn(ConversationStatus status) {
            return status == null ? null : status.id;
        }

        @Override
        public ConversationStatus convertToEntityAttribute(String value) {
            return value == null ? null : parse(value);
        }
    }
}
