package io.parley.ingest.vk;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundMedia;
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
public final class VkApi implements PlatformApi {

    private static final Pattern OBJECT = Pattern.compile("(wall|photo)(-?\\d+)_(\\d+)(?:_c(\\d+))?");

    /** Too many requests per second (6), flood control (9), rate limit reached (29). */
    private static final Set<Integer> RATE_LIMITED = Set.of(6, 9, 29);
    /** Internal server error: passing. */
    private static final int INTERNAL = 10;
    /** User authorization failed: the token is no longer valid. */
    private static final int AUTHORIZATION = 5;

    private final String version;

    public VkApi(String version) {
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
                return PlatformRequests.Result.of(step(a, List.of()).orElseThrow());
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
        if (a.action() == OutboundAction.EDIT_POST || a.action() == OutboundAction.DELETE_POST) {
            if (!wall || comment != null) {
                return PlatformRequests.Result.refused("'" + a.targetObjectId() + "' is not a VK wall post");
            }
            return a.action() == OutboundAction.DELETE_POST
                    ? call("wall.delete", true, "owner_id", owner, "post_id", item)
                    : call("wall.edit", true, "owner_id", owner, "post_id", item, "message", a.text(),
                    "attachments", blank(a.link()) ? null : a.link());
        }
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Optional<PlatformRequest> next(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        return a.action() == OutboundAction.PUBLISH_POST ? step(a, done) : Optional.empty();
    }

    /**
     * A wall post: for each image, {@code photos.getWallUploadServer} (an upload address), the image posted there as
     * the multipart field {@code photo} (no token: the address is signed), and {@code photos.saveWallPhoto} with what
     * that answered (all invisible until posted, so repeatable); then {@code wall.post} with the text, the photos and
     * the link as {@code attachments}, and {@code guid} (VK does not create the same post twice).
     */
    private Optional<PlatformRequest> step(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        String group = a.channelAccountId();
        List<OutboundMedia> media = a.media();
        int uploads = media.size() * 3;
        int step = done.size();
        if (step < uploads) {
            OutboundMedia m = media.get(step / 3);
            return Optional.of(switch (step % 3) {
                case 0 -> call("photos.getWallUploadServer", true, "group_id", group).request().orElseThrow();
                case 1 -> new PlatformRequest("POST", done.get(step - 1).value("upload_url"), Map.of(), null, null,
                        Credential.NONE, true, new PlatformRequest.Upload(m.url(), m.contentType(), "photo", null));
                default -> {
                    PlatformAnswer.Done uploaded = done.get(step - 1);
                    yield call("photos.saveWallPhoto", true, "group_id", group, "photo", uploaded.value("photo"),
                            "server", uploaded.value("server"), "hash", uploaded.value("hash"), "caption",
                            m.altText()).request().orElseThrow();
                }
            });
        }
        if (step > uploads) {
            return Optional.empty();
        }
        List<String> attachments = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            attachments.add(done.get(i * 3 + 2).objectId());
        }
        if (!blank(a.link())) {
            attachments.add(a.link());
        }
        return call("wall.post", true, "owner_id", "-" + group, "from_group", "1", "message", a.text(),
                "attachments", attachments.isEmpty() ? null : String.join(",", attachments),
                "guid", a.actionId().toString()).request();
    }

