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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS}: comments on an organisation's posts
 * become comments (or replies, when they answer a comment), share mentions become mentions, likes
 * become reactions, and comment edits and deletions change the comment heard before. Admin
 * comments (the brand's own) and other notification types are left out with a counted reason.
 * The organisation's id ({@code urn:li:organization:<id>}) names the channel account.
 */
public final class LinkedInNotifications {

    /** {@code urn:li:comment:(urn:li:activity:<activity>,<comment id>)}. */
    private static final Pattern COMMENT_URN = Pattern.compile("urn:li:comment:\\((urn:li:[a-zA-Z]+:\\d+),(\\d+)\\)");

    private LinkedInNotifications() {
    }

    public static InteractionIntake.Delivery read(JsonNode body, ChannelDirectory channels) {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        String type = body.path("type").asText("missing");
        if (!"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS".equals(type)) {
            ignored.add("type:" + type);
            return new InteractionIntake.Delivery(Platform.LINKEDIN, heard, changed, ignored);
        }
        for (JsonNode n : body.path("notifications")) {
            String action = n.path("action").asText("missing");
            String organisation = n.path("organizationalEntity").asText("");
            String orgId = organisation.startsWith("urn:li:organization:")
                    ? organisation.substring("urn:li:organization:".length()) : organisation;
            Optional<ChannelAccount> account = channels.find(Platform.LINKEDIN, orgId);
            if (account.isEmpty()) {
                ignored.add("unknown-organization");
                continue;
            }
            switch (action) {
                case "COMMENT" -> comment(n, account.get()).ifPresentOrElse(
                        i -> heard.add(new InteractionIntake.Heard(account.get(), i)),
                        () -> ignored.add("COMMENT:unreadable"));
                case "SHARE_MENTION" -> heard.add(new InteractionIntake.Heard(account.get(), mention(n, account.get())));
                case "LIKE" -> heard.add(new InteractionIntake.Heard(account.get(), like(n, account.get())));
                case "COMMENT_EDIT", "COMMENT_DELETE" -> change(n, account.get(), action).ifPresentOrElse(
                        c -> changed.add(new InteractionIntake.Changed(account.get(), c)),
                        () -> ignored.add(action + ":unreadable"));
                case "ADMIN_COMMENT" -> ignored.add("ADMIN_COMMENT:own");
                default -> ignored.add(action);
            }
        }
        return new InteractionIntake.Delivery(Platform.LINKEDIN, heard, changed, ignored);
    }

    private static Optional<InteractionReceived> comment(JsonNode n, ChannelAccount account) {
        JsonNode c = n.path("decoratedGeneratedActivity").path("comment");
        String urn = c.path("entity").asText(n.path("generatedActivity").asText(""));
        Matcher m = COMMENT_URN.matcher(urn);
        if (!m.matches()) {
            return Optional.empty();
        }
        String parent = c.hasNonNull("parentComment") ? c.get("parentComment").asText() : null;
        String thread = parent != null ? parent : urn;
        String owner = c.path("owner").asText(n.path("subscriber").asText(null));
        String text = c.hasNonNull("text") ? c.get("text").asText() : c.path("message").path("text").asText("");
        String post = n.path("sourcePost").asText(null);
        return Optional.of(new InteractionReceived(interactionId(account, urn), Platform.LINKEDIN,
                account.accountId(), parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT, urn, post,
                parent != null ? parent : post, thread, author(owner), text,
                post != null ? "https://www.linkedin.com/feed/update/" + post + "?commentUrn=" + urn : null,
                time(n)));
    }

    private static InteractionReceived mention(JsonNode n, ChannelAccount account) {
        String activity = n.path("generatedActivity").asText(n.path("sourcePost").asText(""));
        JsonNode share = n.path("decoratedGeneratedActivity").path("share");
        String text = share.path("text").asText(share.path("commentary").asText(""));
        String owner = share.path("owner").asText(n.path("subscriber").asText(null));
        return new InteractionReceived(interactionId(account, activity), Platform.LINKEDIN, account.accountId(),
                InteractionKind.MENTION, activity, activity, null, activity, author(owner), text,
                "https://www.linkedin.com/feed/update/" + activity, time(n));
    }

    private static InteractionReceived like(JsonNode n, ChannelAccount account) {
        String post = n.path("sourcePost").asText("");
        String liker = n.path("subscriber").asText(n.path("decoratedGeneratedActivity").path("reaction")
                .path("actor").asText(null));
        String object = "like:" + post + ":" + liker;
        return new InteractionReceived(interactionId(account, object), Platform.LINKEDIN, account.accountId(),
                InteractionKind.REACTION, object, post, post, post, author(liker), "👍",
                "https://www.linkedin.com/feed/update/" + post, time(n));
    }

    private static Optional<InteractionChanged> change(JsonNode n, ChannelAccount account, String action) {
        JsonNode c = n.path("decoratedGeneratedActivity").path("comment");
        String urn = c.path("entity").asText(n.path("generatedActivity").asText(""));
        if (!COMMENT_URN.matcher(urn).matches()) {
            return Optional.empty();
        }
        boolean edit = action.equals("COMMENT_EDIT");
        String text = edit ? (c.hasNonNull("text") ? c.get("text").asText() : c.path("message").path("text").asText(""))
                : null;
        String parent = c.hasNonNull("parentComment") ? c.get("parentComment").asText() : null;
        return Optional.of(new InteractionChanged(interactionId(account, urn), Platform.LINKEDIN, account.accountId(),
                urn, parent != null ? parent : urn, edit ? InteractionChanged.Change.EDITED
                        : InteractionChanged.Change.DELETED, text,
                c.path("owner").asText(n.path("subscriber").asText(null)), time(n)));
    }

    static java.util.UUID interactionId(ChannelAccount account, String objectUrn) {
        return StableIds.of(Platform.LINKEDIN.id(), account.accountId(), objectUrn);
    }

    private static Author author(String personUrn) {
        // A member URN does not lead to a public profile address; the console links through the API instead.
        return new Author(personUrn, null, null);
    }

    private static Instant time(JsonNode n) {
        long ms = n.path("lastModifiedAt").asLong(0);
        return ms > 0 ? Instant.ofEpochMilli(ms) : null;
    }
}
