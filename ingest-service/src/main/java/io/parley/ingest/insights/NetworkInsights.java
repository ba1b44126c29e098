package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One network's figures, as the insights connectors read them: the request for a post's figures and for the
 * account's followers, and how to read the answers. Pure (no I/O): each is unit tested on the networks' real answers
 * (shared/fixtures/platforms-out). An answer that is not the figures (an error, a rate limit) reads as empty, and the
 * network's outbound rules ({@code PlatformApi#answer}) say what it is.
 */
public interface NetworkInsights {

    Platform platform();

    /** The request for the post's lifetime figures. */
    PlatformRequest postFigures(String accountId, String postId);

    /** The figures in an answer to {@link #postFigures}, or empty when the answer does not hold them. */
    Optional<PostCounters> readPost(String postId, JsonNode answer);

    /** The request for the account's followers. */
    PlatformRequest followers(String accountId);

    /** The count in an answer to {@link #followers}, or empty when the answer does not hold it. */
    OptionalLong readFollowers(JsonNode answer);

    /** Which counters the network gives (non-null ones), so a sandbox account's made-up figures look like its own. */
    PostCounters offered();

    static PlatformRequest get(String path, Map<String, String> headers) {
        return new PlatformRequest("GET", path, headers, null, null, PlatformRequest.Credential.BEARER, true);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A number the network may send as a JSON number or as a string (YouTube), or null when absent. */
    static Long number(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,18}")) {
            return Long.parseLong(node.asText());
        }
        return null;
    }

    static Long sum(Long a, Long b) {
        return a == null ? b : b == null ? a : a + b;
    }
}
