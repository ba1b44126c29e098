package io.parley.ingest.linkedin;

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
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundMedia;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.parley.ingest.outbound.PlatformRequest.segment;

/**
 * LinkedIn Community Management API (versioned {@code /rest} endpoints with {@code LinkedIn-Version}
 * and {@code X-Restli-Protocol-Version: 2.0.0}) acting as the brand's organization: comments
 * ({@code POST /rest/socialActions/{urn}/comments}, nested under a comment with {@code parentComment}),
 * their deletion, reactions ({@code POST /rest/reactions?actor=}) and posts ({@code POST /rest/posts}).
 * Targets are URNs ({@code urn:li:share:…}, {@code urn:li:comment:(urn:li:activity:…,…)}). LinkedIn
 * has no hidden comments and no page messaging API.
 */
public final class LinkedInApi implements PlatformApi {

    private static final Pattern COMMENT = Pattern.compile("urn:li:comment:\\((urn:li:[a-zA-Z]+:[^,]+),(\\d+)\\)");

    private final String version;

    public LinkedInApi(String version) {
        this.version = version;
    }

    @Override
    public Platform platform() {
        return Platform.LINKEDIN;
    }

    @Override
    public String apiRoot() {
        return "https://api.linkedin.com";
    }

    @Override
    public PlatformRequests.Result request(OutboundActionRequested a) {
        String actor = a.channelAccountId().startsWith("urn:li:") ? a.channelAccountId()
                : "urn:li:organization:" + a.channelAccountId();
        String target = a.targetObjectId();
        if (target != null && !target.startsWith("urn:li:")) {
            return PlatformRequests.Result.refused("'" + target + "' is not a LinkedIn URN");
        }
        ObjectNode body = Answers.object();
        Matcher comment = target == null ? null : COMMENT.matcher(target);
        boolean onComment = comment != null && comment.matches();
        return switch (a.action()) {
            case REPLY -> {
                if (a.recipientId() != null) {
                    yield PlatformRequests.Result.refused("linkedin pages cannot send private messages through the API");
                }
                body.put("actor", actor);
                body.put("object", onComment ? comment.group(1) : target);
                body.putObject("message").put("text", a.text());
                if (onComment) {
                    body.put("parentComment", target);
                }
                yield json("POST", "/rest/socialActions/" + segment(target) + "/comments", body, false);
            }
            case DELETE -> PlatformRequests.Result.of(new PlatformRequest("DELETE", onComment
                    ? "/rest/socialActions/" + segment(comment.group(1)) + "/comments/" + comment.group(2) + "?actor="
                    + segment(actor)
                    : "/rest/posts/" + segment(target), headers(), null, null, Credential.BEARER, true));
            case LIKE -> {
                body.put("root", target);
                body.put("reactionType", "LIKE");
                yield json("POST", "/rest/reactions?actor=" + segment(actor), body, true);
            }
            case HIDE, UNHIDE -> PlatformRequests.Result.refused("linkedin has no hidden comments; delete the "
                    + "comment instead");
            case PUBLISH_POST -> PlatformRequests.Result.of(step(a, List.of()).orElseThrow());
            case EDIT_POST -> {
                Map<String, String> headers = headers();
                headers.put("X-RestLi-Method", "PARTIAL_UPDATE");
                body.putObject("patch").putObject("$set").put("commentary", littleText(a.text()));
                yield PlatformRequests.Result.of(new PlatformRequest("POST", "/rest/posts/" + segment(target),
                        headers, PlatformRequest.JSON, Answers.write(body), Credential.BEARER, true));
            }
            case DELETE_POST -> PlatformRequests.Result.of(new PlatformRequest("DELETE", "/rest/posts/"
                    + segment(target), headers(), null, null, Credential.BEARER, true));
        };
    }

    private static String actor(OutboundActionRequested a) {
        return a.channelAccountId().startsWith("urn:li:") ? a.channelAccountId()
                : "urn:li:organization:" + a.channelAccountId();
    }

