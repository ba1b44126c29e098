package io.parley.inbox.ownership;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The coverage report of a brand's assignment rules and rotas: where new conversations would have no owner. */
@Path("/api/v1/brands/{brand}/assignment-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignment", description = "Who owns new conversations: ordered rules, rule gaps, reassignment")
public class CoverageResource {

    static final List<String> DEFAULT_LANGUAGES = List.of("en", "pl", "el", "ru");


    @Inject
    Clock clock;

    @Schema(name = "CoverageGap", description = "Hours of one day (local time) in which new conversations of one "
            + "channel, moment of truth and language would have no owner")
    public record GapView(@Schema(example = "facebook") String platform, @Schema(example = "complaint") String moment,
            @Schema(example = "pl") String language,
            @Schema(description = "no-rule-matched (no rule without a keyword or account matches: the default team "
                    + "gets them, as a reported gap) or nobody-on-duty (the rule's team or person is off duty)")
            String reason,
            @Schema(description = "the rule that routes them (nobody-on-duty)") String rule, String team,
            String assignee, @Schema(example = "MONDAY") DayOfWeek day,
            @Schema(description = "first local hour of the gap, 0-23", example = "0") int fromHour,
            @Schema(description = "local hour the gap ends (exclusive), 1-24", example = "8") int toHour) {
    }

    @Schema(name = "AssignmentCoverage", description = "Every channel × moment × language × hour of one week, and "
            + "where nobody would own a new conversation")
    public record CoverageView(String brand, @Schema(example = "Europe/Warsaw") String timeZone,
            @Schema(description = "the Monday the week starts on") LocalDate weekStarting, List<String> platforms,
            List<String> moments, List<String> languages,
            @Schema(description = "channels × moments × languages") int combinations, int hoursPerWeek,
            @Schema(description = "combination-hours with someone on duty") long coveredHours,
            @Schema(description = "combination-hours with nobody") long gapHours,
            @Schema(description = "by channel, moment, language, day and hour") List<GapView> gaps,
            @Schema(description = "rules that also need a keyword or a channel account: they take only some "
                    + "conversations, so they are not counted as covering anything") List<String> conditionalRules) {
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Where the rules and rotas leave gaps", description = "Read-only. For each channel × moment "
            + "of truth × language and each hour of one week in `timeZone`, the first rule without a keyword or "
            + "channel account that matches, and whether its team (any member) or person is on duty for the whole "
            + "hour by the teams' rotas. A combination no such rule matches is a gap every hour (`no-rule-matched`); "
            + "one whose rule has nobody on duty is a gap for those hours (`nobody-on-duty`). Gaps are merged into "
            + "stretches of hours per day. Availability (away, offline) is a state of now and is not counted. "
            + "Computed from the rules and teams in force; nothing is stored.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoverageView.class),
                    examples = @ExampleObject(name = "coverage", value = CoverageExamples.COVERAGE)))
    @APIResponse(responseCode = "400", description = "A bad time zone, week, platform or language; the parameter named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad zone", value = CoverageExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = CoverageExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    public CoverageView coverage(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "IANA time zone the hours are read in (default UTC)", example = "Europe/Warsaw")
            @QueryParam("timeZone") String timeZone,
            @Parameter(description = "any day of the week to report (ISO date; default today in the zone)",
                    example = "2026-12-07") @QueryParam("week") String week,
            @Parameter(description = "channels, comma-separated (default every channel)", example = "facebook,telegram")
            @QueryParam("platforms") String platforms,
            @Parameter(description = "ISO 639-1 languages, comma-separated (default en,pl,el,ru)", example = "pl,en")
            @QueryParam("languages") String languages) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = ZoneId.of("UTC");
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("timeZone", "'" + io.parley.platform.problem.Excerpt.of(timeZone)
                        + "' is not an IANA time zone such as Europe/Warsaw"));
            }
        }
        LocalDate day = null;
        if (week != null) {
            try {
                day = LocalDate.parse(week.trim());
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("week", "must be an ISO date such as 2026-12-07"));
            }
        }
        List<String> channels = new ArrayList<>();
        for (String p : split(platforms)) {
            try {
                String id = Platform.fromId(p).id();
                if (!channels.contains(id)) {
                    channels.add(id);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("platforms", io.parley.platform.problem.Excerpt.bounded(e.getMessage())));
            }
        }
        if (platforms == null) {
            Arrays.stream(Platform.values()).map(Platform::id).forEach(channels::add);
        } else if (channels.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("platforms"))) {
            errors.add(new Problem.FieldError("platforms", "name at least one channel, such as facebook"));
        }
        List<String> langs = new ArrayList<>();
        for (String l : split(languages)) {
            if (!l.matches("[a-z]{2}")) {
                errors.add(new Problem.FieldError("languages", "'" + io.parley.platform.problem.Excerpt.of(l)
                        + "' is not an ISO 639-1 code such as pl"));
            } else if (!langs.contains(l)) {
                langs.add(l);
            }
        }
        if (languages == null) {
            langs.addAll(DEFAULT_LANGUAGES);
        } else if (langs.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("languages"))) {
            errors.add(new Problem.FieldError("languages", "name at least one language, such as pl"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        LocalDate monday = (day == null ? LocalDate.now(clock.withZone(zone)) : day)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, List<TeamMember>> teams = new LinkedHashMap<>();
        Team.<Team>list("brand", Sort.by("name"), brand).forEach(t -> teams.put(t.name, t.rosters()));
        List<Coverage.Rule> rules = AssignmentRule.<AssignmentRule>list("brand", Sort.by("position"), brand).stream()
                .map(r -> new Coverage.Rule(r.name, r.conditions(), r.team, r.assignee)).toList();
        Coverage.Report report = Coverage.of(rules, teams, channels, langs, zone, monday);
        return new CoverageView(brand, zone.getId(), report.weekStarting(), channels, Coverage.MOMENTS, langs,
                report.combinations(), report.hoursPerWeek(), report.coveredHours(), report.gapHours(),
                report.gaps().stream().map(g -> new GapView(g.platform(), g.moment(), g.language(), g.reason(),
                        g.rule(), g.team(), g.assignee(), g.day(), g.fromHour(), g.toHour())).toList(),
                report.conditionalRules());
    }

    private static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
