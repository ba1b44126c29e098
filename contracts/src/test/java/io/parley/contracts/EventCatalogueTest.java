package io.parley.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps docs/events.md equal to what the records say. */
class EventCatalogueTest {

    @Test
    void theEventReferenceIsUpToDate() throws IOException {
        Path page = Path.of(System.getProperty("parley.root", ".."), "docs", "events.md");
        String generated = EventCatalogue.markdown();
        if (Boolean.getBoolean("parley.docs.write")) {
            Files.writeString(page, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "",
                "docs/events.md is out of date: mvn -pl contracts test -Dparley.docs.write=true");
    }
}
