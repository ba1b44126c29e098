package io.parley.ingest.meta;

import io.parley.ingest.outbound.Answers;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.ingest.outbound.PostText;
import io.parley.ingest.outbound.PlatformApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.parley.ingest.outbound.PlatformRequest.form;
import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * Meta Graph API for Facebook Pages and Instagram professional accounts: comment replies
 * ({@code POST /{comment}/comments}, Instagram {@code /{comment}/replies}, a comment on the brand's own Instagram post
 * {@code /{media}/comments}), hide ({@code is_hidden}, Instagram {@code hide}), delete, like, Messenger / Instagram
 * direct messages through the Send API, and publishing: a Page post ({@code POST /{page}/feed} with {@code message}
 * and {@code link}; one photo {@code POST /{page}/photos} with {@code url}; several photos uploaded unpublished, then
 * {@code /feed} with {@code attached_media}), its edit ({@code POST /{post}} {@code message}) and deletion; an
 * Instagram post (a container {@code POST /{ig-user}/media} with {@code image_url} — a carousel's items first — then
 * {@code POST /{ig-user}/media_publish}, then its permalink read). Recent posts are read from
 * {@code /{page}/published_posts} and {@code /{ig-user}/media}, a post's comments from {@code /{post}/comments}.
 */
public final class MetaGraphApi implements PlatformApi {

