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

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an Account Activity delivery for a subscribed brand account ({@code for_user_id}). Tweets
 * by others become replies (answering a tweet), or mentions and quotes; direct messages to the
 * brand become direct messages, one conversation per sender. The brand's own tweets and messages,
 * and every other event type, are left out with a reason.
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
        String forUser = root.path("for_user_id").asText(null);
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
        for (JsonNode deleted : root.path("tweet_delete_events")) {
            String id = deleted.path("status").path("id").asText(null);
            if (id == null) {
                ignored.add("tweet_delete:no-id");
                continue;
            }
            long ms = deleted.path("timestamp_ms").asLong(0);
            changed.add(new InteractionIntake.Changed(account.get(), new io.parley.contracts.interactions.InteractionChanged(
                    StableIds.of(Platform.X.id(), account.get().accountId(), id), Platform.X, account.get().accountId(),
                    id, null, io.parley.contracts.interactions.InteractionChanged.Change.DELETED, null,
                    deleted.path("status").path("user_id").asText(null), ms > 0 ? java.time.Instant.ofEpochMilli(ms) : null)));
        }
        for (JsonNode tweet : root.path("tweet_create_events")) {
            if (tweet.path("user").path("id_str").asText().equals(forUser)) {
                ignored.add("tweet:own");
            } else {
                heard.add(new InteractionIntake.Heard(account.get(), tweet(account.get(), tweet)));
            }
        }
        for (JsonNode dm : root.path("direct_message_events")) {
            JsonNode create = dm.path("message_create");
            if (!"message_create".equals(dm.path("type").asText())) {
                ignored.add("direct_message:" + dm.path("type").asText());
            } else if (create.path("sender_id").asText().equals(forUser)) {
                ignored.add("direct_message:own");
            } else {
                heard.add(new InteractionIntake.Heard(account.get(),
                        directMessage(account.get(), dm, root.path("users"))));
            }
        }
        return new InteractionIntake.Delivery(Platform.X, heard, changed, ignored);
    }

    private static InteractionReceived tweet(ChannelAccount account, JsonNode tweet) {
        String id = tweet.path("id_str").asText();
        String inReplyTo = tweet.path("in_reply_to_status_id_str").asText(null);
        JsonNode user = tweet.path("user");
        String screenName = user.path("screen_name").asText(null);
        String text = tweet.path("extended_tweet").hasNonNull("full_text")
                ? tweet.path("extended_tweet").path("full_text").asText() : tweet.path("text").asText("");
        InteractionKind kind = inReplyTo != null ? InteractionKind.REPLY : InteractionKind.MENTION;
        // A quote post (of the brand's post, or quoting something with the brand mentioned) is a mention that
        // points at the quoted post; it starts a conversation of its own.
        String quoted = tweet.path("is_quote_status").asBoolean(false)
                ? tweet.path("quoted_status_id_str").asText(tweet.path("quoted_status").path("id_str").asText(null))
                : null;
        String parent = inReplyTo != null ? inReplyTo : quoted;
        return new InteractionReceived(StableIds.of(Platform.X.id(), account.accountId(), id), Platform.X,
                account.accountId(), kind, id, quoted, parent, inReplyTo != null ? inReplyTo : id,
                new Author(user.path("id_str").asText(null), user.path("name").asText(screenName),
                        screenName == null ? null : "https://x.com/" + screenName),
                text, screenName == null ? null : "https://x.com/" + screenName + "/status/" + id,
                createdAt(tweet.path("created_at").asText(null))).withAttachments(
                io.parley.ingest.intake.Attachments.xTweet(tweet));
    }

    private static InteractionReceived directMessage(ChannelAccount account, JsonNode dm, JsonNode users) {
        JsonNode create = dm.path("message_create");
        String sender = create.path("sender_id").asText();
        JsonNode user = users.path(sender);
        String screenName = user.path("screen_name").asText(null);
        long millis = dm.path("created_timestamp").asLong(0);
        String id = dm.path("id").asText();
        return new InteractionReceived(StableIds.of(Platform.X.id(), account.accountId(), "dm", id), Platform.X,
                account.accountId(), InteractionKind.DIRECT_MESSAGE, id, null, null, "dm_" + sender,
                new Author(sender, user.path("name").asText(screenName),
                        screenName == null ? null : "https://x.com/" + screenName),
                create.path("message_data").path("text").asText(""), null,
                millis > 0 ? Instant.ofEpochMilli(millis) : null);
    }

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
