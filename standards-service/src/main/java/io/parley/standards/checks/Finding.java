package io.parley.standards.checks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.standards.catalogue.Catalogue.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One thing a draft does against the brand's standards: which rule (and section), how bad, exactly
 * where (a span of the text, or the index of an image, link or mention), what is wrong, why the rule
 * exists, and what to do instead where the catalogue says so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Finding")
public record Finding(
        @Schema(description = "the catalogue rule's id, or a built-in rule like links.utm-missing", example = "no-free")
        String ruleId,
        @Schema(description = "the catalogue section, 1-9", example = "4") int section,
        @Schema(example = "content") String sectionName,
        Severity severity,
        @Schema(description = "where in the text") Span span,
        @Schema(description = "which image (0-based)") Integer imageIndex,
        @Schema(description = "which entry of links (0-based), for a link given apart from the text") Integer linkIndex,
        @Schema(description = "which entry of mentions (0-based)") Integer mentionIndex,
        @Schema(description = "what is wrong, in English words for the agent; the console shows messageKey with params "
                + "in the user's language instead") String message,
        @Schema(description = "why the rule exists (a catalogue rule's explanation, as the brand wrote it)") String why,
        @Schema(description = "what to do instead (a catalogue rule's suggestion, as the brand wrote it)")
        String suggestion,
        @Schema(description = "the message's key for a translation (docs/standards.md, Findings in the user's "
                + "language); the console's findings namespace words each", example = "content.forbidden")
        String messageKey,
        @Schema(description = "the values the message's words take, by name", example = "{\"text\":\"darmowy\"}")
        Map<String, String> params,
        @Schema(description = "the one-click fix, only where the result is grammatical; null otherwise") Fix fix,
        @Schema(description = "the suggestions to choose from and write in by hand, where no fix is offered")
        List<String> alternatives) {

    /**
     * Replace the text's code points [start, end) by {@code text}: it may reach past the finding's words ("darmowy
     * kupon." becomes "kupon w cenie.").
     */
    @Schema(name = "FindingFix")
    public record Fix(@Schema(example = "11") int start, @Schema(example = "24") int end,
            @Schema(example = "kupon w cenie") String text) {
    }

    /**
     * A range of the draft's text in Unicode code points (an emoji counts one), end exclusive, and the
     * text it covers.
     */
    @Schema(name = "Span")
    public record Span(@Schema(example = "12") int start, @Schema(example = "16") int end,
            @Schema(example = "free") String text) {
    }

    static final String[] SECTION_NAMES = {"", "approvers", "tools", "photos", "content", "links", "otherBrands",
            "logos", "engagement", "responseTargets"};

    static Finding inText(String ruleId, int section, Severity severity, Span span, String message, String why,
            String suggestion) {
        return new Finding(ruleId, section, SECTION_NAMES[section], severity, span, null, null, null, message, why,
                suggestion, null, null, null, null);
    }

    static Finding at(String ruleId, int section, Severity severity, Integer imageIndex, Integer linkIndex,
            Integer mentionIndex, String message, String why, String suggestion) {
        return new Finding(ruleId, section, SECTION_NAMES[section], severity, null, imageIndex, linkIndex,
                mentionIndex, message, why, suggestion, null, null, null, null);
    }

    /** The same finding with the key and values of its message, for the console to word in the user's language. */
    Finding keyed(String key, Map<String, String> values) {
        return new Finding(ruleId, section, sectionName, severity, span, imageIndex, linkIndex, mentionIndex, message,
                why, suggestion, key, values, fix, alternatives);
    }

    /** The same finding with its one-click fix, or with the alternatives to choose from where there is none. */
    Finding fixed(Fix oneClick, List<String> choices) {
        return new Finding(ruleId, section, sectionName, severity, span, imageIndex, linkIndex, mentionIndex, message,
                why, suggestion, messageKey, params, oneClick, oneClick == null && !choices.isEmpty() ? choices : null);
    }

    /** Where the finding is, for ordering: text before links before mentions before images. */
    int position() {
        if (span != null) {
            return span.start();
        }
        if (linkIndex != null) {
            return 1_000_000 + linkIndex;
        }
        if (mentionIndex != null) {
            return 2_000_000 + mentionIndex;
        }
        if (imageIndex != null) {
            return 3_000_000 + imageIndex;
        }
        return 4_000_000;
    }
}
