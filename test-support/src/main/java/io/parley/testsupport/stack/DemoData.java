package io.parley.testsupport.stack;

import io.parley.testsupport.Signatures;
import io.parley.testsupport.Tokens;
import io.parley.contracts.Topics;
import io.parley.testsupport.infra.ConsumerGroups;
import io.parley.testsupport.infra.Endpoints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the demo brand's data through the public APIs, as a manager, an editor and Facebook would:
 * response-time targets, comments arriving by signed webhook (in several languages, and a lone
 * heart), and draft posts on the calendar. Safe to run again: comments de-duplicate by their
 * platform ids and drafts are only added to an empty calendar.
 */
public final class DemoData {

    public static final String BRAND = "acme";
    public static final String META_PAGE_ID = "1234567890";
    public static final String META_APP_SECRET = "demo-meta-secret";

    private static final List<String[]> COMMENTS = List.of(
            new String[] {"9001", "Olivia Brown", "I ordered on Monday and there is still nothing. Where is my parcel?"},
            new String[] {"9002", "Zofia Nowak", "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje?"},
            new String[] {"9003", "Γιώργος Παπαδόπουλος", "Καλησπέρα! Πότε θα είναι ξανά διαθέσιμο το προϊόν;"},
            new String[] {"9004", "Анна Смирнова", "Спасибо за быструю доставку, всё отлично!"},
            new String[] {"9005", "Sam Lee", "❤"},
            new String[] {"9006", "Jonas Weber", "It would be great to have a dark mode in the app."});

    private final HttpClient http = HttpClient.newHttpClient();
    private final Endpoints infra;
    private final LocalServices services;
    private final Consumer<String> log;

    public DemoData(Endpoints infra, LocalServices services, Consumer<String> log) {
        this.infra = infra;
        this.services = services;
        this.log = log;
    }

