package io.parley.standards.catalogue;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brand's standards catalogue: the nine sections of R4, plus per-channel overrides. An override
 * replaces a whole section (1 to 8) on that channel; section 9 is already per channel and is not
 * overridden. This record is the API shape, the stored JSON document (one per version) and what
 * the checks engine reads; {@link CatalogueValidator} decides what is valid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Catalogue", description = "A brand's standards: nine sections and per-channel overrides")
public record Catalogue(
        @Schema(description = "1. who signs off posts") Approvers approvers,
        @Schema(description = "2. tools that may publish for the brand") Tools tools,
        @Schema(description = "3. photos and copyright") Photos photos,
        @Schema(description = "4. allowed and forbidden content") Content content,
        @Schema(description = "5. links") Links links,
        @Schema(description = "6. other brands") OtherBrands otherBrands,
        @Schema(description = "7. logos on photos") Logos logos,
        @Schema(description = "8. what the brand may like, comment on or share") Engagement engagement,
        @Schema(description = "9. response-time targets") ResponseTargets responseTargets,
        @Schema(description = "10. publishing cadence per channel or channel account: posts per week, minimum gap, "
                + "quiet hours, embargo and blackout dates (in section 9's time zone); absent: no targets")
        Cadence cadence,
        @Schema(description = "per channel id (facebook, instagram, ...): sections 1-8 that differ there; "
                + "each replaces the whole base section on that channel") Map<String, ChannelOverride> overrides) {

    /** A catalogue without a cadence section (section 10 is optional: versions written before it have none). */
    public Catalogue(Approvers approvers, Tools tools, Photos photos, Content content, Links links,
            OtherBrands otherBrands, Logos logos, Engagement engagement, ResponseTargets responseTargets,
            Map<String, ChannelOverride> overrides) {
        this(approvers, tools, photos, content, links, otherBrands, logos, engagement, responseTargets, null,
                overrides);
    }

    /** A catalogue with every section present and empty: what a brand has before its first version. */
    public static Catalogue empty(int defaultMinutes) {
        return new Catalogue(new Approvers(List.of()), new Tools(List.of()),
                new Photos(List.of(), List.of(), false, false, List.of()),
                new Content(List.of(), List.of(), List.of(), List.of()),
                new Links(List.of(), List.of(), List.of(), List.of(), new Shorteners(Policy.ALLOW, List.of()), null),
                new OtherBrands(List.of()),
                new Logos(null, false, List.of(), null, null, List.of(), null),
                new Engagement(true, true, true, List.of(), List.of()),
                new ResponseTargets(defaultMinutes, "UTC", new Hours(HoursMode.ALWAYS, List.of()), List.of(), List.of()),
                new LinkedHashMap<>());
    }

    /** The catalogue as it applies on one channel: the base sections with that channel's overrides in place. */
    public Catalogue forChannel(String channel) {
        ChannelOverride o = overrides == null || channel == null ? null : overrides.get(channel);
        if (o == null) {
            return this;
        }
        return new Catalogue(pick(o.approvers(), approvers), pick(o.tools(), tools), pick(o.photos(), photos),
                pick(o.content(), content), pick(o.links(), links), pick(o.otherBrands(), otherBrands),
                pick(o.logos(), logos), pick(o.engagement(), engagement), responseTargets, cadence, Map.of());
    }

    /** The same catalogue with section 9 replaced. */
    public Catalogue withResponseTargets(ResponseTargets targets) {
        return new Catalogue(approvers, tools, photos, content, links, otherBrands, logos, engagement, targets,
                cadence, overrides);
    }

    private static <T> T pick(T override, T base) {
        return override != null ? override : base;
    }

    // ---- shared vocabulary ----

    @Schema(name = "Severity", description = "block: the draft may not go out; warn: a person should look")
    public enum Severity {
        @JsonProperty("warn") WARN,
        @JsonProperty("block") BLOCK
    }

    @Schema(name = "Language", description = "the language whose inflections a term matches")
    public enum Language {
        @JsonProperty("en") EN,
        @JsonProperty("pl") PL,
        @JsonProperty("el") EL,
        @JsonProperty("ru") RU
    }

    @Schema(name = "MatchMode", description = "stem: inflected forms match too; exact: the words as written "
            + "(case-insensitive)")
    public enum MatchMode {
        @JsonProperty("stem") STEM,
        @JsonProperty("exact") EXACT
    }

    @Schema(name = "Policy")
    public enum Policy {
        @JsonProperty("allow") ALLOW,
        @JsonProperty("warn") WARN,
        @JsonProperty("block") BLOCK
    }

    // ---- 1. approvers ----

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Approvers")
    public record Approvers(@Schema(description = "the rule that fits a post (channel, content type, risk level) "
            + "applies: rules for the post's own risk level first, in catalogue order, then those for the next "
            + "higher level (a rule covers its level and every lower one)") List<ApprovalRule> rules) {
    }

    /**
     * Which posts a rule is for, and who signs them off: either ordered {@code steps}, or (the form kept from
     * before steps existed) {@code approvers}, {@code required} and {@code order}, which
     * {@link #normalisedSteps()} turns into steps.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ApprovalRule")
    public record ApprovalRule(
            @Schema(description = "channel id; absent for every channel", example = "linkedin") String channel,
            @Schema(description = "absent for every content type") ContentType contentType,
            @Schema(description = "the highest risk level this rule is for; it covers lower levels too where no rule "
                    + "for them fits") RiskLevel riskLevel,
            @Schema(description = "without steps: people (user), roles (role) or invited reviewers (external) who "
                    + "may approve") List<Approver> approvers,
            @Schema(description = "without steps: how many of them must approve, 1 to the number listed", example = "1")
            Integer required,
            @Schema(description = "without steps: sequential (one step per approver, in the order listed) or any "
                    + "(one step)") ApprovalOrder order,
            @Schema(description = "the approval steps in order; each must be approved before the next starts. An "
                    + "empty list: the posts this rule fits need no approval") List<ApprovalStep> steps) {

        /** The rule as steps: its own, or those its approvers, required and order stand for. */
        public List<ApprovalStep> normalisedSteps() {
            if (steps != null) {
                return steps.stream().map(ApprovalStep::normalised).toList();
            }
            List<Approver> listed = approvers == null ? List.of() : approvers;
            if (listed.isEmpty()) {
                return List.of();
            }
            if (order == ApprovalOrder.SEQUENTIAL) {
                return listed.stream().map(a -> new ApprovalStep("Approval by " + a.id(), List.of(a), 1, null, null,
                        List.of(), List.of())).toList();
            }
            int n = required == null ? 1 : Math.max(1, Math.min(required, listed.size()));
            return List.of(new ApprovalStep("Approval", listed, n, null, null, List.of(), List.of()));
        }
    }

    /**
     * One step of an approval workflow: {@code required} of its approvers (1: any one; all of them: every one)
     * must approve. A step waiting {@code remindAfter} since it became active reminds its approvers; waiting
     * {@code escalateAfter} it escalates to {@code escalateTo}. Holders of a {@code skippableBy} role may skip
     * it with a reason.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ApprovalStep")
    public record ApprovalStep(
            @Schema(description = "shown to editors and approvers", example = "Brand review") String name,
            @Schema(description = "who may approve this step") List<Approver> approvers,
            @Schema(description = "how many of the approvers must approve: 1 (any) to their number (all)",
                    example = "1") Integer required,
            @Schema(description = "ISO-8601 duration from the step becoming active to a reminder; absent: none",
                    example = "PT4H") String remindAfter,
            @Schema(description = "ISO-8601 duration from the step becoming active to escalation; longer than "
                    + "remindAfter; absent: none", example = "PT8H") String escalateAfter,
            @Schema(description = "who an escalation goes to (users or roles); required with escalateAfter")
            List<Approver> escalateTo,
            @Schema(description = "roles that may skip this step, giving a reason", example = "[\"manager\"]")
            List<String> skippableBy) {

        /** Absent lists as empty ones. */
        public ApprovalStep normalised() {
            return new ApprovalStep(name, approvers == null ? List.of() : approvers, required, remindAfter,
                    escalateAfter, escalateTo == null ? List.of() : escalateTo,
                    skippableBy == null ? List.of() : skippableBy);
        }
    }

    @Schema(name = "Approver", description = "a user (by user name), a role of the brand (agent, editor, approver, "
            + "manager, admin), or an external reviewer invited to the story (by e-mail address, or any)")
    public record Approver(ApproverKind kind, @Schema(example = "manager") String id) {
    }

    public enum ApproverKind {
        @JsonProperty("user") USER,
        @JsonProperty("role") ROLE,
        @JsonProperty("external") EXTERNAL
    }

    public enum ContentType {
        @JsonProperty("post") POST,
        @JsonProperty("reply") REPLY,
        @JsonProperty("story") STORY,
        @JsonProperty("reel") REEL,
        @JsonProperty("video") VIDEO,
        @JsonProperty("article") ARTICLE,
        @JsonProperty("ad") AD
    }

    /** Lowest to highest; {@code medium}, the name before the calendar's levels, reads as {@code normal}. */
    @Schema(name = "RiskLevel", enumeration = {"low", "normal", "high"})
    public enum RiskLevel {
        @JsonProperty("low") LOW,
        @JsonProperty("normal") @JsonAlias("medium") NORMAL,
        @JsonProperty("high") HIGH
    }

    public enum ApprovalOrder {
        @JsonProperty("sequential") SEQUENTIAL,
        @JsonProperty("any") ANY
    }

    // ---- 2. tools ----

    @Schema(name = "Tools")
    public record Tools(List<Tool> allowed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Tool")
    public record Tool(@Schema(example = "parley") String id, @Schema(example = "Parley") String name,
            @Schema(description = "channel ids it may be used on; empty for all") List<String> channels,
            Boolean mayPublish, Boolean mayReply) {
    }

    // ---- 3. photos and copyright ----

    @Schema(name = "LicenceType")
    public enum LicenceType {
        @JsonProperty("own") OWN,
        @JsonProperty("commissioned") COMMISSIONED,
        @JsonProperty("employee") EMPLOYEE,
        @JsonProperty("stock-royalty-free") STOCK_ROYALTY_FREE,
        @JsonProperty("stock-rights-managed") STOCK_RIGHTS_MANAGED,
        @JsonProperty("cc0") CC0,
        @JsonProperty("cc-by") CC_BY,
        @JsonProperty("cc-by-sa") CC_BY_SA,
        @JsonProperty("editorial") EDITORIAL,
        @JsonProperty("user-generated") USER_GENERATED;

        @JsonIgnore
        public boolean isStock() {
            return this == STOCK_ROYALTY_FREE || this == STOCK_RIGHTS_MANAGED;
        }
    }

    @Schema(name = "Photos")
    public record Photos(
            @Schema(description = "licence types a photo may have") List<LicenceType> allowedLicences,
            @Schema(description = "licence types whose photos must carry an attribution") List<LicenceType> attributionRequiredFor,
            @Schema(description = "a photo showing people needs a model release") Boolean modelReleaseRequired,
            @Schema(description = "a photo showing private property needs a property release") Boolean propertyReleaseRequired,
            @Schema(description = "stock sites photos may come from (domains); empty for any") List<String> stockSources) {
    }

    // ---- 4. content ----

    @Schema(name = "Content")
    public record Content(
            @Schema(description = "terms and phrases the brand does not use") List<TermRule> forbidden,
            @Schema(description = "topics the brand keeps out of its posts, each a list of phrases") List<TopicRule> topics,
            @Schema(description = "regular expressions (e.g. prices, promises)") List<PatternRule> patterns,
            @Schema(description = "allowed phrases: a forbidden match inside one of them is not a finding") List<AllowedPhrase> allowed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TermRule")
    public record TermRule(@Schema(example = "no-free") String id, @Schema(example = "free") String phrase,
            Language language, @Schema(description = "stem when absent") MatchMode match, Severity severity,
            @Schema(description = "why; shown with every finding") String explanation,
            @Schema(description = "what to write instead") String suggestion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TopicRule")
    public record TopicRule(@Schema(example = "politics") String id, @Schema(example = "Politics") String name,
            List<String> phrases, Language language, Severity severity, String explanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PatternRule")
    public record PatternRule(String id, @Schema(description = "a Java regular expression, matched as "
            + "written; start it with (?i) to ignore case") String regex, Severity severity, String explanation, String suggestion) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AllowedPhrase")
    public record AllowedPhrase(String phrase, Language language, String explanation) {
    }

    // ---- 5. links ----

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Links")
    public record Links(
            @Schema(description = "the brand's own domains (subdomains included); required UTM parameters apply to them")
            List<String> ownDomains,
            @Schema(description = "other domains posts may link to; when not empty, any other domain is a warning")
            List<String> allowedDomains,
            @Schema(description = "domains (and their subdomains) posts must not link to") List<String> forbiddenDomains,
            @Schema(description = "query parameters every link to an own domain must carry", example = "[\"utm_source\"]")
            List<String> requiredUtmParameters,
            Shorteners shorteners,
            @Schema(description = "the most links one draft may carry; absent for no limit", example = "2") Integer maxLinks) {
    }

    @Schema(name = "Shorteners")
    public record Shorteners(@Schema(description = "what a shortened link is") Policy policy,
            @Schema(description = "shortener domains in addition to the well-known ones (bit.ly, t.co, ...)")
            List<String> domains) {
    }

    // ---- 6. other brands ----

    @Schema(name = "OtherBrands")
    public record OtherBrands(List<OtherBrand> brands) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OtherBrand")
    public record OtherBrand(@Schema(example = "globex") String id, @Schema(example = "Globex") String name,
            @Schema(description = "other names it goes by") List<String> aliases,
            @Schema(description = "its handles, e.g. @globex") List<String> handles, Relation relation,
            @Schema(description = "encouraged / allowed: fine; warn or block: a finding of that severity")
            MentionPolicy mentionPolicy, String explanation) {
    }

    public enum Relation {
        @JsonProperty("partner") PARTNER,
        @JsonProperty("follow") FOLLOW,
        @JsonProperty("competitor") COMPETITOR
    }

    public enum MentionPolicy {
        @JsonProperty("encouraged") ENCOURAGED,
        @JsonProperty("allowed") ALLOWED,
        @JsonProperty("warn") WARN,
        @JsonProperty("block") BLOCK
    }

    // ---- 7. logos on photos ----

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Logos")
    public record Logos(
            @Schema(description = "the registered logo's id", example = "acme-logo") String logoId,
            @Schema(description = "whether a photo needs the logo on channels not listed") Boolean requiredByDefault,
            List<ChannelLogoRule> channels,
            @Schema(description = "smallest logo width as a share of the image width, 0-1", example = "0.05") Double minShare,
            @Schema(description = "largest share, 0-1", example = "0.2") Double maxShare,
            @Schema(description = "where the logo may be") List<LogoPosition> positions,
            @Schema(description = "free space around the logo as a share of its width", example = "0.25") Double clearSpace) {
    }

    @Schema(name = "ChannelLogoRule")
    public record ChannelLogoRule(String channel, Boolean required) {
    }

    public enum LogoPosition {
        @JsonProperty("top-left") TOP_LEFT,
        @JsonProperty("top-right") TOP_RIGHT,
        @JsonProperty("bottom-left") BOTTOM_LEFT,
        @JsonProperty("bottom-right") BOTTOM_RIGHT,
        @JsonProperty("center") CENTER
    }

    // ---- 8. engagement ----

    @Schema(name = "Engagement")
    public record Engagement(Boolean mayLike, Boolean mayComment, Boolean mayShare,
            @Schema(description = "topics the brand does not like, comment on or share") List<TopicRule> avoidTopics,
            @Schema(description = "sources (domains, @handles) it does not engage with") List<AvoidedSource> avoidSources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AvoidedSource")
    public record AvoidedSource(@Schema(description = "a domain (subdomains included) or an @handle",
            example = "tabloid.example") String source, Severity severity, String explanation) {
    }

    // ---- 9. response-time targets ----

    @Schema(name = "ResponseTargetsSection")
    public record ResponseTargets(
            @Schema(description = "minutes for anything without its own target, 1 to 43200", example = "60") Integer defaultMinutes,
            @Schema(description = "IANA time zone the hours and holidays are in", example = "Europe/Warsaw") String timeZone,
            Hours hours,
            @Schema(description = "days without business hours") List<LocalDate> holidays,
            @Schema(description = "per channel x moment of truth x priority") List<ResponseTarget> targets) {
    }

    @Schema(name = "Hours")
    public record Hours(@Schema(description = "always: the clock runs 24/7; business-hours: only in the hours below")
            HoursMode mode, List<OpeningHours> days) {
    }

    public enum HoursMode {
        @JsonProperty("always") ALWAYS,
        @JsonProperty("business-hours") BUSINESS_HOURS
    }

    @Schema(name = "OpeningHours")
    public record OpeningHours(@Schema(example = "MONDAY") DayOfWeek day,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:00") LocalTime from,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:00") LocalTime to) {
    }

    @Schema(name = "ResponseTarget")
    public record ResponseTarget(@Schema(example = "facebook") String channel, MomentOfTruth momentOfTruth,
            Priority priority, @Schema(description = "1 to 43200", example = "30") Integer minutes) {
    }

    public enum MomentOfTruth {
        @JsonProperty("first-response") FIRST_RESPONSE,
        @JsonProperty("follow-up") FOLLOW_UP,
        @JsonProperty("resolution") RESOLUTION
    }

    public enum Priority {
        @JsonProperty("low") LOW,
        @JsonProperty("normal") NORMAL,
        @JsonProperty("high") HIGH,
        @JsonProperty("urgent") URGENT
    }

    // ---- 10. cadence ----

    /**
     * How often and when the brand publishes: brand-wide embargo and blackout dates, and per channel (a platform id)
     * or per channel account (the gateway's id; it wins over its platform's target) posts per week, the shortest gap
     * between two posts, and quiet hours. Times and dates are local to section 9's time zone.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Cadence")
    public record Cadence(
            @Schema(description = "dates nothing goes out on any channel (embargoes, blackouts)") List<Blackout> blackouts,
            @Schema(description = "one per channel or channel account") List<CadenceTarget> targets) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CadenceTarget", description = "give channel or channelAccount, not both")
    public record CadenceTarget(
            @Schema(description = "a platform id: the target of every account of that platform", example = "facebook")
            String channel,
            @Schema(description = "one channel account's id (as ingest-service lists it); wins over its platform's "
                    + "target", example = "0f0f0f0f-0000-4000-8000-00000000fb01") String channelAccount,
            @Schema(description = "posts planned per week (Monday to Sunday, local), 1 to " + 500 + "; absent: no target",
                    example = "5") Integer postsPerWeek,
            @Schema(description = "the shortest time between two posts on one account, in minutes, 1 to 10080; "
                    + "absent: none", example = "240") Integer minGapMinutes,
            @Schema(description = "local times nothing goes out; from after to runs across midnight, from equal "
                    + "to to is 24 hours (00:00 to 00:00: the whole day)")
            List<QuietHours> quietHours,
            @Schema(description = "dates nothing goes out on this channel, besides the brand-wide ones")
            List<Blackout> blackouts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuietHours")
    public record QuietHours(
            @Schema(description = "the days the quiet period starts on; absent: every day", example = "[\"SATURDAY\"]")
            List<DayOfWeek> days,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "22:00") LocalTime from,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "07:00") LocalTime to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Blackout", description = "local dates from and to, both included")
    public record Blackout(@Schema(example = "2026-12-24") LocalDate from, @Schema(example = "2026-12-26") LocalDate to,
            @Schema(description = "shown to editors", example = "Christmas: no campaign posts") String reason) {
    }

    // ---- overrides ----

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChannelOverride", description = "sections 1-8 as they differ on one channel")
    public record ChannelOverride(Approvers approvers, Tools tools, Photos photos, Content content, Links links,
            OtherBrands otherBrands, Logos logos, Engagement engagement) {
    }
}
