package io.parley.calendar.stories;

import io.parley.platform.rest.Keyset;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.calendar.approvals.Approvals;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.channels.ChannelAccounts;
import io.parley.calendar.channels.ChannelsClient;
import io.parley.calendar.media.MediaLibrary;
import io.parley.calendar.standards.Standards;
import io.parley.contracts.Platform;
import io.parley.contracts.posts.StoryCreated;
import io.parley.contracts.posts.VariantRef;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.EntityTags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Stories and their variants: written with the network's limits, the brand's channel accounts, time zone and link
 * rules, checked against the brand's standards on every save, and versioned (every change a version). A change of
 * the content of a variant under approval starts a new round ({@link Approvals#contentChanged}).
 */
@ApplicationScoped
public class StoryService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChannelAccounts channels;

    @Inject
    Standards standards;

    @Inject
    VariantChecks checks;

    @Inject
    MediaLibrary media;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Inject
    Approvals approvals;

    /** Fields whose change is a change of content: approval starts over. */
    static final List<String> CONTENT_FIELDS = List.of("channelAccount", "text", "media", "link", "firstComment",
            "contentType", "riskLevel");

    public record Filter(Optional<String> status, Optional<String> channelAccount, Optional<String> campaign,
            Optional<Instant> from, Optional<Instant> to) {
        boolean onVariants() {
            return status.isPresent() || channelAccount.isPresent() || from.isPresent() || to.isPresent();
        }
    }

    public record Page(List<Story> stories, Map<UUID, List<Variant>> variants, String nextCursor) {
    }

    @Transactional
    public Story create(String brand, StoryApi.NewStory request, Workflow.Actor actor) {
        Instant now = clock.instant();
        Story s = new Story();
        s.id = UUID.randomUUID();
        s.brand = brand;
        s.title = request.title();
        s.brief = request.brief() == null ? "" : request.brief();
        s.campaign = blankToNull(request.campaign());
        s.tags = Json.write(request.tags() == null ? List.of() : request.tags());
        s.owner = actor.user();
        s.createdAt = now;
        s.updatedAt = now;
        s.version = 1;
        s.persist();
        List<StoryApi.NewVariant> requested = request.variants() == null ? List.of() : request.variants();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Variant> written = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            try {
                String prefix = "variants[" + i + "].";
                written.add(write(s, null, VariantFields.of(requested.get(i), prefix), prefix, actor, now));
            } catch (ProblemException e) {
                if (e.type() != ProblemType.UNPROCESSABLE) {
                    throw e;
                }
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw unprocessable(errors);
        }
        em.flush();
        audit.record(s.id, null, actor, "story-created", Map.of("title", s.title, "variants", written.size()), now);
        topic.publish(brand, s.id, new StoryCreated(s.id, s.title, s.campaign, s.owner, written.stream()
                .map(v -> new VariantRef(v.id, v.channelAccount, Platform.fromId(v.platform), v.scheduledFor))
                .toList()), now);
        return s;
    }

    @Transactional
    public Story get(String brand, UUID id) {
        Story s = Story.findById(id);
        if (s == null || !s.brand.equals(brand)) {
            throw ProblemException.notFound("story " + id + " does not exist");
        }
        return s;
    }

    @Transactional
    public Variant variant(String brand, UUID storyId, UUID variantId) {
        get(brand, storyId);
        Variant v = Variant.findById(variantId);
        if (v == null || !v.storyId.equals(storyId)) {
            throw ProblemException.notFound("variant " + variantId + " of story " + storyId + " does not exist");
        }
        return v;
    }

    @Transactional
    public List<Variant> variants(UUID storyId) {
        return Variant.list("storyId", Sort.by("scheduledFor", Sort.NullPrecedence.NULLS_LAST).and("id"), storyId);
    }

    @Transactional
    public Story change(String brand, UUID id, StoryApi.StoryChange change, String ifMatch, Workflow.Actor actor) {
        Story s = get(brand, id);
        EntityTags.requireCurrent(ifMatch, s.version);
        Instant now = clock.instant();
        Map<String, Object> changed = new LinkedHashMap<>();
        if (!s.title.equals(change.title())) {
            changed.put("title", change.title());
        }
        s.title = change.title();
        s.brief = change.brief() == null ? "" : change.brief();
        s.campaign = blankToNull(change.campaign());
        s.tags = Json.write(change.tags() == null ? List.of() : change.tags());
        s.version++;
        s.updatedAt = now;
        audit.record(s.id, null, actor, "story-changed", changed, now);
        return s;
    }

    @Transactional
    public Variant addVariant(String brand, UUID storyId, StoryApi.NewVariant request, Workflow.Actor actor) {
        VariantFields fields = VariantFields.of(request, ""); // the body's own faults first
        Story s = get(brand, storyId);
        Instant now = clock.instant();
        Variant v = write(s, null, fields, "", actor, now);
        s.updatedAt = now;
        return v;
    }

    /**
     * Changes a variant (If-Match: its version). A changed schedule of an approved variant keeps the approval; a
     * changed content of a variant in review or approved starts a new round; an expired one rescheduled is a draft
     * again; a cancelled one cannot change.
     */
    @Transactional
    public Variant changeVariant(String brand, UUID storyId, UUID variantId, JsonNode body, String ifMatch,
            Workflow.Actor actor) {
        VariantFields fields = VariantFields.of(body); // the body's own faults first, as for every other request
        Story s = get(brand, storyId);
        Variant v = variant(brand, storyId, variantId);
        EntityTags.requireCurrent(ifMatch, v.version);
        if (VariantStatus.CANCELLED.equals(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is cancelled and cannot change");
        }
        if (VariantStatus.OUT.contains(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status + (v.correctionOf != null
                    ? "; the correction went out" : "; a published post changes through POST …/corrections or "
                    + "POST …/deletion"));
        }
        if (v.correctionOf != null) {
            // A correction changes only its text: it is sent as the post's edit or reply, never on its own time.
            List<Problem.FieldError> fixed = new ArrayList<>();
            body.fieldNames().forEachRemaining(name -> {
                if (!name.equals("text")) {
                    fixed.add(new Problem.FieldError(name, "a correction changes only its text"));
                }
            });
            if (!fixed.isEmpty()) {
                throw unprocessable(fixed);
            }
        }
        return write(s, v, fields, "", actor, clock.instant());
    }

    /** Writes a new variant ({@code existing} null) or a change; validation errors are one 422 naming each field. */
    private Variant write(Story story, Variant existing, VariantFields f, String prefix, Workflow.Actor actor,
            Instant now) {
        boolean isNew = existing == null;
        List<Problem.FieldError> errors = new ArrayList<>();
        String accountId = pick(f.channelAccount(), isNew ? null : existing.channelAccount);
        ChannelsClient.Account account = null;
        if (accountId == null || accountId.isBlank()) {
            errors.add(new Problem.FieldError(prefix + "channelAccount", "is required"));
        } else {
            account = channels.find(story.brand, accountId).orElse(null);
            if (account == null) {
                errors.add(new Problem.FieldError(prefix + "channelAccount", "'" + accountId
                        + "' is not a channel account of " + story.brand));
            } else if (Boolean.FALSE.equals(account.enabled())) {
                errors.add(new Problem.FieldError(prefix + "channelAccount", "'" + accountId + "' is disabled"));
            }
        }
        Platform platform = null;
        if (account != null) {
            try {
                platform = Platform.fromId(account.platform());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(prefix + "channelAccount", "its platform '" + account.platform()
                        + "' is unknown"));
            }
        }
        String text = pick(f.text(), isNew ? "" : existing.text);
        if (text == null) {
            text = "";
        }
        List<UUID> mediaIds = pick(f.media(), isNew ? List.of() : Json.readStrings(existing.media).stream()
                .map(UUID::fromString).toList());
        if (mediaIds == null) {
            mediaIds = List.of();
        }
        if (f.media().present()) {
            errors.addAll(media.unknown(story.brand, mediaIds, prefix));
        }
        String link = pick(f.link(), isNew ? null : existing.link);
        if (link != null && TrackedLinks.host(link) == null) {
            errors.add(new Problem.FieldError(prefix + "link", "'" + link + "' is not an http(s) link"));
        }
        String firstComment = pick(f.firstComment(), isNew ? null : existing.firstComment);
        Integer firstCommentDelay = firstComment == null ? null
                : pick(f.firstCommentDelay(), isNew ? null : existing.firstCommentDelay);
        String contentType = pick(f.contentType(), isNew ? "post" : existing.contentType);
        if (contentType == null) {
            contentType = "post";
        }
        if (!VariantStatus.CONTENT_TYPES.contains(contentType)) {
            errors.add(new Problem.FieldError(prefix + "contentType", "'" + contentType
                    + "' is not one of post, story, reel, video, article"));
        }
        String riskLevel = pick(f.riskLevel(), isNew ? "normal" : existing.riskLevel);
        if (riskLevel == null) {
            riskLevel = "normal";
        }
        if (!VariantStatus.RISK_LEVELS.contains(riskLevel)) {
            errors.add(new Problem.FieldError(prefix + "riskLevel", "'" + riskLevel + "' is not one of low, normal, high"));
        }
        if (platform != null) {
            errors.addAll(NetworkLimits.check(platform, prefix, text, mediaIds.size(), firstComment));
        }
        if (!errors.isEmpty() || platform == null) {
            throw unprocessable(errors);
        }
        Standards.ChannelRules rules = standards.rules(story.brand, platform.id());
        Instant scheduledFor = isNew ? null : existing.scheduledFor;
        if (f.scheduledFor().present()) {
            scheduledFor = schedule(f.scheduledFor().value(), rules.timeZone(), prefix + "scheduledFor");
            if (scheduledFor != null && !scheduledFor.isAfter(now)
                    && (isNew || !scheduledFor.equals(existing.scheduledFor))) {
                throw unprocessable(List.of(new Problem.FieldError(prefix + "scheduledFor", scheduledFor
                        + " is in the past")));
            }
        }
        Variant v = isNew ? new Variant() : existing;
        Map<String, Object[]> changes = new LinkedHashMap<>();
        if (!isNew) {
            diffField(changes, "channelAccount", existing.channelAccount, account.id());
            diffField(changes, "text", existing.text, text);
            diffField(changes, "media", Json.readStrings(existing.media), mediaIds.stream().map(UUID::toString).toList());
            diffField(changes, "link", existing.link, link);
            diffField(changes, "firstComment", existing.firstComment, firstComment);
            diffField(changes, "firstCommentDelay", existing.firstCommentDelay, firstCommentDelay);
            diffField(changes, "contentType", existing.contentType, contentType);
            diffField(changes, "riskLevel", existing.riskLevel, riskLevel);
            diffField(changes, "scheduledFor", existing.scheduledFor, scheduledFor);
            if (changes.isEmpty()) {
                return existing; // nothing changed: no new version
            }
        }
        if (isNew) {
            v.id = UUID.randomUUID();
            v.storyId = story.id;
            v.brand = story.brand;
            v.status = VariantStatus.DRAFT;
            v.version = 0;
            v.author = actor.user();
            v.overrides = "{}";
            v.round = 0;
        }
        int fromVersion = v.version;
        v.channelAccount = account.id();
        v.channelName = account.name();
        v.platformAccountId = account.accountId();
        v.platform = platform.id();
        v.text = text;
        v.media = Json.write(mediaIds.stream().map(UUID::toString).toList());
        v.link = link;
        v.trackedLink = TrackedLinks.tracked(link, rules.links(), platform.id(),
                story.campaign != null ? story.campaign : story.title, contentType);
        v.firstComment = firstComment;
        v.firstCommentDelay = firstCommentDelay;
        v.contentType = contentType;
        v.riskLevel = riskLevel;
        v.scheduledFor = scheduledFor;
        v.timeZone = rules.timeZone().getId();
        v.lastEditor = actor.user();
        v.updatedAt = now;
        v.version++;
        v.findings = Json.write(checks.check(v));
        boolean contentChanged = changes.keySet().stream().anyMatch(CONTENT_FIELDS::contains);
        boolean wasFailed = VariantStatus.FAILED.equals(v.status);
        if (isNew) {
            v.persist();
        } else if ((VariantStatus.UNDER_APPROVAL.contains(v.status) || VariantStatus.FAILED.equals(v.status))
                && contentChanged) {
            approvals.contentChanged(v, fromVersion, changes.keySet().stream().filter(CONTENT_FIELDS::contains)
                    .toList(), actor, now);
        } else if (VariantStatus.APPROVED.equals(v.status) || VariantStatus.SCHEDULED.equals(v.status)
                || (VariantStatus.FAILED.equals(v.status) && changes.containsKey("scheduledFor"))) {
            v.status = VariantStatus.approvedOrScheduled(v); // a new time keeps the approval
        } else if (VariantStatus.EXPIRED.equals(v.status) && changes.containsKey("scheduledFor")) {
            v.status = VariantStatus.DRAFT; // rescheduled: it may go through approval again
        }
        if (wasFailed && !VariantStatus.FAILED.equals(v.status)) {
            // on its way again: the failed publication stays in the ledger, the variant shows the next one
            v.publicationState = null;
            v.publishFailure = null;
            v.publishReason = null;
            v.publishRetryAt = null;
        }
        snapshot(v, actor.user(), now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", v.version);
        detail.put("fields", isNew ? List.of("created") : List.copyOf(changes.keySet()));
        audit.record(story.id, v.id, actor, isNew ? "variant-created" : "variant-changed", detail, now);
        return v;
    }

    /** Keeps the variant as it is now as its version. */
    public void snapshot(Variant v, String by, Instant now) {
        VariantVersion version = new VariantVersion();
        version.variantId = v.id;
        version.version = v.version;
        version.at = now;
        version.by = by;
        version.text = v.text;
        version.media = v.media;
        version.link = v.link;
        version.firstComment = v.firstComment;
        version.scheduledFor = v.scheduledFor;
        version.status = v.status;
        version.persist();
    }

    /** The order of {@link #versions}, and its cursors' name. */
    static final Keyset<VariantVersion> VERSIONS = Keyset.<VariantVersion>ascending("variant-versions")
            .number("version", v -> v.version);

    /**
     * A page of the variant's versions, oldest first, after {@code cursor} (null: the first page): keyset on the
     * primary key (variant_id, version).
     */
    @Transactional
    public io.parley.platform.rest.Page<VariantVersion> versions(String brand, UUID storyId, UUID variantId,
            String cursor, int limit) {
        variant(brand, storyId, variantId);
        return VERSIONS.page((q, p, rows) -> VariantVersion.<VariantVersion>find(q, p).range(0, rows - 1).list(),
                "variantId = :v", Map.of("v", variantId), cursor, limit);
    }

    @Transactional
    public StoryApi.Diff diff(String brand, UUID storyId, UUID variantId, int from, int to) {
        variant(brand, storyId, variantId);
        return diff(variantId, from, to);
    }

    /** What changed from one version to another: each changed field, and the text word by word. */
    @Transactional
    public StoryApi.Diff diff(UUID variantId, int from, int to) {
        VariantVersion a = VariantVersion.findById(new VariantVersion.Key(variantId, from));
        VariantVersion b = VariantVersion.findById(new VariantVersion.Key(variantId, to));
        if (a == null) {
            throw ProblemException.invalid("from", "version " + from + " does not exist");
        }
        if (b == null) {
            throw ProblemException.invalid("to", "version " + to + " does not exist");
        }
        List<StoryApi.Change> changes = new ArrayList<>();
        change(changes, "text", a.text, b.text);
        change(changes, "media", Json.readStrings(a.media), Json.readStrings(b.media));
        change(changes, "link", a.link, b.link);
        change(changes, "firstComment", a.firstComment, b.firstComment);
        change(changes, "scheduledFor", a.scheduledFor, b.scheduledFor);
        change(changes, "status", a.status, b.status);
        return new StoryApi.Diff(from, to, changes, TextDiff.of(a.text, b.text));
    }

    /** A page of the brand's stories, newest first; with variant filters, only matching variants and their stories. */
    @Transactional
    public Page list(String brand, Filter filter, String cursor, int limit) {
        StringBuilder variantWhere = new StringBuilder("v.brand = :brand");
        Parameters params = Parameters.with("brand", brand);
        filter.status().ifPresent(s -> {
            variantWhere.append(" and v.status in :statuses");
            params.and("statuses", List.of(s.split(",")));
        });
        filter.channelAccount().ifPresent(c -> {
            variantWhere.append(" and v.channelAccount = :account");
            params.and("account", c);
        });
        filter.from().ifPresent(f -> {
            variantWhere.append(" and v.scheduledFor >= :from");
            params.and("from", f);
        });
        filter.to().ifPresent(t -> {
            variantWhere.append(" and v.scheduledFor < :to");
            params.and("to", t);
        });
        StringBuilder storyWhere = new StringBuilder("s.brand = :brand");
        filter.campaign().ifPresent(c -> {
            storyWhere.append(" and s.campaign = :campaign");
            params.and("campaign", c);
        });
        if (filter.onVariants()) {
            storyWhere.append(" and exists (select 1 from Variant v where v.storyId = s.id and ").append(variantWhere)
                    .append(")");
        }
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = decodeCursor(cursor);
            storyWhere.append(" and (s.createdAt < :cAt or (s.createdAt = :cAt and s.id < :cId))");
            params.and("cAt", Instant.parse(parts[0])).and("cId", UUID.fromString(parts[1]));
        }
        var query = em.createQuery("select s from Story s where " + storyWhere + " order by s.createdAt desc, s.id desc",
                Story.class).setMaxResults(limit + 1);
        params.map().forEach((k, val) -> {
            if (storyWhere.indexOf(":" + k) >= 0) {
                query.setParameter(k, val);
            }
        });
        List<Story> stories = new ArrayList<>(query.getResultList());
        String next = null;
        if (stories.size() > limit) {
            stories = stories.subList(0, limit);
            Story last = stories.get(limit - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((last.createdAt + "|" + last.id)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Map<UUID, List<Variant>> variants = new LinkedHashMap<>();
        if (!stories.isEmpty()) {
            var vq = em.createQuery("select v from Variant v where v.storyId in :ids and " + variantWhere
                    + " order by v.scheduledFor nulls last, v.id", Variant.class)
                    .setParameter("ids", stories.stream().map(s -> s.id).toList());
            params.map().forEach((k, val) -> {
                if (variantWhere.indexOf(":" + k) >= 0) {
                    vq.setParameter(k, val);
                }
            });
            for (Variant v : vq.getResultList()) {
                variants.computeIfAbsent(v.storyId, k -> new ArrayList<>()).add(v);
            }
        }
        return new Page(stories, variants, next);
    }

    private static String[] decodeCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            Instant.parse(parts[0]);
            UUID.fromString(parts[1]);
            return parts;
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
    }

    /** An ISO instant or offset date-time as written, a local date-time in the brand's time zone; null clears. */
    static Instant schedule(String value, ZoneId zone, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw unprocessable(List.of(new Problem.FieldError(field, "'" + value
                        + "' is not a time like 2026-12-08T09:00:00Z or 2026-12-08T10:00 (in " + zone + ")")));
            }
        }
    }

    public static ProblemException unprocessable(List<Problem.FieldError> errors) {
        String detail = errors.isEmpty() ? "the variant cannot be written"
                : String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }

    private static <T> T pick(VariantFields.Field<T> field, T current) {
        return field.present() ? field.value() : current;
    }

    private static void diffField(Map<String, Object[]> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(name, new Object[] {before, after});
        }
    }

    private static void change(List<StoryApi.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new StoryApi.Change(field, before, after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
