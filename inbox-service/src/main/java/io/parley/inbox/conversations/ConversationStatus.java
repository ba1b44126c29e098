package io.parley.inbox.conversations;

import io.parley.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a conversation stands. */
public enum ConversationStatus {
    /** Waiting for the brand's public response. */
    open,
    /** The brand answered in public; nothing new from the customer since. */
    answered;

    /** Reads a status from a request, or answers 400 naming the valid ones. */
    public static ConversationStatus parse(String value) {
        for (ConversationStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw ProblemException.invalid("status", "'" + value + "' is not a status; use one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
