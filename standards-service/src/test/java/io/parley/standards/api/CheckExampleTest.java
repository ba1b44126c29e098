package io.parley.standards.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;
import io.parley.standards.checks.CheckResult;
import io.parley.standards.checks.ChecksEngine;
import io.parley.standards.checks.Draft;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The documented check example is what the engine really answers for the documented draft and catalogue. */
class CheckExampleTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void theCheckExampleIsTheEnginesAnswer() throws Exception {
        CatalogueJson.Read read = CatalogueJson.read(json.readTree(Examples.SMALL_CATALOGUE), "");
        assertEquals(List.of(), CatalogueValidator.validate(read));
        Draft draft = CatalogueJson.mapper().readValue(Examples.CHECK_DRAFT, Draft.class);
        CheckResult result = ChecksEngine.check(read.catalogue(), draft);
        JsonNode documented = json.readTree(Examples.CHECK_RESULT);
        JsonNode actual = CatalogueJson.mapper().valueToTree(result);
        assertEquals(documented.get("verdict"), actual.get("verdict"));
        assertEquals(documented.get("findings"), actual.get("findings"));
    }
}
