package io.parley.standards.catalogue;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.standards.catalogue.Catalogue.*;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Decides whether a catalogue may be stored, naming every bad field by its JSON path. Pure: no
 * framework, so a unit test calls it directly. The rules are documented field by field in
 * docs/standards.md.
 */
public final class CatalogueValidator {

    static final int MAX_MINUTES = 43_200; // 30 days
    private static final int MAX_TEXT = 2_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    /** The roles an approval step may name (the integrator is a machine and approves nothing). */
    static final List<String> APPROVER_ROLES = List.of("agent", "editor", "approver", "manager", "admin");
    static final String ANY_EXTERNAL = "any";
    static final int MAX_STEPS = 10;
    static final java.time.Duration MAX_WAIT = java.time.Duration.ofDays(30);
    private static final Pattern UTM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final String CHANNELS = Arrays.stream(Platform.values()).map(Platform::id)
            .collect(Collectors.joining(", "));

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    private CatalogueValidator(List<Problem.FieldError> readErrors) {
        readErrors.forEach(e -> add(e.field(), e.message()));
    }

    /** Every problem of the catalogue: those found while reading it first, then those of its content. */
    public static List<Problem.FieldError> validate(CatalogueJson.Read read) {
        CatalogueValidator v = new CatalogueValidator(read.errors());
        if (read.catalogue() != null) {
            v.catalogue(read.catalogue());
        }
        return List.copyOf(v.errors);
    }

    public static List<Problem.FieldError> validate(Catalogue catalogue) {
        return validate(new CatalogueJson.Read(catalogue, List.of()));
    }

    private void add(String path, String message) {
        // A value that could not be read is null afterwards: report it once, as what it was.
        if (reported.add(path)) {
            errors.add(new Problem.FieldError(path, message));
        }
    }

