package io.parley.calendar.standards;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.platform.problem.BlockedByStandards;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A standards finding about a variant, as the checks engine reported it (its {@code ruleId} is the {@code code};
 * severity {@code block}/{@code warn} read as blocking/warning), and the approver's override of it, if any.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "VariantFinding")
public record Finding(@Schema(example = "4") int section, @Schema(example = "pl-darmowy") String code,
        @Schema(description = "blocking, warning or info", example = "blocking") String severity,
        String message, Span span, @Schema(description = "what to write instead, when the catalogue says") String suggestion,
        Override overridden,
        @Schema(description = "the message's key for a translation, as the checks engine gave it "
                + "(docs/standards.md); null for findings stored before it did", example = "content.forbidden")
        String messageKey,
        @Schema(description = "the values the message's words take") java.util.Map<String, String> params) {

    @Schema(name = "FindingSpan", description = "code-point offsets into the text, end exclusive")
    public record Span(int start, int end) {
    }

    @Schema(name = "FindingOverride")
    public record Override(String by, String reason, Instant at) {
    }

    public boolean blocking() {
        return "blocking".equals(severity);
    }

    /** The findings that stop a submission: blocking and not overridden. */
    public static List<Finding> blocking(List<Finding> findings) {
        return findings.stream().filter(f -> f.blocking() && f.overridden() == null).toList();
    }

    /** The 422 answering a variant these findings block, as inbox-service answers a blocked reply. */
    public static BlockedByStandards blocked(List<Finding> findings) {
        List<Finding> blocking = blocking(findings);
        return new BlockedByStandards(blocking.size() + " finding(s) of the brand's standards block this variant: "
                + String.join(", ", blocking.stream().map(Finding::code).toList())
                + "; change it, or an approver may override a finding with a reason",
                blocking.stream().map(f -> BlockedByStandards.onText(f.code(), f.message())).toList(), findings);
    }

    public Finding overriddenBy(Override o) {
        return new Finding(section, code, severity, message, span, suggestion, o, messageKey, params);
    }
}
