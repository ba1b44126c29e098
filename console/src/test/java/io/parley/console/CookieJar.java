package io.parley.console;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookies for tests that talk to servers on localhost: kept per host and port, sent back
 * whatever their Secure flag says (browsers treat http://localhost as a secure context, and Keycloak
 * marks its login cookies Secure; the JDK's CookieManager would drop them on http).
 */
final class CookieJar extends CookieHandler {

    private final Map<String, Map<String, String>> byOrigin = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = of(uri);
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        Map<String, String> cookies = byOrigin.computeIfAbsent(origin(uri), o -> new ConcurrentHashMap<>());
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                            cookies.remove(cookie.getName());
                        } else {
                            cookies.put(cookie.getName(), cookie.getValue());
                        }
                    }
                }
            }
        });
    }

    /** The cookies a server at this address set, by name. */
    Map<String, String> of(URI uri) {
        return new TreeMap<>(byOrigin.getOrDefault(origin(uri), Map.of()));
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
