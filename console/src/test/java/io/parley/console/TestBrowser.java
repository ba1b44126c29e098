package io.parley.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a browser does for the console, in plain HTTP: cookies, no automatic redirects, Keycloak's login form. */
final class TestBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    final CookieJar cookies = new CookieJar();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    TestBrowser(String origin) {
        this.origin = origin;
    }

    /** Opens a console page, lands on Keycloak's login page, signs in there and follows the way back. */
    void signIn(String user, String password) throws Exception {
        signIn(URI.create(get(origin + "/bff/me").headers().firstValue("Location").orElseThrow()), user, password);
    }

    /** Posts the login form on Keycloak's page and follows the redirects back into the console. */
    void signIn(URI login, String user, String password) throws Exception {
        HttpResponse<String> page = get(login.toString());
        assertEquals(200, page.statusCode());
        Matcher form = FORM_ACTION.matcher(page.body());
        assertTrue(form.find(), "no login form on Keycloak's page");
        String action = form.group(1).replace("&amp;", "&");
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&credentialId=")));
        assertEquals(302, back.statusCode(), "Keycloak did not accept the login: " + back.body());
        String next = back.headers().firstValue("Location").orElseThrow();
        for (int hops = 0; hops < 5 && next != null; hops++) {
            assertTrue(next.startsWith(origin) || next.startsWith("/"), "redirected away: " + next);
            HttpResponse<String> r = get(next.startsWith("/") ? origin + next : next);
            next = r.statusCode() == 302 ? r.headers().firstValue("Location").orElse(null) : null;
            if (r.statusCode() == 200) {
                return;
            }
        }
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
