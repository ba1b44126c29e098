package io.parley.devstack.stack;

import io.parley.devstack.Signatures;
import io.parley.devstack.Tokens;
import io.parley.contracts.Topics;
import io.parley.devstack.infra.ConsumerGroups;
import io.parley.devstack.infra.Endpoints;

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
 * the standards catalogue (with its response-time targets), comments arriving by signed webhook (in
 * several languages, and a lone heart), draft posts on the calendar, and a campaign of stories in every
 * publishing status ({@link DemoStories}). Safe to run again: the catalogue
 * is only written for a brand without one, comments de-duplicate by their platform ids and drafts are
 * only added to an empty calendar.
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

    /**
     * The demo brand's standards catalogue: every one of the nine sections filled in, forbidden terms in
     * English, Polish, Greek and Russian, competitors, UTM rules, and logo rules for the registered logo
     * {@code acme-logo}. Section 1: high-risk posts need a brand review and then both a manager and admin1;
     * X posts one brand review; Facebook, Instagram and LinkedIn posts a brand review (any approver; a reminder
     * after 4 h, escalation to the managers after 8 h) and then the client's sign-off (any invited external
     * reviewer); everything else one approver. Section 9 keeps the response-time targets the demo has always had.
     */
    public static final String ACME_STANDARDS = """
            {
              "approvers": {
                "rules": [
                  {"riskLevel": "high", "steps": [
                    {"name": "Brand review", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT2H", "escalateAfter": "PT4H", "escalateTo": [{"kind": "role", "id": "manager"}]},
                    {"name": "Management sign-off", "approvers": [{"kind": "role", "id": "manager"}, {"kind": "user", "id": "admin1"}], "required": 2, "remindAfter": "PT4H"}]},
                  {"channel": "x", "riskLevel": "normal", "steps": [
                    {"name": "Brand review", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT1H", "escalateAfter": "PT2H", "escalateTo": [{"kind": "role", "id": "manager"}], "skippableBy": ["manager"]}]},
                  {"channel": "facebook", "contentType": "post", "riskLevel": "normal", "steps": [
                    {"name": "Brand review", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT4H", "escalateAfter": "PT8H", "escalateTo": [{"kind": "role", "id": "manager"}], "skippableBy": ["manager"]},
                    {"name": "Client sign-off", "approvers": [{"kind": "external", "id": "any"}], "required": 1, "remindAfter": "P1D", "skippableBy": ["manager"]}]},
                  {"channel": "instagram", "contentType": "post", "riskLevel": "normal", "steps": [
                    {"name": "Brand review", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT4H", "escalateAfter": "PT8H", "escalateTo": [{"kind": "role", "id": "manager"}], "skippableBy": ["manager"]},
                    {"name": "Client sign-off", "approvers": [{"kind": "external", "id": "any"}], "required": 1, "remindAfter": "P1D", "skippableBy": ["manager"]}]},
                  {"channel": "linkedin", "contentType": "post", "riskLevel": "normal", "steps": [
                    {"name": "Brand review", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT4H", "escalateAfter": "PT8H", "escalateTo": [{"kind": "role", "id": "manager"}], "skippableBy": ["manager"]},
                    {"name": "Client sign-off", "approvers": [{"kind": "external", "id": "any"}], "required": 1, "remindAfter": "P1D", "skippableBy": ["manager"]}]},
                  {"riskLevel": "normal", "steps": [
                    {"name": "Approval", "approvers": [{"kind": "role", "id": "approver"}], "required": 1, "remindAfter": "PT8H"}]}]
              },
              "tools": {
                "allowed": [{"id": "parley", "name": "Parley", "channels": [], "mayPublish": true, "mayReply": true}, {"id": "meta-business-suite", "name": "Meta Business Suite", "channels": ["facebook", "instagram"], "mayPublish": true, "mayReply": false}, {"id": "canva", "name": "Canva", "channels": [], "mayPublish": false, "mayReply": false}]
              },
              "photos": {
                "allowedLicences": ["own", "commissioned", "employee", "stock-royalty-free", "cc-by", "user-generated"],
                "attributionRequiredFor": ["cc-by", "user-generated"],
                "modelReleaseRequired": true,
                "propertyReleaseRequired": true,
                "stockSources": ["unsplash.com", "gettyimages.com", "shutterstock.com"]
              },
              "content": {
                "forbidden": [{"id": "en-free", "phrase": "free", "language": "en", "severity": "block", "explanation": "Nothing we sell is free; name the offer instead.", "suggestion": "included at no extra cost"}, {"id": "en-guarantee", "phrase": "guaranteed", "language": "en", "severity": "warn", "explanation": "Guarantees are legal promises; legal words them.", "suggestion": "we aim to"}, {"id": "en-cheapest", "phrase": "cheapest", "language": "en", "match": "exact", "severity": "warn", "explanation": "We cannot prove a superlative.", "suggestion": "great value"}, {"id": "en-stupid", "phrase": "stupid", "language": "en", "severity": "block", "explanation": "We never call a customer, or a question, stupid."}, {"id": "pl-darmowy", "phrase": "darmowy", "language": "pl", "severity": "block", "explanation": "Nic, co sprzedajemy, nie jest darmowe; nazwij ofertę.", "suggestion": "w cenie"}, {"id": "pl-gwarancja", "phrase": "gwarancja", "language": "pl", "severity": "warn", "explanation": "Gwarancję formułuje dział prawny.", "suggestion": "staramy się"}, {"id": "pl-najtanszy", "phrase": "najtańszy", "language": "pl", "severity": "warn", "explanation": "Nie udowodnimy stopnia najwyższego.", "suggestion": "w dobrej cenie"}, {"id": "el-dorean", "phrase": "δωρεάν", "language": "el", "severity": "block", "explanation": "Τίποτα δεν είναι δωρεάν· πείτε ποια είναι η προσφορά.", "suggestion": "χωρίς επιπλέον κόστος"}, {"id": "el-engyisi", "phrase": "εγγύηση", "language": "el", "severity": "warn", "explanation": "Τις εγγυήσεις τις διατυπώνει το νομικό τμήμα."}, {"id": "ru-besplatny", "phrase": "бесплатный", "language": "ru", "severity": "block", "explanation": "Ничего бесплатного мы не продаём; назовите предложение.", "suggestion": "без доплаты"}, {"id": "ru-garantiya", "phrase": "гарантия", "language": "ru", "severity": "warn", "explanation": "Гарантии формулирует юридический отдел."}],
                "topics": [{"id": "politics", "name": "Politics", "phrases": ["election", "parliament", "political party"], "language": "en", "severity": "block", "explanation": "Acme stays out of politics."}, {"id": "polityka", "name": "Polityka", "phrases": ["wybory", "sejm", "partia polityczna"], "language": "pl", "severity": "block", "explanation": "Acme nie zajmuje stanowiska politycznego."}, {"id": "health-claims", "name": "Health claims", "phrases": ["cures", "heals"], "language": "en", "severity": "block", "explanation": "We make no health claims for clothing."}],
                "patterns": [{"id": "price-in-text", "regex": "(?i)\\\\d+[.,]?\\\\d*\\\\s?(zł|pln|€|eur|\\\\$)", "severity": "warn", "explanation": "Prices change; link to the shop instead.", "suggestion": "see today's price in the shop"}, {"id": "all-caps-shouting", "regex": "\\\\b\\\\p{Lu}{6,}\\\\b", "severity": "warn", "explanation": "Capitals read as shouting.", "suggestion": "write it in normal case"}],
                "allowed": [{"phrase": "free returns", "language": "en", "explanation": "Returns really are free: it is our policy."}, {"phrase": "darmowy zwrot", "language": "pl", "explanation": "Zwroty naprawdę są darmowe."}]
              },
              "links": {
                "ownDomains": ["acme.example"],
                "allowedDomains": ["wikipedia.org", "youtube.com", "instagram.com"],
                "forbiddenDomains": ["globex.example", "initech.example"],
                "requiredUtmParameters": ["utm_source", "utm_medium", "utm_campaign"],
                "shorteners": {"policy": "warn", "domains": []},
                "maxLinks": 2
              },
              "otherBrands": {
                "brands": [{"id": "globex", "name": "Globex", "aliases": ["Globex Corporation"], "handles": ["@globex"], "relation": "competitor", "mentionPolicy": "block", "explanation": "We never name competitors; talk about what we do."}, {"id": "initech", "name": "Initech", "aliases": [], "handles": ["@initech"], "relation": "competitor", "mentionPolicy": "warn", "explanation": "Naming a competitor needs the manager's eye."}, {"id": "woolworks", "name": "WoolWorks", "aliases": ["Wool Works"], "handles": ["@woolworks"], "relation": "partner", "mentionPolicy": "encouraged", "explanation": "Our yarn supplier; tag them in product posts."}, {"id": "city-marathon", "name": "City Marathon", "aliases": [], "handles": ["@citymarathon"], "relation": "follow", "mentionPolicy": "allowed"}]
              },
              "logos": {
                "logoId": "acme-logo",
                "requiredByDefault": false,
                "channels": [{"channel": "instagram", "required": true}, {"channel": "facebook", "required": true}, {"channel": "linkedin", "required": false}],
                "minShare": 0.06,
                "maxShare": 0.18,
                "positions": ["bottom-right", "top-right"],
                "clearSpace": 0.25
              },
              "engagement": {
                "mayLike": true,
                "mayComment": true,
                "mayShare": true,
                "avoidTopics": [{"id": "avoid-politics", "name": "Politics", "phrases": ["election", "political party"], "language": "en", "severity": "block", "explanation": "We do not like or share political content."}, {"id": "avoid-polityka", "name": "Polityka", "phrases": ["wybory"], "language": "pl", "severity": "block", "explanation": "Nie lajkujemy ani nie udostępniamy treści politycznych."}, {"id": "avoid-ekloges", "name": "Πολιτική", "phrases": ["εκλογές"], "language": "el", "severity": "block", "explanation": "Δεν κοινοποιούμε πολιτικό περιεχόμενο."}, {"id": "avoid-vybory", "name": "Политика", "phrases": ["выборы"], "language": "ru", "severity": "block", "explanation": "Мы не распространяем политический контент."}, {"id": "avoid-tragedy", "name": "Tragedies", "phrases": ["accident", "disaster", "victims"], "language": "en", "severity": "warn", "explanation": "Brand reactions to tragedies look opportunistic."}],
                "avoidSources": [{"source": "tabloid.example", "severity": "block", "explanation": "A gossip site we do not amplify."}, {"source": "@globex", "severity": "block", "explanation": "We do not amplify a competitor."}, {"source": "@rumourmill", "severity": "warn", "explanation": "Often unverified."}]
              },
              "responseTargets": {
                "defaultMinutes": 60,
                "timeZone": "Europe/Warsaw",
                "hours": {"mode": "always", "days": []},
                "holidays": ["2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01", "2027-01-06"],
                "targets": [{"channel": "facebook", "momentOfTruth": "first-response", "priority": "normal", "minutes": 30}, {"channel": "instagram", "momentOfTruth": "first-response", "priority": "normal", "minutes": 60}, {"channel": "x", "momentOfTruth": "first-response", "priority": "normal", "minutes": 30}, {"channel": "linkedin", "momentOfTruth": "first-response", "priority": "normal", "minutes": 240}, {"channel": "youtube", "momentOfTruth": "first-response", "priority": "normal", "minutes": 480}, {"channel": "telegram", "momentOfTruth": "first-response", "priority": "normal", "minutes": 60}, {"channel": "vk", "momentOfTruth": "first-response", "priority": "normal", "minutes": 120}, {"channel": "facebook", "momentOfTruth": "first-response", "priority": "urgent", "minutes": 15}, {"channel": "facebook", "momentOfTruth": "first-response", "priority": "high", "minutes": 20}, {"channel": "instagram", "momentOfTruth": "first-response", "priority": "high", "minutes": 30}, {"channel": "facebook", "momentOfTruth": "first-response", "priority": "low", "minutes": 120}, {"channel": "instagram", "momentOfTruth": "first-response", "priority": "low", "minutes": 240}, {"channel": "x", "momentOfTruth": "first-response", "priority": "urgent", "minutes": 15}, {"channel": "facebook", "momentOfTruth": "resolution", "priority": "normal", "minutes": 1440}, {"channel": "instagram", "momentOfTruth": "resolution", "priority": "normal", "minutes": 1440}, {"channel": "linkedin", "momentOfTruth": "follow-up", "priority": "normal", "minutes": 480}]
              },
              "cadence": {
                "blackouts": [{"from": "2026-12-24", "to": "2026-12-26", "reason": "Wigilia i święta: nothing goes out"}],
                "targets": [
                  {"channel": "facebook", "postsPerWeek": 5, "minGapMinutes": 240, "quietHours": [{"from": "22:00", "to": "07:00"}]},
                  {"channel": "instagram", "postsPerWeek": 4, "minGapMinutes": 360, "quietHours": [{"from": "23:00", "to": "08:00"}]},
                  {"channel": "linkedin", "postsPerWeek": 2, "minGapMinutes": 1440, "quietHours": [{"days": ["SATURDAY", "SUNDAY"], "from": "00:00", "to": "00:00"}]},
                  {"channel": "x", "postsPerWeek": 10, "minGapMinutes": 60, "quietHours": [{"from": "23:00", "to": "07:00"}]}
                ]
              },
              "overrides": {
                "linkedin": {"links": {"ownDomains": ["acme.example"], "allowedDomains": ["wikipedia.org"], "forbiddenDomains": ["globex.example", "initech.example"], "requiredUtmParameters": ["utm_source", "utm_medium", "utm_campaign"], "shorteners": {"policy": "block", "domains": []}, "maxLinks": 1}},
                "instagram": {"links": {"ownDomains": ["acme.example"], "allowedDomains": [], "forbiddenDomains": ["globex.example", "initech.example"], "requiredUtmParameters": ["utm_source", "utm_campaign"], "shorteners": {"policy": "allow", "domains": []}, "maxLinks": 1}}
              }
            }""";

    /**
     * The second demo brand's catalogue, different on purpose: one sign-off by a manager for every post of any
     * risk (a single high-risk rule covers the lower levels), no client step, English terms only, no logo rule.
     */
    public static final String GLOBEX_STANDARDS = """
            {
              "approvers": {"rules": [{"riskLevel": "high", "steps": [{"name": "Manager sign-off", "approvers": [{"kind": "role", "id": "manager"}], "required": 1, "remindAfter": "PT8H", "escalateAfter": "P1D", "escalateTo": [{"kind": "role", "id": "admin"}], "skippableBy": ["admin"]}]}]},
              "tools": {"allowed": [{"id": "parley", "name": "Parley", "channels": [], "mayPublish": true, "mayReply": true}]},
              "photos": {"allowedLicences": ["own", "commissioned", "stock-rights-managed"], "attributionRequiredFor": [], "modelReleaseRequired": true, "propertyReleaseRequired": false, "stockSources": ["gettyimages.com"]},
              "content": {"forbidden": [{"id": "en-revolutionary", "phrase": "revolutionary", "language": "en", "severity": "warn", "explanation": "Every competitor says it; say what is new.", "suggestion": "new"}, {"id": "en-acme", "phrase": "Acme", "language": "en", "match": "exact", "severity": "block", "explanation": "We do not name competitors."}], "topics": [], "patterns": [], "allowed": []},
              "links": {"ownDomains": ["globex.example"], "allowedDomains": [], "forbiddenDomains": ["acme.example"], "requiredUtmParameters": ["utm_source"], "shorteners": {"policy": "block", "domains": []}, "maxLinks": 1},
              "otherBrands": {"brands": [{"id": "acme", "name": "Acme", "aliases": [], "handles": ["@acme"], "relation": "competitor", "mentionPolicy": "block", "explanation": "We do not name competitors."}]},
              "logos": {"requiredByDefault": false, "channels": [], "positions": []},
              "engagement": {"mayLike": true, "mayComment": true, "mayShare": false, "avoidTopics": [], "avoidSources": [{"source": "@acme", "severity": "block", "explanation": "A competitor."}]},
              "responseTargets": {"defaultMinutes": 120, "timeZone": "Europe/London", "hours": {"mode": "business-hours", "days": [{"day": "MONDAY", "from": "09:00", "to": "17:30"}, {"day": "TUESDAY", "from": "09:00", "to": "17:30"}, {"day": "WEDNESDAY", "from": "09:00", "to": "17:30"}, {"day": "THURSDAY", "from": "09:00", "to": "17:30"}, {"day": "FRIDAY", "from": "09:00", "to": "17:30"}]}, "holidays": ["2026-12-25", "2026-12-28"], "targets": [{"channel": "x", "momentOfTruth": "first-response", "priority": "normal", "minutes": 60}]},
              "overrides": {}
            }""";

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
        // admin1 is the demo user of both brands; globex's catalogue goes first so that the inbox hears of both.
        boolean globex = standards(Tokens.forUser(infra, "admin1", "admin1"), "globex", GLOBEX_STANDARDS,
                "The Globex standards", "one manager sign-off for every post, English terms, London office hours");
        if (standards(manager, BRAND, ACME_STANDARDS, "The Acme standards, as agreed at the November review",
                "9 sections; terms in EN, PL, EL, RU; Facebook, Instagram, LinkedIn posts: brand review, then "
                        + "the client; Facebook answered in 30 min, default 60 min") || globex) {
            // The inbox dates conversations by the targets it has heard of: let it hear of these first.
            ConsumerGroups.awaitProcessed(infra.kafka(), "inbox-service", Topics.STANDARDS, standardsBefore,
                    Duration.ofSeconds(60));
        }

        logo(manager);
        careTeam(manager);
        compensationLimits(manager);

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
        forumPost(now);
        tiktok(manager);
        savedReplies(manager);
        try {
            firstCare();
        } catch (IOException e) {
            log.accept("  demo: the first answers were not given (" + e.getMessage() + ")");
        }

        String editor = Tokens.forUser(infra, "editor1", "editor1");
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        HttpResponse<String> calendar = send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.CALENDAR)
                        + "/api/v1/brands/" + BRAND + "/calendar?from=" + from + "&to=" + from.plus(14, ChronoUnit.DAYS)))
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
        new DemoStories(infra, services, log, BRAND).load();
        try {
            int posts = DemoCompetitors.publish(infra.kafka(), Instant.now());
            log.accept("  demo: " + posts + " posts of Globex over six weeks, as listening observes a competitor's "
                    + "feed (the calendar's cadence shows them beside the plan)");
        } catch (Exception e) {
            throw new IOException("the demo competitor's posts were not published: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the demo catalogue as the brand's first version and says so; a brand that already has standards
     * keeps them.
     */
    private boolean standards(String manager, String brand, String catalogue, String comment, String summary)
            throws IOException {
        String url = services.url(ParleyService.STANDARDS) + "/api/v1/brands/" + brand + "/standards";
        HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Tokens.bearer(manager)).GET(), "standards");
        if (!current.body().contains("\"version\":0,")) {
            log.accept("  demo: " + brand + " already has a standards catalogue; kept");
            return false;
        }
        String body = "{\"comment\": \"" + comment + "\", \"catalogue\": " + catalogue + "}";
        send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Tokens.bearer(manager))
                .header("If-Match", "\"0\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "standards catalogue " + brand);
        log.accept("  demo: standards catalogue for " + brand + " (" + summary + ")");
        return true;
    }

    /**
     * The brand's default team {@code care} in the inbox — agent1 on duty around the clock (Warsaw time), manager1
     * its manager, whom breaches escalate to — and one catch-all assignment rule routing to it, so that every
     * demo conversation has an owner by a rule. A brand that already has teams keeps them.
     */
    private void careTeam(String manager) throws IOException {
        String teams = services.url(ParleyService.INBOX) + "/api/v1/brands/" + BRAND + "/teams";
        HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(teams))
                .header("Authorization", Tokens.bearer(manager)).GET(), "teams");
        if (!current.body().contains("\"items\":[]")) { // a page of teams (docs/api/README.md "Lists are pages")
            log.accept("  demo: " + BRAND + " already has teams; kept");
            return;
        }
        send(HttpRequest.newBuilder(URI.create(teams + "/care"))
                .header("Authorization", Tokens.bearer(manager)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"strategy":"round-robin","default":true,"managers":["manager1"],
                         "members":[{"user":"agent1","schedule":[{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY",
                           "FRIDAY","SATURDAY","SUNDAY"],"from":"00:00","to":"00:00","timeZone":"Europe/Warsaw"}]}]}""",
                        StandardCharsets.UTF_8)), "care team");
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INBOX) + "/api/v1/brands/" + BRAND
                        + "/assignment-rules"))
                .header("Authorization", Tokens.bearer(manager)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"rules":[{"name":"Everything to care","match":{},"team":"care"}]}""",
                        StandardCharsets.UTF_8)), "assignment rules");
        log.accept("  demo: inbox team 'care' (agent1 on duty 24/7, manager1 escalations) and a catch-all rule");
    }

    /** What agents (50 EUR) and managers (500 EUR) may offer on their own; a brand with limits keeps them. */
    private void compensationLimits(String manager) throws IOException {
        String url = services.url(ParleyService.INBOX) + "/api/v1/brands/" + BRAND + "/compensation/limits";
        HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Tokens.bearer(manager)).GET(), "compensation limits");
        if (current.body().contains("amountMinor")) {
            return;
        }
        send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", Tokens.bearer(manager))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"limits\": ["
                        + "{\"role\": \"agent\", \"currency\": \"EUR\", \"amountMinor\": 5000}, "
                        + "{\"role\": \"manager\", \"currency\": \"EUR\", \"amountMinor\": 50000}]}",
                        StandardCharsets.UTF_8)), "compensation limits");
        log.accept("  demo: compensation limits for " + BRAND + " (agent 50 EUR, manager 500 EUR; above: approvers)");
    }

    /** Registers the logo section 7 of the demo catalogue names, drawn here (the image checks look for it). */
    private void logo(String manager) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 160,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        java.awt.geom.Path2D triangle = new java.awt.geom.Path2D.Double();
        triangle.moveTo(6, 150);
        triangle.lineTo(76, 8);
        triangle.lineTo(146, 150);
        triangle.closePath();
        g.setColor(new java.awt.Color(0x2E, 0xA0, 0x43));
        g.fill(triangle);
        g.setColor(new java.awt.Color(0x6A, 0x2C, 0x91));
        g.setFont(new java.awt.Font("DejaVu Serif", java.awt.Font.BOLD, 80));
        g.drawString("Acme", 165, 110);
        g.setColor(new java.awt.Color(0xF5, 0xC5, 0x18));
        g.fillRect(166, 126, 220, 18);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.STANDARDS) + "/api/v1/brands/" + BRAND
                        + "/logos/acme-logo"))
                .header("Authorization", Tokens.bearer(manager)).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())), "logo");
        log.accept("  demo: logo acme-logo registered for the image checks");
    }

    /**
     * The brand's TikTok business account, connected in sandbox mode: the gateway's TikTok connector reads it at its
     * next poll, and a sandbox account's comments are made up (EN, PL, EL, RU; about one an hour, the last 12 hours
     * first). Connected once; a second load finds it there (409).
     */
    private void tiktok(String manager) throws IOException {
        String body = "{\"brand\":\"" + BRAND + "\",\"platform\":\"tiktok\",\"accountId\":\"acme-tiktok\","
                + "\"name\":\"Acme on TikTok\",\"mode\":\"sandbox\",\"settings\":{\"username\":\"acme\","
                + "\"pollSeconds\":\"600\"}}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    services.url(ParleyService.INGEST) + "/api/v1/channels")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", Tokens.bearer(manager)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IOException("demo data: the TikTok account answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        log.accept("  demo: a sandbox TikTok account whose made-up comments the TikTok connector reads");
    }

    /** A question on the brand's forum, pushed to the generic webhook signed with the forum's secret. */
    private void forumPost(long now) throws IOException {
        String body = """
                {"id":"t-204-p1","kind":"comment","threadId":"t-204","text":"Czy router Acme X2 działa z siecią 5G? Pytam przed zakupem.",
                 "author":{"id":"u-77","name":"Marta","url":"https://forum.acme.example/u/77"},
                 "permalink":"https://forum.acme.example/t/204#p1","createdAt":"%s"}"""
                .formatted(Instant.ofEpochSecond(now - 30));
        send(HttpRequest.newBuilder(URI.create(services.url(ParleyService.INGEST) + "/webhooks/generic/acme-forum"))
                .header("Content-Type", "application/json")
                .header("X-Parley-Signature", Signatures.metaSha256("demo-forum-secret", body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "forum post");
        log.accept("  demo: a question from the brand's forum received by the generic webhook");
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
        return feedComment(META_PAGE_ID, commentSuffix, authorName, text, createdTime);
    }

    /** A Graph API feed webhook: a comment on a post of the Facebook page {@code pageId}. */
    public static String feedComment(String pageId, String commentSuffix, String authorName, String text,
            long createdTime) {
        String postId = pageId + "_777000111";
        return """
                {"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{\
                "item":"comment","verb":"add","comment_id":"777000111_%s","post_id":"%s","parent_id":"%s",\
                "from":{"id":"%s","name":"%s"},"created_time":%d,"message":"%s"}}]}]}"""
                .formatted(pageId, createdTime, commentSuffix, postId, postId, "5550" + commentSuffix,
                        authorName, createdTime, text.replace("\"", "\\\""));
    }

    /** A few saved replies in the brand's voice, in each demo language; one per language for angry customers. */
    static final List<String[]> SAVED_REPLIES = List.of(
            new String[] {"en", "Thanks", "Thank you, {author.firstName}! We are glad you are with {brand}.", null, null},
            new String[] {"en", "Late parcel (angry customer)", "{author.firstName}, we are sorry — this should not "
                    + "have happened. We are checking your parcel now and will update you right here today.",
                    "negative", "Apologise once, do not explain; give the next step and when. Keep it public."},
            new String[] {"pl", "Dziękujemy", "Dziękujemy, {author.firstName}! Cieszymy się, że jesteś z nami.", null, null},
            new String[] {"pl", "Opóźniona przesyłka (zdenerwowany klient)", "{author.firstName}, bardzo przepraszamy — "
                    + "to nie powinno się zdarzyć. Sprawdzamy Twoją przesyłkę i odezwiemy się tutaj jeszcze dziś.",
                    "negative", "Przeproś raz, bez tłumaczenia się; podaj następny krok i termin. Zostań publicznie."},
            new String[] {"el", "Ευχαριστούμε", "Ευχαριστούμε, {author.firstName}! Χαιρόμαστε που είστε μαζί μας.", null,
                    null},
            new String[] {"el", "Καθυστέρηση (θυμωμένος πελάτης)", "{author.firstName}, λυπούμαστε πολύ — δεν έπρεπε να "
                    + "συμβεί. Ελέγχουμε την παραγγελία σας τώρα και θα σας ενημερώσουμε εδώ σήμερα.", "negative",
                    "Ζητήστε συγγνώμη μία φορά· δώστε το επόμενο βήμα και πότε."},
            new String[] {"ru", "Спасибо", "Спасибо, {author.firstName}! Рады, что вы с нами.", null, null},
            new String[] {"ru", "Задержка заказа (недовольный клиент)", "{author.firstName}, нам очень жаль — так не "
                    + "должно было случиться. Мы уже проверяем ваш заказ и ответим здесь сегодня.", "negative",
                    "Извинитесь один раз, без оправданий; назовите следующий шаг и срок."});

    /**
     * Some care for the analytics screens to count (docs/metrics.md): agent1 answers the Greek question and the
     * Russian thanks, resolves the thanks, and passes the dark-mode suggestion on to manager1 in a note. Only
     * conversations still new are touched, so loading the demo again changes nothing.
     */
    private void firstCare() throws IOException {
        String agent = Tokens.forUser(infra, "agent1", "agent1");
        String inbox = services.url(ParleyService.INBOX) + "/api/v1/conversations";
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ids.size() < 3 && System.nanoTime() < deadline) {
            com.fasterxml.jackson.databind.JsonNode page = json.readTree(send(HttpRequest.newBuilder(URI.create(
                    inbox + "?status=new&limit=200")).header("Authorization", Tokens.bearer(agent)).GET(),
                    "new conversations").body());
            for (com.fasterxml.jackson.databind.JsonNode c : page.path("items")) {
                for (String[] comment : COMMENTS) {
                    if (comment[2].equals(c.path("preview").asText())) {
                        ids.put(comment[0], c.path("id").asText());
                    }
                }
            }
            if (ids.size() < 3) {
                try {
                    Thread.sleep(500); // the inbox is still reading the webhooks' interactions
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        int done = 0;
        if (ids.containsKey("9003")) {
            reply(agent, inbox, ids.get("9003"), "Καλησπέρα! Θα είναι ξανά διαθέσιμο την επόμενη εβδομάδα 🙂");
            done++;
        }
        if (ids.containsKey("9004")) {
            reply(agent, inbox, ids.get("9004"), "Спасибо, Анна! Рады, что вы с нами.");
            send(HttpRequest.newBuilder(URI.create(inbox + "/" + ids.get("9004") + "/status"))
                    .header("Authorization", Tokens.bearer(agent)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\": \"resolved\", \"reason\": \"thanked\"}",
                            StandardCharsets.UTF_8)), "resolve the thanks");
            done++;
        }
        if (ids.containsKey("9006")) {
            send(HttpRequest.newBuilder(URI.create(inbox + "/" + ids.get("9006") + "/notes"))
                    .header("Authorization", Tokens.bearer(agent)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"@manager1 a dark mode for the app: "
                            + "for the product team?\"}", StandardCharsets.UTF_8)), "note on the suggestion");
            done++;
        }
        if (done > 0) {
            log.accept("  demo: agent1 answered the Greek question and the Russian thanks (resolved) and passed the "
                    + "dark-mode suggestion on to manager1 — the analytics screens count them");
        }
    }

    private void reply(String agent, String inbox, String conversation, String text) throws IOException {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("text", text));
        send(HttpRequest.newBuilder(URI.create(inbox + "/" + conversation + "/replies"))
                .header("Authorization", Tokens.bearer(agent)).header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo-" + conversation)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "reply to " + conversation);
    }

    /** Saves the demo replies once (a brand that has saved replies keeps them). */
    private void savedReplies(String manager) throws IOException {
        String url = services.url(ParleyService.INBOX) + "/api/v1/brands/" + BRAND + "/saved-replies";
        HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Tokens.bearer(manager)).GET(), "saved replies");
        if (existing.body().contains("\"id\"")) {
            return;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String[] r : SAVED_REPLIES) {
            java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
            body.put("language", r[0]);
            body.put("title", r[1]);
            body.put("body", r[2]);
            if (r[3] != null) {
                body.put("sentiment", r[3]);
                body.put("guidance", r[4]);
            }
            send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", Tokens.bearer(manager))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)),
                    "saved reply " + r[1]);
        }
        log.accept("  demo: " + SAVED_REPLIES.size() + " saved replies (EN, PL, EL, RU; tone guidance for angry "
                + "customers)");
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
