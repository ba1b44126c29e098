package io.parley.ingest.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/**
 * Comments for a sandbox TikTok account, so the demo has TikTok data without TikTok: written as a page of the
 * Business API's {@code business/comment/list/} answer and read by the same {@link TikTokComments} as live pages.
 * Deterministic from the account and the time: time is cut into {@link #SLOT_SECONDS} slots, and a slot holds a comment
 * when its digest says so (about one slot in three), on one of the account's three sandbox videos, in English, Polish,
 * Greek or Russian. The same slot gives the same comment id on every replica and every read, so reading a window
 * twice adds nothing downstream.
 */
public final class SandboxComments {

    static final long SLOT_SECONDS = 20 * 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String[]> PEOPLE = List.of(
            new String[] {"mia.dances", "Where can I buy the jacket from this video? 😍"},
            new String[] {"kuba_gotuje", "Czy ten produkt będzie znowu dostępny w sklepie?"},
            new String[] {"eleni.travels", "Πόσο κοστίζει η αποστολή στην Ελλάδα;"},
            new String[] {"dasha_vlog", "Заказ не пришёл уже две недели, что делать?"},
            new String[] {"tom.reviews", "Honestly the best unboxing I've seen this week"},
            new String[] {"ola.k", "Super filmik! Kiedy następny?"},
            new String[] {"nikos_gr", "Υπέροχο! 🔥"},
            new String[] {"ivan.petrov", "Спасибо, очень полезно!"},
            new String[] {"sam_lee", "My order arrived broken, who do I contact?"},
            new String[] {"zoe.makes", "Can you do a tutorial on this?"});

    private SandboxComments() {
    }

    /** The sandbox videos of an account (ids in TikTok's 19-digit form). */
    public static List<String> videos(String accountId) {
        long base = 7_300_000_000_000_000_000L + Math.floorMod(digest(accountId).getLong(), 1_000_000_000L) * 100;
        return List.of(Long.toString(base + 1), Long.toString(base + 2), Long.toString(base + 3));
    }

    /** A {@code business/comment/list/} answer with the comments of the slots in {@code (after, until]}. */
    public static JsonNode page(String accountId, Instant after, Instant until) {
        ObjectNode answer = JSON.createObjectNode().put("code", 0).put("message", "OK").put("request_id", "sandbox");
        ObjectNode data = answer.putObject("data");
        ArrayNode comments = data.putArray("comments");
        List<String> videos = videos(accountId);
        long first = Math.floorDiv(after.getEpochSecond(), SLOT_SECONDS);
        long last = Math.floorDiv(until.getEpochSecond(), SLOT_SECONDS);
        for (long slot = last; slot >= first; slot--) {
            java.nio.ByteBuffer d = digest(accountId + "/" + slot);
            if (Math.floorMod(d.get(0), 3) != 0) {
                continue;
            }
            long at = slot * SLOT_SECONDS + Math.floorMod(d.getInt(1), (int) SLOT_SECONDS);
            if (at <= after.getEpochSecond() || at > until.getEpochSecond()) {
                continue;
            }
            String[] who = PEOPLE.get(Math.floorMod(d.getInt(5), PEOPLE.size()));
            comments.addObject()
                    .put("video_id", videos.get(Math.floorMod(d.get(9), videos.size())))
                    .put("comment_id", Long.toString(7_400_000_000_000_000_000L
                            + Math.floorMod(d.getLong(10), 100_000_000_000_000_000L)))
                    .put("user_id", hex(digest("user/" + who[0])))
                    .put("username", who[0])
                    .put("text", who[1])
                    .put("status", "PUBLIC")
                    .put("owner", false)
                    .put("likes", Math.floorMod(d.get(18), 40))
                    .put("replies", 0)
                    .put("create_time", Long.toString(at));
        }
        data.put("has_more", false).put("cursor", comments.size());
        return answer;
    }

    private static java.nio.ByteBuffer digest(String text) {
        try {
            return java.nio.ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(java.nio.ByteBuffer bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes.array()) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
