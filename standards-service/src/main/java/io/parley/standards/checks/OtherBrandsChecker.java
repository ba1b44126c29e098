package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.MatchMode;
import io.parley.standards.catalogue.Catalogue.MentionPolicy;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Section 6: other brands named in the text (by name or alias, as whole words, any case) or among the
 * mentions (by handle or name), where the brand's mention policy for them is warn or block.
 */
final class OtherBrandsChecker implements Checker {

    private static final int SECTION = 6;

    private final TermRules<Catalogue.OtherBrand> names = new TermRules<>();
    private final List<Catalogue.OtherBrand> restricted = new ArrayList<>();

    OtherBrandsChecker(Catalogue.OtherBrands brands) {
        for (Catalogue.OtherBrand b : brands.brands()) {
            if (b.mentionPolicy() == MentionPolicy.WARN || b.mentionPolicy() == MentionPolicy.BLOCK) {
                restricted.add(b);
                names.add(b.name(), Catalogue.Language.EN, MatchMode.EXACT, b);
                if (b.aliases() != null) {
                    b.aliases().forEach(a -> names.add(a, Catalogue.Language.EN, MatchMode.EXACT, b));
                }
            }
        }
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        if (restricted.isEmpty()) {
            return;
        }
        // "Globex Corp" also contains "Globex": one finding, for the longest name.
        List<PhraseIndex.Match<Catalogue.OtherBrand>> matches = new ArrayList<>();
        names.matches(draft, matches::add);
        matches.sort(java.util.Comparator.<PhraseIndex.Match<Catalogue.OtherBrand>>comparingInt(PhraseIndex.Match::start)
                .thenComparing(m -> -m.end()));
        int coveredTo = -1;
        for (PhraseIndex.Match<Catalogue.OtherBrand> m : matches) {
            if (m.end() <= coveredTo) {
                continue;
            }
            coveredTo = m.end();
            Finding.Span span = draft.span(m.start(), m.end());
            findings.add(Finding.inText("other-brands." + m.rule().id(), SECTION, severity(m.rule()), span,
                    message(m.rule(), "'" + span.text() + "'"), why(m.rule()), "leave " + m.rule().name() + " out")
                    .keyed("otherBrands." + relation(m.rule()), Map.of("text", span.text(), "brand", m.rule().name())));
        }
        List<String> mentions = draft.draft().mentionsOrEmpty();
        for (int i = 0; i < mentions.size(); i++) {
            String mention = mentions.get(i) == null ? "" : mentions.get(i).strip().toLowerCase(Locale.ROOT);
            for (Catalogue.OtherBrand b : restricted) {
                if (matches(b, mention)) {
                    findings.add(Finding.at("other-brands." + b.id(), SECTION, severity(b), null, null, i,
                            message(b, "the mention " + mentions.get(i)), why(b), "remove the mention")
                            .keyed("otherBrands." + relation(b) + "Mention", Map.of("text", String.valueOf(mentions.get(i)),
                                    "brand", b.name())));
                    break;
                }
            }
        }
    }

    private static boolean matches(Catalogue.OtherBrand b, String mention) {
        String bare = mention.startsWith("@") ? mention.substring(1) : mention;
        if (b.handles() != null && b.handles().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(mention)
                || h.substring(1).toLowerCase(Locale.ROOT).equals(bare))) {
            return true;
        }
        return b.name().toLowerCase(Locale.ROOT).equals(bare)
                || b.aliases() != null && b.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(bare));
    }

    private static Severity severity(Catalogue.OtherBrand b) {
        return b.mentionPolicy() == MentionPolicy.BLOCK ? Severity.BLOCK : Severity.WARN;
    }

    private static String message(Catalogue.OtherBrand b, String what) {
        String relation = switch (b.relation()) {
            case COMPETITOR -> "the competitor ";
            case PARTNER -> "the partner ";
            case FOLLOW -> "";
        };
        return what + " names " + relation + b.name();
    }

    /** competitor, partner or follow: the message key's last part. */
    private static String relation(Catalogue.OtherBrand b) {
        return b.relation().name().toLowerCase(Locale.ROOT);
    }

    private static String why(Catalogue.OtherBrand b) {
        return b.explanation() != null ? b.explanation()
                : "The catalogue's mention policy for " + b.name() + " is " + b.mentionPolicy().name().toLowerCase(Locale.ROOT) + ".";
    }
}
