package io.parley.ingest.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.PlatformRequest.Credential;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
final class LinkedInApi implements PlatformApi {

    private static final Pattern COMMENT = Pattern.compile("urn:li:comment:\\((urn:li:[a-zA-Z]+:[^,]+),(\\d+)\\)");

    private final String version;

    LinkedInApi(String version) {
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
            case PUBLISH_POST -> {
                body.put("author", actor);
                body.put("commentary", littleText(a.text()));
                body.put("visibility", "PUBLIC");
                ObjectNode distribution = body.putObject("distribution");
                distribution.put("feedDistribution", "MAIN_FEED");
                distribution.putArray("targetEntities");
                distribution.putArray("thirdPartyDistributionChannels");
                body.put("lifecycleState", "PUBLISHED");
                body.put("isReshareDisabledByAuthor", false);
                yield json("POST", "/rest/posts", body, false);
            }
            case EDIT_POST, DELETE_POST -> PlatformRequests.Result.refused("linkedin: " + a.action().id()
                    + " is not supported by this gateway yet");
        };
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

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
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
            String id = response.header("x-restli-id").orElse(null);
            if (id == null) {
                id = Answers.text(body, "$URN") != null ? Answers.text(body, "$URN")
                        : Answers.text(body, "commentUrn") != null ? Answers.text(body, "commentUrn")
                        : Answers.text(body, "id");
            }
            return new PlatformAnswer.Done(id != null ? id : a.targetObjectId());
        }
        String message = Answers.text(body, "message");
        PlatformAnswer general = Answers.byStatus("linkedin", response, now);
        if (general instanceof PlatformAnswer.Refused && message != null) {
            return new PlatformAnswer.Refused("linkedin refused (" + response.status() + "): " + message);
        }
        return general;
    }
}
