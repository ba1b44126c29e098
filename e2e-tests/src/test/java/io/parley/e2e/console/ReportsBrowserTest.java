package io.parley.e2e.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.e2e.RunningStack;
import io.parley.devstack.Tokens;
import io.parley.testsupport.mail.Mailboxes;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.e2e.console.ConsoleScenarios.assertScreenshots;
import static io.parley.e2e.console.ConsoleScenarios.scenario;
import static io.parley.devstack.stack.ParleyService.ANALYTICS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report pack from the console, in headless Chromium against the started stack: manager1 downloads the PDF and
 * the conversations CSV of today; the PDF's text (PDFBox) shows the care figures analytics-service's API answers for
 * the same window and the commentary typed in the browser, the CSV's rows are the drill-down's conversations; the
 * schedule made in the browser sends its mail, which arrives at the local mail server with the PDF attached.
 */
@ExtendWith(RunningStack.class)
class ReportsBrowserTest {

    @BeforeAll
    static void browserAndConsole() {
        ConsoleScenarios.consoleUrl();
    }

    @Test
    void aManagerDownloadsThePdfAndTheCsvAndAScheduledReportArrives() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String conversation = ConsoleScenarios.deliverAndFind(run + "-report",
                "Gdzie jest moja paczka? Zamówienie " + run);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String from = today.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        String manager = Tokens.bearer(Tokens.forUser("manager1"));
        String analytics = RunningStack.url(ANALYTICS) + "/api/v1/brands/acme/analytics";
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertTrue(given().header("Authorization", manager).queryParam("from", from).queryParam("to", to)
                        .queryParam("limit", 200).get(analytics + "/care/conversations").then().statusCode(200)
                        .extract().jsonPath().getList("items.conversationId").contains(conversation)));
        String commentary = "Spokojny dzień · Ήρεμη μέρα · Спокойный день " + run;
        String recipient = "reports-" + run + "@acme.example";

        JsonNode result = scenario("rep-manager-downloads-reports", Map.of("FIRST_DAY", today.toString(),
                "LAST_DAY", today.toString(), "COMMENTARY", commentary, "RECIPIENT", recipient));

        // The PDF: the care figures per channel as the API answers them for the same window, and the commentary.
        byte[] pdf = Files.readAllBytes(Path.of(result.path("pdf").path("file").asText()));
        String text = text(pdf);
        JsonPath care = given().header("Authorization", manager).queryParam("from", from).queryParam("to", to)
                .get(analytics + "/care").then().statusCode(200).extract().jsonPath();
        assertTrue(text.contains("Care and publishing report"), text);
        for (Map<String, Object> g : care.<Map<String, Object>>getList("groups")) {
            String prefix = g.get("value") + " " + String.format(java.util.Locale.UK, "%,d",
                    ((Number) g.get("conversations")).longValue()) + " ";
            assertTrue(text.lines().anyMatch(l -> l.startsWith(prefix)), "no line '" + prefix + "' in:\n" + text);
        }
        assertTrue(text.contains(commentary), "the commentary typed in the browser is in the PDF");
        assertTrue(result.path("pdf").path("suggested").asText().startsWith("parley-report-acme-" + today));

        // The CSV: one row per conversation of the drill-down, in its order.
        byte[] csv = Files.readAllBytes(Path.of(result.path("csv").path("file").asText()));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> ids = new ArrayList<>();
        for (String line : new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
            ids.add(line.split(",", 2)[0]);
        }
        assertEquals("conversation_id", ids.get(0));
        List<String> api = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().header("Authorization", manager).queryParam("from", from).queryParam("to", to)
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(analytics + "/care/conversations").then().statusCode(200).extract().jsonPath();
            api.addAll(page.getList("items.conversationId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        // The CSV was read a moment before: conversations that arrived since are the API's only.
        assertEquals(ids.subList(1, ids.size()), api.subList(0, ids.size() - 1));
        assertTrue(ids.contains(conversation));

        // The schedule's mail, sent from the browser, with the PDF attached.
        assertTrue(result.path("notice").asText().startsWith("Sent to 1 recipient"), result.path("notice").asText());
        Mailboxes.Message mail = Mailboxes.await(recipient, m -> m.subject().startsWith("Parley report for acme"),
                Duration.ofMinutes(2));
        byte[] attached = Mailboxes.attachment(mail, "application/pdf");
        assertNotNull(attached, "the PDF is attached");
        assertTrue(text(attached).contains("Meaningful contacts"));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/api/v1/report-links/([A-Za-z0-9._-]+)")
                .matcher(mail.text());
        assertTrue(link.find(), mail.text());
        // The link, through the console's relay and without a session, downloads the PDF that was attached.
        byte[] linked = given().redirects().follow(false).get(ConsoleScenarios.consoleUrl() + "/api/v1/report-links/"
                + link.group(1)).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(attached, linked);
        assertScreenshots(result, "60-reports-period-downloads", "61-reports-schedule-sent");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
