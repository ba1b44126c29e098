package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.MatchMode;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Section 8, for likes and shares: whether the brand likes or shares at all, the topics it stays away
 * from (matched on stems in the content liked or shared) and the sources it does not engage with (a
 * domain of a link, subdomains included, or an @handle among the mentions or in the text).
 */
final class EngagementChecker implements Checker {

    private static final int SECTION = 8;

    private final Catalogue.Engagement engagement;
    private final TermRules<Catalogue.TopicRule> topics = new TermRules<>();

    EngagementChecker(Catalogue.Engagement engagement) {
        this.engagement = engagement;
        engagement.avoidTopics().forEach(t -> t.phrases().forEach(p -> topics.add(p, t.language(), MatchMode.STEM, t)));
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        Draft.Kind kind = draft.draft().kind();
        if (kind == Draft.Kind.LIKE && Boolean.FALSE.equals(engagement.mayLike())
                || kind == Draft.Kind.SHARE && Boolean.FALSE.equals(engagement.mayShare())) {
            String action = kind == Draft.Kind.LIKE ? "like" : "share";
            findings.add(Finding.at("engagement.no-" + action, SECTION, Severity.BLOCK, null, null, null,
                    "the brand does not " + action + " content on " + draft.draft().channel(),
                    "The catalogue says the brand does not " + action + " others' content.", null)
                    .keyed(action.equals("like") ? "engagement.noLike" : "engagement.noShare",
                            Map.of("channel", draft.draft().channel(), "context", action)));
        }
        topics.matches(draft, m -> {
            Finding.Span span = draft.span(m.start(), m.end());
            findings.add(Finding.inText(m.rule().id(), SECTION, m.rule().severity(), span,
                    "the content touches '" + m.rule().name() + "' ('" + span.text() + "'), a topic the brand stays away from",
                    m.rule().explanation(), "do not " + verb(kind) + " it")
                    .keyed("engagement.topic", Map.of("text", span.text(), "topic", m.rule().name(),
                            "context", verb(kind))));
        });
        for (Catalogue.AvoidedSource source : engagement.avoidSources()) {
            String s = source.source().toLowerCase(Locale.ROOT);
            if (s.startsWith("@")) {
                List<String> mentions = draft.draft().mentionsOrEmpty();
                for (int i = 0; i < mentions.size(); i++) {
                    if (mentions.get(i) != null && mentions.get(i).strip().equalsIgnoreCase(s)) {
                        findings.add(Finding.at("engagement.source", SECTION, source.severity(), null, null, i,
                                "the content comes from " + source.source() + ", a source the brand does not engage with",
                                source.explanation(), "do not " + verb(kind) + " it")
                                .keyed("engagement.sourceMention", Map.of("source", source.source(),
                                        "context", verb(kind))));
                    }
                }
                int at = draft.text().toLowerCase(Locale.ROOT).indexOf(s);
                while (at >= 0) {
                    int end = at + s.length();
                    if (end == draft.text().length() || !Character.isLetterOrDigit(draft.text().charAt(end))) {
                        findings.add(Finding.inText("engagement.source", SECTION, source.severity(),
                                draft.span(at, end), "the content names " + source.source()
                                        + ", a source the brand does not engage with", source.explanation(),
                                "do not " + verb(kind) + " it").keyed("engagement.sourceNamed",
                                        Map.of("source", source.source(), "context", verb(kind))));
                    }
                    at = draft.text().toLowerCase(Locale.ROOT).indexOf(s, end);
                }
            } else {
                for (AnalysedDraft.Link link : draft.links()) {
                    if (!link.host().isEmpty() && AnalysedDraft.within(link.host(), s)) {
                        String message = "the link goes to " + link.host() + ", a source the brand does not engage with";
                        Map<String, String> values = Map.of("host", link.host(), "context", verb(kind));
                        findings.add((link.span() != null
                                ? Finding.inText("engagement.source", SECTION, source.severity(), link.span(), message,
                                        source.explanation(), "do not " + verb(kind) + " it")
                                : Finding.at("engagement.source", SECTION, source.severity(), null, link.linkIndex(), null,
                                        message, source.explanation(), "do not " + verb(kind) + " it"))
                                .keyed("engagement.sourceLink", values));
                    }
                }
            }
        }
    }

    private static String verb(Draft.Kind kind) {
        return kind == Draft.Kind.LIKE ? "like" : "share";
    }
}
