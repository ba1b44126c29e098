package io.parley.console;

import io.parley.testsupport.console.ConsoleBrowser;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.ConsoleClientRegistration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the console tells the browser: the hardening headers on every kind of response, the flags of its
 * cookies (SameSite on both, Secure behind a TLS proxy), and signing out by POST without any token in
 * an address, ending the Keycloak session too.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleTestResources.class)
class BrowserHardeningTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @TestHTTPResource("/")
    URL console;

    @Test
    void everyKindOfResponseCarriesTheHardeningHeaders() throws Exception {
        ConsoleBrowser browser = signedIn(null);
        ConsoleBrowser stranger = new ConsoleBrowser(origin());
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("the redirect to the login page", stranger.get(origin() + "/bff/me"));
        responses.put("an API call without a session (499)", stranger.send(HttpRequest.newBuilder(URI.create(
                origin() + "/api/v1/conversations")).header("X-Requested-With", "JavaScript").GET()));
        responses.put("health", stranger.get(origin() + "/q/health"));
        responses.put("the user", browser.get(origin() + "/bff/me"));
        responses.put("the application's page", browser.get(origin() + "/"));
        responses.put("a screen's address", browser.get(origin() + "/inbox/42"));
        responses.put("a relayed answer", browser.get(origin() + "/api/v1/conversations"));
        responses.put("a relay problem", browser.get(origin() + "/api/v1/nothing-here"));
        responses.put("a refused path", browser.get(origin() + "/api/v1/sandbox/..%2fchannels"));
        responses.put("a command without the console's header", browser.send(HttpRequest.newBuilder(URI.create(
                origin() + "/api/v1/conversations/c1/replies")).POST(HttpRequest.BodyPublishers.ofString("{}"))));
        responses.put("no such page", browser.get(origin() + "/no-such-file.js"));

        List<String> missing = new ArrayList<>();
        responses.forEach((what, r) -> {
            check(missing, what, r, "Content-Security-Policy", CSP);
            check(missing, what, r, "X-Frame-Options", "DENY");
            check(missing, what, r, "X-Content-Type-Options", "nosniff");
            check(missing, what, r, "Referrer-Policy", "no-referrer");
            if (r.headers().firstValue("Strict-Transport-Security").isPresent()) {
                missing.add(what + ": HSTS on plain http");
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertEquals(302, responses.get("the redirect to the login page").statusCode());
        assertEquals(499, responses.get("an API call without a session (499)").statusCode());
        assertEquals(200, responses.get("the application's page").statusCode());
    }

    @Test
    void theLoginStateAndSessionCookiesAreSameSiteLaxHttpOnlyAndNotSecureOnPlainHttp() throws Exception {
        ConsoleBrowser browser = signedIn(null);
        String state = cookie(browser, "q_auth");
        String session = cookie(browser, "q_session");
        for (String c : List.of(state, session)) {
            assertTrue(attributes(c).contains("samesite=lax"), c);
            assertTrue(attributes(c).contains("httponly"), c);
            assertFalse(attributes(c).contains("secure"), "plain http, no proxy: " + c);
        }
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndHstsIsSent() throws Exception {
        // The proxy's public address is https://localhost:<port>; Keycloak must know it as the console's.
        ConsoleClientRegistration keycloak = new ConsoleClientRegistration(TestInfrastructure.endpoints());
        keycloak.allow("https://localhost:" + console.getPort());
        keycloak.allow("https://localhost");
        ConsoleBrowser browser = signedIn("https");
        for (String name : List.of("q_auth", "q_session")) {
            String c = cookie(browser, name);
            assertTrue(attributes(c).contains("secure"), c);
            assertTrue(attributes(c).contains("samesite=lax"), c);
        }
        HttpResponse<String> me = browser.get(origin() + "/bff/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("max-age=31536000", me.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void signingOutIsAPostFromTheConsoleThatEndsTheSessionHereAndAtKeycloakWithoutATokenInAnyAddress()
            throws Exception {
        ConsoleBrowser browser = signedIn(null);
        browser.consoleSetCookies().clear();

        // The old way, a link anyone can make a browser follow, signs no one out.
        browser.get(origin() + "/logout");
        assertEquals(200, browser.get(origin() + "/bff/me").statusCode(), "a GET signed the user out");
        // A POST without the console's header (a cross-site form) neither.
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(origin() + "/bff/sign-out"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, browser.get(origin() + "/bff/me").statusCode(), "a forged POST signed the user out");

        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(URI.create(origin() + "/bff/sign-out"))
                .header("X-Parley-Console", "1").header("X-Requested-With", "JavaScript")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, out.statusCode(), out.body());
        assertTrue(out.headers().firstValue("Location").isEmpty(), "no redirect (with a token) to follow");
        assertTrue(browser.consoleSetCookies().stream().anyMatch(c -> c.startsWith("q_session=")
                && attributes(c).contains("max-age=0")), "the session cookie is cleared: " + browser.consoleSetCookies());

        // Here: the next page is the login page again, with no token in its address.
        HttpResponse<String> again = browser.get(origin() + "/bff/me");
        assertEquals(302, again.statusCode(), "signed out: to the login page");
        String login = again.headers().firstValue("Location").orElseThrow();
        assertFalse(login.contains("id_token_hint") || login.contains("eyJ"), login);
        // At Keycloak: its SSO session ended, so it shows the login form instead of sending the user back.
        HttpResponse<String> keycloakPage = browser.get(login);
        assertEquals(200, keycloakPage.statusCode(), "Keycloak still had a session: " + keycloakPage.headers().map());
        assertTrue(keycloakPage.body().contains("kc-form-login"), "not Keycloak's login form");
    }

    private ConsoleBrowser signedIn(String forwardedProto) throws Exception {
        new ConsoleClientRegistration(TestInfrastructure.endpoints()).allow(origin());
        ConsoleBrowser browser = new ConsoleBrowser(origin(), forwardedProto);
        browser.signIn("agent1", "agent1");
        return browser;
    }

    private static String cookie(ConsoleBrowser browser, String prefix) {
        return browser.consoleSetCookies().stream().filter(c -> c.startsWith(prefix) && !attributes(c).contains("max-age=0"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " cookie in "
                        + browser.consoleSetCookies()));
    }

    /** A Set-Cookie header's attributes, lower case, without the name and value. */
    private static List<String> attributes(String setCookie) {
        List<String> attributes = new ArrayList<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].trim().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    private static void check(List<String> missing, String what, HttpResponse<String> r, String header, String value) {
        String actual = r.headers().firstValue(header).orElse(null);
        if (!value.equals(actual)) {
            missing.add(what + " (" + r.statusCode() + "): " + header + " = " + actual);
        }
    }

    private String origin() {
        return "http://localhost:" + console.getPort();
    }
}
