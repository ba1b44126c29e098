package io.parley.calendar.stories;

import io.parley.calendar.approvals.Approvals;
import io.parley.calendar.media.MediaLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The one mapping from stories and variants to their API shapes (media described in one query). */
@ApplicationScoped
public class StoryViews {

    @Inject
    MediaLibrary media;

    @Inject
    io.parley.calendar.publishing.Publications publications;

    @Transactional
    public StoryApi.StoryView story(Story s, List<Variant> variants) {
        return story(s, variants, describe(variants), publications.attempts(variants));
    }

    @Transactional
    public List<StoryApi.StoryView> stories(StoryService.Page page) {
        List<Variant> all = page.variants().values().stream().flatMap(List::stream).toList();
        Map<UUID, MediaLibrary.Described> described = describe(all);
        Map<UUID, List<io.parley.calendar.publishing.Publication.Attempt>> attempts = publications.attempts(all);
        return page.stories().stream().map(s -> story(s, page.variants().getOrDefault(s.id, List.of()), described,
                attempts)).toList();
    }

    @Transactional
    public StoryApi.VariantView variant(Variant v) {
        return variant(v, describe(List.of(v)), publications.attempts(List.of(v)));
    }

    private StoryApi.StoryView story(Story s, List<Variant> variants, Map<UUID, MediaLibrary.Described> described,
            Map<UUID, List<io.parley.calendar.publishing.Publication.Attempt>> attempts) {
        return new StoryApi.StoryView(s.id, s.brand, s.title, s.brief, s.campaign, Json.readStrings(s.tags), s.owner,
                s.createdAt, s.updatedAt, s.version, variants.stream().map(v -> variant(v, described, attempts))
                .toList());
    }

    private StoryApi.VariantView variant(Variant v, Map<UUID, MediaLibrary.Described> described,
            Map<UUID, List<io.parley.calendar.publishing.Publication.Attempt>> attempts) {
        List<StoryApi.MediaView> images = ids(v).stream().map(described::get).filter(d -> d != null)
                .map(MediaLibrary.Described::view).toList();
        return new StoryApi.VariantView(v.id, v.storyId, v.channelAccount, v.channelName, v.platform, v.text, images,
                v.link, v.trackedLink, publications.firstComment(v), v.contentType, v.riskLevel, v.scheduledFor,
                v.timeZone, v.status, v.version, v.author, v.lastEditor, v.updatedAt, VariantChecks.findings(v),
                v.approval == null ? null : Approvals.approval(v),
                io.parley.calendar.publishing.Publication.of(v, attempts.getOrDefault(v.id, List.of())),
                v.correctionOf, v.correctionKind, v.correctionReason, v.deletionBy == null ? null
                        : new StoryApi.Deletion(v.deletionBy, v.deletionReason, v.deletionRequestedAt, v.deletedAt));
    }

    private Map<UUID, MediaLibrary.Described> describe(Collection<Variant> variants) {
        Set<UUID> ids = new HashSet<>();
        variants.forEach(v -> ids.addAll(ids(v)));
        return media.describe(ids);
    }

    private static List<UUID> ids(Variant v) {
        return Json.readStrings(v.media).stream().map(UUID::fromString).toList();
    }
}
