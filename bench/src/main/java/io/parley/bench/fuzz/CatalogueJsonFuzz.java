package io.parley.bench.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;

import java.io.IOException;

/**
 * standards-service's catalogue reader and validator, as {@code PUT …/catalogue} runs them: a document is read
 * with every fault collected ({@code CatalogueJson.read}) and validated; anything else escaping is a finding.
 */
public final class CatalogueJsonFuzz {

    private CatalogueJsonFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        JsonNode document;
        try {
            document = CatalogueJson.mapper().readTree(body);
        } catch (JsonProcessingException expected) {
            return; // 400: not JSON
        } catch (java.io.CharConversionException expected) {
            return; // 400: not UTF-8 (bytes that looked like UTF-32 to Jackson; the REST layer maps it so)
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        CatalogueJson.Read read = CatalogueJson.read(document, "");
        CatalogueValidator.validate(read);
        if (read.catalogue() != null && read.errors().isEmpty() && CatalogueValidator.validate(read.catalogue()).isEmpty()) {
            // what is stored must read back as the same catalogue
            if (!CatalogueJson.parse(CatalogueJson.write(read.catalogue())).equals(read.catalogue())) {
                throw new IllegalStateException("a valid catalogue does not read back as itself");
            }
        }
    }
}
