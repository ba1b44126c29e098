package io.parley.inbox.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about, with the channels a person gets it on until they choose otherwise. Every kind is
 * wanted in the notification centre; e-mail is on by default for what needs someone soon (a breach, an approval
 * waiting, a mention, a channel gone unhealthy, an incident) — all of them, since each one names a person's work.
 */
public enum NotificationKind {
    /** A conversation passed its due time; told to the managers it is escalated to. */
    CONVERSATION_BREACHED("conversation_breached", true, true, "/inbox"),
    /** A post's approval step waits for the person (requested, reminded or escalated to them). */
    APPROVAL_WAITING("approval_waiting", true, true, "/approvals"),
    /** Someone mentioned the person with @user in a conversation's note. */
    MENTIONED("mentioned", true, true, "/inbox"),
    /** A channel account went unhealthy, or is healthy again; told to the brand's managers. */
    CHANNEL_HEALTH("channel_health", true, true, "/channels"),
    /** An incident (a crisis) was opened; told to the brand's managers. */
    INCIDENT_OPENED("incident_opened", true, true, "/incidents");

    private final String id;
    private final boolean centreByDefault;
    private final boolean emailByDefault;
    private final String listLink;

    NotificationKind(String id, boolean centreByDefault, boolean emailByDefault, String listLink) {
        this.id = id;
        this.centreByDefault = centreByDefault;
        this.emailByDefault = emailByDefault;
        this.listLink = listLink;
    }

    /** The console's screen where the notifications of this kind are worked on, for a digest's link to all of them. */
    public String listLink() {
        return listLink;
    }

    public String id() {
        return id;
    }

    public boolean centreByDefault() {
        return centreByDefault;
    }

    public boolean emailByDefault() {
        return emailByDefault;
    }

    public static Optional<NotificationKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