    @Override
    public Optional<PlatformRequest> next(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        return a.action() == OutboundAction.PUBLISH_POST ? step(a, done) : Optional.empty();
    }

    /**
     * A post: for each image, {@code POST /rest/images?action=initializeUpload} (the answer gives the upload address
     * and the image's URN) and a {@code PUT} of the bytes there (both invisible, so repeatable); then
     * {@code POST /rest/posts} with the commentary and the image ({@code content.media}), the images
     * ({@code content.multiImage}) or the link as an article ({@code content.article}).
     */
    private Optional<PlatformRequest> step(OutboundActionRequested a, List<PlatformAnswer.Done> done) {
        List<OutboundMedia> media = a.media();
        String actor = actor(a);
        int uploads = media.size() * 2;
        int step = done.size();
        if (step < uploads) {
            OutboundMedia m = media.get(step / 2);
            if (step % 2 == 0) {
                ObjectNode init = Answers.object();
                init.putObject("initializeUploadRequest").put("owner", actor);
                return Optional.of(new PlatformRequest("POST", "/rest/images?action=initializeUpload", headers(),
                        PlatformRequest.JSON, Answers.write(init), Credential.BEARER, true));
            }
            return Optional.of(new PlatformRequest("PUT", done.get(step - 1).value("uploadUrl"), Map.of(), null,
                    null, Credential.BEARER, true, new PlatformRequest.Upload(m.url(), m.contentType(), null, null)));
        }
        if (step > uploads) {
            return Optional.empty();
        }
        ObjectNode body = Answers.object();
        body.put("author", actor);
        body.put("commentary", littleText(media.isEmpty() ? a.text() == null ? "" : a.text()
                : PostText.withLink(a.text(), a.link())));
        body.put("visibility", "PUBLIC");
        ObjectNode distribution = body.putObject("distribution");
        distribution.put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        if (media.size() == 1) {
            ObjectNode image = body.putObject("content").putObject("media");
            image.put("id", done.get(0).objectId());
            if (media.get(0).altText() != null) {
                image.put("altText", media.get(0).altText());
            }
        } else if (media.size() > 1) {
            var images = body.putObject("content").putObject("multiImage").putArray("images");
            for (int i = 0; i < media.size(); i++) {
                ObjectNode image = images.addObject().put("id", done.get(i * 2).objectId());
                if (media.get(i).altText() != null) {
                    image.put("altText", media.get(i).altText());
                }
            }
        } else if (a.link() != null && !a.link().isBlank()) {
            body.putObject("content").putObject("article").put("source", a.link()).put("title", title(a));
        }
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        return Optional.of(new PlatformRequest("POST", "/rest/posts", headers(), PlatformRequest.JSON,
                Answers.write(body), Credential.BEARER, false));
    }

