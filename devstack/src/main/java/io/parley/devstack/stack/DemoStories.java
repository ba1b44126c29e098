package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.Tokens;
import io.parley.devstack.infra.Endpoints;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo brand's publishing calendar, written through calendar-service's API as its people would: a winter
 * campaign of stories on Facebook, Instagram, LinkedIn and X over this week and the next, with a variant in every
 * status — drafts, in review (waiting for approver1), changes requested, approved, scheduled, expired, cancelled,
 * published (through the sandbox gateway) and failed — a discussion on a draft and an external reviewer's link. Loaded once: a brand whose calendar already
 * has the campaign keeps it. When a service it needs does not answer, the demo says so and goes on without it.
 */
final class DemoStories {

    static final String CAMPAIGN = "Zimowa kolekcja 2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Endpoints infra;
    private final LocalServices services;
    private final Consumer<String> log;
    private final String brand;

    DemoStories(Endpoints infra, LocalServices services, Consumer<String> log, String brand) {
        this.infra = infra;
        this.services = services;
        this.log = log;
        this.brand = brand;
    }

    void load() {
        try {
            write();
        } catch (IOException e) {
            log.accept("  demo: the publishing calendar was not loaded (" + e.getMessage() + ")");
        }
    }

    private void write() throws IOException {
        String editor = Tokens.forUser(infra, "editor1", "editor1");
        String approver = Tokens.forUser(infra, "approver1", "approver1");
        String manager = Tokens.forUser(infra, "manager1", "manager1");
        String stories = services.url(ParleyService.CALENDAR) + "/api/v1/brands/" + brand + "/stories";
        JsonNode existing = get(editor, stories + "?limit=1&campaign=" + CAMPAIGN.replace(" ", "%20"));
        if (existing.path("items").size() > 0) {
            return;
        }
        Map<String, String> accounts = new LinkedHashMap<>();
        for (JsonNode a : get(editor, services.url(ParleyService.INGEST) + "/api/v1/channels?limit=200&brand=" + brand)
                .path("items")) {
            accounts.putIfAbsent(a.path("platform").asText(), a.path("id").asText());
        }
        for (String platform : List.of("facebook", "instagram", "linkedin", "x")) {
            if (!accounts.containsKey(platform)) {
                throw new IOException("acme has no " + platform + " channel account in ingest-service");
            }
        }
        String image = upload(editor);
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        LocalDate today = LocalDate.now(zone);

        // 1. Drafts on three channels, with a discussion.
        JsonNode launch = story(editor, stories, "Zimowa kolekcja: start", "Start kampanii: ciepło, bez cen, link do sklepu.",
                List.of("launch", "winter"), List.of(
                        variant(accounts.get("facebook"), "Zimowa kolekcja już jest ❄ Która kurtka jest Twoja? "
                                + "Zajrzyj do sklepu.", null, "https://acme.example/zima", at(today, 2, 10, zone)),
                        variant(accounts.get("instagram"), "Zimowa kolekcja ❄ Ciepło, lekko, na każdą pogodę. "
                                + "#acme #zima", image, null, at(today, 2, 18, zone)),
                        variant(accounts.get("linkedin"), "Our winter collection is made in Łódź by a team of 40 "
                                + "— meet the people behind it.", null, "https://acme.example/o-nas", at(today, 3, 9, zone))));
        comment(approver, stories, launch, "linkedin",
                "@editor1 could the LinkedIn text name the team lead? Reads warmer.");

        // 2. In review, waiting for approver1 (brand review, then the client).
        JsonNode review = story(editor, stories, "Zimowe akcesoria", "Czapki i szaliki do kolekcji.", List.of("winter"),
                List.of(variant(accounts.get("facebook"), "Czapka, szalik, rękawiczki — komplet na mróz 🧣",
                        null, "https://acme.example/akcesoria", at(today, 4, 12, zone))));
        post(editor, path(stories, review, 0) + "/submit", "{}");
        JsonNode reviewer = post(editor, stories + "/" + review.path("id").asText() + "/reviewers",
                "{\"email\":\"anna@agency.example\",\"name\":\"Anna Nowak (agencja)\"}");

        // 3. Changes requested.
        JsonNode changes = story(editor, stories, "Zimowy poradnik", "Jak dbać o wełnę.", List.of("guide"),
                List.of(variant(accounts.get("facebook"), "Pięć sposobów na wełniany sweter, który wygląda jak nowy.",
                        null, "https://acme.example/poradnik", at(today, 5, 11, zone))));
        post(editor, path(stories, changes, 0) + "/submit", "{}");
        post(approver, path(stories, changes, 0) + "/decisions",
                "{\"decision\":\"request_changes\",\"comment\":\"Dodajmy zdjęcie swetra i skróćmy tytuł.\"}");

        // 4. Scheduled: X needs one brand review.
        JsonNode tweet = story(editor, stories, "Zima na X", "Krótko na X.", List.of("x"),
                List.of(variant(accounts.get("x"), "Winter is here ❄ Our new collection is in the shop today.",
                        null, "https://acme.example/zima", at(today, 6, 8, zone))));
        post(editor, path(stories, tweet, 0) + "/submit", "{}");
        post(approver, path(stories, tweet, 0) + "/decisions", "{\"decision\":\"approve\",\"comment\":\"OK ✔\"}");

        // 5. Scheduled on Facebook: brand review approved, the client's step skipped by the manager with a reason.
        JsonNode event = story(editor, stories, "Pokaz kolekcji", "Zaproszenie na pokaz w Warszawie.", List.of("event"),
                List.of(variant(accounts.get("facebook"), "Zapraszamy na pokaz zimowej kolekcji w Warszawie, "
                        + "sobota 18:00.", null, "https://acme.example/pokaz", at(today, 9, 17, zone))));
        post(editor, path(stories, event, 0) + "/submit", "{}");
        post(approver, path(stories, event, 0) + "/decisions", "{\"decision\":\"approve\",\"comment\":\"Super\"}");
        post(manager, path(stories, event, 0) + "/skip-step",
                "{\"reason\":\"The client approved the invitation by phone on Monday.\"}");

        // 6. Approved, not yet given a time: a LinkedIn article (one approver).
        JsonNode article = story(editor, stories, "Artykuł: wełna z Podhala", "Artykuł o dostawcy.", List.of("article"),
                List.of(with(variant(accounts.get("linkedin"), "How our wool travels from the Tatra foothills "
                        + "to your wardrobe.", null, "https://acme.example/welna", null), "contentType", "article")));
        post(editor, path(stories, article, 0) + "/submit", "{}");
        post(approver, path(stories, article, 0) + "/decisions", "{\"decision\":\"approve\",\"comment\":\"Gotowe.\"}");

        // 7. Cancelled, and 8. expired: a draft not approved by its time never goes out.
        JsonNode cancelled = story(editor, stories, "Wyprzedaż jesienna", "Przesunięta na styczeń.", List.of("sale"),
                List.of(variant(accounts.get("x"), "Autumn favourites, last call.", null, null, at(today, 8, 10, zone)),
                        variant(accounts.get("instagram"), "Ostatnie jesienne modele 🍂", image, null,
                                Instant.now().plusSeconds(5).toString())));
        post(editor, path(stories, cancelled, "x") + "/cancel",
                "{\"reason\":\"Kampania przesunięta na styczeń.\"}");
        awaitStatus(editor, path(stories, cancelled, "instagram"), "expired", 30);

        // 9. Published, and 10. failed: approved, then given a time seconds from now; the calendar's scheduler sends
        // them when it comes. The sandbox channel gateway records the Facebook post and its first comment and
        // reports them delivered; YouTube takes no text posts through its API, so that one fails with what to do.
        String outcomes;
        try {
            outcomes = publishSoon(editor, approver, manager, stories, accounts);
        } catch (IOException e) {
            outcomes = "";
            log.accept("  demo: the published and failed examples were not made (" + e.getMessage() + ")");
        }

        log.accept("  demo: campaign '" + CAMPAIGN + "' on the calendar: stories on Facebook, Instagram, LinkedIn, X "
                + "and YouTube — drafts, in review, changes requested, approved, scheduled, expired, cancelled"
                + outcomes);
        log.accept("  demo: external reviewer link for 'Zimowe akcesoria': " + reviewer.path("link").asText());
    }

