package io.parley.ingest.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.platform.problem.Problem;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.parley.ingest.intake.WebhookFields.array;
import static io.parley.ingest.intake.WebhookFields.bool;
import static io.parley.ingest.intake.WebhookFields.id;
import static io.parley.ingest.intake.WebhookFields.number;
import static io.parley.ingest.intake.WebhookFields.object;
import static io.parley.ingest.intake.WebhookFields.path;
import static io.parley.ingest.intake.WebhookFields.requiredId;
import static io.parley.ingest.intake.WebhookFields.text;

/**
 * Reads an Account Activity delivery for a subscribed brand account ({@code for_user_id}). Tweets
 * by others become replies (answering a tweet), or mentions and quotes; direct messages to the
 * brand become direct messages, one conversation per sender. The brand's own tweets and messages,
 * and every other event type, are left out with a reason.
 *
 * <p>Fields are read by type. A delivery whose envelope is wrong ({@code for_user_id} or an event list of
 * the wrong type) is refused with 400 naming the field; X batches events in those lists, so one event with a
 * field of the wrong type is left out, counted and named in the receipt, and the others are read.
 */
public final class XActivity {

    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private XActivity() {
    }

    public static InteractionIntake.Delivery read(byte[] body, ChannelDirectory channels)
            throws MalformedWebhookException {
        JsonNode root = MalformedWebhookException.readObject(body);
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<Problem.FieldError> malformed = new ArrayList<>();
        String forUser = id(root, "for_user_id", "");
        JsonNode deletes = array(root, "tweet_delete_events", "");
        JsonNode tweets = array(root, "tweet_create_events", "");
        JsonNode dms = array(root, "direct_message_events", "");
        JsonNode users = object(root, "users", "");
        Optional<ChannelAccount> account = channels.find(Platform.X, forUser);
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("for_user_id") && !field.equals("tweet_create_events")
                    && !field.equals("direct_message_events") && !field.equals("users") && !field.equals("apps")
                    && !field.equals("tweet_delete_events")
                    && !field.equals("user_has_blocked")) {
                ignored.add(field);
            }
        });
        if (account.isEmpty()) {
            ignored.add(forUser == null ? "no-for_user_id" : "unknown-account");
            return new InteractionIntake.Delivery(Platform.X, heard, ignored);
        }
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        for (int i = 0; i < deletes.size(); i++) {
            String at = path("", "tweet_delete_events", i);
            try {
                JsonNode deleted = entry(deletes.get(i), at);
                JsonNode status = object(deleted, "status", at);
                String id = id(status, "id", path(at, "status"));
                if (id == null) {
                    ignored.add("tweet_delete:no-id");
                    continue;
                }
                long ms = number(deleted, "timestamp_ms", at);
                changed.add(new InteractionIntake.Changed(account.get(),
                        new io.parley.contracts.interactions.InteractionChanged(
                                StableIds.of(Platform.X.id(), account.get().accountId(), id), Platform.X,
                                account.get().accountId(), id, null,
                                io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null,
                                id(status, "user_id", path(at, "status")),
                                ms > 0 ? Instant.ofEpochMilli(Math.min(ms, MAX_EPOCH_MILLI)) : null)));
            } catch (MalformedWebhookException e) {
                InteractionIntake.leaveOut(e, ignored, malformed);
            }
        }
        for (int i = 0; i < tweets.size(); i++) {
            String at = path("", "tweet_create_events", i);
            try {
                JsonNode tweet = entry(tweets.get(i), at);
                if (forUser.equals(id(object(tweet, "user", at), "id_str", path(at, "user")))) {
                    ignored.add("tweet:own");
                } else {
                    heard.add(new InteractionIntake.Heard(account.get(), tweet(account.get(), tweet, at)));
                }
            } catch (MalformedWebhookException e) {
                InteractionIntake.leaveOut(e, ignored, malformed);
            }
        }
        for (int i = 0; i < dms.size(); i++) {
            String at = path("", "direct_message_events", i);
            try {
                JsonNode dm = entry(dms.get(i), at);
                JsonNode create = object(dm, "message_create", at);
                String type = text(dm, "type", at);
                if (!"message_create".equals(type)) {
                    ignored.add("direct_message:" + type);
                } else if (forUser.equals(id(create, "sender_id", path(at, "message_create")))) {
                    ignored.add("direct_message:own");
                } else {
                    heard.add(new InteractionIntake.Heard(account.get(), directMessage(account.get(), dm, users, at)));
                }
            } catch (MalformedWebhookException e) {
                InteractionIntake.leaveOut(e, ignored, malformed);
            }
        }
        return new InteractionIntake.Delivery(Platform.X, heard, changed, ignored, malformed);
    }

    private static JsonNode entry(JsonNode node, String at) throws MalformedWebhookException {
        if (!node.isObject()) {
            throw new MalformedWebhookException(at, "must be an object");
        }
        return node;
    }

    private static InteractionReceived tweet(ChannelAccount account, JsonNode tweet, String at)
            throws MalformedWebhookException {
        String id = requiredId(tweet, "id_str", at);
        String inReplyTo = id(tweet, "in_reply_to_status_id_str", at);
        JsonNode user = object(tweet, "user", at);
        String userAt = path(at, "user");
        String screenName = text(user, "screen_name", userAt);
        String name = text(user, "name", userAt);
        JsonNode extended = object(tweet, "extended_tweet", at);
        String fullText = text(extended, "full_text", path(at, "extended_tweet"));
        String text = fullText != null ? fullText : text(tweet, "text", at);
        if (text == null) {
            throw new MalformedWebhookException(path(at, "text"), "is required");
        }
        InteractionKind kind = inReplyTo != null ? InteractionKind.REPLY : InteractionKind.MENTION;
        // A quote post (of the brand's post, or quoting something with the brand mentioned) is a mention that
        // points at the quoted post; it starts a conversation of its own.
        String quoted = null;
        if (bool(tweet, "is_quote_status", at)) {
            quoted = id(tweet, "quoted_status_id_str", at);
            if (quoted == null) {
                quoted = id(object(tweet, "quoted_status", at), "id_str", path(at, "quoted_status"));
            }
        }
        String parent = inReplyTo != null ? inReplyTo : quoted;
        return new InteractionReceived(StableIds.of(Platform.X.id(), account.accountId(), id), Platform.X,
                account.accountId(), kind, id, quoted, parent, inReplyTo != null ? inReplyTo : id,
                new Author(id(user, "id_str", userAt), name != null ? name : screenName,
                        screenName == null ? null : "https://x.com/" + screenName),
                text, screenName == null ? null : "https://x.com/" + screenName + "/status/" + id,
                createdAt(text(tweet, "created_at", at))).withAttachments(
                io.parley.ingest.intake.Attachments.xTweet(tweet));
    }

    private static InteractionReceived directMessage(ChannelAccount account, JsonNode dm, JsonNode users, String at)
            throws MalformedWebhookException {
        JsonNode create = object(dm, "message_create", at);
        String createAt = path(at, "message_create");
        String sender = requiredId(create, "sender_id", createAt);
        JsonNode user = users.path(sender);
        String screenName = user.isObject() ? text(user, "screen_name", path("users", sender)) : null;
        String name = user.isObject() ? text(user, "name", path("users", sender)) : null;
        long millis = number(dm, "created_timestamp", at);
        String id = requiredId(dm, "id", at);
        String text = requiredTextOrEmpty(object(create, "message_data", createAt), path(createAt, "message_data"));
        return new InteractionReceived(StableIds.of(Platform.X.id(), account.accountId(), "dm", id), Platform.X,
                account.accountId(), InteractionKind.DIRECT_MESSAGE, id, null, null, "dm_" + sender,
                new Author(sender, name != null ? name : screenName,
                        screenName == null ? null : "https://x.com/" + screenName),
                text, null, millis > 0 ? Instant.ofEpochMilli(Math.min(millis, MAX_EPOCH_MILLI)) : null);
    }

    /** A direct message's {@code message_data.text}: a string, and there. */
    private static String requiredTextOrEmpty(JsonNode data, String at) throws MalformedWebhookException {
        String text = text(data, "text", at);
        if (text == null) {
            throw new MalformedWebhookException(path(at, "text"), "is required");
        }
        return text;
    }

    private static final long MAX_EPOCH_MILLI = 253_402_300_799_000L;

    private static Instant createdAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
