package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.outbound.PlatformRequest;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * VK: a wall post's counters from {@code wall.getById} (likes, comments, reposts, views; the answer is an array in
 * older versions and {@code {items: [...]}} since 5.131) and the community's members from {@code groups.getById}
 * with {@code fields=members_count} (an array, or {@code {groups: [...]}} in newer versions). VK answers errors with
 * HTTP 200 and an {@code error} object, read by the outbound rules.
 */
final class VkStats implements NetworkInsights {

    private final String version;

    VkStats(String version) {
        this.version = version;
    }

    @Override
    public Platform platform() {
        return Platform.VK;
    }

    /** The gateway names a wall post {@code wall-<group>_<post>}; wall.getById wants {@code -<group>_<post>}. */
    @Override
    public PlatformRequest postFigures(String accountId, String postId) {
        String post = postId.startsWith("wall") ? postId.substring(4) : postId;
        return form("wall.getById", "posts=" + NetworkInsights.enc(post));
    }

    private PlatformRequest form(String method, String params) {
        return new PlatformRequest("POST", "/method/" + method, Map.of(), PlatformRequest.FORM,
                params + "&v=" + NetworkInsights.enc(version), PlatformRequest.Credential.FORM_FIELD, true);
    }

    @Override
    public Optional<PostCounters> readPost(String postId, JsonNode answer) {
        JsonNode response = answer.path("response");
        JsonNode items = response.isArray() ? response : response.path("items");
        if (!items.isArray() || items.isEmpty()) {
            return Optional.empty();
        }
        JsonNode post = items.get(0);
        return Optional.of(new PostCounters(null, null, NetworkInsights.number(post.path("likes").path("count")),
                NetworkInsights.number(post.path("comments").path("count")),
                NetworkInsights.number(post.path("reposts").path("count")),
                NetworkInsights.number(post.path("views").path("count"))));
    }

    @Override
    public PlatformRequest followers(String accountId) {
        return form("groups.getById", "group_id=" + NetworkInsights.enc(accountId) + "&fields=members_count");
    }

    @Override
    public OptionalLong readFollowers(JsonNode answer) {
        JsonNode response = answer.path("response");
        JsonNode groups = response.isArray() ? response : response.path("groups");
        Long count = groups.isArray() && !groups.isEmpty()
                ? NetworkInsights.number(groups.get(0).path("members_count")) : null;
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    @Override
    public PostCounters offered() {
        return new PostCounters(null, null, 0L, 0L, 0L, 0L);
    }
}
