package io.parley.calendar.stories;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A variant's fields as a write names them: for a new variant every field (absent ones take their defaults); for a
 * change only the fields present in the body (a field left out keeps its value; {@code null} clears link,
 * firstComment and scheduledFor).
 */
public record VariantFields(
        Field<String> channelAccount, Field<String> text, Field<List<UUID>> media, Field<String> link,
        Field<String> firstComment, Field<Integer> firstCommentDelay, Field<String> contentType,
        Field<String> riskLevel, Field<String> scheduledFor) {

    /** A field named by the write, or not. */
    public record Field<T>(boolean present, T value) {
        static <T> Field<T> absent() {
            return new Field<>(false, null);
        }

        static <T> Field<T> of(T value) {
            return new Field<>(true, value);
        }
    }

    public static VariantFields of(StoryApi.NewVariant v, String prefix) {
        Field<String> comment = Field.of(null);
        Field<Integer> delay = Field.of(null);
        if (v.firstComment() != null && !v.firstComment().isNull()) {
            comment = Field.of(commentText(v.firstComment(), prefix + "firstComment"));
            delay = Field.of(commentDelay(v.firstComment(), prefix + "firstComment"));
        }
        return new VariantFields(Field.of(v.channelAccount()), Field.of(v.text() == null ? "" : v.text()),
                Field.of(v.media() == null ? List.of() : v.media()), Field.of(blankToNull(v.link())),
                comment, delay, Field.of(v.contentType() == null ? "post" : v.contentType()),
                Field.of(v.riskLevel() == null ? "normal" : v.riskLevel()), Field.of(blankToNull(v.scheduledFor())));
    }

    /** The fields a change's JSON body names; a wrong JSON type is a 400 naming the field. */
    private static final java.util.List<String> CHANGEABLE = java.util.List.of("channelAccount", "text", "media",
            "link", "firstComment", "contentType", "riskLevel", "scheduledFor");

    public static VariantFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object with the variant's fields");
        }
        // A change is read field by field (absent keeps, null clears), so the strict request mapper's refusal of
        // unknown fields (ADR 8) is made here.
        body.fieldNames().forEachRemaining(name -> {
            if (!CHANGEABLE.contains(name)) {
                throw ProblemException.invalid(io.parley.platform.problem.Excerpt.of(name),
                        "is not a field of a variant; known: " + String.join(", ", CHANGEABLE));
            }
        });
        Field<String> comment = Field.absent();
        Field<Integer> delay = Field.absent();
        if (body.has("firstComment")) {
            JsonNode n = body.get("firstComment");
            comment = Field.of(n.isNull() ? null : commentText(n, "firstComment"));
            delay = Field.of(n.isNull() ? null : commentDelay(n, "firstComment"));
        }
        return new VariantFields(text(body, "channelAccount"), text(body, "text"), ids(body), text(body, "link"),
                comment, delay, text(body, "contentType"), text(body, "riskLevel"), text(body, "scheduledFor"));
    }

    /** A first comment's text: the string itself, or the object's {@code text}. */
    private static String commentText(JsonNode n, String field) {
        if (n.isTextual()) {
            return blankToNull(n.asText());
        }
        if (!n.isObject()) {
            throw ProblemException.invalid(field, "must be a string or {text, delayMinutes}");
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!name.equals("text") && !name.equals("delayMinutes")) {
                throw ProblemException.invalid(field + "." + io.parley.platform.problem.Excerpt.of(name),
                        "is not a field of a first comment; known: text, delayMinutes");
            }
        });
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw ProblemException.invalid(field + ".text", "must be a string");
        }
        return blankToNull(text.asText());
    }

    /** A first comment's delay in minutes (0 to a day), or null for the default. */
    private static Integer commentDelay(JsonNode n, String field) {
        if (!n.isObject() || !n.has("delayMinutes") || n.get("delayMinutes").isNull()) {
            return null;
        }
        JsonNode d = n.get("delayMinutes");
        if (!d.isIntegralNumber() || d.asLong() < 0
                || d.asLong() > io.parley.calendar.publishing.FirstComment.MAX_DELAY_MINUTES) {
            throw ProblemException.invalid(field + ".delayMinutes", "must be a whole number of minutes from 0 to "
                    + io.parley.calendar.publishing.FirstComment.MAX_DELAY_MINUTES);
        }
        return d.asInt();
    }

    private static Field<String> text(JsonNode body, String name) {
        if (!body.has(name)) {
            return Field.absent();
        }
        JsonNode n = body.get(name);
        if (n.isNull()) {
            return Field.of(null);
        }
        if (!n.isTextual()) {
            throw ProblemException.invalid(name, "must be a string");
        }
        return Field.of(name.equals("text") ? n.asText() : blankToNull(n.asText()));
    }

    private static Field<List<UUID>> ids(JsonNode body) {
        if (!body.has("media")) {
            return Field.absent();
        }
        JsonNode n = body.get("media");
        List<UUID> ids = new ArrayList<>();
        if (n.isNull()) {
            return Field.of(ids);
        }
        if (!n.isArray()) {
            throw ProblemException.invalid("media", "must be an array of media ids");
        }
        for (int i = 0; i < n.size(); i++) {
            try {
                ids.add(UUID.fromString(n.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("media[" + i + "]", "is not a media id");
            }
        }
        return Field.of(ids);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
