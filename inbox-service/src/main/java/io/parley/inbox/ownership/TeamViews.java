package io.parley.inbox.ownership;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The API's shapes of teams, rules, gaps and assignments. */
public final class TeamViews {

    private TeamViews() {
    }

    @Schema(name = "Shift", description = "A weekly on-duty shift in local time; `to` not after `from` runs "
            + "overnight into the next day; `from` equal to `to` is the whole day")
    public record ShiftView(
            @Schema(description = "MONDAY … SUNDAY: the days the shift starts on", example = "[\"MONDAY\",\"FRIDAY\"]")
            List<String> days,
            @Schema(description = "HH:mm local time", example = "22:00") String from,
            @Schema(description = "HH:mm local time", example = "06:00") String to,
            @Schema(description = "IANA time zone", example = "Europe/Warsaw") String timeZone) {
    }

    @Schema(name = "TeamMember", description = "A member (user name) and their weekly on-duty schedule")
    public record MemberView(@Schema(example = "agent1") String user, List<ShiftView> schedule) {
    }

    @Schema(name = "TeamRequest", description = "A team as written by a manager")
    public record TeamRequest(
            @Schema(description = "round-robin or least-loaded", example = "round-robin") String strategy,
            @JsonProperty("default") @Schema(description = "makes this the brand's default team (the fallback of "
                    + "every rule gap); the first team of a brand is the default anyway") Boolean isDefault,
            @Schema(description = "user names a breach of this team's conversations escalates to") List<String> managers,
            List<MemberView> members,
            @Schema(description = "minutes a member may be away or offline before their open conversations go back "
                    + "to the team's queue (unassigned), 1 to 10080; absent: never", example = "30")
            Integer awayLimitMinutes) {
    }

    @Schema(name = "MemberAvailability", description = "Whether a member takes new conversations now")
    public record MemberAvailability(@Schema(example = "agent1") String user,
            @Schema(description = "available, away or offline", example = "away") String state,
            @Schema(description = "since when; null for someone who never set a state (available)") Instant since) {
    }

    // The page's documented shape (platform rest.Page of teams); the endpoint answers Page<TeamView> itself.
    @Schema(name = "PageTeam", description = "A page of the brand's teams, by name; pass nextCursor as cursor for "
            + "the next")
    public record TeamPage(@Schema(required = true) List<TeamView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "Team", description = "A team of a brand, with who of it is on duty right now")
    public record TeamView(String brand, String name, String strategy, @JsonProperty("default") boolean isDefault,
            List<String> managers, List<MemberView> members,
            @Schema(description = "members on duty at the time of the request (by their shifts; whether they take "
                    + "new conversations is their availability)") List<String> onDutyNow,
            String updatedBy, Instant updatedAt,
            @Schema(description = "minutes a member may be away or offline before their open conversations go back "
                    + "to the team's queue; null: never", example = "30") Integer awayLimitMinutes,
            @Schema(description = "each member's availability, in member order: only available members on duty are "
                    + "given new conversations") List<MemberAvailability> availability) {
    }

    @Schema(name = "RuleMatch", description = "What a rule matches; an absent condition matches anything")
    public record MatchView(
            @Schema(example = "facebook") String platform,
            @Schema(description = "the brand's account on the channel (page id, handle)", example = "1234567890")
            String channelAccountId,
            @Schema(description = "complaint, question, suggestion or praise", example = "complaint") String moment,
            @Schema(description = "ISO 639-1", example = "pl") String language,
            @Schema(description = "a word or phrase in the text, any case", example = "zamówienie") String keyword) {
    }

    @Schema(name = "AssignmentRule", description = "Routes matching new conversations to a team or a person")
    public record RuleView(@Schema(example = "Polish complaints") String name, MatchView match,
            @Schema(example = "care") String team,
            @Schema(description = "a person (must be a member of the team, or of some team of the brand)")
            String assignee) {
    }

    @Schema(name = "AssignmentRules", description = "The brand's rules, in the order they are tried")
    public record RulesView(List<RuleView> rules) {
    }

    @Schema(name = "AssignmentGap", description = "A new conversation no rule could place: it went to the default team")
    public record GapView(java.util.UUID conversationId,
            @Schema(description = "no-rule-matched, nobody-on-duty or no-teams") String reason,
            @Schema(description = "the rule that matched but had nobody on duty") String rule,
            String fallbackTeam, String assignee, Instant at) {
    }

    // The page's documented shape (platform rest.Page of gaps); the endpoint answers Page<GapView> itself.
    @Schema(name = "AssignmentGaps", description = "A page of rule gaps, newest first; pass nextCursor as cursor for "
            + "the next")
    public record GapsView(@Schema(required = true) List<GapView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "AssignmentRequest", description = "Give a conversation to a team, a person, or both")
    public record AssignmentRequest(@Schema(example = "care") String team,
            @Schema(example = "manager1") String assignee) {
    }

    @Schema(name = "Assignment", description = "One (re)assignment of a conversation")
    public record AssignmentView(String team, String assignee, String previousTeam, String previousAssignee,
            @Schema(description = "rule, fallback or manual") String reason, String rule, String assignedBy,
            Instant at) {
    }

    @Schema(name = "Ownership", description = "Who owns a conversation, its clock, and who is answering it")
    public record OwnershipView(java.util.UUID conversationId, String brand, String team, String assignee,
            Instant clockStartedAt, Long targetMinutes, Instant warnAt, Instant dueAt, Instant warnedAt,
            Instant breachedAt,
            @Schema(description = "who started answering and has not sent or let go yet") String answeringBy,
            Instant answeringSince,
            @Schema(description = "when the answering mark lapses unless renewed") Instant answeringUntil,
            List<AssignmentView> assignments) {
    }

    @Schema(name = "Answering", description = "Who is answering a conversation, until when")
    public record AnsweringView(java.util.UUID conversationId, String answeringBy, Instant answeringSince,
            Instant answeringUntil) {
    }
}
