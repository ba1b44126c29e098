package io.parley.ingest.generic;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Parley's own interaction format, for sources without a connector of their own (forums, review
 * sites, a shop's Q&amp;A) and for bulk imports. One JSON object per item:
 * <pre>{"id":"post-991","kind":"comment","threadId":"topic-17","parentId":"topic-17","postId":"topic-17",
 *  "text":"…","author":{"id":"u-5","name":"Ola","url":"https://…"},"permalink":"https://…",
 *  "createdAt":"2026-11-23T09:00:00Z","attachments":[{"type":"image","url":"https://…"}]}</pre>
 * An item with {@code "change": "edited" | "hidden" | "unhidden" | "deleted"} changes the item with
 * that id heard before ({@code text} is the new text of an edit). Ids are the source's own: sending
 * the same id again is a re-delivery and yields the same event.
 */
public final class GenericItems {

    static final int MAX_TEXT = 20_000;

    /** An item that cannot be read, with the field at fault. */
    public static final class InvalidItemException extends Exception {
        private final String field;

        InvalidItemException(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** One item: either a new interaction or a change to an earlier one. */
    public record Item(InteractionIntake.Heard heard, InteractionIntake.Changed changed) {
    }

    private GenericItems() {
    }

    public static Item read(JsonNode item, ChannelAccount account) throws InvalidItemException {
        if (item == null || !item.isObject()) {
            throw new InvalidItemException("item", "must be a JSON object");
        }
        String id = requiredText(item, "id", 500);
        UUID interactionId = StableIds.of(account.platform().id(), account.accountId(), id);
        Instant time = time(item, "createdAt");
        if (item.hasNonNull("change")) {
            InteractionChanged.Change change = switch (item.get("change").asText().toLowerCase(Locale.ROOT)) {
                case "edited" -> InteractionChanged.Change.EDITED;
                case "hidden" -> InteractionChanged.Change.HIDDEN;
                case "unhidden" -> InteractionChanged.Change.UNHIDDEN;
                case "deleted" -> InteractionChanged.Change.DELETED;
                default -> throw new InvalidItemException("change", "must be edited, hidden, unhidden or deleted");
            };
            String text = change == InteractionChanged.Change.EDITED ? requiredText(item, "text", MAX_TEXT) : null;
            Instant changedAt = time(item, "changedAt");
            return new Item(null, new InteractionIntake.Changed(account, new InteractionChanged(interactionId,
                    account.platform(), account.accountId(), id, optionalText(item, "threadId"), change, text,
                    optionalText(item.path("author"), "id"), changedAt != null ? changedAt : time)));
        }
        InteractionKind kind = kind(item);
        String text = requiredText(item, "text", MAX_TEXT);
        String parent = optionalText(item, "parentId");
        String thread = optionalText(item, "threadId");
        JsonNode author = item.path("author");
        if (!author.isMissingNode() && !author.isObject()) {
            throw new InvalidItemException("author", "must be an object with id, name and url");
        }
        String permalink = url(item, "permalink");
        Author by;
        try {
            by = new Author(optionalText(author, "id"), optionalText(author, "name"), url(author, "url"));
        } catch (InvalidItemException e) {
            throw new InvalidItemException("author." + e.field(), e.getMessage().substring(e.field().length() + 2));
        }
        return new Item(new InteractionIntake.Heard(account, new InteractionReceived(interactionId,
                account.platform(), account.accountId(), kind, id, optionalText(item, "postId"), parent,
                thread != null ? thread : (parent != null ? parent : id), by, text,
                permalink, time).withAttachments(attachments(item))), null);
    }

    /** {@code "attachments":[{"type":"image","url":"https://…"}]}: at most 20, each with a known type and an address. */
    private static java.util.List<io.parley.contracts.interactions.Attachment> attachments(JsonNode item)
            throws InvalidItemException {
        JsonNode list = item.get("attachments");
        if (list == null || list.isNull()) {
            return java.util.List.of();
        }
        if (!list.isArray() || list.size() > 20) {
            throw new InvalidItemException("attachments", "must be a list of at most 20 objects");
        }
        java.util.List<io.parley.contracts.interactions.Attachment> found = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = "attachments[" + i + "]";
            if (!a.isObject()) {
                throw new InvalidItemException(at, "must be an object with type and url");
            }
            String type = a.path("type").asText("");
            if (!io.parley.contracts.interactions.Attachment.TYPES.contains(type)) {
                throw new InvalidItemException(at + ".type", "must be one of "
                        + String.join(", ", io.parley.contracts.interactions.Attachment.TYPES));
            }
            String address;
            try {
                address = url(a, "url");
            } catch (InvalidItemException e) {
                throw new InvalidItemException(at + ".url", e.getMessage().substring(e.getMessage().indexOf(':') + 2));
            }
            if (address == null) {
                throw new InvalidItemException(at + ".url", "is required");
            }
            found.add(io.parley.contracts.interactions.Attachment.of(type, address));
        }
        return found;
    }

    private static InteractionKind kind(JsonNode item) throws InvalidItemException {
        String kind = item.path("kind").asText("comment").toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return InteractionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidItemException("kind", "must be comment, reply, mention, direct_message, reaction or review");
        }
    }

    private static String requiredText(JsonNode node, String field, int max) throws InvalidItemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidItemException(field, "is required");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new InvalidItemException(field, "must be a string");
        }
        String text = value.asText();
        if (text.isBlank()) {
            throw new InvalidItemException(field, "must not be blank");
        }
        if (text.length() > max) {
            throw new InvalidItemException(field, "is longer than " + max + " characters");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field) throws InvalidItemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new InvalidItemException(field, "must be a string");
        }
        return value.asText();
    }

    private static String url(JsonNode node, String field) throws InvalidItemException {
        String value = optionalText(node, field);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new InvalidItemException(field, "must be an http(s) address");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidItemException(field, "is not an address");
        }
        return value;
    }

    private static Instant time(JsonNode node, String field) throws InvalidItemException {
        String value = optionalText(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidItemException(field, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}