    /** Graph API throttling: application (4, app-wide), user, page/account, custom-level (17, 32, 613). */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613);
    /** The access token expired, was revoked or lost a permission: the page must be reconnected. */
    private static final int OAUTH = 190;
    /** Graph's "(#10) Application does not have permission for this action"; 200–299 name the missing permission. */
    private static final int PERMISSION_DENIED = 10;
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final Platform platform;
    private final String version;

    public MetaGraphApi(Platform platform, String version) {
        this.platform = platform;
        this.version = "/" + version;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public String apiRoot() {
        return "https://graph.facebook.com";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        return request(a, false);
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a, boolean onOwnPost) {
        boolean instagram = platform == Platform.INSTAGRAM;
        String target = a.targetObjectId() == null ? null : version + "/" + segment(a.targetObjectId());
        String account = version + "/" + segment(a.channelAccountId());
        return switch (a.action()) {
            case REPLY -> {
                if (a.recipientId() != null) {
                    ObjectNode body = Answers.object();
                    body.putObject("recipient").put("id", a.recipientId());
                    body.put("messaging_type", "RESPONSE");
                    body.putObject("message").put("text", a.text());
                    String sender = instagram ? "me" : segment(a.channelAccountId());
                    yield ok(new PlatformRequest("POST", version + "/" + sender + "/messages", Map.of(),
                            PlatformRequest.JSON, Answers.write(body), Credential.BEARER, false));
                }
                if (isMessage(a.targetObjectId())) {
                    yield PlatformRequests.Result.refused("a direct message is answered with a direct message: the "
                            + "action needs the person's id (recipientId)");
                }
                yield ok(new PlatformRequest("POST", target + (instagram && !onOwnPost ? "/replies" : "/comments"),
                        Map.of(), PlatformRequest.FORM, form("message", a.text()), Credential.BEARER, false));
            }
            case HIDE, UNHIDE -> ok(new PlatformRequest("POST", target, Map.of(), PlatformRequest.FORM,
                    form(instagram ? "hide" : "is_hidden", String.valueOf(a.action().name().equals("HIDE"))),
                    Credential.BEARER, true));
            case DELETE -> ok(PlatformRequest.get("DELETE", target, Credential.BEARER, true));
            case LIKE -> instagram
                    ? PlatformRequests.Result.refused("the Instagram API cannot like comments or posts")
                    : ok(PlatformRequest.get("POST", target + "/likes", Credential.BEARER, true));
            case PUBLISH_POST -> instagram ? instagramStep(a, List.of())
                    .map(PlatformRequests.Result::of)
                    .orElseGet(() -> PlatformRequests.Result.refused("an Instagram post needs an image (a media "
                            + "container); text-only posts cannot be published"))
                    : ok(facebookStep(a, List.of()).orElseThrow());
            case EDIT_POST -> instagram
                    ? PlatformRequests.Result.refused("the Instagram API cannot change a published post's caption "
                    + "or media (only whether it takes comments); correct it with a comment or in the app")
                    : ok(new PlatformRequest("POST", target, Map.of(), PlatformRequest.FORM, form("message",
                    PostText.withLink(a.text(), null)), Credential.BEARER, true));
            case DELETE_POST -> instagram
                    ? PlatformRequests.Result.refused("the Instagram API cannot delete a published post; delete it "
                    + "in the Instagram app")
                    : ok(PlatformRequest.get("DELETE", target, Credential.BEARER, true));
        };
    }

    @Override
    public Optional<PlatformRequest> next(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        if (a.action() != OutboundAction.PUBLISH_POST) {
            return Optional.empty();
        }
        return platform == Platform.INSTAGRAM ? instagramStep(a, done) : facebookStep(a, done);
    }

    /**
     * A Page post: text and link on the feed; one photo with its caption on {@code /photos}; several photos each
     * uploaded unpublished (invisible until attached, so repeatable), then attached to one feed post.
     */
    private Optional<PlatformRequest> facebookStep(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        String page = version + "/" + segment(a.channelAccountId());
        List<OutboundMedia> media = a.media();
        if (media.isEmpty()) {
            return done.isEmpty() ? Optional.of(new PlatformRequest("POST", page + "/feed", Map.of(),
                    PlatformRequest.FORM, form("message", a.text(), "link", blankToNull(a.link())), Credential.BEARER,
                    false)) : Optional.empty();
        }
        if (media.size() == 1) {
            OutboundMedia m = media.get(0);
            return done.isEmpty() ? Optional.of(new PlatformRequest("POST", page + "/photos", Map.of(),
                    PlatformRequest.FORM, form("url", m.url(), "message", PostText.withLink(a.text(), a.link()),
                    "alt_text_custom", m.altText(), "published", "true"), Credential.BEARER, false))
                    : Optional.empty();
        }
        if (done.size() < media.size()) {
            OutboundMedia m = media.get(done.size());
            return Optional.of(new PlatformRequest("POST", page + "/photos", Map.of(), PlatformRequest.FORM,
                    form("url", m.url(), "alt_text_custom", m.altText(), "published", "false"), Credential.BEARER,
                    true));
        }
        if (done.size() > media.size()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(List.of("message", PostText.withLink(a.text(), a.link())));
        for (int i = 0; i < done.size(); i++) {
            fields.add("attached_media[" + i + "]");
            fields.add("{\"media_fbid\":\"" + done.get(i).objectId() + "\"}");
        }
        return Optional.of(new PlatformRequest("POST", page + "/feed", Map.of(), PlatformRequest.FORM,
                form(fields.toArray(String[]::new)), Credential.BEARER, false));
    }

    /**
     * An Instagram post: one container with the image and caption (a carousel: a container per image, then the
     * carousel's), then {@code media_publish} — the only step anyone sees, so the only one not repeated blindly —
     * then the published media's permalink. Empty without an image.
     */
    private Optional<PlatformRequest> instagramStep(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        List<OutboundMedia> media = a.media();
        if (media.isEmpty()) {
            return Optional.empty();
        }
        String user = version + "/" + segment(a.channelAccountId());
        String caption = PostText.withLink(a.text(), a.link());
        int containers = media.size() == 1 ? 1 : media.size() + 1;
        int step = done.size();
        if (step < containers) {
            if (media.size() == 1) {
                OutboundMedia m = media.get(0);
                return Optional.of(new PlatformRequest("POST", user + "/media", Map.of(), PlatformRequest.FORM,
                        form("image_url", m.url(), "caption", caption, "alt_text", m.altText()), Credential.BEARER,
                        true));
            }
            if (step < media.size()) {
                OutboundMedia m = media.get(step);
                return Optional.of(new PlatformRequest("POST", user + "/media", Map.of(), PlatformRequest.FORM,
                        form("image_url", m.url(), "is_carousel_item", "true", "alt_text", m.altText()),
                        Credential.BEARER, true));
            }
            String children = String.join(",", done.stream().map(PlatformAnswer.Done::objectId).toList());
            return Optional.of(new PlatformRequest("POST", user + "/media", Map.of(), PlatformRequest.FORM,
                    form("media_type", "CAROUSEL", "children", children, "caption", caption), Credential.BEARER,
                    true));
        }
        if (step == containers) {
            return Optional.of(new PlatformRequest("POST", user + "/media_publish", Map.of(), PlatformRequest.FORM,
                    form("creation_id", done.get(step - 1).objectId()), Credential.BEARER, false));
        }
        if (step == containers + 1) {
            return Optional.of(PlatformRequest.get("GET", version + "/" + segment(done.get(step - 1).objectId())
                    + "?fields=id,permalink", Credential.BEARER, true));
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Messenger message ids ({@code m_…}, formerly {@code mid.…}) and Instagram's ({@code aWdf…}). */
    static boolean isMessage(String objectId) {
        return objectId != null && (objectId.startsWith("m_") || objectId.startsWith("mid.")
                || objectId.startsWith("aWdf"));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (response.successful() && !body.has("error")) {
            if (Boolean.FALSE.equals(body.has("success") ? body.path("success").asBoolean() : null)) {
                return new PlatformAnswer.Refused(platform.id() + " did not apply the change (success: false)");
            }
            String id = Answers.text(body, "message_id") != null ? Answers.text(body, "message_id")
                    : Answers.text(body, "post_id") != null ? Answers.text(body, "post_id")
                    : Answers.text(body, "id");
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId(), Answers.text(body, "permalink"),
                    Map.of());
        }
        JsonNode error = body.path("error");
        if (!error.isObject()) {
            return Answers.byStatus(platform.id(), response, now);
        }
        int code = error.path("code").asInt();
        String reason = platform.id() + " refused (Graph API error " + code
                + (error.has("error_subcode") ? "/" + error.path("error_subcode").asInt() : "") + "): "
                + error.path("message").asText("no message");
        if (code == OAUTH || response.status() == 401) {
            return new PlatformAnswer.Unauthorized(reason);
        }
        if (THROTTLED.contains(code) || (code >= 80001 && code <= 80014)) {
            Duration wait = businessUseCaseWait(response).or(() -> Answers.retryAfter(response, now)).orElse(null);
            return new PlatformAnswer.RateLimited(wait, reason.replace(" refused ", " rate limited "), code == 4);
        }
        if (error.path("is_transient").asBoolean(false) || code == 1 || code == 2 || response.status() >= 500) {
            return new PlatformAnswer.Retry(null, reason);
        }
        if (code == PERMISSION_DENIED || (code >= 200 && code <= 299)) {
            // (#10) permission denied, (#200–#299) a permission the token was not granted: the channel shows it
            return PlatformAnswer.Refused.permission(reason);
        }
        return new PlatformAnswer.Refused(reason, FailureKind.CONTENT_REFUSED);
    }

    /**
     * {@code X-Business-Use-Case-Usage}: {@code {"<business id>":[{"type":"pages", ...,
     * "estimated_time_to_regain_access":<minutes>}]}} — the longest of the estimates.
     */
    public static Optional<Duration> businessUseCaseWait(PlatformResponse response) {
        return response.header("X-Business-Use-Case-Usage").flatMap(header -> {
            JsonNode usage = Answers.read(header);
            long minutes = 0;
            for (JsonNode perBusiness : usage) {
                for (JsonNode useCase : perBusiness) {
                    minutes = Math.max(minutes, useCase.path("estimated_time_to_regain_access").asLong(0));
                }
            }
            return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
        });
    }

    /**
     * {@code X-App-Usage} (and {@code X-Page-Usage}): {@code {"call_count":…,"total_cputime":…,"total_time":…}} in
     * percent of the limit; the highest of them, when the header is there.
     */
    public static Optional<Integer> usagePercent(PlatformResponse response, String header) {
        return response.header(header).map(Answers::read).filter(JsonNode::isObject).map(usage -> {
            int highest = 0;
            for (String field : List.of("call_count", "total_cputime", "total_time")) {
                highest = Math.max(highest, usage.path(field).asInt(0));
            }
            return highest;
        });
    }

    @Override
    public Optional<PlatformRequest> recent(OutboundActionRequested a, boolean onOwnPost) {
        boolean instagram = platform == Platform.INSTAGRAM;
        String account = version + "/" + segment(a.channelAccountId());
        return switch (a.action()) {
            case PUBLISH_POST -> Optional.of(PlatformRequest.get("GET", instagram
                    ? account + "/media?fields=id,caption,timestamp,permalink&limit=25"
                    : account + "/published_posts?fields=id,message,created_time,permalink_url&limit=25",
                    Credential.BEARER, true));
            case REPLY -> a.recipientId() != null || isMessage(a.targetObjectId()) ? Optional.empty()
                    : Optional.of(PlatformRequest.get("GET", version + "/" + segment(a.targetObjectId())
                    + (instagram ? (onOwnPost ? "/comments" : "/replies") + "?fields=id,text,timestamp,from&limit=50"
                    : "/comments?fields=id,message,created_time,from,permalink_url&order=reverse_chronological"
                    + "&limit=50"), Credential.BEARER, true));
            default -> Optional.empty();
        };
    }

    /**
     * Graph lists are paged by cursor: {@code paging.cursors.after} names the last item, and {@code paging.next} is
     * there only when older items follow. The next page is the same read with {@code after}.
     */
    @Override
    public Optional<PlatformRequest> nextPage(OutboundActionRequested a, boolean onOwnPost, PlatformResponse response) {
        JsonNode paging = Answers.read(response.body()).path("paging");
        String after = Answers.text(paging.path("cursors"), "after");
        if (after == null || after.isBlank() || Answers.text(paging, "next") == null) {
            return Optional.empty();
        }
        return recent(a, onOwnPost).map(first -> PlatformRequest.get("GET", first.path() + "&after="
                + URLEncoder.encode(after, StandardCharsets.UTF_8), Credential.BEARER, true));
    }

    @Override
    public List<Published> readRecent(OutboundActionRequested a, PlatformResponse response) {
        List<Published> out = new ArrayList<>();
        for (JsonNode item : Answers.read(response.body()).path("data")) {
            String text = Answers.text(item, "message") != null ? Answers.text(item, "message")
                    : Answers.text(item, "caption") != null ? Answers.text(item, "caption") : Answers.text(item, "text");
            String link = Answers.text(item, "permalink_url") != null ? Answers.text(item, "permalink_url")
                    : Answers.text(item, "permalink");
            String time = Answers.text(item, "created_time") != null ? Answers.text(item, "created_time")
                    : Answers.text(item, "timestamp");
            out.add(new Published(Answers.text(item, "id"), text, link, Answers.text(item.path("from"), "id"),
                    graphTime(time)));
        }
        return out;
    }

    static Instant graphTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    @Override
    public String permalink(OutboundActionRequested a, String objectId) {
        if (platform == Platform.FACEBOOK && objectId != null && a.action() == OutboundAction.PUBLISH_POST) {
            int split = objectId.indexOf('_');
            return split > 0 ? "https://www.facebook.com/" + objectId.substring(0, split) + "/posts/"
                    + objectId.substring(split + 1) : "https://www.facebook.com/" + objectId;
        }
        return null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        ObjectNode body = Answers.object();
        if (request.method().equals("GET")) {
            String path = request.path();
            String id = path.substring(path.lastIndexOf('/') + 1, path.indexOf('?') > 0 ? path.indexOf('?')
                    : path.length());
            return Answers.write(body.put("id", id).put("permalink", "https://sandbox.parley.local/"
                    + platform.id() + "/" + id));
        }
        if (a.action() == OutboundAction.EDIT_POST || a.action() == OutboundAction.DELETE_POST
                || a.action() == OutboundAction.HIDE || a.action() == OutboundAction.UNHIDE
                || a.action() == OutboundAction.DELETE || a.action() == OutboundAction.LIKE) {
            return Answers.write(body.put("success", true));
        }
        body.put("id", sandboxId);
        if (request.path().endsWith("/photos") && request.body() != null && request.body().contains("published=true")) {
            body.put("post_id", sandboxId);
        }
        return Answers.write(body);
    }

    private static PlatformRequests.Result ok(PlatformRequest request) {
        return PlatformRequests.Result.of(request);
    }
}
