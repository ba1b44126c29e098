package io.parley.ingest.outbound;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a platform answered: status, headers (names in any case) and body. */
public record PlatformResponse(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
