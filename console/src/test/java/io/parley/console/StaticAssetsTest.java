package io.parley.console;

import io.parley.testsupport.console.ConsoleBrowser;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.ConsoleClientRegistration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the console's own scripts reach a browser: compressed when it asks for gzip, and kept for a year because their
 * names change with their content, while the page that names them is asked for again each time.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class StaticAssetsTest {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("<script type=\"module\"[^>]* src=\"(/assets/[^\"]+\\.js)\"");

    @TestHTTPResource("/")
    URL console;

    @Test
    void theEntryScriptGoesOutGzippedAndCachedForAYear() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String script = entryScript(http);

        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create(origin() + script))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"), script);
        assertEquals("public, max-age=31536000, immutable", zipped.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(origin() + script)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent(),
                "no gzip for a client that did not ask for it");
        byte[] unzipped = gunzip(zipped.body());
        assertEquals(plain.body().length, unzipped.length, "the same script either way");
        assertTrue(zipped.body().length * 2 < plain.body().length,
                "compressed " + zipped.body().length + " bytes against " + plain.body().length);
    }

    @Test
    void thePageThatNamesTheScriptsIsNotKeptForAYear() throws Exception {
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin());
        ConsoleBrowser browser = new ConsoleBrowser(origin());
        browser.signIn("agent1", "agent1");
        HttpResponse<String> page = browser.get(origin() + "/inbox");
        assertEquals(200, page.statusCode());
        assertTrue(ENTRY_SCRIPT.matcher(page.body()).find(), "the application's page");
        assertFalse(page.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
                "a new release's page must reach the browser: " + page.headers().map());
    }

    private String entryScript(HttpClient http) throws IOException, InterruptedException {
        // The built page (target/classes/META-INF/resources/index.html) names the entry script.
        java.nio.file.Path page = java.nio.file.Path.of("target/classes/META-INF/resources/index.html");
        Matcher m = ENTRY_SCRIPT.matcher(java.nio.file.Files.readString(page));
        assertTrue(m.find(), "index.html names its entry script");
        return m.group(1);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private String origin() {
        return console.toString().replaceAll("/$", "");
    }
}
