package io.parley.ingest.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.platform.problem.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.parley.ingest.intake.WebhookFields.array;
import static io.parley.ingest.intake.WebhookFields.number;
import static io.parley.ingest.intake.WebhookFields.object;
import static io.parley.ingest.intake.WebhookFields.path;
import static io.parley.ingest.intake.WebhookFields.text;

/**
 * Reads {@code ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS}: comments on an organisation's posts
 * become comments (or replies, when they answer a comment), share mentions become mentions, likes
 * become reactions, and comment edits and deletions change the comment heard before. Admin
 * comments (the brand's own) and other notification types are left out with a counted reason.
 * The organisation's id ({@code urn:li:organization:<id>}) names the channel account.
 *
 * <p>Fields are read by type. LinkedIn batches up to ten notifications and re-sends the whole POST when it
 * is not acknowledged, so a notification with a field of the wrong type is left out, counted and named in
 * the receipt; a body whose {@code type} or {@code notifications} has the wrong type is refused (400).
 */
public final class LinkedInNotifications {

    /** {@code urn:li:comment:(urn:li:activity:<activity>,<comment id>)}. */
    private static final Pattern COMMENT_URN = Pattern.compile("urn:li:comment:\\((urn:li:[a-zA-Z]+:\\d+),(\\d+)\\)");

    private LinkedInNotifications() {
    }

    public static InteractionIntake.Delivery read(JsonNode body, ChannelDirectory channels)
            throws MalformedWebhookException {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<Problem.FieldError> malformed = new ArrayList<>();
        String type = text(body, "type", "");
        if (!"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS".equals(type)) {
            ignored.add("type:" + (type == null ? "missing" : type));
            return new InteractionIntake.Delivery(Platform.LINKEDIN, heard, changed, ignored);
        }
        JsonNode notifications = array(body, "notifications", "");
        for (int i = 0; i < notifications.size(); i++) {
            String at = path("", "notifications", i);
            try {
                JsonNode n = notifications.get(i);
                if (!n.isObject()) {
                    throw new MalformedWebhookException(at, "must be an object");
                }
                String action = text(n, "action", at);
                if (action == null) {
                    action = "missing";
                }
                String organisation = text(n, "organizationalEntity", at);
                organisation = organisation == null ? "" : organisation;
                String orgId = organisation.startsWith("urn:li:organization:")
                        ? organisation.substring("urn:li:organization:".length()) : organisation;
                Optional<ChannelAccount> account = channels.find(Platform.LINKEDIN, orgId);
                if (account.isEmpty()) {
                    ignored.add("unknown-organization");
                    continue;
                }
                switch (action) {
                    case "COMMENT" -> {
                        Optional<InteractionReceived> comment = comment(n, at, account.get());
                        if (comment.isPresent()) {
                            heard.add(new InteractionIntake.Heard(account.get(), comment.get()));
                        } else {
                            ignored.add("COMMENT:unreadable");
                        }
                    }
                    case "SHARE_MENTION" -> heard.add(new InteractionIntake.Heard(account.get(),
                            mention(n, at, account.get())));
                    case "LIKE" -> heard.add(new InteractionIntake.Heard(account.get(), like(n, at, account.get())));
                    case "COMMENT_EDIT", "COMMENT_DELETE" -> {
                        Optional<InteractionChanged> change = change(n, at, account.get(), action);
                        if (change.isPresent()) {
                            changed.add(new InteractionIntake.Changed(account.get(), change.get()));
                        } else {
                            ignored.add(action + ":unreadable");
                        }
                    }
                    case "ADMIN_COMMENT" -> ignored.add("ADMIN_COMMENT:own");
                    default -> ignored.add(action);
                }
            } catch (MalformedWebhookException e) {
                InteractionIntake.leaveOut(e, ignored, malformed);
            }
        }
        return new InteractionIntake.Delivery(Platform.LINKEDIN, heard, changed, ignored, malformed);
    }

    /** {@code decoratedGeneratedActivity.comment}: an object (or absent). */
    private static JsonNode commentOf(JsonNode n, String at) throws MalformedWebhookException {
        return object(object(n, "decoratedGeneratedActivity", at), "comment", path(at, "decoratedGeneratedActivity"));
    }

    /** A comment's text: {@code text}, or {@code message.text}; each a string. */
    private static String commentText(JsonNode c, String at) throws MalformedWebhookException {
        String text = text(c, "text", at);
        if (text == null) {
            text = text(object(c, "message", at), "text", path(at, "message"));
        }
        return text;
    }

