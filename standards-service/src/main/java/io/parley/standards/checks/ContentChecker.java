package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.MatchMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 4: forbidden terms and topics matched on stems in their language (so inflected forms match),
 * or exactly where a term says so, and patterns as regular expressions. A forbidden match that lies
 * inside an allowed phrase is not a finding.
 */
final class ContentChecker implements Checker {

    private static final int SECTION = 4;

    private final TermRules<Catalogue.TermRule> forbidden = new TermRules<>();
    private final TermRules<Catalogue.TopicRule> topics = new TermRules<>();
    private final TermRules<Catalogue.AllowedPhrase> allowed = new TermRules<>();
    private final List<Catalogue.PatternRule> patternRules;
    private final List<Pattern> patterns = new ArrayList<>();

    /** How long one catalogue pattern may take on one text. */
    static final long PATTERN_BUDGET_NANOS = 100_000_000L;

    ContentChecker(Catalogue.Content content) {
        content.forbidden().forEach(t -> forbidden.add(t.phrase(), t.language(),
                t.match() == null ? MatchMode.STEM : t.match(), t));
        content.topics().forEach(t -> t.phrases().forEach(p -> topics.add(p, t.language(), MatchMode.STEM, t)));
        content.allowed().forEach(a -> allowed.add(a.phrase(), a.language(), MatchMode.STEM, a));
        patternRules = content.patterns();
        // As written: a pattern that should ignore case says so with (?i); \\p{Lu} must keep meaning upper case.
        patternRules.forEach(p -> patterns.add(Pattern.compile(p.regex(), Pattern.UNICODE_CASE)));
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        List<int[]> allowedRanges = new ArrayList<>();
        allowed.matches(draft, m -> allowedRanges.add(new int[] {m.start(), m.end()}));
        forbidden.matches(draft, m -> {
            if (allowedRanges.stream().anyMatch(r -> r[0] <= m.start() && m.end() <= r[1])) {
                return;
            }
            Catalogue.TermRule rule = m.rule();
            Finding.Span span = draft.span(m.start(), m.end());
            Finding.Fix fix = TermFixes.fix(draft.text(), m.start(), m.end(), rule.phrase(), rule.language(),
                    rule.suggestion()).map(e -> {
                        Finding.Span range = draft.span(e.start(), e.end());
                        return new Finding.Fix(range.start(), range.end(), e.text());
                    }).orElse(null);
            findings.add(Finding.inText(rule.id(), SECTION, rule.severity(), span,
                    "“" + span.text() + "” is a word the brand does not use", rule.explanation(), rule.suggestion())
                    .keyed("content.forbidden", Map.of("text", span.text(), "term", rule.phrase()))
                    .fixed(fix, TermFixes.alternatives(rule.suggestion())));
        });
        topics.matches(draft, m -> {
            Catalogue.TopicRule rule = m.rule();
            Finding.Span span = draft.span(m.start(), m.end());
            findings.add(Finding.inText(rule.id(), SECTION, rule.severity(), span,
                    "“" + span.text() + "” touches " + rule.name() + ", a topic the brand stays away from",
                    rule.explanation(), null).keyed("content.topic", Map.of("text", span.text(), "topic", rule.name())));
        });
        for (int i = 0; i < patterns.size(); i++) {
            Catalogue.PatternRule rule = patternRules.get(i);
            Matcher m = patterns.get(i).matcher(BoundedText.within(draft.text(), PATTERN_BUDGET_NANOS));
            List<Finding> matched = new ArrayList<>();
            try {
                while (m.find()) {
                    if (m.end() > m.start()) {
                        Finding.Span span = draft.span(m.start(), m.end());
                        matched.add(Finding.inText(rule.id(), SECTION, rule.severity(), span,
                                "“" + span.text() + "” is written in a way the brand's rule " + rule.id()
                                        + " does not allow", rule.explanation(), rule.suggestion())
                                .keyed("content.pattern", Map.of("text", span.text(), "rule", rule.id()))
                                .fixed(null, TermFixes.alternatives(rule.suggestion())));
                    }
                }
                findings.addAll(matched);
            } catch (BoundedText.TooSlow slow) {
                // Not checked is not passed: the rule's own severity, and words saying what to do about it.
                findings.add(Finding.at(rule.id(), SECTION, rule.severity(), null, null, null,
                        "the pattern of rule '" + rule.id() + "' took longer than " + PATTERN_BUDGET_NANOS / 1_000_000
                                + " ms on this text and was stopped, so the text was not checked against it; a "
                                + "manager should simplify the pattern (repeated or nested wildcards such as (.*a){20} are the "
                                + "usual cause)", rule.explanation(), null).keyed("content.patternTooSlow",
                        Map.of("rule", rule.id(), "ms", String.valueOf(PATTERN_BUDGET_NANOS / 1_000_000))));
            }
        }
    }
}