    /**
     * Variants that go out seconds from now; answers what came of them, for the log. They are rated low-risk, which
     * in this catalogue still means the normal-risk workflow (no fewer hands): the Facebook post passes approver1's
     * brand review and manager1 skips the client's step with a reason; the YouTube video one approval. Each is then
     * given its time a few seconds ahead, as a drag on the calendar does (the approval is kept), so that a slow
     * approval on a machine still starting up never makes it expire.
     */
    private String publishSoon(String editor, String approver, String manager, String stories,
            Map<String, String> accounts) throws IOException {
        JsonNode out = story(editor, stories, "Zimowa kolekcja w sklepach", "Już w sklepach — post z linkiem.",
                List.of("launch"), List.of(with(with(variant(accounts.get("facebook"), "Zimowa kolekcja jest już w "
                        + "sklepach ❄ Do zobaczenia!", null, "https://acme.example/sklepy", null), "riskLevel", "low"),
                        "firstComment", Map.of("text", "Lista sklepów 👇 https://acme.example/sklepy",
                                "delayMinutes", 1))));
        String launch = path(stories, out, "facebook");
        post(editor, launch + "/submit", "{}");
        post(approver, launch + "/decisions", "{\"decision\":\"approve\",\"comment\":\"Można publikować.\"}");
        post(manager, launch + "/skip-step", "{\"reason\":\"The client agreed the launch post in the brief.\"}");
        String video = null;
        if (accounts.containsKey("youtube")) {
            JsonNode film = story(editor, stories, "Film: zimowa kolekcja", "Opis filmu na YouTube.",
                    List.of("video"), List.of(with(with(variant(accounts.get("youtube"), "Zimowa kolekcja 2026 — "
                            + "kulisy sesji zdjęciowej.", null, null, null), "riskLevel", "low"),
                            "contentType", "video")));
            video = path(stories, film, "youtube");
            post(editor, video + "/submit", "{}");
            post(approver, video + "/decisions", "{\"decision\":\"approve\",\"comment\":\"OK\"}");
        }
        String soon = Instant.now().plusSeconds(5).toString();
        schedule(editor, launch, soon);
        String failedNote = "";
        if (video != null) {
            schedule(editor, video, soon);
            failedNote = awaitStatus(editor, video, "failed", 90) ? ", failed (YouTube)"
                    : ", a YouTube video not failed yet";
        }
        return (awaitStatus(editor, launch, "published", 90)
                ? ", published (Facebook, with its first comment)" : ", a Facebook post not published yet") + failedNote;
    }

