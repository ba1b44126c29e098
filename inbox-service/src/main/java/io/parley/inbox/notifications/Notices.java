package io.parley.inbox.notifications;

import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.contracts.inbox.IncidentOpened;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalReminder;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApproverRef;
import io.parley.inbox.people.Person;
import io.parley.platform.security.Roles;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which events tell whom what: pure, so each rule is tested without Kafka. Recipients are user names; a role
 * ({@code manager}, an approval step's {@code role:approver}) becomes the brand's people who hold it.
 */
public final class Notices {

    static final String HEALTHY = "healthy";
    static final int EXCERPT = 140;

    private Notices() {
    }

    /** What the event tells, if anything; {@code people} gives a brand's people with their roles. */
    public static Optional<Notice> of(Event<Payload> event, Function<String, List<Person>> people) {
        String brand = event.brand();
        Payload data = event.data();
        if (data instanceof ConversationBreached b) {
            return notice(NotificationKind.CONVERSATION_BREACHED, brand, params("conversationId", b.conversationId(),
                    "platform", b.platform().id(), "team", b.team(), "assignee", b.assignee(), "dueAt", b.dueAt(),
                    "targetMinutes", b.targetMinutes()), conversation(b.conversationId()), b.escalatedTo());
        }
        if (data instanceof NoteAdded n) {
            List<String> told = n.mentioned().stream().filter(u -> !u.equals(n.author())).toList();
            return notice(NotificationKind.MENTIONED, brand, params("conversationId", n.conversationId(),
                    "noteId", n.noteId(), "author", n.author(), "excerpt", excerpt(n.text())),
                    conversation(n.conversationId()), told);
        }
        if (data instanceof ApprovalRequested a) {
            return approval(brand, "requested", a.storyId(), a.variantId(), a.stepName(), a.approvers(), people);
        }
        if (data instanceof ApprovalReminder a) {
            return approval(brand, "reminder", a.storyId(), a.variantId(), a.stepName(), a.approvers(), people);
        }
        if (data instanceof ApprovalEscalated a) {
            return approval(brand, "escalated", a.storyId(), a.variantId(), a.stepName(), a.escalateTo(), people);
        }
        if (data instanceof ChannelHealthChanged h) {
            boolean wentBad = HEALTHY.equals(h.previousState()) && !HEALTHY.equals(h.state());
            boolean cameBack = HEALTHY.equals(h.state()) && h.previousState() != null
                    && !HEALTHY.equals(h.previousState());
            if (!wentBad && !cameBack) {
                return Optional.empty(); // one unhealthy state to another: the managers were told already
            }
            return notice(NotificationKind.CHANNEL_HEALTH, brand, params("channelAccountId", h.channelAccountId(),
                    "platform", h.platform().id(), "name", h.name(), "state", h.state(),
                    "previousState", h.previousState(), "whatToDo", h.whatToDo()), "/channels",
                    holding(people.apply(brand), Roles.MANAGER));
        }
        if (data instanceof IncidentOpened i) {
            return notice(NotificationKind.INCIDENT_OPENED, brand, params("incidentId", i.incidentId(),
                    "title", i.title(), "source", i.source(), "openedBy", i.openedBy()), "/incidents",
                    holding(people.apply(brand), Roles.MANAGER).stream().filter(u -> !u.equals(i.openedBy()))
                            .toList());
        }
        return Optional.empty();
    }

    private static Optional<Notice> approval(String brand, String stage, java.util.UUID storyId,
            java.util.UUID variantId, String stepName, List<ApproverRef> approvers,
            Function<String, List<Person>> people) {
        Set<String> told = new LinkedHashSet<>();
        List<Person> ofBrand = null;
        for (ApproverRef a : approvers == null ? List.<ApproverRef>of() : approvers) {
            if ("user".equals(a.kind())) {
                told.add(a.id());
            } else if ("role".equals(a.kind())) {
                if (ofBrand == null) {
                    ofBrand = people.apply(brand);
                }
                told.addAll(holding(ofBrand, a.id()));
            } // an external reviewer has their own invitation e-mail and no account to be told in
        }
        return notice(NotificationKind.APPROVAL_WAITING, brand, params("stage", stage, "storyId", storyId,
                "variantId", variantId, "stepName", stepName), "/stories/" + storyId, List.copyOf(told));
    }

    static List<String> holding(List<Person> people, String role) {
        return people.stream().filter(p -> p.roles().contains(role)).map(Person::user).toList();
    }

    private static Optional<Notice> notice(NotificationKind kind, String brand, Map<String, Object> params,
            String link, List<String> recipients) {
        List<String> distinct = recipients == null ? List.of()
                : recipients.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        return distinct.isEmpty() ? Optional.empty()
                : Optional.of(new Notice(kind, brand, params, link, distinct));
    }

    private static String conversation(java.util.UUID id) {
        return "/inbox/" + id;
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        int[] points = text.codePoints().toArray();
        return points.length <= EXCERPT ? text : new String(points, 0, EXCERPT) + "…";
    }

    /** Parameters in order, nulls left out (the console words a title without them). */
    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) {
                params.put((String) keyValues[i], v instanceof java.time.Instant || v instanceof java.util.UUID
                        ? v.toString() : v);
            }
        }
        return params;
    }
}
