package io.parley.standards.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.standards.catalogue.Catalogue.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;

/** Every finding about a draft, in a fixed order (section, place, rule), and the verdict they add up to. */
@Schema(name = "CheckResult")
public record CheckResult(Verdict verdict, List<Finding> findings) {

    @Schema(name = "Verdict", description = "block: a blocking finding; warn: only warnings; pass: nothing found")
    public enum Verdict {
        @JsonProperty("pass") PASS,
        @JsonProperty("warn") WARN,
        @JsonProperty("block") BLOCK
    }

    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::section)
            .thenComparingInt(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.span() == null ? 0 : f.span().end());

    static CheckResult of(List<Finding> findings) {
        List<Finding> ordered = findings.stream().distinct().sorted(ORDER).toList();
        Verdict verdict = ordered.stream().anyMatch(f -> f.severity() == Severity.BLOCK) ? Verdict.BLOCK
                : ordered.isEmpty() ? Verdict.PASS : Verdict.WARN;
        return new CheckResult(verdict, ordered);
    }
}
