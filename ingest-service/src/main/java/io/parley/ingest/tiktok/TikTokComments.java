package io.parley.ingest.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.intake.InteractionIntake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of TikTok's Business API {@code business/comment/list/} ({@code include_replies=true}, newest first):
 * each comment without {@code parent_comment_id} is a comment on the video, each with one a reply in that comment's
 * thread. The interaction's id derives from TikTok's {@code comment_id} (reading it again merges downstream); its
 * platform id names the video too ({@code <video>_<comment>}, a reply {@code <video>_<parent>_<reply>}), because
 * replying to and hiding a TikTok comment take the video's id. The brand's own comments ({@code owner}) and comments
 * that are not {@code PUBLIC} are left out. Only comments newer than {@code after} are taken.
 */
public final class TikTokComments {

    /** What one page held: the interactions, what was left out, the newest and oldest times, and where it ended. */
    public record Page(List<InteractionIntake.Heard> heard, List<String> ignored, Instant newest, Instant oldest,
            boolean hasMore, long cursor) {
    }

    private TikTokComments() {
    }

    public static Page read(JsonNode page, ChannelAccount channel, String videoId, Instant after) {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Instant newest = null;
        Instant oldest = null;
        JsonNode data = page.path("data");
        String username = channel.setting("username").orElse(null);
        for (JsonNode c : data.path("comments")) {
            Instant created = time(c.path("create_time"));
            if (created != null) {
                newest = newest == null || created.isAfter(newest) ? created : newest;
                oldest = oldest == null || created.isBefore(oldest) ? created : oldest;
            }
            if (after != null && created != null && !created.isAfter(after)) {
                continue;
            }
            String id = c.path("comment_id").asText("");
            if (id.isEmpty()) {
                ignored.add("no-comment-id");
                continue;
            }
            if (c.path("owner").asBoolean(false)) {
                ignored.add("own-comment");
                continue;
            }
            if (!"PUBLIC".equals(c.path("status").asText("PUBLIC"))) {
                ignored.add("not-public");
                continue;
            }
            String video = c.path("video_id").asText(videoId);
            String parent = c.hasNonNull("parent_comment_id") && !c.path("parent_comment_id").asText().isEmpty()
                    ? c.path("parent_comment_id").asText() : null;
            String thread = video + "_" + (parent != null ? parent : id);
            String objectId = parent != null ? thread + "_" + id : thread;
            String user = c.path("username").asText(null);
            heard.add(new InteractionIntake.Heard(channel, new InteractionReceived(
                    StableIds.of(Platform.TIKTOK.id(), channel.accountId(), id), Platform.TIKTOK, channel.accountId(),
                    parent != null ? InteractionKind.REPLY : InteractionKind.COMMENT, objectId, video,
                    parent != null ? thread : video, thread,
                    new Author(c.path("user_id").asText(null), user,
                            user != null ? "https://www.tiktok.com/@" + user : null),
                    c.path("text").asText(""),
                    username != null ? "https://www.tiktok.com/@" + username + "/video/" + video : null,
                    created)));
        }
        return new Page(heard, ignored, newest, oldest, data.path("has_more").asBoolean(false),
                data.path("cursor").asLong(0));
    }

    /** The video ids on a {@code business/video/list/} page, newest first as TikTok lists them. */
    public static List<String> videos(JsonNode page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode v : page.path("data").path("videos")) {
            String id = v.path("item_id").asText("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** TikTok gives {@code create_time} in epoch seconds, as a number or a string. */
    static Instant time(JsonNode value) {
        try {
            return value.isNumber() ? Instant.ofEpochSecond(value.asLong())
                    : value.isTextual() && !value.asText().isBlank() ? Instant.ofEpochSecond(Long.parseLong(
                    value.asText().trim())) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
