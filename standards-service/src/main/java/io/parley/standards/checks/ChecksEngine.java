package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks drafts against one catalogue. Pure logic, no framework: the catalogue is compiled once per
 * channel (phrase indexes, patterns) into one {@link Checker} per section, and every check runs the
 * checkers that apply to the draft's kind. Deterministic: findings come out in a fixed order (section,
 * place, rule) whatever order the checkers ran in. Thread-safe.
 *
 * <p>Which sections apply: post and reply - 3 (photos), 4 (content), 5 (links), 6 (other brands), and for
 * a reply the built-in public-reply rule; like and share - 6 and 8 (engagement).
 */
public final class ChecksEngine {

    private final Catalogue catalogue;
    private final Map<String, Compiled> byChannel = new ConcurrentHashMap<>();

    /** The checkers of one channel, by kind of draft. */
    private record Compiled(List<Checker> writing, List<Checker> replying, List<Checker> engaging) {
    }

    private ChecksEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static ChecksEngine of(Catalogue catalogue) {
        return new ChecksEngine(catalogue);
    }

    /** One check, compiling the catalogue for it; for repeated checks keep an engine from {@link #of}. */
    public static CheckResult check(Catalogue catalogue, Draft draft) {
        return of(catalogue).check(draft);
    }

    public CheckResult check(Draft draft) {
        Compiled compiled = byChannel.computeIfAbsent(draft.channel() == null ? "" : draft.channel(), this::compile);
        List<Checker> checkers = switch (draft.kind()) {
            case POST -> compiled.writing();
            case REPLY -> compiled.replying();
            case LIKE, SHARE -> compiled.engaging();
        };
        AnalysedDraft analysed = new AnalysedDraft(draft);
        List<Finding> findings = new ArrayList<>();
        for (Checker checker : checkers) {
            checker.check(analysed, findings);
        }
        return CheckResult.of(findings);
    }

    private Compiled compile(String channel) {
        Catalogue c = catalogue.forChannel(channel);
        Checker photos = new PhotosChecker(c.photos());
        Checker content = new ContentChecker(c.content());
        Checker links = new LinksChecker(c.links(), channel.isEmpty() ? null : channel);
        Checker otherBrands = new OtherBrandsChecker(c.otherBrands());
        Checker engagement = new EngagementChecker(c.engagement());
        List<Checker> writing = List.of(photos, content, links, otherBrands);
        List<Checker> replying = new ArrayList<>(writing);
        replying.add(new PublicRepliesChecker());
        return new Compiled(writing, List.copyOf(replying), List.of(otherBrands, engagement));
    }
}