    @Override
    public Optional<PlatformRequest> recent(OutboundActionRequested a, boolean onOwnPost) {
        if (a.action() == OutboundAction.PUBLISH_POST) {
            return call("wall.get", true, "owner_id", "-" + a.channelAccountId(), "filter", "owner", "count", "20")
                    .request();
        }
        if (a.action() == OutboundAction.REPLY && a.recipientId() == null) {
            Matcher m = OBJECT.matcher(a.targetObjectId());
            if (m.matches() && m.group(1).equals("wall")) {
                return call("wall.getComments", true, "owner_id", m.group(2), "post_id", m.group(3), "count", "100",
                        "sort", "desc").request();
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Published> readRecent(OutboundActionRequested a, PlatformResponse response) {
        List<Published> out = new ArrayList<>();
        boolean post = a.action() == OutboundAction.PUBLISH_POST;
        for (JsonNode item : Answers.read(response.body()).path("response").path("items")) {
            String id;
            if (post) {
                id = "wall-" + a.channelAccountId() + "_" + item.path("id").asText();
            } else {
                Matcher m = OBJECT.matcher(a.targetObjectId());
                m.matches();
                id = "wall" + m.group(2) + "_" + m.group(3) + "_c" + item.path("id").asText();
            }
            long date = item.path("date").asLong(0);
            String from = item.has("from_id") ? item.path("from_id").asText().replace("-", "") : null;
            out.add(new Published(id, Answers.text(item, "text"), permalink(a, id), from,
                    date > 0 ? Instant.ofEpochSecond(date) : null));
        }
        return out;
    }

    @Override
    public String permalink(OutboundActionRequested a, String objectId) {
        return a.action() == OutboundAction.PUBLISH_POST && objectId != null && objectId.startsWith("wall")
                ? "https://vk.com/" + objectId : null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        String method = request.path().startsWith("/method/") ? request.path().substring("/method/".length()) : "";
        String number = sandboxId.replaceAll("\\D", "");
        return switch (method) {
            case "photos.getWallUploadServer" -> "{\"response\":{\"upload_url\":\"https://sandbox.parley.local/vk/"
                    + "upload/" + sandboxId + "\",\"album_id\":1,\"user_id\":0}}";
            case "" -> "{\"server\":1,\"photo\":\"[" + sandboxId + "]\",\"hash\":\"" + sandboxId + "\"}";
            case "photos.saveWallPhoto" -> "{\"response\":[{\"id\":" + number + ",\"owner_id\":-"
                    + a.channelAccountId() + "}]}";
            case "wall.post", "wall.edit" -> "{\"response\":{\"post_id\":" + number + "}}";
            case "wall.createComment", "photos.createComment" -> "{\"response\":{\"comment_id\":" + number + "}}";
            case "messages.send" -> "{\"response\":" + number + "}";
            default -> "{\"response\":1}";
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
        if (request.upload() != null && response.successful() && body.has("photo")) {
            return new PlatformAnswer.Done(null, null, Map.of("server", body.path("server").asText(), "photo",
                    body.path("photo").asText(), "hash", body.path("hash").asText()));
        }
        if (!response.successful() || !(body.has("response") || body.has("error"))) {
            return Answers.byStatus("vk", response, now);
        }
        JsonNode error = body.path("error");
        if (error.isObject()) {
            int code = error.path("error_code").asInt();
            String reason = "vk refused (error " + code + "): " + error.path("error_msg").asText("no message");
            if (code == AUTHORIZATION) {
                return new PlatformAnswer.Unauthorized(reason);
            }
            if (RATE_LIMITED.contains(code)) {
                return new PlatformAnswer.RateLimited(null, reason.replace(" refused ", " rate limited "), false);
            }
            return code == INTERNAL ? new PlatformAnswer.Retry(null, reason) : new PlatformAnswer.Refused(reason);
        }
        JsonNode result = body.path("response");
        String method = request.path().substring("/method/".length());
        if (method.equals("photos.getWallUploadServer")) {
            return new PlatformAnswer.Done(null, null, Map.of("upload_url", result.path("upload_url").asText()));
        }
        return new PlatformAnswer.Done(switch (method) {
            case "wall.createComment", "photos.createComment" -> {
                Matcher m = OBJECT.matcher(a.targetObjectId());
                m.matches();
                yield m.group(1) + m.group(2) + "_" + m.group(3) + "_c" + result.path("comment_id").asText();
            }
            case "wall.post" -> "wall-" + a.channelAccountId() + "_" + result.path("post_id").asText();
            case "photos.saveWallPhoto" -> "photo" + result.path(0).path("owner_id").asText() + "_"
                    + result.path(0).path("id").asText();
            case "messages.send" -> "msg" + (result.isObject() ? result.path("message_id").asText() : result.asText());
            default -> a.targetObjectId();
        });
    }
}
