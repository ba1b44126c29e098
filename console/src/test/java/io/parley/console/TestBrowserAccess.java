package io.parley.console;

/** Opens {@link TestBrowser} to tests in other packages. */
public final class TestBrowserAccess {

    private TestBrowserAccess() {
    }

    public static SignedIn signedIn(String origin, String user, String password) throws Exception {
        TestBrowser browser = new TestBrowser(origin);
        browser.signIn(user, password);
        return new SignedIn(browser.http);
    }

    /** A browser's HTTP client, signed in to the console. */
    public record SignedIn(java.net.http.HttpClient http) {
    }
}
