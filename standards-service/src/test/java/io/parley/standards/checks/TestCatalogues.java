package io.parley.standards.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The catalogue the checker tests use (src/test/resources/test-catalogue.json); it must be valid. */
public final class TestCatalogues {

    private TestCatalogues() {
    }

    public static JsonNode document() {
        try (InputStream in = TestCatalogues.class.getResourceAsStream("/test-catalogue.json")) {
            return CatalogueJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Catalogue catalogue() {
        CatalogueJson.Read read = CatalogueJson.read(document(), "");
        List<?> errors = CatalogueValidator.validate(read);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the test catalogue is invalid: " + errors);
        }
        return read.catalogue();
    }

    public static Draft post(String text) {
        return new Draft(Draft.Kind.POST, "facebook", text, List.of(), List.of(), List.of());
    }

    public static Draft reply(String text) {
        return new Draft(Draft.Kind.REPLY, "facebook", text, List.of(), List.of(), List.of());
    }
}