    /** An article's title (LinkedIn requires one): the text's first line, at most 200 characters, else the link. */
    static String title(OutboundActionRequested a) {
        String first = a.text() == null ? "" : a.text().strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return a.link();
        }
        return first.codePointCount(0, first.length()) <= 200 ? first
                : first.substring(0, first.offsetByCodePoints(0, 199)) + "…";
    }

    @Override
    public Optional<PlatformRequest> recent(OutboundActionRequested a, boolean onOwnPost) {
        if (a.action() == OutboundAction.PUBLISH_POST) {
            return Optional.of(new PlatformRequest("GET", "/rest/posts?author=" + segment(actor(a))
                    + "&q=author&count=20&sortBy=LAST_MODIFIED", headers(), null, null, Credential.BEARER, true));
        }
        if (a.action() == OutboundAction.REPLY && a.recipientId() == null) {
            return Optional.of(new PlatformRequest("GET", "/rest/socialActions/" + segment(a.targetObjectId())
                    + "/comments?count=50", headers(), null, null, Credential.BEARER, true));
        }
        return Optional.empty();
    }

    @Override
    public List<Published> readRecent(OutboundActionRequested a, PlatformResponse response) {
        List<Published> out = new ArrayList<>();
        for (JsonNode e : Answers.read(response.body()).path("elements")) {
            boolean post = a.action() == OutboundAction.PUBLISH_POST;
            String id = post ? Answers.text(e, "id") : Answers.text(e, "$URN") != null ? Answers.text(e, "$URN")
                    : Answers.text(e, "commentUrn");
            String text = post ? Answers.text(e, "commentary") : Answers.text(e.path("message"), "text");
            long created = post ? e.path("createdAt").asLong(0) : e.path("created").path("time").asLong(0);
            out.add(new Published(id, text, permalink(a, id), post ? Answers.text(e, "author")
                    : Answers.text(e, "actor"), created > 0 ? Instant.ofEpochMilli(created) : null));
        }
        return out;
    }

    @Override
    public String permalink(OutboundActionRequested a, String objectId) {
        return a.action() == OutboundAction.PUBLISH_POST && objectId != null && objectId.startsWith("urn:li:")
                ? "https://www.linkedin.com/feed/update/" + objectId + "/" : null;
    }

    @Override
    public String sandboxAnswer(OutboundActionRequested a, PlatformRequest request, String sandboxId) {
        if (request.path().startsWith("/rest/images")) {
            return "{\"value\":{\"uploadUrlExpiresAt\":0,\"uploadUrl\":\"https://sandbox.parley.local/linkedin/"
                    + "upload/" + sandboxId + "\",\"image\":\"urn:li:image:" + sandboxId + "\"}}";
        }
        if (request.path().equals("/rest/posts") && request.method().equals("POST")) {
            return "{\"id\":\"urn:li:share:" + sandboxId + "\"}";
        }
        if (a.action() == OutboundAction.REPLY) {
            return "{\"$URN\":\"urn:li:comment:(" + a.targetObjectId() + "," + sandboxId + ")\"}";
        }
        return "";
    }

    /** A post's commentary is "little text": its reserved characters are escaped, or the text is cut there. */
    static String littleText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\|{}@[]()<>#*_~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private LinkedHashMap<String, String> headers() {
        LinkedHashMap<String, String> headers = new LinkedHashMap<>();
        headers.put("LinkedIn-Version", version);
        headers.put("X-Restli-Protocol-Version", "2.0.0");
        return headers;
    }

    private PlatformRequests.Result json(String method, String path, ObjectNode body, boolean repeatable) {
        return PlatformRequests.Result.of(new PlatformRequest(method, path, headers(), PlatformRequest.JSON,
                Answers.write(body), Credential.BEARER, repeatable));
    }

    @Override
    public PlatformAnswer answer(OutboundActionRequested a, PlatformRequest request, PlatformResponse response,
            Instant now) {
        JsonNode body = Answers.read(response.body());
        if (response.successful()) {
            JsonNode value = body.path("value");
            if (value.has("uploadUrl")) {
                return new PlatformAnswer.Done(Answers.text(value, "image"), null,
                        Map.of("uploadUrl", Answers.text(value, "uploadUrl")));
            }
            if (request.upload() != null) {
                return new PlatformAnswer.Done(null);
            }
            String id = response.header("x-restli-id").orElse(null);
            if (id == null) {
                id = Answers.text(body, "$URN") != null ? Answers.text(body, "$URN")
                        : Answers.text(body, "commentUrn") != null ? Answers.text(body, "commentUrn")
                        : Answers.text(body, "id");
            }
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        String message = Answers.text(body, "message");
        if (response.status() == 401) {
            return new PlatformAnswer.Unauthorized("linkedin refused the token (401)"
                    + (message != null ? ": " + message : ""));
        }
        if (response.status() == 429) {
            return new PlatformAnswer.RateLimited(Answers.retryAfter(response, now).orElse(null),
                    "linkedin rate limited (429)" + (message != null ? ": " + message : ""), false);
        }
        PlatformAnswer general = Answers.byStatus("linkedin", response, now);
        if (general instanceof PlatformAnswer.Refused && message != null) {
            return new PlatformAnswer.Refused("linkedin refused (" + response.status() + "): " + message);
        }
        return general;
    }
}
