package io.parley.ingest.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code commentThreads.list} page ({@code part=snippet,replies}): each thread's top-level
 * comment is a comment, its replies are replies in the same thread. Comments of the channel itself
 * are left out. A comment updated after it was published is also an edit (keyed by its update time,
 * so reading it again changes nothing). Only comments newer than {@code after} are taken.
 */
public final class YouTubeComments {

    /** What one page held, and the newest time on it. */
    public record Page(List<InteractionIntake.Heard> heard, List<InteractionIntake.Changed> changed,
            List<String> ignored, Instant newest, Instant oldest, String nextPageToken) {
    }

    private YouTubeComments() {
    }

    public static Page read(JsonNode page, ChannelAccount channel, Instant after) {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        for (JsonNode thread : page.path("items")) {
            String threadId = thread.path("id").asText();
            JsonNode top = thread.path("snippet").path("topLevelComment");
            List<JsonNode> comments = new ArrayList<>();
            comments.add(top);
            thread.path("replies").path("comments").forEach(comments::add);
            Instant latestInThread = null;
            for (JsonNode comment : comments) {
                JsonNode s = comment.path("snippet");
                Instant published = time(s.path("publishedAt").asText(null));
                Instant updated = time(s.path("updatedAt").asText(null));
                Instant latest = updated != null ? updated : published;
                if (latest != null && (latestInThread == null || latest.isAfter(latestInThread))) {
                    latestInThread = latest;
                }
                if (after != null && latest != null && !latest.isAfter(after)) {
                    continue;
                }
                if (channel.accountId().equals(s.path("authorChannelId").path("value").asText(null))) {
                    ignored.add("own-comment");
                    continue;
                }
                String id = comment.path("id").asText();
                boolean reply = comment != top;
                String video = s.path("videoId").asText(thread.path("snippet").path("videoId").asText(null));
                var interactionId = StableIds.of(Platform.YOUTUBE.id(), channel.accountId(), id);
                String text = s.hasNonNull("textOriginal") ? s.get("textOriginal").asText() : s.path("textDisplay").asText("");
                if (published == null || after == null || published.isAfter(after)) {
                    heard.add(new InteractionIntake.Heard(channel, new InteractionReceived(interactionId,
                            Platform.YOUTUBE, channel.accountId(), reply ? InteractionKind.REPLY : InteractionKind.COMMENT,
                            id, video, reply ? s.path("parentId").asText(threadId) : video, threadId,
                            new Author(s.path("authorChannelId").path("value").asText(null),
                                    s.path("authorDisplayName").asText(null), s.path("authorChannelUrl").asText(null)),
                            text, video != null ? "https://www.youtube.com/watch?v=" + video + "&lc=" + id : null,
                            published)));
                }
                if (updated != null && published != null && updated.isAfter(published)) {
                    changed.add(new InteractionIntake.Changed(channel, new InteractionChanged(interactionId,
                            Platform.YOUTUBE, channel.accountId(), id, threadId, InteractionChanged.Change.EDITED, text,
                            s.path("authorChannelId").path("value").asText(null), updated)));
                }
            }
            if (latestInThread != null) {
                newest = newest == null || latestInThread.isAfter(newest) ? latestInThread : newest;
                oldest = oldest == null || latestInThread.isBefore(oldest) ? latestInThread : oldest;
            }
        }
        return new Page(heard, changed, ignored, newest, oldest, page.path("nextPageToken").asText(null));
    }

    private static Instant time(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