    /** Gives an approved variant its time ({@code PUT} of {@code scheduledFor} alone, with its ETag). */
    private void schedule(String token, String variant, String at) throws IOException {
        HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(variant))
                .header("Authorization", Tokens.bearer(token)).GET());
        send(HttpRequest.newBuilder(URI.create(variant)).header("Authorization", Tokens.bearer(token))
                .header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElse("*"))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("scheduledFor", at)),
                        StandardCharsets.UTF_8)));
    }

    private static String at(LocalDate today, int days, int hour, ZoneId zone) {
        return ZonedDateTime.of(today.plusDays(days).atTime(hour, 0), zone).toInstant().toString();
    }

    private static Map<String, Object> variant(String account, String text, String image, String link, String at) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("channelAccount", account);
        v.put("text", text);
        v.put("media", image == null ? List.of() : List.of(image));
        v.put("link", link);
        v.put("scheduledFor", at);
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> v, String key, Object value) {
        v.put(key, value);
        return v;
    }

    private JsonNode story(String token, String stories, String title, String brief, List<String> tags,
            List<Map<String, Object>> variants) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("brief", brief);
        body.put("campaign", CAMPAIGN);
        body.put("tags", tags);
        body.put("variants", new ArrayList<>(variants));
        return post(token, stories, JSON.writeValueAsString(body));
    }

    /** A story's variant on one platform (a story lists its variants by time, not in the order written). */
    private static String path(String stories, JsonNode story, String platform) {
        return stories + "/" + story.path("id").asText() + "/variants/" + variantId(story, platform);
    }

    private static String variantId(JsonNode story, String platform) {
        for (JsonNode v : story.path("variants")) {
            if (platform.equals(v.path("platform").asText())) {
                return v.path("id").asText();
            }
        }
        throw new IllegalStateException("no " + platform + " variant in story " + story.path("id").asText());
    }

    private static String path(String stories, JsonNode story, int variant) {
        return stories + "/" + story.path("id").asText() + "/variants/"
                + story.path("variants").path(variant).path("id").asText();
    }

    private void comment(String token, String stories, JsonNode story, String platform, String text)
            throws IOException {
        post(token, stories + "/" + story.path("id").asText() + "/comments", JSON.writeValueAsString(Map.of(
                "text", text, "variantId", variantId(story, platform), "visibility", "internal")));
    }

    private boolean awaitStatus(String token, String variant, String status, int seconds) throws IOException {
        Instant until = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(until)) {
            if (status.equals(get(token, variant).path("status").asText())) {
                return true;
            }
            try {
                Thread.sleep(500); // the calendar's scanners act within a second of the variant's time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** A 1080×1080 PNG of the campaign (no logo: its variants stay drafts, which the logo checks do not stop). */
    private String upload(String token) throws IOException {
        BufferedImage img = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xDCE9F5), 0, 1080, new Color(0x7FA7C9)));
        g.fillRect(0, 0, 1080, 1080);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 96));
        g.drawString("Zima 2026", 120, 520);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.CALENDAR)
                        + "/api/v1/brands/" + brand + "/media?licence=own&author=Acme%20Studio"))
                .header("Authorization", Tokens.bearer(token)).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())));
        return JSON.readTree(r.body()).path("id").asText();
    }

    private JsonNode get(String token, String url) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                Tokens.bearer(token)).GET()).body());
    }

    private JsonNode post(String token, String url, String body) throws IOException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", Tokens.bearer(token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))).body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IOException(built.method() + " " + built.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
