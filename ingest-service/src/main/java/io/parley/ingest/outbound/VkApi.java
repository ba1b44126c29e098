package io.parley.ingest.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VK API ({@code POST /method/<name>}, form body with {@code v} and {@code access_token}) with the
 * community's token: comments ({@code wall.createComment}, {@code photos.createComment}) and their
 * deletion, likes ({@code likes.add}), wall posts ({@code wall.post}) and private messages
 * ({@code messages.send} with {@code random_id}). Parley's VK object ids (see the VK webhook) are
 * {@code wall<owner>_<post>}, {@code wall<owner>_<post>_c<comment>}, {@code photo<owner>_<photo>_c<comment>}
 * and {@code msg<id>}. Creates carry a key derived from the action id ({@code guid}, {@code random_id}),
 * by which VK itself refuses to create the same thing twice. VK has no hidden comments.
 */
final class VkApi implements PlatformApi {

    private static final Pattern OBJECT = Pattern.compile("(wall|photo)(-?\\d+)_(\\d+)(?:_c(\\d+))?");

    /** Too many requests per second (6), flood control (9), rate limit reached (29), internal error (10). */
    private static final Set<Integer> PASSING = Set.of(6, 9, 10, 29);

    private final String version;

    VkApi(String version) {
        this.version = version;
    }

    @Override
    public Platform platform() {
        return Platform.VK;
    }

    @Override
    public String apiRoot() {
        return "https://api.vk.com";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        String group = a.channelAccountId();
        switch (a.action()) {
            case HIDE, UNHIDE -> {
                return PlatformRequests.Result.refused("vk has no hidden comments; delete the comment instead");
            }
            case PUBLISH_POST -> {
                return call("wall.post", true, "owner_id", "-" + group, "from_group", "1", "message", a.text(),
                        "guid", a.actionId().toString());
            }
            case REPLY -> {
                if (a.recipientId() != null) {
                    return call("messages.send", true, "peer_id", a.recipientId(), "random_id",
                            String.valueOf(randomId(a.actionId())), "message", a.text());
                }
            }
            default -> {
            }
        }
        Matcher m = OBJECT.matcher(a.targetObjectId());
        if (!m.matches()) {
            return PlatformRequests.Result.refused(a.targetObjectId().startsWith("msg")
                    ? "a private message is answered with a private message: the action needs the VK peer id "
                    + "(recipientId)"
                    : "'" + a.targetObjectId() + "' is not a VK wall post, wall comment or photo comment");
        }
        boolean wall = m.group(1).equals("wall");
        String owner = m.group(2);
        String item = m.group(3);
        String comment = m.group(4);
        return switch (a.action()) {
            case REPLY -> wall
                    ? call("wall.createComment", true, "owner_id", owner, "post_id", item, "from_group", group,
                    "message", a.text(), "reply_to_comment", comment, "guid", a.actionId().toString())
                    : call("photos.createComment", true, "owner_id", owner, "photo_id", item, "from_group", "1",
                    "message", a.text(), "reply_to_comment", comment, "guid", a.actionId().toString());
            case DELETE -> comment == null
                    ? (wall ? call("wall.delete", true, "owner_id", owner, "post_id", item)
                    : PlatformRequests.Result.refused("deleting a photo is not an action of the inbox"))
                    : call(wall ? "wall.deleteComment" : "photos.deleteComment", true, "owner_id", owner,
                    "comment_id", comment);
            case LIKE -> call("likes.add", true, "type", comment != null ? (wall ? "comment" : "photo_comment")
                    : (wall ? "post" : "photo"), "owner_id", owner, "item_id", comment != null ? comment : item);
            default -> throw new IllegalStateException("handled above: " + a.action());
        };
    }

    /** A positive int32 from the action id: VK's message de-duplication key. */
    static int randomId(UUID actionId) {
        return (int) (actionId.getLeastSignificantBits() & 0x7fffffff);
    }

    private PlatformRequests.Result call(String method, boolean repeatable, String... params) {
        List<String> all = new ArrayList<>(Arrays.asList(params));
        all.add("v");
        all.add(version);
        return PlatformRequests.Result.of(new PlatformRequest("POST", "/method/" + method, Map.of(),
                PlatformRequest.FORM, PlatformRequest.form(all.toArray(String[]::new)), Credential.FORM_FIELD,
                repeatable));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (!response.successful() || !(body.has("response") || body.has("error"))) {
            return Answers.byStatus("vk", response, now);
        }
        JsonNode error = body.path("error");
        if (error.isObject()) {
            int code = error.path("error_code").asInt();
            String reason = "vk refused (error " + code + "): " + error.path("error_msg").asText("no message");
            return PASSING.contains(code) ? new PlatformAnswer.Retry(null, reason) : new PlatformAnswer.Refused(reason);
        }
        JsonNode result = body.path("response");
        String method = request.path().substring("/method/".length());
        return new PlatformAnswer.Done(switch (method) {
            case "wall.createComment", "photos.createComment" -> {
                Matcher m = OBJECT.matcher(a.targetObjectId());
                m.matches();
                yield m.group(1) + m.group(2) + "_" + m.group(3) + "_c" + result.path("comment_id").asText();
            }
            case "wall.post" -> "wall-" + a.channelAccountId() + "_" + result.path("post_id").asText();
            case "messages.send" -> "msg" + (result.isObject() ? result.path("message_id").asText() : result.asText());
            default -> a.targetObjectId();
        });
    }
}