    private static Optional<InteractionReceived> comment(JsonNode n, String at, ChannelAccount account)
            throws MalformedWebhookException {
        JsonNode c = commentOf(n, at);
        String cAt = path(at, "decoratedGeneratedActivity.comment");
        String urn = orElse(text(c, "entity", cAt), text(n, "generatedActivity", at));
        Matcher m = COMMENT_URN.matcher(urn == null ? "" : urn);
        if (!m.matches()) {
            return Optional.empty();
        }
        String parent = text(c, "parentComment", cAt);
        String thread = parent != null ? parent : urn;
        String owner = orElse(text(c, "owner", cAt), text(n, "subscriber", at));
        String text = commentText(c, cAt);
        if (text == null) {
            throw new MalformedWebhookException(path(cAt, "text"), "is required");
        }
        String post = text(n, "sourcePost", at);
        return Optional.of(new InteractionReceived(interactionId(account, urn), Platform.LINKEDIN,
                account.accountId(), parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT, urn, post,
                parent != null ? parent : post, thread, author(owner), text,
                post != null ? "https://www.linkedin.com/feed/update/" + post + "?commentUrn=" + urn : null,
                time(n, at)));
    }

    private static InteractionReceived mention(JsonNode n, String at, ChannelAccount account)
            throws MalformedWebhookException {
        String activity = orElse(text(n, "generatedActivity", at), text(n, "sourcePost", at));
        if (activity == null) {
            throw new MalformedWebhookException(path(at, "generatedActivity"), "is required");
        }
        JsonNode share = object(object(n, "decoratedGeneratedActivity", at), "share",
                path(at, "decoratedGeneratedActivity"));
        String shareAt = path(at, "decoratedGeneratedActivity.share");
        String text = orElse(text(share, "text", shareAt), text(share, "commentary", shareAt));
        String owner = orElse(text(share, "owner", shareAt), text(n, "subscriber", at));
        return new InteractionReceived(interactionId(account, activity), Platform.LINKEDIN, account.accountId(),
                InteractionKind.MENTION, activity, activity, null, activity, author(owner), text == null ? "" : text,
                "https://www.linkedin.com/feed/update/" + activity, time(n, at));
    }

    private static InteractionReceived like(JsonNode n, String at, ChannelAccount account)
            throws MalformedWebhookException {
        String post = text(n, "sourcePost", at);
        if (post == null) {
            throw new MalformedWebhookException(path(at, "sourcePost"), "is required");
        }
        JsonNode reaction = object(object(n, "decoratedGeneratedActivity", at), "reaction",
                path(at, "decoratedGeneratedActivity"));
        String liker = orElse(text(n, "subscriber", at),
                text(reaction, "actor", path(at, "decoratedGeneratedActivity.reaction")));
        if (liker == null) {
            throw new MalformedWebhookException(path(at, "subscriber"), "is required");
        }
        String object = "like:" + post + ":" + liker;
        return new InteractionReceived(interactionId(account, object), Platform.LINKEDIN, account.accountId(),
                InteractionKind.REACTION, object, post, post, post, author(liker), "👍",
                "https://www.linkedin.com/feed/update/" + post, time(n, at));
    }

    private static Optional<InteractionChanged> change(JsonNode n, String at, ChannelAccount account, String action)
            throws MalformedWebhookException {
        JsonNode c = commentOf(n, at);
        String cAt = path(at, "decoratedGeneratedActivity.comment");
        String urn = orElse(text(c, "entity", cAt), text(n, "generatedActivity", at));
        if (urn == null || !COMMENT_URN.matcher(urn).matches()) {
            return Optional.empty();
        }
        boolean edit = action.equals("COMMENT_EDIT");
        String text = edit ? commentText(c, cAt) : null;
        if (edit && text == null) {
            throw new MalformedWebhookException(path(cAt, "text"), "is required");
        }
        String parent = text(c, "parentComment", cAt);
        return Optional.of(new InteractionChanged(interactionId(account, urn), Platform.LINKEDIN, account.accountId(),
                urn, parent != null ? parent : urn, edit ? InteractionChanged.Change.EDITED
                        : InteractionChanged.Change.DELETED, text,
                orElse(text(c, "owner", cAt), text(n, "subscriber", at)), time(n, at)));
    }

    private static String orElse(String first, String second) {
        return first != null ? first : second;
    }

    static java.util.UUID interactionId(ChannelAccount account, String objectUrn) {
        return StableIds.of(Platform.LINKEDIN.id(), account.accountId(), objectUrn);
    }

    private static Author author(String personUrn) {
        // A member URN does not lead to a public profile address; the console links through the API instead.
        return new Author(personUrn, null, null);
    }

    private static Instant time(JsonNode n, String at) throws MalformedWebhookException {
        long ms = number(n, "lastModifiedAt", at);
        return ms > 0 ? Instant.ofEpochMilli(Math.min(ms, 253_402_300_799_000L)) : null;
    }
}