    public void load() throws IOException {
        String manager = Tokens.forUser(infra, "manager1", "manager1");
        long standardsBefore = ConsumerGroups.records(infra.kafka(), Topics.STANDARDS);
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.STANDARDS) + "/api/v1/brands/" + BRAND
                        + "/response-targets"))
                .header("Authorization", Tokens.bearer(manager))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"defaultMinutes": 60, "targets": [
                          {"platform": "facebook", "firstResponseMinutes": 30},
                          {"platform": "instagram", "firstResponseMinutes": 60},
                          {"platform": "x", "firstResponseMinutes": 30},
                          {"platform": "linkedin", "firstResponseMinutes": 240},
                          {"platform": "youtube", "firstResponseMinutes": 480},
                          {"platform": "telegram", "firstResponseMinutes": 60},
                          {"platform": "vk", "firstResponseMinutes": 120}]}""")), "response-time targets");
        log.accept("  demo: response-time targets for " + BRAND + " (Facebook 30 min, default 60 min)");
        // The inbox dates conversations by the targets it has heard of: let it hear of these first.
        ConsumerGroups.awaitProcessed(infra.kafka(), "inbox-service", Topics.STANDARDS, standardsBefore,
                Duration.ofSeconds(60));

        long now = Instant.now().getEpochSecond();
        int i = 0;
        for (String[] c : COMMENTS) {
            String body = feedComment(c[0], c[1], c[2], now - 60L * (COMMENTS.size() - i++));
            send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INGEST) + "/webhooks/meta"))
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", Signatures.metaSha256(META_APP_SECRET, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "comment " + c[0]);
        }
        log.accept("  demo: " + COMMENTS.size() + " Facebook comments received by webhook (EN, PL, EL, RU, ❤)");
        otherChannels(now);
        log.accept("  demo: an X mention, a Telegram message and a VK comment received by webhook");

        String editor = Tokens.forUser(infra, "editor1", "editor1");
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        HttpResponse<String> calendar = send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.CALENDAR)
                        + "/api/v1/calendar?brand=" + BRAND + "&from=" + from + "&to=" + from.plus(14, ChronoUnit.DAYS)))
                .header("Authorization", Tokens.bearer(editor)).GET(), "calendar");
        if (!calendar.body().contains("\"id\"")) {
            draft(editor, "facebook", "Winter collection", "Our winter collection is here ❄ — which colour is yours?",
                    from.plus(2, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS));
            draft(editor, "linkedin", "We are hiring", "We are growing our customer care team in Warsaw and Athens.",
                    from.plus(3, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS));
            draft(editor, "instagram", "Behind the scenes", "Zza kulis: jak pakujemy Wasze zamówienia 📦",
                    from.plus(5, ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS));
            log.accept("  demo: 3 draft posts on the calendar for the next days");
        }
    }

    /** One interaction each from X, Telegram and VK, authenticated as each platform does. */
    private void otherChannels(long now) throws IOException {
        String tweet = ("{\"for_user_id\":\"1500000000000000001\",\"tweet_create_events\":[{\"id_str\":\"1860000000000000001\","
                + "\"created_at\":\"Mon Nov 23 09:00:00 +0000 2026\",\"text\":\"@acme the app keeps crashing since the "
                + "update, nothing works. Fix it!\",\"user\":{\"id_str\":\"4242\",\"name\":\"Chris P\","
                + "\"screen_name\":\"chrisp\"}}]}");
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INGEST) + "/webhooks/x"))
                .header("Content-Type", "application/json")
                .header("x-twitter-webhooks-signature", "sha256=" + java.util.Base64.getEncoder().encodeToString(
                        Signatures.hmacSha256("demo-x-secret", tweet.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofString(tweet, StandardCharsets.UTF_8)), "X mention");
        String telegram = "{\"update_id\":90001,\"message\":{\"message_id\":501,\"date\":" + now
                + ",\"text\":\"Добрый день! Можно вернуть товар без чека?\",\"chat\":{\"id\":3003,\"type\":\"private\","
                + "\"first_name\":\"Ольга\"},\"from\":{\"id\":3003,\"is_bot\":false,\"first_name\":\"Ольга\"}}}";
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INGEST) + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", "demo-telegram-secret")
                .POST(HttpRequest.BodyPublishers.ofString(telegram, StandardCharsets.UTF_8)), "Telegram message");
        String vk = "{\"type\":\"wall_reply_new\",\"group_id\":200000001,\"event_id\":\"demo1\",\"v\":\"5.199\","
                + "\"secret\":\"demo-vk-secret\",\"object\":{\"id\":77,\"from_id\":9001,\"date\":" + now
                + ",\"text\":\"Спасибо, всё пришло вовремя 👍\",\"post_owner_id\":-200000001,\"post_id\":12}}";
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INGEST) + "/webhooks/vk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(vk, StandardCharsets.UTF_8)), "VK comment");
    }

    private void draft(String token, String platform, String title, String text, Instant plannedFor)
            throws IOException {
        String body = "{\"brand\":\"" + BRAND + "\",\"platform\":\"" + platform + "\",\"title\":\"" + title
                + "\",\"text\":\"" + text + "\",\"plannedFor\":\"" + plannedFor + "\"}";
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.CALENDAR) + "/api/v1/posts"))
                .header("Authorization", Tokens.bearer(token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "draft " + title);
    }

    /** A Facebook Page {@code feed} webhook for one new top-level comment, in Meta's format. */
    public static String feedComment(String commentSuffix, String authorName, String text, long createdTime) {
        String postId = META_PAGE_ID + "_777000111";
        return """
                {"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{\
                "item":"comment","verb":"add","comment_id":"777000111_%s","post_id":"%s","parent_id":"%s",\
                "from":{"id":"%s","name":"%s"},"created_time":%d,"message":"%s"}}]}]}"""
                .formatted(META_PAGE_ID, createdTime, commentSuffix, postId, postId, "5550" + commentSuffix,
                        authorName, createdTime, text.replace("\"", "\\\""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IOException("demo data: " + what + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
