package io.parley.inbox.approvals;

import io.parley.inbox.replies.ReplyViews;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What the reply approvals API reads and writes. */
public final class ApprovalViews {

    private ApprovalViews() {
    }

    @Schema(name = "ReplyApprovalSettingRequest", description = "A brand's or a team's whole reply approvals setting; "
            + "replaces the current one")
    public record SettingRequest(
            @Size(max = 200) @Schema(description = "user names whose replies wait for approval (new starters); each "
                    + "must be someone who can see the brand; empty: nobody is held", example = "[\"agent3\"]")
            List<String> heldAgents,
            @Size(max = 200) @Schema(description = "who may approve; each must be someone who can see the brand and "
                    + "not held; empty: anyone of the brand with the manager, admin or approver role",
                    example = "[\"manager1\"]") List<String> approvers,
            @Schema(description = "minutes an approver has to decide, 1 to 1440", example = "15") Integer dueMinutes) {
    }

    @Schema(name = "ReplyApprovalSetting", description = "A brand's reply approvals setting and its recent changes")
    public record Setting(String brand, List<String> heldAgents, List<String> approvers,
            @Schema(example = "15") int dueMinutes,
            @Schema(description = "who last changed it; null when it was never set") String updatedBy,
            Instant updatedAt,
            @Schema(description = "the last 20 changes, newest first") List<Change> changes) {
    }

    @Schema(name = "ReplyApprovalSettingChange", description = "One change of the setting: the setting after it")
    public record Change(List<String> heldAgents, List<String> approvers, int dueMinutes, String changedBy,
            Instant changedAt) {
    }

    @Schema(name = "TeamReplyApprovalSetting", description = "A team's own reply approvals setting and its recent "
            + "changes. Precedence: a reply in a conversation the team owns is held under this setting when it holds "
            + "the author (its approvers, its due time); otherwise under the brand's setting when the brand holds the "
            + "author. A team's setting adds holds; it never releases an agent the brand holds.")
    public record TeamSetting(String brand, @Schema(example = "night") String team,
            @Schema(description = "false: the team has no setting of its own, the brand's applies to its "
                    + "conversations (the lists are then empty)") boolean set,
            List<String> heldAgents, List<String> approvers, @Schema(example = "30") int dueMinutes,
            @Schema(description = "who last set it; null when it is not set") String updatedBy, Instant updatedAt,
            @Schema(description = "the last 20 changes, newest first") List<TeamChange> changes) {
    }

    @Schema(name = "TeamReplyApprovalSettingChange", description = "One change of a team's setting: the setting after "
            + "it, or its removal")
    public record TeamChange(List<String> heldAgents, List<String> approvers, int dueMinutes,
            @Schema(description = "the team's own setting was removed; the brand's applied again") boolean removed,
            String changedBy, Instant changedAt) {
    }

    @Schema(name = "ReplyApprovalDecision", description = "An approver's decision on a held reply")
    public record DecisionRequest(
            @Size(max = 8000) @Schema(description = "approve only: the text to send instead of the author's "
                    + "(edit-and-approve), 1 to 8000 characters; checked against the brand's standards again",
                    example = "Przepraszamy — paczka wyjdzie jutro z DPD.") String text,
            @Size(max = 2000) @Schema(description = "why; required to reject (1 to 2000 characters), shown to the "
                    + "author", example = "Name the courier and the new delivery date.") String comment,
            @Size(max = 1000) @Schema(description = "approve only, only for the approver role: send although the "
                    + "brand's standards block the text, and why (audited)") String overrideReason) {
    }

    @Schema(name = "ReplyApprovalConversation", description = "The conversation a held reply answers, as the queue "
            + "shows it")
    public record ConversationRef(UUID id, String platform, String channelAccountId, String authorName,
            @Schema(description = "the first words of the conversation") String preview, String status,
            @Schema(description = "the conversation's own response-time due time: it keeps counting while the "
                    + "reply waits") Instant dueAt,
            @Schema(description = "the conversation is past its response-time due time") boolean overdue) {
    }

    @Schema(name = "ReplyApprovalItem", description = "A held reply waiting for a decision")
    public record Item(ReplyViews.ReplyView reply, ConversationRef conversation) {
    }

    @Schema(name = "ReplyApprovalCounts", description = "The brand's waiting replies")
    public record Counts(@Schema(example = "3") long waiting,
            @Schema(description = "waiting past their approval due time", example = "1") long overdue) {
    }

    @Schema(name = "ReplyApprovalPage", description = "A page of the brand's approvals queue, the soonest due first")
    public record Page(List<Item> items, @Schema(description = "the next page's cursor; null on the last page")
            String nextCursor, Counts counts) {
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