    private boolean required(String path, Object value) {
        if (value == null) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    private void catalogue(Catalogue c) {
        if (required("approvers", c.approvers())) {
            approvers("approvers", c.approvers());
        }
        if (required("tools", c.tools())) {
            tools("tools", c.tools());
        }
        if (required("photos", c.photos())) {
            photos("photos", c.photos());
        }
        if (required("content", c.content())) {
            content("content", c.content());
        }
        if (required("links", c.links())) {
            links("links", c.links());
        }
        if (required("otherBrands", c.otherBrands())) {
            otherBrands("otherBrands", c.otherBrands());
        }
        if (required("logos", c.logos())) {
            logos("logos", c.logos());
        }
        if (required("engagement", c.engagement())) {
            engagement("engagement", c.engagement());
        }
        if (required("responseTargets", c.responseTargets())) {
            responseTargets("responseTargets", c.responseTargets());
        }
        if (c.cadence() != null) {
            cadence("cadence", c.cadence());
        }
        if (c.overrides() != null) {
            for (Map.Entry<String, ChannelOverride> e : c.overrides().entrySet()) {
                String path = "overrides." + e.getKey();
                channel(path, e.getKey());
                ChannelOverride o = e.getValue();
                if (o == null) {
                    add(path, "must be an object of sections");
                    continue;
                }
                if (o.approvers() != null) approvers(path + ".approvers", o.approvers());
                if (o.tools() != null) tools(path + ".tools", o.tools());
                if (o.photos() != null) photos(path + ".photos", o.photos());
                if (o.content() != null) content(path + ".content", o.content());
                if (o.links() != null) links(path + ".links", o.links());
                if (o.otherBrands() != null) otherBrands(path + ".otherBrands", o.otherBrands());
                if (o.logos() != null) logos(path + ".logos", o.logos());
                if (o.engagement() != null) engagement(path + ".engagement", o.engagement());
            }
        }
    }

    // ---- sections ----

    private void approvers(String path, Approvers a) {
        list(path + ".rules", a.rules(), (p, r) -> {
            if (r.channel() != null) channel(p + ".channel", r.channel());
            required(p + ".riskLevel", r.riskLevel());
            if (r.steps() != null) {
                // Steps say everything; the form from before steps would only contradict them.
                if (r.approvers() != null) add(p + ".approvers", "must be absent when steps are given: name the "
                        + "approvers in each step");
                if (r.required() != null) add(p + ".required", "must be absent when steps are given: each step "
                        + "says how many must approve");
                if (r.order() != null) add(p + ".order", "must be absent when steps are given: steps run in the "
                        + "order listed");
                steps(p + ".steps", r.steps());
                return;
            }
            required(p + ".order", r.order());
            if (required(p + ".approvers", r.approvers())) {
                approverList(p + ".approvers", r.approvers(), true);
                requiredCount(p + ".required", r.required(), r.approvers().size());
            }
        });
    }

    private void steps(String path, List<ApprovalStep> steps) {
        if (steps.size() > MAX_STEPS) {
            add(path, "at most " + MAX_STEPS + " steps, was " + steps.size());
        }
        Set<String> names = new HashSet<>();
        list(path, steps, (p, s) -> {
            if (text(p + ".name", s.name(), 100) && !names.add(s.name().strip())) {
                add(p + ".name", "'" + s.name() + "' names another step of this rule");
            }
            if (required(p + ".approvers", s.approvers())) {
                approverList(p + ".approvers", s.approvers(), true);
                requiredCount(p + ".required", s.required(), s.approvers().size());
            }
            java.time.Duration remind = duration(p + ".remindAfter", s.remindAfter());
            java.time.Duration escalate = duration(p + ".escalateAfter", s.escalateAfter());
            if (remind != null && escalate != null && escalate.compareTo(remind) <= 0) {
                add(p + ".escalateAfter", "must be longer than remindAfter (" + s.remindAfter() + "), was "
                        + s.escalateAfter());
            }
            boolean escalates = s.escalateTo() != null && !s.escalateTo().isEmpty();
            if (escalates) {
                approverList(p + ".escalateTo", s.escalateTo(), false);
            }
            if (s.escalateAfter() != null && !escalates) {
                add(p + ".escalateTo", "is required when escalateAfter is given: name who the step escalates to");
            } else if (escalates && s.escalateAfter() == null) {
                add(p + ".escalateAfter", "is required when escalateTo is given: say after how long");
            }
            if (s.skippableBy() != null) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < s.skippableBy().size(); i++) {
                    String role = s.skippableBy().get(i);
                    if (role(p + ".skippableBy[" + i + "]", role) && !seen.add(role)) {
                        add(p + ".skippableBy[" + i + "]", "'" + role + "' is listed more than once");
                    }
                }
            }
        });
    }

    /** Approvers of a rule or step ({@code external} allowed) or those a step escalates to (people of the brand). */
    private void approverList(String path, List<Approver> approvers, boolean externalAllowed) {
        if (approvers.isEmpty()) add(path, "must name at least one person or role");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < approvers.size(); i++) {
            Approver ap = approvers.get(i);
            String ip = path + "[" + i + "]";
            if (ap == null) { add(ip, "must be an object"); continue; }
            if (!required(ip + ".kind", ap.kind())) {
                text(ip + ".id", ap.id(), 100);
                continue;
            }
            boolean ok = switch (ap.kind()) {
                case USER -> text(ip + ".id", ap.id(), 100);
                case ROLE -> role(ip + ".id", ap.id());
                case EXTERNAL -> {
                    if (!externalAllowed) {
                        add(ip + ".kind", "must be user or role: an escalation goes to people of the brand");
                        yield false;
                    }
                    if (text(ip + ".id", ap.id(), 254) && !ap.id().equals(ANY_EXTERNAL)
                            && !EMAIL.matcher(ap.id()).matches()) {
                        add(ip + ".id", "must be an invited reviewer's e-mail address or 'any', was '" + ap.id() + "'");
                        yield false;
                    }
                    yield true;
                }
            };
            if (ok && !seen.add(ap.kind() + ":" + ap.id())) {
                add(ip + ".id", "'" + ap.id() + "' is listed more than once");
            }
        }
    }

    private void requiredCount(String path, Integer required, int listed) {
        if (required == null) {
            add(path, "is required");
        } else if (required < 1 || required > Math.max(1, listed)) {
            add(path, "must be between 1 and the number of approvers listed (" + listed + "), was " + required);
        }
    }

    private boolean role(String path, String value) {
        if (!text(path, value, 100)) {
            return false;
        }
        if (!APPROVER_ROLES.contains(value)) {
            add(path, "must be a role of the brand (" + String.join(", ", APPROVER_ROLES) + "), was '" + value + "'");
            return false;
        }
        return true;
    }

    /** A positive ISO-8601 duration of days, hours, minutes at most {@link #MAX_WAIT}; null when absent or bad. */
    private java.time.Duration duration(String path, String value) {
        if (value == null) {
            return null;
        }
        java.time.Duration d;
        try {
            d = java.time.Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            add(path, "must be an ISO-8601 duration like PT4H, PT30M or P1D, was '" + value + "'");
            return null;
        }
        if (d.isNegative() || d.isZero() || d.compareTo(MAX_WAIT) > 0) {
            add(path, "must be more than 0 and at most " + MAX_WAIT.toDays() + " days, was " + value);
            return null;
        }
        return d;
    }

    private void tools(String path, Tools t) {
        Set<String> ids = new HashSet<>();
        list(path + ".allowed", t.allowed(), (p, tool) -> {
            if (id(p + ".id", tool.id()) && !ids.add(tool.id())) add(p + ".id", "'" + tool.id() + "' appears more than once");
            text(p + ".name", tool.name(), 200);
            if (tool.channels() != null) {
                for (int i = 0; i < tool.channels().size(); i++) channel(p + ".channels[" + i + "]", tool.channels().get(i));
            }
        });
    }

    private void photos(String path, Photos ph) {
        if (required(path + ".allowedLicences", ph.allowedLicences())) noNulls(path + ".allowedLicences", ph.allowedLicences());
        if (required(path + ".attributionRequiredFor", ph.attributionRequiredFor())) {
            noNulls(path + ".attributionRequiredFor", ph.attributionRequiredFor());
        }
        required(path + ".modelReleaseRequired", ph.modelReleaseRequired());
        required(path + ".propertyReleaseRequired", ph.propertyReleaseRequired());
        if (required(path + ".stockSources", ph.stockSources())) domains(path + ".stockSources", ph.stockSources());
    }

    private void content(String path, Content c) {
        Set<String> ids = new HashSet<>();
        list(path + ".forbidden", c.forbidden(), (p, t) -> {
            ruleId(p, t.id(), ids);
            phrase(p + ".phrase", t.phrase());
            required(p + ".language", t.language());
            required(p + ".severity", t.severity());
            text(p + ".explanation", t.explanation(), MAX_TEXT);
            optionalText(p + ".suggestion", t.suggestion());
        });
        list(path + ".topics", c.topics(), (p, t) -> topic(p, t, ids));
        list(path + ".patterns", c.patterns(), (p, t) -> {
            ruleId(p, t.id(), ids);
            if (text(p + ".regex", t.regex(), 500)) {
                try {
                    Pattern.compile(t.regex());
                } catch (PatternSyntaxException e) {
                    add(p + ".regex", "is not a valid regular expression: " + e.getDescription()
                            + " near index " + e.getIndex());
                }
            }
            required(p + ".severity", t.severity());
            text(p + ".explanation", t.explanation(), MAX_TEXT);
            optionalText(p + ".suggestion", t.suggestion());
        });
        list(path + ".allowed", c.allowed(), (p, a) -> {
            phrase(p + ".phrase", a.phrase());
            required(p + ".language", a.language());
        });
    }

    private void topic(String p, TopicRule t, Set<String> ids) {
        ruleId(p, t.id(), ids);
        text(p + ".name", t.name(), 200);
        if (required(p + ".phrases", t.phrases())) {
            if (t.phrases().isEmpty()) add(p + ".phrases", "must list at least one phrase");
            for (int i = 0; i < t.phrases().size(); i++) phrase(p + ".phrases[" + i + "]", t.phrases().get(i));
        }
        required(p + ".language", t.language());
        required(p + ".severity", t.severity());
        text(p + ".explanation", t.explanation(), MAX_TEXT);
    }

    private void links(String path, Links l) {
        if (required(path + ".ownDomains", l.ownDomains())) domains(path + ".ownDomains", l.ownDomains());
        if (required(path + ".allowedDomains", l.allowedDomains())) domains(path + ".allowedDomains", l.allowedDomains());
        if (required(path + ".forbiddenDomains", l.forbiddenDomains())) {
            domains(path + ".forbiddenDomains", l.forbiddenDomains());
            for (int i = 0; i < l.forbiddenDomains().size(); i++) {
                String d = l.forbiddenDomains().get(i);
                if (d != null && (l.ownDomains() != null && l.ownDomains().contains(d)
                        || l.allowedDomains() != null && l.allowedDomains().contains(d))) {
                    add(path + ".forbiddenDomains[" + i + "]", "'" + d + "' is also listed as own or allowed");
                }
            }
        }
        if (required(path + ".requiredUtmParameters", l.requiredUtmParameters())) {
            for (int i = 0; i < l.requiredUtmParameters().size(); i++) {
                String u = l.requiredUtmParameters().get(i);
                if (u == null || !UTM.matcher(u).matches()) {
                    add(path + ".requiredUtmParameters[" + i + "]", "must be a query parameter name like utm_source");
                }
            }
        }
        if (required(path + ".shorteners", l.shorteners())) {
            required(path + ".shorteners.policy", l.shorteners().policy());
            if (required(path + ".shorteners.domains", l.shorteners().domains())) {
                domains(path + ".shorteners.domains", l.shorteners().domains());
            }
        }
        if (l.maxLinks() != null && (l.maxLinks() < 0 || l.maxLinks() > 100)) {
            add(path + ".maxLinks", "must be between 0 and 100, was " + l.maxLinks());
        }
    }

    private void otherBrands(String path, OtherBrands o) {
        Set<String> ids = new HashSet<>();
        list(path + ".brands", o.brands(), (p, b) -> {
            if (id(p + ".id", b.id()) && !ids.add(b.id())) add(p + ".id", "'" + b.id() + "' appears more than once");
            phrase(p + ".name", b.name());
            if (b.aliases() != null) {
                for (int i = 0; i < b.aliases().size(); i++) phrase(p + ".aliases[" + i + "]", b.aliases().get(i));
            }
            if (b.handles() != null) {
                for (int i = 0; i < b.handles().size(); i++) {
                    String h = b.handles().get(i);
                    if (h == null || !h.matches("@[\\p{L}\\p{N}_.]{1,64}")) {
                        add(p + ".handles[" + i + "]", "must be a handle like @globex");
                    }
                }
            }
            required(p + ".relation", b.relation());
            required(p + ".mentionPolicy", b.mentionPolicy());
            optionalText(p + ".explanation", b.explanation());
        });
    }

    private void logos(String path, Logos l) {
        boolean anyRequired = Boolean.TRUE.equals(l.requiredByDefault())
                || l.channels() != null && l.channels().stream().anyMatch(c -> c != null && Boolean.TRUE.equals(c.required()));
        if (l.logoId() != null) {
            id(path + ".logoId", l.logoId());
        } else if (anyRequired) {
            add(path + ".logoId", "is required when a channel requires the logo");
        }
        required(path + ".requiredByDefault", l.requiredByDefault());
        Set<String> seen = new HashSet<>();
        list(path + ".channels", l.channels(), (p, c) -> {
            if (channel(p + ".channel", c.channel()) && !seen.add(c.channel())) {
                add(p + ".channel", "'" + c.channel() + "' appears more than once");
            }
            required(p + ".required", c.required());
        });
        share(path + ".minShare", l.minShare(), anyRequired);
        share(path + ".maxShare", l.maxShare(), anyRequired);
        if (l.minShare() != null && l.maxShare() != null && l.minShare() > l.maxShare()) {
            add(path + ".maxShare", "must not be smaller than minShare (" + l.minShare() + ")");
        }
        if (required(path + ".positions", l.positions())) {
            noNulls(path + ".positions", l.positions());
            if (anyRequired && l.positions().isEmpty()) add(path + ".positions", "must allow at least one position");
        }
        if (l.clearSpace() != null && (l.clearSpace() < 0 || l.clearSpace() > 2)) {
            add(path + ".clearSpace", "must be between 0 and 2 (a share of the logo's width), was " + l.clearSpace());
        }
    }

    private void share(String path, Double value, boolean needed) {
        if (value == null) {
            if (needed) add(path, "is required when a channel requires the logo");
        } else if (!(value > 0 && value <= 1)) {
            add(path, "must be a share of the image above 0 and at most 1, was " + value);
        }
    }

    private void engagement(String path, Engagement e) {
        required(path + ".mayLike", e.mayLike());
        required(path + ".mayComment", e.mayComment());
        required(path + ".mayShare", e.mayShare());
        Set<String> ids = new HashSet<>();
        list(path + ".avoidTopics", e.avoidTopics(), (p, t) -> topic(p, t, ids));
        list(path + ".avoidSources", e.avoidSources(), (p, s) -> {
            if (text(p + ".source", s.source(), 253)) {
                String src = s.source();
                if (!(src.matches("@[\\p{L}\\p{N}_.]{1,64}") || DOMAIN.matcher(src).matches())) {
                    add(p + ".source", "must be a lower-case domain like tabloid.example or a handle like @someone");
                }
            }
            required(p + ".severity", s.severity());
            text(p + ".explanation", s.explanation(), MAX_TEXT);
        });
    }

    private void responseTargets(String path, ResponseTargets r) {
        minutes(path + ".defaultMinutes", r.defaultMinutes());
        if (text(path + ".timeZone", r.timeZone(), 100)) {
            try {
                ZoneId.of(r.timeZone());
            } catch (DateTimeException e) {
                add(path + ".timeZone", "'" + r.timeZone() + "' is not a time zone like Europe/Warsaw");
            }
        }
        if (required(path + ".hours", r.hours())) {
            Hours h = r.hours();
            if (required(path + ".hours.mode", h.mode()) && required(path + ".hours.days", h.days())) {
                if (h.mode() == HoursMode.BUSINESS_HOURS && h.days().isEmpty()) {
                    add(path + ".hours.days", "must list the opening hours of at least one day for business-hours");
                }
                Set<java.time.DayOfWeek> days = new HashSet<>();
                list(path + ".hours.days", h.days(), (p, d) -> {
                    if (required(p + ".day", d.day()) && !days.add(d.day())) {
                        add(p + ".day", d.day() + " appears more than once");
                    }
                    if (required(p + ".from", d.from()) & required(p + ".to", d.to()) && !d.from().isBefore(d.to())) {
                        add(p + ".to", "must be after from (" + d.from() + ")");
                    }
                });
            }
        }
        if (required(path + ".holidays", r.holidays())) {
            noNulls(path + ".holidays", r.holidays());
            Set<java.time.LocalDate> seen = new HashSet<>();
            for (int i = 0; i < r.holidays().size(); i++) {
                if (r.holidays().get(i) != null && !seen.add(r.holidays().get(i))) {
                    add(path + ".holidays[" + i + "]", r.holidays().get(i) + " appears more than once");
                }
            }
        }
        Set<String> seen = new HashSet<>();
        list(path + ".targets", r.targets(), (p, t) -> {
            boolean ok = channel(p + ".channel", t.channel());
            ok &= required(p + ".momentOfTruth", t.momentOfTruth());
            ok &= required(p + ".priority", t.priority());
            minutes(p + ".minutes", t.minutes());
            if (ok && !seen.add(t.channel() + "/" + t.momentOfTruth() + "/" + t.priority())) {
                add(p, "a target for " + t.channel() + ", " + name(t.momentOfTruth()) + ", " + name(t.priority())
                        + " appears more than once");
            }
        });
    }

    static final int MAX_POSTS_PER_WEEK = 500;
    static final int MAX_GAP_MINUTES = 10_080; // a week
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private void cadence(String path, Cadence c) {
        if (c.blackouts() != null) {
            blackouts(path + ".blackouts", c.blackouts());
        }
        Set<String> seen = new HashSet<>();
        list(path + ".targets", c.targets(), (p, t) -> {
            String key = null;
            if (t.channel() != null && t.channelAccount() != null) {
                add(p + ".channelAccount", "give channel or channelAccount, not both");
            } else if (t.channel() != null) {
                if (channel(p + ".channel", t.channel())) key = "channel " + t.channel();
            } else if (t.channelAccount() != null) {
                if (!ACCOUNT_ID.matcher(t.channelAccount()).matches()) {
                    add(p + ".channelAccount", "must be a channel account's id (letters, digits, '.', '_', ':' or "
                            + "'-', at most 100), was '" + t.channelAccount() + "'");
                } else {
                    key = "channel account " + t.channelAccount();
                }
            } else {
                add(p + ".channel", "is required: a channel id, or channelAccount for one account");
            }
            if (key != null && !seen.add(key)) {
                add(p, "a target for " + key + " appears more than once");
            }
            if (t.postsPerWeek() != null && (t.postsPerWeek() < 1 || t.postsPerWeek() > MAX_POSTS_PER_WEEK)) {
                add(p + ".postsPerWeek", "must be between 1 and " + MAX_POSTS_PER_WEEK + ", was " + t.postsPerWeek());
            }
            if (t.minGapMinutes() != null && (t.minGapMinutes() < 1 || t.minGapMinutes() > MAX_GAP_MINUTES)) {
                add(p + ".minGapMinutes", "must be between 1 and " + MAX_GAP_MINUTES + " minutes (a week), was "
                        + t.minGapMinutes());
            }
            if (t.quietHours() != null) {
                list(p + ".quietHours", t.quietHours(), (q, h) -> {
                    // from after to runs across midnight; from equal to to is 24 hours (00:00 to 00:00: the whole day)
                    required(q + ".from", h.from());
                    required(q + ".to", h.to());
                    if (h.days() != null) {
                        Set<java.time.DayOfWeek> days = new HashSet<>();
                        for (int i = 0; i < h.days().size(); i++) {
                            java.time.DayOfWeek d = h.days().get(i);
                            if (d == null) {
                                add(q + ".days[" + i + "]", "must be a day like MONDAY");
                            } else if (!days.add(d)) {
                                add(q + ".days[" + i + "]", d + " appears more than once");
                            }
                        }
                        if (h.days().isEmpty()) add(q + ".days", "must name at least one day, or be absent for every day");
                    }
                });
            }
            if (t.blackouts() != null) {
                blackouts(p + ".blackouts", t.blackouts());
            }
        });
    }

    private void blackouts(String path, List<Blackout> blackouts) {
        list(path, blackouts, (p, b) -> {
            if (required(p + ".from", b.from()) & required(p + ".to", b.to())) {
                if (b.to().isBefore(b.from())) {
                    add(p + ".to", "must not be before from (" + b.from() + "), was " + b.to());
                } else if (java.time.temporal.ChronoUnit.DAYS.between(b.from(), b.to()) > 366) {
                    add(p + ".to", "a blackout spans at most 366 days, was " + b.from() + " to " + b.to());
                }
            }
            if (b.reason() != null) text(p + ".reason", b.reason(), 200);
        });
    }

    // ---- fields ----

    private <T> void list(String path, List<T> items, java.util.function.BiConsumer<String, T> each) {
        if (!required(path, items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String p = path + "[" + i + "]";
            if (item == null) {
                add(p, "must be an object");
            } else {
                each.accept(p, item);
            }
        }
    }

    private void noNulls(String path, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) add(path + "[" + i + "]", "must not be null");
        }
    }

    private boolean text(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            add(path, value == null ? "is required" : "must not be blank");
            return false;
        }
        if (value.length() > max) {
            add(path, "must be at most " + max + " characters, was " + value.length());
            return false;
        }
        return true;
    }

    private void optionalText(String path, String value) {
        if (value != null) text(path, value, MAX_TEXT);
    }

    private void phrase(String path, String value) {
        if (text(path, value, 200) && value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            add(path, "must contain a letter or digit");
        }
    }

    private boolean id(String path, String value) {
        if (value == null) {
            add(path, "is required");
            return false;
        }
        if (!ID.matcher(value).matches()) {
            add(path, "must be lower-case letters, digits, '.', '_' or '-' (at most 64), was '" + value + "'");
            return false;
        }
        return true;
    }

    private void ruleId(String p, String id, Set<String> ids) {
        if (id(p + ".id", id) && !ids.add(id)) {
            add(p + ".id", "'" + id + "' is used by another rule of this section");
        }
    }

    private boolean channel(String path, String value) {
        if (value == null) {
            add(path, "is required");
            return false;
        }
        for (Platform p : Platform.values()) {
            if (p.id().equals(value)) {
                return true;
            }
        }
        add(path, "must be a channel id (" + CHANNELS + "), was '" + value + "'");
        return false;
    }

    private void domains(String path, List<String> domains) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            String d = domains.get(i);
            String p = path + "[" + i + "]";
            if (d == null || !DOMAIN.matcher(d).matches()) {
                add(p, "must be a lower-case domain like example.com, was " + (d == null ? "null" : "'" + d + "'"));
            } else if (!seen.add(d)) {
                add(p, "'" + d + "' appears more than once");
            }
        }
    }

    private void minutes(String path, Integer value) {
        if (value == null) {
            add(path, "is required");
        } else if (value < 1 || value > MAX_MINUTES) {
            add(path, "must be between 1 and " + MAX_MINUTES + " minutes, was " + value);
        }
    }

    /** For messages: the JSON name of an enum constant. */
    static String name(Enum<?> value) {
        return CatalogueJson.mapper().convertValue(value, String.class);
    }

}
